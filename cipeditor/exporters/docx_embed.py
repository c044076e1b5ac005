"""The article carried inside our own DOCX, so that importing it gives it back unchanged.

The whole article, as the text of a ``.cip`` file, sits in a custom XML part
(``/customXml/itemN.xml``, root ``<cipeditor xmlns="urn:x-cipeditor:article">``)
with its item properties part. Word and LibreOffice keep custom XML parts when
they save, and the part is invisible to readers. Every exported body paragraph
also carries a hidden bookmark ``_cip_<index>_<lang>``, so the importer can
match the text in the document to the pair it came from and notice edits.
"""

from __future__ import annotations

import uuid

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from cipeditor.article import cipformat
from cipeditor.article.model import Article

NAMESPACE = "urn:x-cipeditor:article"
ROOT_TAG = f"{{{NAMESPACE}}}cipeditor"
BOOKMARK_PREFIX = "_cip_"
_DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
_ITEM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"


def bookmark_name(index: int, lang: str) -> str:
    """The hidden bookmark on pair ``index``'s paragraph in ``lang``: ``_cip_12_zh``."""
    return f"{BOOKMARK_PREFIX}{index}_{lang}"


def parse_bookmark(name: str) -> tuple[int, str] | None:
    """``(index, lang)`` from one of our bookmark names, ``None`` for anyone else's."""
    if not name.startswith(BOOKMARK_PREFIX):
        return None
    index, _sep, lang = name[len(BOOKMARK_PREFIX) :].partition("_")
    if not index.isdigit() or lang not in ("zh", "en"):
        return None
    return int(index), lang


def embed(document: Document, article: Article) -> None:
    """Add the custom XML part holding ``article`` to ``document``."""
    _drop_template_extras(document)
    package = document.part.package
    number = 1 + sum(1 for part in package.iter_parts() if _is_custom_item(part.partname))
    text = cipformat.dumps(article)
    root = etree.Element(ROOT_TAG, nsmap={None: NAMESPACE}, version="1")
    root.text = text
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    item = Part(PackURI(f"/customXml/item{number}.xml"), "application/xml", blob, package)
    document.part.relate_to(item, RT.CUSTOM_XML)
    item.relate_to(_item_props(number, package, text), RT.CUSTOM_XML_PROPS)


def _is_custom_item(partname: str) -> bool:
    return partname.startswith("/customXml/item") and "Props" not in partname


def _drop_template_extras(document: Document) -> None:
    # python-docx's default template brings a bibliography data store and a thumbnail of an
    # empty page (file managers would show it as the preview): neither belongs to our export.
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            document.part.drop_rel(rel_id)
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rel_id)


def _item_props(number: int, package, text: str) -> Part:
    # Word identifies data store items by GUID; derive it from the content so builds repeat.
    guid = uuid.uuid5(uuid.NAMESPACE_URL, NAMESPACE + text)
    ds = f"{{{_DATASTORE}}}"
    root = etree.Element(
        f"{ds}datastoreItem", nsmap={"ds": _DATASTORE}, attrib={f"{ds}itemID": f"{{{guid}}}"}
    )
    refs = etree.SubElement(root, f"{ds}schemaRefs")
    etree.SubElement(refs, f"{ds}schemaRef", attrib={f"{ds}uri": NAMESPACE})
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=False)
    return Part(PackURI(f"/customXml/itemProps{number}.xml"), _ITEM_PROPS_TYPE, blob, package)
