"""Plain text files: one language side, the first paragraph as the title.

Paragraph rules are in :mod:`cipeditor.importers.paragraphs`; encodings in
:mod:`cipeditor.importers.decoding`. A text that is the copied text of an
article page (hotline, breadcrumb, headline, "Time:" line) is handed to
:mod:`cipeditor.importers.webpage`, which also fills the metadata.
"""

from __future__ import annotations

from pathlib import Path

from cipeditor.article.model import Article, Meta
from cipeditor.errors import InputError
from cipeditor.i18n import _
from cipeditor.importers import Imported, webpage
from cipeditor.importers.decoding import read_text
from cipeditor.importers.paragraphs import split_paragraphs
from cipeditor.importers.sides import check_limits, choose_lang, side_pair, side_text

MAX_LINES = 2_000_000
"""More lines than any article has (an article holds at most 200,000 paragraphs)."""


def read(path: Path, lang: str | None) -> Imported:
    """Import the text file at ``path`` as the ``lang`` side (detected when ``None``)."""
    return parse(read_text(path), lang, source=str(path))


def parse(text: str, lang: str | None, *, source: str = "<text>") -> Imported:
    """Import already decoded ``text``; ``source`` names it in messages."""
    lines = text.count("\n") + 1
    if lines > MAX_LINES:  # counted in C: splitting millions of lines costs seconds and GB
        raise InputError(
            source,
            _("the text has {count} lines; the limit is {limit}").format(
                count=lines, limit=MAX_LINES
            ),
            fix=_("split the text into several articles"),
        )
    if webpage.looks_like_webpage(text):
        return webpage.parse(text, lang, source=source)
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise InputError(source, _("there is no text in the file"), fix=_("choose another file"))
    check_limits(paragraphs, source)
    lang, warnings = choose_lang(text, lang, source)
    meta = Meta(title=side_text(lang, paragraphs[0]), source_lang=lang)
    body = [side_pair(lang, paragraph) for paragraph in paragraphs[1:]]
    return Imported(Article(meta=meta, body=body), frozenset({lang}), warnings)
