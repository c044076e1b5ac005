"""XLIFF 1.2 export for CAT tools (Trados, memoQ, OmegaT, Weblate), via translate-toolkit.

One ``trans-unit`` per unit of :func:`cipeditor.article.exchange.article_units`,
its kind in ``restype`` (``x-heading``), the pair note in a ``<note>``, the
article status as unit states; the rest of the metadata in a
``<header><note from="cipeditor">``. ``version=2`` writes XLIFF 2.0 instead
(:mod:`cipeditor.exporters.xliff2`).
"""

from __future__ import annotations

from cipeditor import __version__
from cipeditor.article import exchange
from cipeditor.article.model import Article, Status

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"

# Target state written for each article status; approved articles' units also get approved="yes".
_TARGET_STATES = {
    Status.DRAFT: "new",
    Status.TRANSLATING: "translated",
    Status.IN_REVIEW: "needs-review-translation",
    Status.APPROVED: "final",
}


BOTH_LANGUAGES_ONLY = True  # a bilingual exchange file: --lang zh/en makes no sense


def render(article: Article, options: object = None) -> bytes:
    """The exporter registry's entry point (``cipeditor export --format xliff``)."""
    return xliff_bytes(article, original=original_name(options))


def original_name(options: object) -> str:
    """The article file an XLIFF file says it was made from (``original``)."""
    return getattr(options, "source_name", "") or "article.cip"


def xliff_bytes(article: Article, *, original: str = "article.cip") -> bytes:
    """The XLIFF 1.2 document of ``article``; ``original`` names the article file in it."""
    from lxml import etree
    from translate.storage import xliff

    source = exchange.language_tag(article.meta.source_lang)
    target = exchange.language_tag(exchange.other_lang(article.meta.source_lang))
    store = xliff.xlifffile.parsestring(_skeleton(original, source, target))
    _write_header(store, article)
    for text in exchange.units_for_export(article):
        unit = store.UnitClass(text.source)
        unit.setid(text.id)
        store.addunit(unit)
        unit.xmlelement.set("resname", text.id)
        unit.xmlelement.set("restype", text.type)
        unit.settarget(text.target, lang=target)
        _mark_state(unit, article.meta.status, has_target=bool(text.target))
        if text.note:
            # Written directly: translate-toolkit's addnote() strips the text.
            note = etree.SubElement(unit.xmlelement, unit.namespaced("note"))
            note.text = text.note
    etree.cleanup_namespaces(store.document)
    return bytes(store)


def _skeleton(original: str, source: str, target: str) -> bytes:
    from lxml import etree

    root = etree.Element(f"{{{NAMESPACE}}}xliff", nsmap={None: NAMESPACE}, version="1.2")
    file_node = etree.SubElement(
        root,
        f"{{{NAMESPACE}}}file",
        original=original,
        datatype="plaintext",
        **{"source-language": source, "target-language": target, "tool-id": exchange.TOOL_ID},
    )
    etree.SubElement(file_node, f"{{{NAMESPACE}}}body")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _write_header(store, article: Article) -> None:
    from lxml import etree

    file_node = store.body.getparent()
    header = etree.Element(store.namespaced("header"))
    file_node.insert(0, header)  # the header comes before the body
    etree.SubElement(
        header,
        store.namespaced("tool"),
        **{"tool-id": exchange.TOOL_ID, "tool-name": "CIP Editor", "tool-version": __version__},
    )
    note = etree.SubElement(header, store.namespaced("note"), {"from": exchange.TOOL_ID})
    note.text = exchange.recorded_meta(article)


def _mark_state(unit, status: Status, *, has_target: bool) -> None:
    # translate-toolkit marks every unit it gives a target approved="yes"; XLIFF 1.2 and
    # Weblate read approved="yes" as "passed its final review", so only approved articles keep it.
    unit.xmlelement.attrib.pop("approved", None)
    target = unit.get_target_dom()
    if not has_target:
        target.set("state", "needs-translation")
        return
    target.set("state", _TARGET_STATES[status])
    if status == Status.APPROVED:
        unit.xmlelement.set("approved", "yes")
