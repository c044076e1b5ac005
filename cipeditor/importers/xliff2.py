"""XLIFF 2.0 reading for :mod:`cipeditor.importers.xliff`.

A CAT tool may split a unit into several segments (one per sentence), with the
spaces between them in ``<ignorable>``: the unit's text is all of them joined
again, and it counts as approved only if every segment is.
"""

from __future__ import annotations

from pathlib import Path

from cipeditor.article import exchange
from cipeditor.article.exchange import UnitState, UnitText
from cipeditor.importers.xliff import XliffContent, parse_store

_APPROVED_STATES = {"reviewed", "final"}


def read_units(data: bytes, path: Path) -> XliffContent:
    """Units, states and the recorded metadata of an XLIFF 2.x document."""
    from translate.storage import xliff2

    store = parse_store(xliff2.Xliff2File, data, path)
    content = XliffContent(store.sourcelanguage, store.targetlanguage)
    segments = {unit.xmlelement: unit for unit in store.units}
    for file_node in store.document.getroot().iterchildren(store.namespaced("file")):
        content.recorded_meta = content.recorded_meta or _file_meta(store, file_node)
        for unit_node in file_node.iter(store.namespaced("unit")):
            if unit_node.get("translate", "yes") == "no":
                continue
            unit_id = unit_node.get("id") or exchange.body_id(len(content.units))
            text, state = _unit(store, unit_node, unit_id, segments)
            content.units.append(text)
            content.states.append(state)
    return content


def _unit(store, unit_node, unit_id: str, segments: dict) -> tuple[UnitText, UnitState]:
    sources, targets, states = [], [], []
    for child in unit_node:
        if child.tag == store.namespaced("segment") and child in segments:
            segment = segments[child]
            sources.append(segment.source or "")
            targets.append(segment.target or "")
            states.append(child.get("state", "initial"))
        elif child.tag == store.namespaced("ignorable"):
            sources.append(_text(child.find(store.namespaced("source"))))
            targets.append(_text(child.find(store.namespaced("target"))))
    # Notes belong to the unit; translate-toolkit itself writes them into the segment.
    notes = unit_node.iter(store.namespaced("note"))
    note = "\n".join(n.text or "" for n in notes)
    target = "".join(targets)
    text = UnitText(unit_id, unit_node.get("type") or "", "".join(sources), target, note)
    approved = bool(states) and all(state in _APPROVED_STATES for state in states)
    return text, UnitState(unit_id, bool(target), approved, needs_review=False)


def _text(node) -> str:
    return "" if node is None else "".join(node.itertext())


def _file_meta(store, file_node) -> str | None:
    notes = file_node.find(store.namespaced("notes"))
    for note in [] if notes is None else notes:
        if note.get("category") == exchange.TOOL_ID:
            return note.text
    return None
