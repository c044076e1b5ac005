"""Splitting plain text into paragraphs, the way people actually type and paste it.

Three shapes are common in a press office's inbox:

* paragraphs separated by blank lines, possibly hard-wrapped inside: the lines
  of one paragraph are joined (with a space in English, directly in Chinese);
* no blank line at all, one paragraph per line — Chinese copied from a web page
  usually looks like this: every line is a paragraph;
* blank lines around the title only, and then one paragraph per line: a
  block whose every line ends a sentence (。！？.!?…) is one paragraph per line,
  because a hard wrap almost never falls exactly after a full stop.

Leading and trailing spaces, including the full-width indent "　　" of Chinese
paragraphs, are removed.
"""

from __future__ import annotations

import itertools

from cipeditor.text.script import HAN

SENTENCE_ENDS = tuple("。！？；…」』”\"'.!?;:：")


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, in order, without empty ones."""
    lines = [line.strip() for line in text.split("\n")]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    if len(blocks) == 1:
        return list(blocks[0])
    paragraphs: list[str] = []
    for block in blocks:
        if len(block) > 1 and all(line.endswith(SENTENCE_ENDS) for line in block):
            paragraphs.extend(block)
        else:
            paragraphs.append(join_wrapped(block))
    return paragraphs


def join_wrapped(lines: list[str]) -> str:
    """Join the hard-wrapped lines of one paragraph: no space between Chinese characters."""
    parts = [lines[0]]
    for before, line in itertools.pairwise(lines):
        chinese_seam = HAN.match(before[-1]) or HAN.match(line[0]) or not before[-1].isascii()
        parts.append(line if chinese_seam else " " + line)
    return "".join(parts)
