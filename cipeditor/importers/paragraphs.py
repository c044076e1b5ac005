"""Splitting plain text into paragraphs, the way people actually type and paste it.

Three shapes are common in a press office's inbox:

* paragraphs separated by blank lines, possibly hard-wrapped inside: the lines
  of one paragraph are joined (with a space in English, directly in Chinese);
* no blank line at all, one paragraph per line — Chinese copied from a web page
  usually looks like this: every line is a paragraph;
* blank lines around the title only, and then one paragraph per line: a
  block whose every line ends a sentence (。！？.!?…) is one paragraph per line,
  because a hard wrap almost never falls exactly after a full stop.

When the text indents its paragraphs (the full-width indent "　　" of Chinese
press texts, a tab, or two spaces or more), an indented line starts a paragraph
wherever it is, and a line without the indent continues the paragraph above,
unless that one ended a sentence: indents tell paragraphs apart better than
blank lines do. Leading and trailing spaces, including the indent, are removed.
"""

from __future__ import annotations

import itertools
import re

from cipeditor.text.script import HAN

SENTENCE_ENDS = tuple("。！？；…」』”\"'.!?;:：")
_INDENT = re.compile("(?:\u3000|\t| {2}|\u00a0{2})")


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, in order, without empty ones."""
    raw_lines = text.split("\n")
    lines = [line.strip() for line in raw_lines]
    starts = _indented_starts(raw_lines, lines)
    blocks: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        if not line:
            if blocks[-1]:
                blocks.append([])
            continue
        if starts is not None and blocks[-1] and _starts_paragraph(index, starts, blocks[-1]):
            blocks.append([])
        blocks[-1].append(line)
    blocks = [block for block in blocks if block]
    if starts is not None:
        return [join_wrapped(block) for block in blocks]
    if len(blocks) == 1:
        return list(blocks[0])
    paragraphs: list[str] = []
    for block in blocks:
        if len(block) > 1 and all(line.endswith(SENTENCE_ENDS) for line in block):
            paragraphs.extend(block)
        else:
            paragraphs.append(join_wrapped(block))
    return paragraphs


def _indented_starts(raw_lines: list[str], lines: list[str]) -> list[bool] | None:
    """Which lines are indented, when the text marks paragraphs by indenting them: at
    least two indented lines and at least one that is not (usually the title)."""
    indented = [
        bool(line) and bool(_INDENT.match(raw)) for raw, line in zip(raw_lines, lines, strict=True)
    ]
    count = sum(indented)
    if count < 2 or count == sum(1 for line in lines if line):
        return None
    return indented


def _starts_paragraph(index: int, starts: list[bool], block: list[str]) -> bool:
    return starts[index] or block[-1].endswith(SENTENCE_ENDS)


def join_wrapped(lines: list[str]) -> str:
    """Join the hard-wrapped lines of one paragraph: no space between Chinese characters."""
    parts = [lines[0]]
    for before, line in itertools.pairwise(lines):
        chinese_seam = HAN.match(before[-1]) or HAN.match(line[0]) or not before[-1].isascii()
        parts.append(line if chinese_seam else " " + line)
    return "".join(parts)
