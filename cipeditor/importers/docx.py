"""Word documents (.docx): our own exports exactly, other documents by their styles.

Our own DOCX carries the article in a custom XML part (see
:mod:`cipeditor.exporters.docx_embed`); it comes back unchanged, with any text
edited in Word since taken from the document. Another document is read
paragraph by paragraph: the Title style gives the title (else the first
paragraph), Subtitle the summary, Heading n a heading, Quote a quote and List
styles list items; what counts as its text (tracked changes, fields, text boxes,
footnotes) is decided in :mod:`cipeditor.importers.wordtext`. The zip is
checked before anything is decompressed.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Kind, Pair
from cipeditor.errors import InputError
from cipeditor.fileio import MiB, read_bytes
from cipeditor.i18n import _
from cipeditor.importers import Imported
from cipeditor.importers.archive import open_archive
from cipeditor.importers.bilingualtable import bilingual_rows
from cipeditor.importers.own import reconcile
from cipeditor.importers.wordtext import NoteMarks, iter_paragraphs, note_paragraphs, paragraph_text
from cipeditor.text.script import is_mostly_chinese

MAX_FILE_SIZE = 64 * MiB
QUOTE_STYLES = ("quote", "intense quote", "block text")


def read(path: Path, lang: str | None) -> Imported:
    """Import the Word document at ``path``; ``lang`` is the side a foreign document fills."""
    path = Path(path)
    data = read_bytes(path, limit=MAX_FILE_SIZE, what=_("Word document"))
    archive = open_archive(data, path, required="word/document.xml", what=_("Word document"))
    embedded = _embedded_article(archive, path)
    document = _open_document(data, path)
    if embedded is not None:
        article, warnings = reconcile(embedded, _marked_texts(document))
        return Imported(article, frozenset(("zh", "en")), warnings)
    return _foreign(document, _notes(archive, path), lang)


def _embedded_article(archive: zipfile.ZipFile, path: Path) -> Article | None:
    from lxml import etree

    from cipeditor.exporters.docx_embed import ROOT_TAG

    for name in archive.namelist():
        if not (name.startswith("customXml/item") and "Props" not in name):
            continue
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            root = etree.fromstring(archive.read(name), parser)
        except etree.XMLSyntaxError:
            continue  # someone else's damaged part is not our business
        if root.tag == ROOT_TAG:
            return cipformat.loads(root.text or "", source=f"{path} ({name})")
    return None


def _open_document(data: bytes, path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise InputError(
            path,
            _("the Word document cannot be read ({reason})").format(reason=error),
            fix=_("open it in Word or LibreOffice and save it again as .docx"),
        ) from None


def _marked_texts(document) -> dict[tuple[int, str], str]:
    """The text of every paragraph carrying one of our pair bookmarks (edits tracked in
    Word taken as accepted)."""
    from docx.oxml.ns import qn

    from cipeditor.exporters.docx_embed import parse_bookmark

    texts: dict[tuple[int, str], str] = {}
    body = document.element.body
    for mark in body.iter(qn("w:bookmarkStart")):
        where = parse_bookmark(mark.get(qn("w:name"), ""))
        paragraph = mark.getparent()
        if where is not None and paragraph.tag == qn("w:p"):
            texts[where] = paragraph_text(paragraph, NoteMarks())
    return texts


def _notes(archive: zipfile.ZipFile, path: Path) -> dict[str, object]:
    """The footnotes and endnotes parts (parsed), by kind; absent parts are None."""
    from lxml import etree

    parts = {}
    for kind in ("footnote", "endnote"):
        name = f"word/{kind}s.xml"
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            parts[kind] = etree.fromstring(archive.read(name), parser)
        except KeyError:
            parts[kind] = None
        except etree.XMLSyntaxError as error:
            raise InputError(
                path,
                _("a part cannot be read ({reason})").format(reason=error),
                place=name,
            ) from None
    return parts


def _foreign(document, notes: dict[str, object], lang: str | None) -> Imported:
    bilingual = _bilingual_table(document)
    if bilingual is not None:
        return bilingual
    article = Article()
    title = summary = None
    blocks: list[tuple[Kind, str]] = []
    marks = NoteMarks()
    for style, raw in _paragraphs(document, marks):
        text = raw.strip()  # the full-width indent of Chinese paragraphs is layout
        if not text:
            continue
        if style == "title" and title is None:
            title = text
        elif style == "subtitle" and summary is None and not blocks:
            summary = text
        else:
            blocks.append((_kind(style), text))
    blocks.extend((Kind.PARAGRAPH, text) for text in _note_texts(notes, marks))
    if title is None and blocks:
        title = blocks.pop(0)[1]
    all_text = " ".join([title or "", summary or "", *(text for _k, text in blocks)])
    side = lang or ("zh" if is_mostly_chinese(all_text) else "en")
    article.meta.title.set(side, title or "")
    article.meta.summary.set(side, summary or "")
    article.meta.source_lang = side
    properties = document.core_properties
    article.meta.author = properties.author or ""
    article.meta.tags = [
        t.strip() for t in (properties.keywords or "").replace(";", ",").split(",") if t.strip()
    ]
    for kind, text in blocks:
        pair = Pair(kind=kind)
        pair.set(side, text)
        article.body.append(pair)
    return Imported(article, frozenset((side,)))


def _bilingual_table(document) -> Imported | None:
    """The article of a document that is mostly a Chinese | English table (see
    :mod:`cipeditor.importers.bilingualtable`); paragraphs outside the table keep their
    place on the side of their language."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    body = document.element.body
    found = [(t, bilingual_rows(t, NoteMarks())) for t in body.iterchildren(qn("w:tbl"))]
    found = [(table, rows) for table, rows in found if rows]
    if not found:
        return None
    table, rows = max(found, key=lambda item: len(item[1]))
    outside = sum(len(text.strip()) for _p, text in iter_paragraphs(body, NoteMarks()))
    inside = sum(len(zh) + len(en) for zh, en in rows)
    if inside < outside - inside:
        return None  # a document with a glossary table, not a table of the document
    article = Article()
    article.meta.source_lang = "zh"
    marks = NoteMarks()
    title: Pair | None = None  # a Title paragraph, else the table's first row
    for child in body:
        if child is table:
            pairs = [_pair(zh, en) for zh, en in bilingual_rows(child, marks) or []]
            title = title or pairs.pop(0)
            article.body.extend(pairs)
            continue
        for element, raw in iter_paragraphs([child], marks):
            text = raw.strip()
            if not text:
                continue
            style = _style_name(Paragraph(element, document))
            pair = Pair(kind=_kind(style))
            pair.set("zh" if is_mostly_chinese(text) else "en", text)
            if style == "title" and title is None:
                title = pair
            else:
                article.body.append(pair)
    if title is not None:
        article.meta.title.zh, article.meta.title.en = title.zh, title.en
    return Imported(article, frozenset(("zh", "en")))


def _pair(zh: str, en: str) -> Pair:
    pair = Pair()
    pair.zh, pair.en = zh, en
    return pair


def _paragraphs(document, marks: NoteMarks):
    """(lower-case style name, text) of every paragraph, table cells, content controls and
    text boxes included, in reading order."""
    from docx.text.paragraph import Paragraph

    for element, text in iter_paragraphs(document.element.body, marks):
        yield _style_name(Paragraph(element, document)), text


def _note_texts(notes: dict[str, object], marks: NoteMarks) -> list[str]:
    """The notes referred to in the text, in the order of their marks: "[n] text"."""
    texts = {kind: note_paragraphs(root, kind, marks) for kind, root in notes.items()}
    result: list[str] = []
    for number, (kind, note_id) in enumerate(marks.order, start=1):
        paragraphs = texts.get(kind, {}).get(note_id) or [""]
        result.append(f"[{number}] {paragraphs[0]}".strip())
        result.extend(paragraphs[1:])
    return result


def _style_name(paragraph) -> str:
    name = paragraph.style.name if paragraph.style is not None else ""
    if paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None:
        return "list paragraph"
    return (name or "").lower()


def _kind(style: str) -> Kind:
    if style.startswith("heading") or style == "title":
        return Kind.HEADING
    if style in QUOTE_STYLES:
        return Kind.QUOTE
    if style.startswith("list"):
        return Kind.LIST_ITEM
    return Kind.PARAGRAPH
