"""The press release of a one-language DOCX export.

Dateline (category path, then the date at the right margin), headline (Title),
summary (Subtitle), byline (source, author), the body in real Word styles — Body
Text, Heading 1, Quote, List Bullet — an end mark and the contact line. Pairs
with no text in the language are left out; each body paragraph carries the
hidden bookmark of its pair (see :mod:`docx_embed`).
"""

from __future__ import annotations

from cipeditor.article.model import Article, Kind
from cipeditor.exporters import docx_styles as styles
from cipeditor.exporters.docx_text import BookmarkIds, make_paragraph, mark_pair
from cipeditor.exporters.labels import LABELS, side_view

KIND_STYLES = {
    Kind.PARAGRAPH: styles.BODY,
    Kind.HEADING: "Heading 1",
    Kind.QUOTE: "Quote",
    Kind.LIST_ITEM: "List Bullet",
}


def write_press_release(document, article: Article, lang: str, width_cm: float) -> None:
    """Fill the (empty) body of ``document`` with the press release in ``lang``."""
    styles.right_tab(document.styles[styles.DATELINE], width_cm)
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
    return labels["separator"].join(parts)
