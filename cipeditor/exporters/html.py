"""HTML export: a standalone press-release page per language, or a bilingual page.

Rendered from Jinja2 templates with autoescaping on, so article text can only
ever be text. The page has no external resources and no JavaScript: CSS is
embedded, the schema.org NewsArticle description is a JSON-LD data block and
the article itself travels in a ``<script type="application/json">`` data
island (both escaped so that no text can close the element) for a faithful
import. A user's templates folder is searched before the bundled one.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cipeditor import __version__
from cipeditor.article import cipformat
from cipeditor.article.model import Article, Kind
from cipeditor.errors import UserError
from cipeditor.exporters import ExportOptions
from cipeditor.exporters.cleaning import clean_article
from cipeditor.exporters.labels import HTML_LANG, LABELS, side_view
from cipeditor.exporters.private import without_working_notes
from cipeditor.i18n import _
from cipeditor.paths import TEMPLATES

ARTICLE_TEMPLATE = "article.html.j2"
BILINGUAL_TEMPLATE = "bilingual.html.j2"
DATA_ISLAND_ID = "cipeditor-article"


@dataclass(frozen=True)
class Item:
    """One pair as the templates see it: its index, kind and both texts."""

    index: int
    kind: str
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Group:
    """Consecutive items of one kind; list items are grouped so they share one ``<ul>``."""

    kind: str
    items: list[Item]


def render(article: Article, options: ExportOptions) -> bytes:
    """The UTF-8 bytes of the HTML page for ``article`` in ``options.lang``."""
    article = clean_article(article)
    environment = _environment(options.templates_dir)
    name = BILINGUAL_TEMPLATE if options.lang == "both" else ARTICLE_TEMPLATE
    context = template_context(article, options.lang)
    from jinja2 import TemplateError, TemplateNotFound

    try:
        page = environment.get_template(name).render(context)
    except TemplateNotFound as error:
        raise UserError(
            _("The template {name} was not found in {folder} or the bundled templates").format(
                name=error.name, folder=options.templates_dir or TEMPLATES
            )
        ) from None
    except TemplateError as error:
        # A syntax error knows its file and line; an error while rendering (an undefined
        # name, a missing filter at run time) knows them only from the traceback.
        where, line = _template_frame(error.__traceback__, name)
        where = getattr(error, "filename", None) or where
        line = getattr(error, "lineno", None) or line
        raise UserError(
            _("The template {name} (line {line}) could not be used: {problem}").format(
                name=where, line=line or "?", problem=error.message or type(error).__name__
            )
        ) from None
    except UnicodeDecodeError:
        if options.templates_dir is None:
            raise
        raise UserError(
            _("The template {name} is not UTF-8 text; save it again as UTF-8").format(
                name=_file_being_read(sys.exc_info()[2]) or name
            )
        ) from None
    except Exception as error:
        if options.templates_dir is None:
            raise  # the bundled templates failing is our bug, for the crash handler
        # A user's template can compute ({{ 1/0 }}, "%d" % text): its failure is theirs
        # to fix, not an "internal error" to report.
        where, line = _template_frame(error.__traceback__, name)
        raise UserError(
            _("The template {name} (line {line}) could not be used: {problem}").format(
                name=where, line=line or "?", problem=f"{type(error).__name__}: {error}"
            )
        ) from None
    return page.encode("utf-8")


def _file_being_read(trace) -> str | None:
    """The template file Jinja2's loader was reading when decoding it failed."""
    filename = None
    while trace is not None:
        found = trace.tb_frame.f_locals.get("filename")
        if isinstance(found, str) and found.endswith(".j2"):
            filename = found
        trace = trace.tb_next
    return filename


def _template_frame(trace, name: str) -> tuple[str, int | None]:
    """The template file and line where a rendering error happened (Jinja2 rewrites the
    traceback so that template frames carry the template's name and line)."""
    where, line = name, None
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where, line = filename, trace.tb_lineno
        trace = trace.tb_next
    return where, line


def template_context(article: Article, lang: str) -> dict[str, Any]:
    """Everything the templates may use (documented in docs/export.md)."""
    meta = article.meta
    page_lang = meta.source_lang if lang == "both" else lang
    items = [
        Item(index, pair.kind.value, pair.zh, pair.en) for index, pair in enumerate(article.body)
    ]
    return {
        "lang": lang,
        "html_lang": HTML_LANG[page_lang],
        "html_langs": HTML_LANG,
        "page": side_view(article, page_lang),
        "page_title": page_title(article, lang),
        "sides": {side: side_view(article, side) for side in ("zh", "en")},
        "meta": {
            "published_iso": meta.published.isoformat() if meta.published else "",
            "author": meta.author,
            "source": meta.source,
            "contact": meta.contact,
            "tags": list(meta.tags),
            "status": meta.status.value,
        },
        "items": items,
        "groups": [] if lang == "both" else _groups(items, lang),
        "json_ld": script_json(news_article(article, lang)),
        # A page is published: the article it carries has no working notes.
        "article_json": _escape_for_script(cipformat.dumps(without_working_notes(article))),
        "generator": f"CIP Editor {__version__}",
    }


def page_title(article: Article, lang: str) -> str:
    """The ``<title>``: the headline, both headlines on the bilingual page, never empty."""
    langs = ("zh", "en") if lang == "both" else (lang,)
    titles = [article.meta.title.get(side).strip() for side in langs]
    fallback = LABELS[article.meta.source_lang if lang == "both" else lang]["untitled"]
    return " | ".join(title for title in titles if title) or fallback


def _groups(items: list[Item], lang: str) -> list[Group]:
    groups: list[Group] = []
    for item in items:
        if not item.text(lang).strip():
            continue  # an untranslated pair prints nothing in a one-language page
        if item.kind == Kind.LIST_ITEM and groups and groups[-1].kind == Kind.LIST_ITEM:
            groups[-1].items.append(item)
        else:
            groups.append(Group(item.kind, [item]))
    return groups


def news_article(article: Article, lang: str) -> dict[str, Any]:
    """The schema.org NewsArticle description of the page."""
    meta = article.meta
    langs = ["zh", "en"] if lang == "both" else [lang]
    first = langs[0] if lang != "both" else meta.source_lang
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _shortened(meta.title.get(first), HEADLINE_LIMIT),
        "inLanguage": [HTML_LANG[x] for x in langs] if lang == "both" else HTML_LANG[lang],
    }
    if meta.summary.get(first):
        data["description"] = meta.summary.get(first)
    if meta.published:
        data["datePublished"] = meta.published.isoformat()
    if meta.category.get(first):
        data["articleSection"] = meta.category.get(first)
    if meta.tags:
        data["keywords"] = ", ".join(meta.tags)
    if meta.author:
        data["author"] = {"@type": "Organization", "name": meta.author}
    if meta.source:
        data["publisher"] = {"@type": "Organization", "name": meta.source}
    if lang == "both" and meta.title.en and meta.title.zh:
        data["alternativeHeadline"] = meta.title.get("en" if first == "zh" else "zh")
    return data


HEADLINE_LIMIT = 110
"""schema.org's (and search engines') limit on a NewsArticle headline, in characters."""


def _shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, at a word break where the
    text has spaces (English), so a cut headline never ends in half a word."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def script_json(value: Any):
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` written as escapes."""

    return _escape_for_script(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _escape_for_script(json_text: str):
    # Inside JSON strings these escapes mean the same characters; outside strings JSON has
    # none of them. So no text can write "</script>" or "<!--" into the element, and the
    # line and paragraph separators (which readers of text files, ours too, turn into line
    # breaks, invalid inside a JSON string) travel as escapes.
    from markupsafe import Markup

    escaped = json_text.translate(_SCRIPT_ESCAPES)
    return Markup(escaped)


_SCRIPT_ESCAPES = {ord(c): f"\\u{ord(c):04x}" for c in "<>&\u2028\u2029"}


def _lines(text: str):
    """Escape ``text`` and keep its line breaks as ``<br>``."""
    from markupsafe import Markup, escape

    # U+2028/U+2029 are line breaks too; browsers would show them as a mere space.
    lines = _LINE_BREAKS.split(text)
    return Markup("<br>\n").join(escape(line) for line in lines)


_LINE_BREAKS = re.compile("[\n\u2028\u2029]")


def _environment(templates_dir: Path | None):
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

    loaders = []
    if templates_dir is not None:
        folder = Path(templates_dir)
        if folder.exists() and not folder.is_dir():
            raise UserError(
                _("{folder} is a file, not a templates folder; choose a folder").format(
                    folder=folder
                )
            )
        if not folder.is_dir():
            raise UserError(
                _("The templates folder {folder} does not exist; choose a folder").format(
                    folder=folder
                )
            )
        loaders.append(FileSystemLoader(str(folder)))
    loaders.append(FileSystemLoader(str(TEMPLATES)))
    environment = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["lines"] = _lines
    return environment
