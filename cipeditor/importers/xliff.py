"""XLIFF import (1.2 and 2.0) via translate-toolkit: an article back from a CAT tool.

The file is first checked by :mod:`cipeditor.importers.xmlcheck` (no entities,
no external references, well-formed), then parsed by translate-toolkit. Unit
texts, kinds and notes build the article over the metadata recorded in the
header; unit states set the article status (see docs/exchange.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cipeditor.article import exchange
from cipeditor.article.exchange import UnitState, UnitText
from cipeditor.errors import InputError
from cipeditor.fileio import MiB, read_bytes
from cipeditor.i18n import _, ngettext
from cipeditor.importers import Imported
from cipeditor.importers.xmlcheck import check_xml

MAX_FILE_SIZE = 64 * MiB
_APPROVED_STATES = {"final", "signed-off"}


def read(path: Path, lang: str | None = None) -> Imported:
    """Import the XLIFF file at ``path``; ``lang`` is ignored (XLIFF holds both sides)."""
    data = read_bytes(path, limit=MAX_FILE_SIZE, what=_("XLIFF file"))
    root = check_xml(data, path, expected="XLIFF")
    if root.name != "xliff" or not root.namespace.startswith("urn:oasis:names:tc:xliff:"):
        raise InputError(
            path,
            _("this XML file is not XLIFF (its root element is <{name}>)").format(name=root.name),
            fix=_("choose an .xlf file exported from CIP Editor or a CAT tool"),
        )
    if "file" not in root.children:
        raise InputError(path, _("the XLIFF file has no <file> element, so no texts"))
    if root.attributes.get("version", "").startswith("2") or ":2." in root.namespace:
        from cipeditor.importers.xliff2 import read_units
    else:
        read_units = _read_units_1
    return _imported(path, read_units(data, path))


@dataclass
class XliffContent:
    """What an XLIFF file holds for us, whatever its version."""

    source_tag: str | None
    target_tag: str | None
    units: list[UnitText] = field(default_factory=list)
    states: list[UnitState] = field(default_factory=list)
    recorded_meta: str | None = None


def _imported(path: Path, content: XliffContent) -> Imported:
    source_tag, target_tag = content.source_tag, content.target_tag
    source_lang = exchange.article_lang(source_tag)
    target_lang = exchange.article_lang(target_tag) or (
        source_lang and exchange.other_lang(source_lang)
    )
    if source_lang is None or target_lang is None or source_lang == target_lang:
        raise InputError(
            path,
            _(
                "the file translates {source} into {target}; articles are Chinese and English"
            ).format(source=source_tag or "?", target=target_tag or "?"),
            fix=_("export the file from zh-CN into en or from en into zh-CN"),
        )
    recorded = exchange.restore_meta(content.recorded_meta, str(path))
    if not content.units:
        raise InputError(
            path,
            _("the XLIFF file holds no translation units"),
            fix=_("export the article again; CIP Editor writes at least the title"),
        )
    article = exchange.build_article(content.units, recorded, source_lang)
    article.meta.status = exchange.status_from_units(content.states, recorded.meta.status)
    return Imported(article, frozenset({"zh", "en"}), _review_warnings(path, content.states))


def _review_warnings(path: Path, states: list[UnitState]) -> list[str]:
    waiting = [state.id for state in states if state.needs_review]
    if not waiting:
        return []
    return [
        ngettext(
            "{path}: {count} unit still needs review: {ids}",
            "{path}: {count} units still need review: {ids}",
            len(waiting),
        ).format(
            path=path,
            count=len(waiting),
            ids=", ".join(waiting[:10]) + ("…" if len(waiting) > 10 else ""),
        )
    ]


def _read_units_1(data: bytes, path: Path) -> XliffContent:
    """Units, states and the recorded metadata of an XLIFF 1.x document."""
    from translate.storage import xliff

    store = parse_store(xliff.xlifffile, data, path)
    content = XliffContent(store.sourcelanguage, store.targetlanguage)
    units, states = content.units, content.states
    for unit in store.units:
        if not unit.istranslatable():
            continue
        local_id = unit.xmlelement.get("id") or exchange.body_id(len(units))
        units.append(
            UnitText(
                id=local_id,
                type=unit.getrestype() or "",
                source=unit.source or "",
                target=unit.target or "",
                note=_unit_notes(unit),
            )
        )
        target = unit.get_target_dom()
        state = target.get("state", "") if target is not None else ""
        states.append(
            UnitState(
                id=local_id,
                has_target=bool(unit.target),
                approved=unit.isapproved() or state in _APPROVED_STATES,
                needs_review=state.startswith("needs-review"),
            )
        )
    content.recorded_meta = _header_meta(store)
    return content


def parse_store(store_class, data: bytes, path: Path):
    from lxml import etree

    try:
        return store_class.parsestring(data)
    except (ValueError, AssertionError, StopIteration, etree.LxmlError) as error:
        raise InputError(
            path, _("not a valid XLIFF file ({reason})").format(reason=error or type(error))
        ) from None


def _unit_notes(unit) -> str:
    """The unit's own notes (not those of alt-trans suggestions), joined by line breaks."""
    notes = unit.xmlelement.findall(unit.namespaced("note"))
    return "\n".join(note.text or "" for note in notes)


def _header_meta(store) -> str | None:
    file_node = next(store.document.getroot().iterchildren(store.namespaced("file")))
    header = store.getheadernode(file_node)
    if header is None:
        return None
    for note in header.iterchildren(store.namespaced("note")):
        if note.get("from") == exchange.TOOL_ID:
            return note.text
    return None
