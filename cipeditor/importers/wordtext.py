"""The text of a Word document as Word shows it, paragraph by paragraph, in reading order.

python-docx's ``Paragraph.text`` reads only the runs that are direct children
of a paragraph, so everything Word nests loses its text: tracked insertions
(``w:ins``), simple fields (``w:fldSimple``), content controls (``w:sdt``),
smart tags, and whole paragraphs inside a content control or a text box. This
module walks the XML itself:

* tracked changes are taken as accepted: inserted and moved-in text comes in,
  deleted and moved-out text (and deleted table rows) does not;
* a field shows its result, never its code; a ruby's reading guide is left out;
* a manual line break (Shift+Enter) is a line break; a page or column break
  inside a paragraph ends it;
* a text box's paragraphs come right after the paragraph that anchors it, once
  (Word stores each box twice: as a drawing and as a VML fallback);
* a footnote or endnote reference becomes ``[n]``, and the note's text is
  returned separately so that it can follow the article as ``[n] text``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

PARAGRAPH = f"{_W}p"
_TEXT = f"{_W}t"
_TABS = {f"{_W}tab", f"{_W}ptab"}
_LINE_BREAKS = {f"{_W}cr"}
_BREAK = f"{_W}br"
_TEXT_BOX = f"{_W}txbxContent"
_NOTE_REFERENCES = {f"{_W}footnoteReference": "footnote", f"{_W}endnoteReference": "endnote"}
# Not text, or text the reader does not see: properties, deleted and moved-away
# text, field codes, ruby guides, the VML copy of a drawing.
_SKIPPED = {
    f"{_W}{name}"
    for name in (
        "pPr",
        "rPr",
        "sectPr",
        "tblPr",
        "tblGrid",
        "trPr",
        "tcPr",
        "sdtPr",
        "sdtEndPr",
        "del",
        "moveFrom",
        "delText",
        "instrText",
        "delInstrText",
        "rt",
    )
} | {f"{_MC}Fallback"}
_PAGE_BREAK = "\f"  # a marker while reading a paragraph; never in the result


@dataclass
class NoteMarks:
    """Footnote and endnote references met so far, numbered in reading order."""

    order: list[tuple[str, str]] = field(default_factory=list)

    def mark(self, kind: str, note_id: str) -> str:
        key = (kind, note_id)
        if key not in self.order:
            self.order.append(key)
        return f"[{self.order.index(key) + 1}]"


def iter_paragraphs(container, marks: NoteMarks) -> Iterator[tuple[object, str]]:
    """(``w:p`` element, its text) for every paragraph under ``container``, in reading order.

    A paragraph cut by a page break appears once per piece; empty texts are included
    (the caller decides what spacing paragraphs mean).
    """
    for child in container:
        if child.tag in _SKIPPED or not isinstance(child.tag, str):
            continue
        if child.tag == PARAGRAPH:
            boxes: list = []
            for piece in paragraph_text(child, marks, boxes).split(_PAGE_BREAK):
                yield child, piece
            for box in boxes:
                yield from iter_paragraphs(box, marks)
        elif not is_deleted_row(child):
            yield from iter_paragraphs(child, marks)  # tables, rows, cells, content controls


def paragraph_text(paragraph, marks: NoteMarks, boxes: list | None = None) -> str:
    """The visible text of one ``w:p``; text boxes met on the way are added to ``boxes``."""
    parts: list[str] = []
    _collect(paragraph, parts, marks, [] if boxes is None else boxes)
    return "".join(parts)


def _collect(node, parts: list[str], marks: NoteMarks, boxes: list) -> None:
    for child in node:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == _TEXT:
            parts.append(child.text or "")
        elif tag in _TABS:
            parts.append("\t")
        elif tag in _LINE_BREAKS:
            parts.append("\n")
        elif tag == _BREAK:
            kind = child.get(f"{_W}type")
            parts.append(_PAGE_BREAK if kind in ("page", "column") else "\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == _TEXT_BOX:
            boxes.append(child)
        elif tag in _NOTE_REFERENCES:
            parts.append(marks.mark(_NOTE_REFERENCES[tag], child.get(f"{_W}id", "")))
        else:
            _collect(child, parts, marks, boxes)


def is_deleted_row(element) -> bool:
    """A table row deleted with tracked changes on."""
    if element.tag != f"{_W}tr":
        return False
    properties = element.find(f"{_W}trPr")
    return properties is not None and properties.find(f"{_W}del") is not None


def note_paragraphs(notes_root, kind: str, marks: NoteMarks) -> dict[str, list[str]]:
    """The paragraphs of each note in a footnotes or endnotes part, by note id."""
    notes: dict[str, list[str]] = {}
    if notes_root is None:
        return notes
    for note in notes_root.iter(f"{_W}{kind}"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts = [text.strip() for _p, text in iter_paragraphs(note, marks)]
        notes[note.get(f"{_W}id", "")] = [text for text in texts if text]
    return notes
