"""XLIFF 2.0 export via translate-toolkit's ``xliff2`` store.

The same units as XLIFF 1.2 (:mod:`cipeditor.exporters.xliff`): ``<unit id="p1"
type="cip:heading">``, the pair note in the unit's ``<notes>``, the recorded
metadata in the file's ``<notes>`` as ``<note category="cipeditor">``. The
article status becomes segment states: approved → ``final``, draft →
``initial``, translating and in review → ``translated`` (XLIFF 2.0 has no
"needs review" state; the recorded status tells them apart).
"""

from __future__ import annotations

from cipeditor.article import exchange
from cipeditor.article.model import Article, Status

NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0"
TYPE_PREFIX = "cip:"

_SEGMENT_STATES = {
    Status.DRAFT: "initial",
    Status.TRANSLATING: "translated",
    Status.IN_REVIEW: "translated",
    Status.APPROVED: "final",
}


BOTH_LANGUAGES_ONLY = True  # a bilingual exchange file: --lang zh/en makes no sense


def render(article: Article, options: object = None) -> bytes:
    """The exporter registry's entry point (``cipeditor export --format xliff2``)."""
    from cipeditor.exporters.xliff import original_name

    return xliff2_bytes(article, original=original_name(options))


def xliff2_bytes(article: Article, *, original: str = "article.cip") -> bytes:
    """The XLIFF 2.0 document of ``article``; ``original`` names the article file in it."""
    from lxml import etree
    from translate.storage import xliff2

    source = exchange.language_tag(article.meta.source_lang)
    target = exchange.language_tag(exchange.other_lang(article.meta.source_lang))
    store = xliff2.Xliff2File(sourcelanguage=source, targetlanguage=target)
    file_node = store.body
    file_node.set("original", original)
    _add_notes(file_node, [(exchange.TOOL_ID, exchange.recorded_meta(article))])
    for text in exchange.units_for_export(article):
        unit = store.UnitClass(text.source)
        store.addunit(unit)
        unit.setid(text.id)
        unit.settarget(text.target, lang=target)
        segment = unit.xmlelement
        segment.set("state", _SEGMENT_STATES[article.meta.status] if text.target else "initial")
        unit_node = unit.getunitelement()
        unit_node.set("name", text.id)
        unit_node.set("type", TYPE_PREFIX + text.type.removeprefix(exchange.KIND_PREFIX))
        # xml:space belongs on the unit in XLIFF 2.0; translate-toolkit puts it on the segment.
        space = segment.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)
        if space:
            unit_node.set("{http://www.w3.org/XML/1998/namespace}space", space)
        if text.note:
            _add_notes(unit_node, [(None, text.note)])
    etree.cleanup_namespaces(store.document)
    return bytes(store)


def _add_notes(parent, notes: list[tuple[str | None, str]]) -> None:
    """A ``<notes>`` block as the first child of ``parent``, where XLIFF 2.0 wants it."""
    from lxml import etree

    block = etree.Element(f"{{{NAMESPACE}}}notes")
    for category, text in notes:
        note = etree.SubElement(block, f"{{{NAMESPACE}}}note")
        if category:
            note.set("category", category)
        note.text = text
    parent.insert(0, block)
