"""Punctuation checks: Chinese marks in English, ASCII marks in Chinese, pairs left open, spaces.

The marks themselves live in :mod:`cipeditor.text.punctuation_zh`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cipeditor.i18n import _
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.registry import CheckContext, Segment, segment_check
from cipeditor.text.punctuation_zh import (
    APOSTROPHE,
    ASCII_FOR_CHINESE,
    BRACKET_PAIRS,
    CLOSING_MARKS,
    DOUBLED_MARKS,
    FULL_WIDTH_PUNCTUATION,
    OPENING_MARKS,
    SYMMETRIC_QUOTES,
)
from cipeditor.text.script import HAN

_ASCII_MARKS = re.escape("".join(ASCII_FOR_CHINESE))
_CLOSERS = {close: open_ for open_, close in BRACKET_PAIRS.items()}
# Each pattern begins with the mark it looks for, so that re can skip ahead to it
# instead of trying a look-behind at every character.
_FULL_WIDTH = re.compile(
    "[" + re.escape("".join(FULL_WIDTH_PUNCTUATION)) + "]|" + "|".join(DOUBLED_MARKS)
)
_ENGLISH_FORM = FULL_WIDTH_PUNCTUATION | DOUBLED_MARKS
# English text is mostly plain ASCII, where none of these marks can stand: one test
# of the whole text instead of trying the pattern at every character.
_ONLY_OUTSIDE_ASCII = not any(mark.isascii() for mark in _ENGLISH_FORM)
# Chinese characters are checked around each hit in Python: a character class
# of every Han block takes ~5 ms to compile, the hits are few.
_ASCII_MARK = re.compile(f"[{_ASCII_MARKS}]")
_BRACKETS = re.compile(
    "[" + re.escape("".join(BRACKET_PAIRS) + "".join(_CLOSERS) + SYMMETRIC_QUOTES) + "]"
)
_DOUBLE_SPACE = re.compile(r"  +(?=\S)")
_SPACE_BEFORE_MARK = re.compile(r"[,.;:!?](?<= [,.;:!?])(?=\s|$)")
_SPACES = re.compile(" +")
# "1)", "b）" opening a list item close nothing.
_ENUMERATOR = re.compile(r"(?:^|[\s:：;；,，、])[0-9A-Za-z一二三四五六七八九十]{1,2}\Z")


def _issue(
    check: str, severity: Severity, seg: Segment, lang: str, *, span: tuple[int, int], message: str
) -> Issue:
    start, end = span
    return Issue(
        check,
        Category.PUNCTUATION,
        severity,
        seg.field,
        message,
        paragraph=seg.paragraph,
        lang=lang,
        start=start,
        end=end,
    )


@segment_check("full-width-in-english", Category.PUNCTUATION)
def full_width_in_english(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """Chinese (full-width) punctuation in the English text."""
    if _ONLY_OUTSIDE_ASCII and seg.en.isascii():
        return
    for match in _FULL_WIDTH.finditer(seg.en):
        mark = match.group()
        message = _("Chinese punctuation “{mark}” in the English: use “{ascii}”").format(
            mark=mark, ascii=_ENGLISH_FORM[mark]
        )
        yield _issue(
            "full-width-in-english", Severity.ERROR, seg, "en", span=match.span(), message=message
        )


@segment_check("ascii-in-chinese", Category.PUNCTUATION)
def ascii_in_chinese(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """An ASCII comma, full stop or colon between Chinese characters."""
    for match in _ASCII_MARK.finditer(seg.zh):
        if not _after_chinese(seg.zh, *match.span()):
            continue  # 3.5, www.cip.gov.cn, Corp., 时间:2019
        mark = match.group()
        message = _("ASCII “{mark}” in Chinese text: use “{full}”").format(
            mark=mark, full=ASCII_FOR_CHINESE[mark]
        )
        yield _issue(
            "ascii-in-chinese", Severity.WARNING, seg, "zh", span=match.span(), message=message
        )


def _after_chinese(text: str, start: int, end: int) -> bool:
    """A mark after a Chinese character and before another one (spaces aside) or the end."""
    if not start or not HAN.match(text, start - 1):
        return False
    after = _SPACES.match(text, end)
    following = after.end() if after else end
    return following == len(text) or HAN.match(text, following) is not None


@segment_check("unbalanced-brackets", Category.PUNCTUATION)
def unbalanced_brackets(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """A bracket or quotation mark opened and not closed, or closed and not opened."""
    for lang in ("zh", "en"):
        for position in _unpaired(seg.get(lang), lang):
            mark = seg.get(lang)[position]
            message = _(
                "“{mark}” has no partner: a bracket or quotation mark is not closed"
            ).format(mark=mark)
            yield _issue(
                "unbalanced-brackets",
                Severity.WARNING,
                seg,
                lang,
                span=(position, position + 1),
                message=message,
            )


def _unpaired(text: str, lang: str) -> list[int]:
    """Positions of marks without a partner, the first of each kind."""
    open_at: dict[str, list[int]] = {}
    stray: dict[str, int] = {}
    symmetric: list[int] = []
    for match in _BRACKETS.finditer(text):
        mark, position = match.group(), match.start()
        if mark in SYMMETRIC_QUOTES:
            symmetric.append(position)
        elif mark in BRACKET_PAIRS:
            open_at.setdefault(mark, []).append(position)
        elif open_at.get(_CLOSERS[mark]):
            open_at[_CLOSERS[mark]].pop()
        elif not (lang == "en" and mark == APOSTROPHE) and not _ENUMERATOR.search(
            text, 0, position
        ):
            stray.setdefault(mark, position)
    found = [positions[0] for positions in open_at.values() if positions]
    found += stray.values()
    if len(symmetric) % 2:
        found.append(symmetric[-1])
    return sorted(found)


@segment_check("spacing", Category.PUNCTUATION)
def spacing(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """Doubled spaces, a space before a comma or full stop, spaces inside Chinese text."""
    for match in _DOUBLE_SPACE.finditer(seg.en):
        if not match.start():
            continue  # indentation, not a doubled space
        message = _("doubled space")
        yield _issue("spacing", Severity.INFO, seg, "en", span=match.span(), message=message)
    for match in _SPACE_BEFORE_MARK.finditer(seg.en):
        end = match.start()
        start = len(seg.en[:end].rstrip(" "))
        message = _("space before a punctuation mark")
        span = (start, end)
        yield _issue("spacing", Severity.INFO, seg, "en", span=span, message=message)
    if seg.field == "title":
        return  # a Chinese headline parts its phrases with a space: 总投资3.5亿元 以色列…签约
    text = seg.zh
    for match in _SPACES.finditer(text):
        start, end = match.span()
        if (
            start
            and end < len(text)
            and _chinese_side(text[start - 1], CLOSING_MARKS)
            and _chinese_side(text[end], OPENING_MARKS)
        ):
            message = _("space inside Chinese text")
            yield _issue("spacing", Severity.INFO, seg, "zh", span=match.span(), message=message)


def _chinese_side(char: str, marks: str) -> bool:
    """A Chinese character, or a Chinese mark that may border one."""
    return char in marks or HAN.match(char) is not None
