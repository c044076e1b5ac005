"""DOCX export: a press release in one language, or a bilingual review table.

``--lang zh``/``en``: dateline (category and date), headline, summary, byline,
body with real Word styles for headings, quotes and list items, end mark and
contact line. ``--lang both``: a landscape review table, one row per pair
(number | Chinese | English) under a metadata block in both languages. Fonts
and languages live in the styles (:mod:`docx_styles`); the article itself is
embedded for a faithful import (:mod:`docx_embed`).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from cipeditor import __version__
from cipeditor.article.model import Article, Kind
from cipeditor.exporters import ExportOptions
from cipeditor.exporters.cleaning import clean_article
from cipeditor.exporters.labels import LABELS, OFFICE_LANG, side_view

KIND_STYLES = {
    Kind.PARAGRAPH: "Body Text",
    Kind.HEADING: "Heading 1",
    Kind.QUOTE: "Quote",
    Kind.LIST_ITEM: "List Bullet",
}


def render(article: Article, options: ExportOptions) -> bytes:
    """The bytes of the DOCX file for ``article`` in ``options.lang``."""
    import docx

    from cipeditor.exporters import docx_styles
    from cipeditor.exporters.docx_embed import embed

    article = clean_article(article)
    document = docx.Document()
    docx_styles.set_up(document, options.lang)
    width = docx_styles.set_page(document, landscape=options.lang == "both")
    _clear_body(document)
    if options.lang == "both":
        from cipeditor.exporters.docx_table import write_review_table

        write_review_table(document, article, width)
    else:
        docx_styles.right_tab(document.styles[docx_styles.DATELINE], width)
        _write_press_release(document, article, options.lang)
    _fill_properties(document, article, options.lang)
    embed(document, article)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _clear_body(document) -> None:
    # The default template starts with one empty paragraph; keep only the section properties.
    body = document.element.body
    for child in list(body):
        if child.tag != body.sectPr.tag:
            body.remove(child)


def _write_press_release(document, article: Article, lang: str) -> None:
    from cipeditor.exporters import docx_styles as styles
    from cipeditor.exporters.docx_text import BookmarkIds, make_paragraph, mark_pair

    view = side_view(article, lang)
    meta = article.meta
    chinese = lang == "zh"
    end = document.element.body.sectPr
    style_ids = {name: document.styles[name].style_id for name in _used_styles()}

    def add(style: str, text: str):
        paragraph = make_paragraph(end, style_ids[style], text, chinese=chinese)
        end.addprevious(paragraph)
        return paragraph

    dateline = "\t".join(part for part in (view.category, view.date) if part)
    if dateline:
        add(styles.DATELINE, dateline if view.category else "\t" + dateline)
    add("Title", view.title)
    if view.summary:
        add("Subtitle", view.summary)
    byline = _byline(meta.source, meta.author, view.labels, chinese)
    if byline:
        add(styles.BYLINE, byline)
    ids = BookmarkIds()
    for index, pair in enumerate(article.body):
        text = pair.get(lang)
        if text.strip():
            mark_pair(add(KIND_STYLES[pair.kind], text), index, lang, ids)
    if article.body:
        add(styles.END_MARK, view.labels["end"])
    if meta.contact:
        add(styles.CONTACT, _labelled(view.labels["contact"], meta.contact, chinese))


def _used_styles() -> list[str]:
    from cipeditor.exporters import docx_styles as styles

    return [
        *KIND_STYLES.values(),
        "Title",
        "Subtitle",
        styles.DATELINE,
        styles.BYLINE,
        styles.END_MARK,
        styles.CONTACT,
    ]


def _labelled(label: str, value: str, chinese: bool) -> str:
    return f"{label}{LABELS['zh' if chinese else 'en']['colon']}{value}"


def _byline(source: str, author: str, labels: dict[str, str], chinese: bool) -> str:
    parts = [
        _labelled(labels[key], value, chinese)
        for key, value in (("source", source), ("author", author))
        if value
    ]
    return ("　" if chinese else "  ·  ").join(parts)


def _fill_properties(document, article: Article, lang: str) -> None:
    meta = article.meta
    langs = ("zh", "en") if lang == "both" else (lang,)
    props = document.core_properties
    props.title = " / ".join(t for t in (meta.title.get(x) for x in langs) if t)[:255]
    props.subject = " / ".join(c for c in (meta.category.get(x) for x in langs) if c)[:255]
    props.category = props.subject
    props.comments = " / ".join(s for s in (meta.summary.get(x) for x in langs) if s)[:1000]
    props.author = (meta.author or meta.source)[:255]
    props.last_modified_by = f"CIP Editor {__version__}"
    props.keywords = ", ".join(meta.tags)[:255]
    props.language = ", ".join(OFFICE_LANG[x] for x in langs)
    props.content_status = meta.status.label
    props.identifier = ""
    props.revision = 1
    moment = meta.published or datetime.now(UTC)
    # Core properties are written as UTC ("…Z"); python-docx expects a naive UTC time.
    moment = moment.astimezone(UTC).replace(tzinfo=None)
    props.created = props.modified = moment
