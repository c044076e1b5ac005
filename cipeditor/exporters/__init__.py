"""Exporters: one module per target format, chosen by the format's name.

Every exporter module has ``render(article, options) -> bytes``; a format that
gathers several articles into one file (a translation memory) has
``render_many(articles, options) -> bytes`` instead. Adding a format is one line
in :data:`EXPORTERS`. Modules are imported only when an export needs them, and
:func:`export` writes the result atomically (an existing file is replaced).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from cipeditor.article.model import Article
from cipeditor.errors import UserError
from cipeditor.fileio import atomic_write
from cipeditor.i18n import _

# Format name → exporter module (under cipeditor.exporters).
EXPORTERS: dict[str, str] = {
    "docx": "docx",
    "html": "html",
    "xliff": "xliff",
    "xliff2": "xliff2",
    "tmx": "tmx",
}

# Output file extension → the format it is written in, when no format is named
# (.xlf is XLIFF 1.2, which every CAT tool reads; XLIFF 2.0 is asked for by name).
FORMAT_BY_EXTENSION: dict[str, str] = {
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".tmx": "tmx",
}

EXPORT_LANGS = ("zh", "en", "both")


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose: the language(s) and, for HTML, a folder of their own templates."""

    lang: str = "both"
    templates_dir: Path | None = None
    source_name: str = ""
    """The article's file name, for formats that record it (XLIFF's ``original``)."""


def exporter(format_name: str) -> ModuleType:
    """The module that writes ``format_name``; a UserError lists the known formats."""
    if format_name not in EXPORTERS:
        raise UserError(
            _("Unknown export format {name!r}; choose one of {known}").format(
                name=format_name, known=", ".join(EXPORTERS)
            )
        )
    return importlib.import_module(f"cipeditor.exporters.{EXPORTERS[format_name]}")


def format_for(path: str | Path) -> str:
    """The format an output file named ``path`` is written in; a UserError when its
    extension does not say."""
    suffix = Path(path).suffix.lower()
    if suffix in FORMAT_BY_EXTENSION:
        return FORMAT_BY_EXTENSION[suffix]
    raise UserError(
        _(
            "Cannot tell the format from the name {name!r}; end it with one of {suffixes} "
            "or name the format with --format"
        ).format(name=Path(path).name, suffixes=", ".join(FORMAT_BY_EXTENSION))
    )


def takes_many(format_name: str) -> bool:
    """Whether the format gathers several articles into one file."""
    return hasattr(exporter(format_name), "render_many")


def render(articles: Sequence[Article], format_name: str, options: ExportOptions) -> bytes:
    """The bytes of the exported file, without writing it (the window previews HTML with it)."""
    if options.lang not in EXPORT_LANGS:
        raise UserError(
            _("Unknown export language {lang!r}; choose zh, en or both").format(lang=options.lang)
        )
    module = exporter(format_name)
    if getattr(module, "BOTH_LANGUAGES_ONLY", False) and options.lang != "both":
        raise UserError(
            _("The {format} format always holds both languages; leave out --lang").format(
                format=format_name
            )
        )
    if hasattr(module, "render_many"):
        return module.render_many(list(articles), options)
    if len(articles) != 1:
        raise UserError(
            _(
                "The {format} format holds one article; export the {count} articles one at a time"
            ).format(format=format_name, count=len(articles))
        )
    content = module.render(articles[0], options)
    # Notes on what was published come once it could be made: not before a failure.
    if not getattr(module, "BOTH_LANGUAGES_ONLY", False):  # published, not exchanged
        _note_missing_text(articles[0], options.lang)
        if options.lang not in getattr(module, "REVIEW_LANGS", ()):
            _note_unfinished(articles[0])
    return content


def _note_unfinished(article: Article) -> None:
    """Warn when a press release or page is made of an article still being written or
    translated: the exported file looks final whatever the workflow says. (An article in
    review is exported quietly: reviewers read pages and press releases too.)"""
    from cipeditor import messages
    from cipeditor.article.model import Status

    status = article.meta.status
    if status in (Status.DRAFT, Status.TRANSLATING):
        messages.warning(
            # L10N: {status} is a workflow status: Draft or Translating
            _(
                "the article is marked {status}, not reviewed yet; check it before the "
                "file is published"
            ).format(status=_(status.label))
        )


def _note_missing_text(article: Article, lang: str) -> None:
    """Warn when a language being published lacks its title or the text of some pairs (not
    translated yet): the document would silently have nothing there."""
    from cipeditor import messages
    from cipeditor.i18n import ngettext

    names = {"zh": _("Chinese"), "en": _("English")}
    for side in ("zh", "en") if lang == "both" else (lang,):
        if not article.meta.title.get(side).strip():
            messages.warning(
                # L10N: {language} is Chinese or English
                _("the {language} title is empty; the export has no headline").format(
                    language=names[side]
                )
            )
        other = "en" if side == "zh" else "zh"
        missing = [
            number
            for number, pair in enumerate(article.body, start=1)
            if not pair.get(side).strip() and pair.get(other).strip()
        ]
        if not missing:
            continue
        shown = ", ".join(str(number) for number in missing[:5]) + (
            ", …" if len(missing) > 5 else ""
        )
        messages.warning(
            ngettext(
                "the {language} text is missing in {count} pair ({pairs}); the export has "
                "nothing there",
                "the {language} text is missing in {count} pairs ({pairs}); the export has "
                "nothing there",
                len(missing),
            ).format(language=names[side], count=len(missing), pairs=shown)
        )


def export(
    articles: Sequence[Article], format_name: str, path: str | Path, options: ExportOptions
) -> None:
    """Render ``articles`` as ``format_name`` and write the file atomically to ``path``."""
    atomic_write(path, render(articles, format_name, options))
