"""The bilingual review table of a ``--lang both`` DOCX export.

A metadata block in both languages, then one table row per pair: number,
Chinese, English. The header row repeats on every page. Rows are built with
lxml (see :mod:`docx_text`) so that thousands of pairs take well under a second.
"""

from __future__ import annotations

from functools import cache

from docx.oxml.ns import qn

from cipeditor.article.model import Article, Kind
from cipeditor.exporters import docx_styles as styles
from cipeditor.exporters.docx_text import BookmarkIds, make_paragraph, mark_pair
from cipeditor.exporters.labels import LABELS, side_view

# Kinds whose styles are the press release's, with space around them that would leave a
# gap at the foot of their cells; the cell keeps the style (Word's and the importer's
# names for the kind) and drops the space.
LOOSE_KINDS = (Kind.QUOTE, Kind.LIST_ITEM)
TWIPS_PER_CM = 567
NUMBER_WIDTH_CM = 1.3
LABEL_WIDTH_CM = 2.6
BORDER_COLOR = "BFBFBF"
HEADER_FILL = "F3E7E7"

TABLE_KIND_STYLES = {
    Kind.PARAGRAPH: styles.TABLE_TEXT,
    Kind.HEADING: styles.TABLE_HEADING,
    Kind.QUOTE: "Quote",
    Kind.LIST_ITEM: "List Bullet",
}


def write_review_table(document, article: Article, width_cm: float) -> None:
    """Fill the (empty) body of ``document`` with the metadata block and the pair table."""
    ids = {name: document.styles[name].style_id for name in _style_names()}
    end = document.element.body.sectPr
    zh, en = side_view(article, "zh"), side_view(article, "en")
    for title, style, chinese in ((zh.title, "Title", True), (en.title, "Subtitle", False)):
        if title:
            end.addprevious(make_paragraph(end, ids[style], title, chinese=chinese))
    end.addprevious(_metadata_table(end, article, _widths(width_cm, LABEL_WIDTH_CM), ids))
    widths = _widths(width_cm, NUMBER_WIDTH_CM)
    spacer = make_paragraph(end, ids[styles.TABLE_TEXT], "", chinese=False)
    end.addprevious(spacer)
    table = _table(end, widths)
    header = [
        f"{LABELS['zh']['number']} {LABELS['en']['number']}",
        f"{LABELS['zh']['language']} Chinese",
        f"{LABELS['en']['language']} 英文",
    ]
    table.append(
        _row(
            table,
            widths,
            [(header[0], False), (header[1], True), (header[2], False)],
            ids[styles.TABLE_HEADER],
            header=True,
        )
    )
    bookmarks = BookmarkIds()
    for index, pair in enumerate(article.body):
        style = ids[TABLE_KIND_STYLES[pair.kind]]
        row = _row(
            table,
            widths,
            [(str(index + 1), False), (pair.zh, True), (pair.en, False)],
            style,
            number_style=ids[styles.TABLE_NUMBER],
        )
        cells = row.findall(qn("w:tc"))
        for lang, cell in (("zh", cells[1]), ("en", cells[2])):
            paragraph = cell.find(qn("w:p"))
            if pair.kind in LOOSE_KINDS:
                _no_space_around(paragraph)
            mark_pair(paragraph, index, lang, bookmarks)
        table.append(row)
    end.addprevious(table)


def _style_names() -> list[str]:
    return [
        "Title",
        "Subtitle",
        styles.TABLE_TEXT,
        styles.TABLE_HEADER,
        styles.TABLE_NUMBER,
        *TABLE_KIND_STYLES.values(),
    ]


def _widths(total_cm: float, first_cm: float) -> list[int]:
    side = (total_cm - first_cm) / 2
    return [round(width * TWIPS_PER_CM) for width in (first_cm, side, side)]


def _metadata_table(factory, article: Article, widths: list[int], ids: dict[str, str]):
    meta = article.meta
    zh, en = side_view(article, "zh"), side_view(article, "en")
    rows = [
        ("category", zh.category, en.category),
        ("published", zh.date, en.date),
        ("summary", zh.summary, en.summary),
        ("source", meta.source, None),
        ("author", meta.author, None),
        ("contact", meta.contact, None),
        ("tags", ", ".join(meta.tags), None),
    ]
    table = _table(factory, widths)
    for key, zh_value, en_value in rows:
        if not zh_value and not en_value:
            continue
        label = f"{LABELS['zh'][key]}\n{LABELS['en'][key]}"
        cells = [(label, True), (zh_value, True)]
        if en_value is not None:
            cells.append((en_value, False))
        table.append(
            _row(
                table, widths, cells, ids[styles.TABLE_TEXT], number_style=ids[styles.TABLE_HEADER]
            )
        )
    return table


def _table(factory, widths: list[int]):
    table = factory.makeelement(qn("w:tbl"), {})
    properties = _sub(table, "w:tblPr")
    _sub(properties, "w:tblStyle", {"w:val": "TableGrid"})
    _sub(properties, "w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"})
    borders = _sub(properties, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _sub(
            borders,
            f"w:{side}",
            {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": BORDER_COLOR},
        )
    _sub(properties, "w:tblLayout", {"w:type": "fixed"})
    margins = _sub(properties, "w:tblCellMar")
    for side, size in (("top", 57), ("left", 85), ("bottom", 57), ("right", 85)):
        _sub(margins, f"w:{side}", {"w:w": str(size), "w:type": "dxa"})
    grid = _sub(table, "w:tblGrid")
    for width in widths:
        _sub(grid, "w:gridCol", {"w:w": str(width)})
    return table


def _row(factory, widths, cells, style_id, *, header=False, number_style=None):
    """A ``w:tr``; the last cell spans the remaining columns when there are fewer cells."""
    row = factory.makeelement(qn("w:tr"), {})
    properties = _sub(row, "w:trPr")
    # A pair is read and annotated as one: it moves to the next page whole, as on the printed
    # web page, rather than leaving its last lines overleaf (a row taller than a page still
    # breaks).
    _sub(properties, "w:cantSplit")
    if header:
        _sub(properties, "w:tblHeader")
    for position, (text, chinese) in enumerate(cells):
        cell = _sub(row, "w:tc")
        cell_properties = _sub(cell, "w:tcPr")
        span = len(widths) - len(cells) + 1 if position == len(cells) - 1 else 1
        width = sum(widths[position : position + span])
        _sub(cell_properties, "w:tcW", {"w:w": str(width), "w:type": "dxa"})
        if span > 1:
            _sub(cell_properties, "w:gridSpan", {"w:val": str(span)})
        if header:
            _sub(
                cell_properties,
                "w:shd",
                {"w:val": "clear", "w:color": "auto", "w:fill": HEADER_FILL},
            )
        paragraph_style = number_style if (position == 0 and number_style) else style_id
        cell.append(make_paragraph(cell, paragraph_style, text, chinese=chinese))
    return row


def _no_space_around(paragraph) -> None:
    # w:spacing follows w:pStyle (and the keep/border/shading elements we never write).
    _sub(paragraph.find(qn("w:pPr")), "w:spacing", {"w:before": "0", "w:after": "0"})


def _sub(parent, tag: str, attributes: dict[str, str] | None = None):
    element = parent.makeelement(_qn(tag), {_qn(k): v for k, v in (attributes or {}).items()})
    parent.append(element)
    return element


_qn = cache(qn)  # the same few dozen names, asked for a hundred thousand times
