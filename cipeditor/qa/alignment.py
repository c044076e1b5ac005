"""Alignment checks: pairs whose two sides do not hold the same paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cipeditor.i18n import _
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.registry import CheckContext, Segment, segment_check
from cipeditor.text.script import HAN, han_count, latin_word_count

_OTHER = {"zh": "en", "en": "zh"}
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+){2,}")


# Characters that take no room: a side holding only these looks empty to the reader.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_COPIED_MIN_WORDS = 3


def _visible(text: str) -> str:
    return text.strip().strip(_INVISIBLE).strip()


def _has_language(text: str) -> bool:
    """Whether ``text`` is in a language at all, rather than a name, number or code.

    "CIP", "2019", "iPhone 15" or www.cip.gov.cn rightly read the same on both sides; Chinese
    characters or a few English words do not.
    """
    words = _ENGLISH_WORD.findall(_ADDRESS.sub(" ", text))  # a web or mail address is a name
    return han_count(text) > 0 or len(words) >= _COPIED_MIN_WORDS


def _lang_name(lang: str) -> str:
    return _("Chinese") if lang == "zh" else _("English")


@segment_check("empty-side", Category.ALIGNMENT)
def empty_side(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """One side of a pair is empty while the other has text."""
    for lang in ("zh", "en"):
        if not _visible(seg.get(lang)) and _visible(seg.get(_OTHER[lang])):
            yield Issue(
                "empty-side",
                Category.ALIGNMENT,
                Severity.WARNING,
                seg.field,
                _("the {lang} side is empty: not translated yet, or a paragraph is missing").format(
                    lang=_lang_name(lang)
                ),
                paragraph=seg.paragraph,
                lang=lang,
            )


@segment_check("empty-pair", Category.ALIGNMENT)
def empty_pair(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """A body pair with no text on either side."""
    if seg.field == "body" and not _visible(seg.zh) and not _visible(seg.en):
        yield Issue(
            "empty-pair",
            Category.ALIGNMENT,
            Severity.INFO,
            seg.field,
            _("empty pair: delete it or fill it in"),
            paragraph=seg.paragraph,
        )


@segment_check("copied-side", Category.ALIGNMENT)
def copied_side(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """The same text on both sides: one side was copied into the other."""
    zh, en = seg.zh.strip(), seg.en.strip()
    if zh and zh == en and _has_language(zh):
        lang = "en" if han_count(zh) else "zh"
        yield Issue(
            "copied-side",
            Category.ALIGNMENT,
            Severity.ERROR,
            seg.field,
            _("both sides hold the same text: the {lang} side was copied, not translated").format(
                lang=_lang_name(lang)
            ),
            paragraph=seg.paragraph,
            lang=lang,
        )


@segment_check("chinese-in-english", Category.ALIGNMENT)
def chinese_in_english(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """Chinese characters left in the English side."""
    en, zh = seg.en.strip(), seg.zh.strip()
    if not en or en == zh:
        return
    spans = _han_spans(en)
    if spans:
        start, end = spans[0]
        yield Issue(
            "chinese-in-english",
            Category.ALIGNMENT,
            Severity.ERROR,
            seg.field,
            _("Chinese text left in the English: “{text}”").format(text=en[start:end]),
            paragraph=seg.paragraph,
            lang="en",
            start=start,
            end=end,
        )


@segment_check("sides-swapped", Category.ALIGNMENT)
def sides_swapped(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """English in the Chinese pane and Chinese in the English pane."""
    zh, en = seg.zh.strip(), seg.en.strip()
    if zh and en and zh != en and not HAN.search(zh) and han_count(en) > latin_word_count(en):
        yield Issue(
            "sides-swapped",
            Category.ALIGNMENT,
            Severity.ERROR,
            seg.field,
            _(
                "the sides look swapped: English on the Chinese side and Chinese on the "
                "English side"
            ),
            paragraph=seg.paragraph,
            lang="zh",
        )


def _han_spans(text: str) -> list[tuple[int, int]]:
    from cipeditor.text.script import HAN_RUN

    if text.isascii():
        return []  # most English paragraphs: no need to run the regex
    return [match.span() for match in HAN_RUN.finditer(text)]
