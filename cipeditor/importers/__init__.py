"""Importers: one module per source format, chosen by the file's extension.

Every importer module has ``read(path: Path, lang: str | None) -> Imported``.
A one-language source (a text, a web page, a Word file) fills one side of an
:class:`~cipeditor.article.model.Article` and says so in ``Imported.langs``; a
bilingual source (our own bilingual exports, XLIFF, TMX, ``.cip``) fills both.
:func:`cipeditor.importers.pairing.pair_sides` joins a Chinese and an English
import into one article. Modules are imported only when a file needs them.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from cipeditor.article.model import Article

# Extension → importer module (under cipeditor.importers). Text is the fallback.
IMPORTERS: dict[str, str] = {
    ".cip": "cip",
    ".txt": "text",
    ".text": "text",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".tmx": "tmx",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}
FALLBACK = "text"

# Formats no importer reads: read as text they would give markup or zip bytes as
# "paragraphs", so they are refused by name before anything guesses at their content.
UNSUPPORTED: dict[str, str] = {
    ".doc": "Word",
    ".docm": "Word",
    ".odt": "OpenDocument",
    ".rtf": "RTF",
    ".pdf": "PDF",
    ".xlsx": "Excel",
    ".xls": "Excel",
    ".pptx": "PowerPoint",
    ".zip": "zip",
    ".epub": "EPUB",
}


@dataclass
class Imported:
    """What an importer read: an article with the sides it filled, and notes for the user."""

    article: Article
    langs: frozenset[str]
    warnings: list[str] = field(default_factory=list)


# For files with an unknown extension: what their first bytes say they are.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"<xliff", "xliff"),
    (b"<tmx", "tmx"),
    (b"<!doctype html", "html"),
    (b"<html", "html"),
    (b'"format": "cipeditor-article"', "cip"),
)
_SNIFF_BYTES = 1024


def importer_for(path: Path) -> str:
    """The name of the importer module that reads ``path``: by extension, else by content."""
    known = IMPORTERS.get(path.suffix.lower())
    return known or _sniff(path) or FALLBACK


def _sniff(path: Path) -> str | None:
    if not path.is_file():
        return None  # never open a FIFO or device just to guess: it may block forever
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError:
        return None  # the importer itself reports why the file cannot be read
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head.lower()
    for signature, name in _SIGNATURES:
        if signature in lowered:
            return name
    return None


def _refuse_unsupported(path: Path) -> None:
    from cipeditor.errors import InputError
    from cipeditor.i18n import _

    if path.suffix.lower() == ".tbx":
        raise InputError(
            path,
            _("this is a glossary (TBX), not an article"),
            fix=_("use it with 'cipeditor check ARTICLE.cip --glossary FILE'"),
        )
    kind = UNSUPPORTED.get(path.suffix.lower())
    if kind:
        raise InputError(
            path,
            # L10N: {kind} is a format name such as Word, PDF or HTML
            _("{kind} files cannot be imported").format(kind=kind),
            fix=_("save it as plain text (.txt) and import that file"),
        )


def read_document(path: str | Path, lang: str | None = None) -> Imported:
    """Import ``path``; ``lang`` (``zh``/``en``) says which side a one-language source fills,
    ``None`` lets the importer detect it."""
    from cipeditor.article.cipformat import check_savable

    path = Path(path)
    _refuse_unsupported(path)
    module = importlib.import_module(f"cipeditor.importers.{importer_for(path)}")
    imported = module.read(path, lang)
    if lang is None:  # the language left to us: a document may hold both, one after the other
        from cipeditor.importers.halves import split_halves

        imported = split_halves(imported)
    check_savable(imported.article, str(path))
    return imported
