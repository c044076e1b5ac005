"""Glossaries as TBX-Basic (ISO 30042): read v2 (``<martif>``) and v3 (``<tbx>``), write v2.

Mapping (documented in ``docs/glossary-format.md``):

* a ``termEntry``/``conceptEntry`` is an entry; ``langSet``/``langSec`` with
  ``xml:lang`` ``zh…`` and ``en…`` hold the two sides, a ``tig``/``termSec``
  each term;
* ``administrativeStatus`` ``preferredTerm-admn-sts`` / ``admittedTerm-admn-sts``
  / ``deprecatedTerm-admn-sts`` (and ``supersededTerm-admn-sts``) make an English
  term preferred, admitted or forbidden; Chinese terms after the first are variants;
* ``descrip type="subjectField"`` holds the entry type (person, title,
  organisation, place, general); ``note`` (or else ``descrip type="definition"``)
  the note;
* our own notes, prefixed ``cipeditor-title:`` (one official title in the
  notation of :mod:`cipeditor.glossary.titles`) and ``cipeditor-case-sensitive:
  yes``, carry what TBX-Basic has no field for.

The XML is parsed by :func:`cipeditor.xmlsafe.parse_untrusted`: a DTD declaring
entities (billion laughs, XXE) or pointing outside the file is refused.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from cipeditor.errors import InputError
from cipeditor.glossary.entry import (
    Entry,
    EntryType,
    Glossary,
    bad_rows_error,
    parse_type,
    validate_entry,
)
from cipeditor.glossary.titles import format_title, parse_title
from cipeditor.i18n import _

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TITLE_NOTE = "cipeditor-title:"
CASE_NOTE = "cipeditor-case-sensitive:"
_PREFERRED, _ADMITTED = "preferredTerm-admn-sts", "admittedTerm-admn-sts"
_FORBIDDEN = {"deprecatedTerm-admn-sts", "supersededTerm-admn-sts"}


def parse(data: bytes, source: str | Path, name: str = "") -> Glossary:
    """The glossary held by the TBX bytes ``data``; ``source`` names the file in messages."""
    root = _parse_xml(data, source)
    _strip_namespaces(root)
    if root.tag not in ("martif", "tbx"):
        raise InputError(
            source,
            _("this is XML but not TBX (the root element is <{tag}>)").format(tag=root.tag),
            fix=_("choose a TBX glossary (<martif> or <tbx>)"),
        )
    entries, bad = [], []
    for number, element in enumerate(root.iter(), start=1):
        if element.tag not in ("termEntry", "conceptEntry"):
            continue
        place = _("entry {number}").format(number=element.get("id") or number)
        try:
            entry = _entry(element)
            problem = validate_entry(entry)
        except ValueError as error:
            problem = str(error)
        if problem:
            bad.append((place, problem))
        else:
            entries.append(entry)
    if bad:
        raise bad_rows_error(source, bad, entries)
    return Glossary(
        name or _title(root) or Path(str(source)).stem, tuple(entries), Path(str(source))
    )


def _parse_xml(data: bytes, source: str | Path) -> ElementTree.Element:
    from cipeditor.xmlsafe import parse_untrusted

    return parse_untrusted(
        data, source, expected="TBX", fix=_("export the glossary again from its program")
    )


def _strip_namespaces(root: ElementTree.Element) -> None:
    # TBX v3 puts its elements in a namespace; v2 does not. Local names serve both.
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = element.tag.rsplit("}", 1)[1]


def _title(root: ElementTree.Element) -> str:
    for tag in ("title", "p"):
        found = root.find(f".//fileDesc//{tag}")
        if found is not None and (found.text or "").strip():
            return found.text.strip()
    return ""


def _entry(element: ElementTree.Element) -> Entry:
    zh_terms: list[str] = []
    en_terms: list[tuple[str, str]] = []
    for lang_set in element:
        if lang_set.tag not in ("langSet", "langSec"):
            continue
        lang = (lang_set.get(XML_LANG) or lang_set.get("lang") or "").lower()
        for term_group in lang_set.iter():
            if term_group.tag not in ("tig", "ntig", "termSec"):
                continue
            term = term_group.find(".//term")
            text = "".join(term.itertext()).strip() if term is not None else ""
            status = _status(term_group)
            if lang.startswith("zh") and status == _PREFERRED:
                zh_terms.insert(0, text)
            elif lang.startswith("zh"):
                zh_terms.append(text)
            elif lang.startswith("en"):
                en_terms.append((text, status))
    preferred, admitted, forbidden = _sort_english(en_terms)
    return Entry(
        zh=zh_terms[0] if zh_terms else "",
        en=preferred,
        zh_variants=tuple(zh_terms[1:]),
        admitted=tuple(admitted),
        forbidden=tuple(forbidden),
        type=_type(element),
        note=_note(element),
        case_sensitive=_notes_with(element, CASE_NOTE) == ["yes"],
        titles=tuple(parse_title(text) for text in _notes_with(element, TITLE_NOTE)),
    )


def _status(term_group: ElementTree.Element) -> str:
    for note in term_group.iter("termNote"):
        if note.get("type") == "administrativeStatus":
            return (note.text or "").strip()
    return ""


def _sort_english(terms: list[tuple[str, str]]) -> tuple[str, list[str], list[str]]:
    forbidden = [text for text, status in terms if status in _FORBIDDEN]
    allowed = [(text, status) for text, status in terms if status not in _FORBIDDEN]
    preferred = [text for text, status in allowed if status == _PREFERRED]
    first = preferred[0] if preferred else (allowed[0][0] if allowed else "")
    admitted = [text for text, _status in allowed if text != first]
    return first, admitted, forbidden


def _type(element: ElementTree.Element) -> EntryType:
    for descrip in element.iter("descrip"):
        if descrip.get("type") == "subjectField":
            try:
                return parse_type(descrip.text or "")
            except ValueError:
                return EntryType.GENERAL  # a real subject field (e.g. "economics"), not ours
    return EntryType.GENERAL


def _note(element: ElementTree.Element) -> str:
    notes = [
        (note.text or "").strip()
        for note in element.findall("note")
        if not (note.text or "").startswith((TITLE_NOTE, CASE_NOTE))
    ]
    if not notes:
        notes = [
            (d.text or "").strip() for d in element.iter("descrip") if d.get("type") == "definition"
        ]
    return "\n".join(note for note in notes if note)


def _notes_with(element: ElementTree.Element, prefix: str) -> list[str]:
    return [
        (note.text or "").strip()[len(prefix) :].strip()
        for note in element.findall("note")
        if (note.text or "").strip().startswith(prefix)
    ]


def serialise(glossary: Glossary) -> bytes:
    """The TBX-Basic v2 bytes of ``glossary``."""
    from xml.etree.ElementTree import Element, SubElement, tostring

    root = Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    file_desc = SubElement(SubElement(root, "martifHeader"), "fileDesc")
    SubElement(SubElement(file_desc, "titleStmt"), "title").text = glossary.name
    SubElement(SubElement(file_desc, "sourceDesc"), "p").text = _("Written by CIP Editor")
    body = SubElement(SubElement(root, "text"), "body")
    for number, entry in enumerate(glossary.entries, start=1):
        element = SubElement(body, "termEntry", {"id": f"e{number}"})
        if entry.type != EntryType.GENERAL:
            SubElement(element, "descrip", {"type": "subjectField"}).text = entry.type.value
        if entry.note:
            SubElement(element, "note").text = entry.note
        for title in entry.titles:
            SubElement(element, "note").text = f"{TITLE_NOTE} {format_title(title)}"
        if entry.case_sensitive:
            SubElement(element, "note").text = f"{CASE_NOTE} yes"
        _lang_set(
            element, "zh-CN", [(entry.zh, _PREFERRED)] + [(v, _ADMITTED) for v in entry.zh_variants]
        )
        terms = [(entry.en, _PREFERRED)] + [(v, _ADMITTED) for v in entry.admitted]
        terms += [(v, "deprecatedTerm-admn-sts") for v in entry.forbidden]
        _lang_set(element, "en", terms)
    ElementTree.indent(root)
    return tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _lang_set(parent: ElementTree.Element, lang: str, terms: list[tuple[str, str]]) -> None:
    from xml.etree.ElementTree import SubElement

    lang_set = SubElement(parent, "langSet", {XML_LANG: lang})
    for text, status in terms:
        tig = SubElement(lang_set, "tig")
        SubElement(tig, "term").text = text
        SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = status
