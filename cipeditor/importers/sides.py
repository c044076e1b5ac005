"""Filling one language side of an article, and telling which language a text is in."""

from __future__ import annotations

from cipeditor.article.cipformat import MAX_PAIRS, MAX_TEXT_LENGTH
from cipeditor.article.model import Bilingual, Pair
from cipeditor.errors import InputError
from cipeditor.i18n import _
from cipeditor.text.script import is_mostly_chinese


def detect_lang(text: str) -> str:
    """``zh`` when Chinese characters outnumber Latin words, else ``en``."""
    return "zh" if is_mostly_chinese(text) else "en"


def choose_lang(text: str, lang: str | None, source: str) -> tuple[str, list[str]]:
    """The side to fill, and a warning when the asked-for side does not match the text."""
    detected = detect_lang(text)
    if lang is None:
        return detected, []
    if lang != detected:
        # L10N: {asked} and {found} are "zh"/"en" language codes
        note = _("{source}: imported as {asked}, but the text looks like {found}").format(
            source=source, asked=lang, found=detected
        )
        return lang, [note]
    return lang, []


def side_text(lang: str, text: str) -> Bilingual:
    """A bilingual value with ``text`` on the ``lang`` side."""
    value = Bilingual()
    value.set(lang, text)
    return value


def side_pair(lang: str, text: str) -> Pair:
    """A body pair with ``text`` on the ``lang`` side."""
    pair = Pair()
    pair.set(lang, text)
    return pair


def check_limits(paragraphs: list[str], source: str) -> None:
    """Refuse what could be imported but not saved as an article (see the .cip limits)."""
    if len(paragraphs) > MAX_PAIRS:
        raise InputError(
            source,
            _("{count} paragraphs; an article holds at most {limit}").format(
                count=len(paragraphs), limit=MAX_PAIRS
            ),
            fix=_("split the text into several articles"),
        )
    for number, paragraph in enumerate(paragraphs, start=1):
        if len(paragraph) > MAX_TEXT_LENGTH:
            raise InputError(
                source,
                _("paragraph {number} is {length} characters long; the limit is {limit}").format(
                    number=number, length=len(paragraph), limit=MAX_TEXT_LENGTH
                ),
                fix=_("separate its paragraphs with blank lines"),
            )
