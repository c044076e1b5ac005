"""A safety check for XML files from elsewhere (XLIFF, TMX) before a library parses them.

The bytes go through :func:`cipeditor.xmlsafe.parse_untrusted` (no entities, no
external references, well-formed), then the element tree is measured against
what an article can hold. Only then does translate-toolkit parse the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cipeditor.article.cipformat import MAX_PAIRS
from cipeditor.article.exchange import META_UNITS
from cipeditor.errors import InputError
from cipeditor.i18n import _
from cipeditor.xmlsafe import parse_untrusted

MAX_DEPTH = 100
"""Real XLIFF and TMX nest a few levels (inline tags add some); lxml stops at 256 with jargon."""


# An article's body pairs plus a unit for each of its texts (title, summary, category).
MAX_UNITS = MAX_PAIRS + len(META_UNITS)
_UNIT_TAGS = {"trans-unit", "unit", "tu"}  # XLIFF 1.2, XLIFF 2, TMX


@dataclass(frozen=True)
class XmlRoot:
    """The root element of a checked document: its local name, namespace and attributes."""

    name: str
    namespace: str
    attributes: dict[str, str]
    children: tuple[str, ...]


def check_xml(data: bytes, path: str | Path, *, expected: str) -> XmlRoot:
    """Refuse hostile or malformed XML with one InputError; ``expected`` names the format."""
    root = parse_untrusted(
        data, path, expected=expected, fix=_("export the .xlf/.tmx file again from the CAT tool")
    )
    depth, units = _measure(root)
    if units > MAX_UNITS:
        raise InputError(
            path,
            _("the file holds {count} translation units; an article holds at most {limit}").format(
                count=units, limit=MAX_UNITS
            ),
            fix=_("split it into several files"),
        )
    if depth > MAX_DEPTH:
        raise InputError(
            path,
            _("the XML elements are nested {depth} levels deep; the limit is {limit}").format(
                depth=depth, limit=MAX_DEPTH
            ),
            fix=_("the file is damaged or was not written by a CAT tool; export it again"),
        )
    namespace, _sep, name = root.tag.rpartition("}")
    return XmlRoot(
        name=name,
        namespace=namespace.lstrip("{"),
        attributes=dict(root.attrib),
        children=tuple(child.tag.rpartition("}")[2] for child in root),
    )


def _measure(root) -> tuple[int, int]:
    """How deep the elements under ``root`` go, and how many translation units there are.

    Counted without recursion, before translate-toolkit spends minutes on a file
    that an article could not hold anyway.
    """
    deepest = units = 0
    stack = [(root, 1)]
    while stack:
        element, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(element.tag, str) and element.tag.rpartition("}")[2] in _UNIT_TAGS:
            units += 1
        stack.extend((child, level + 1) for child in element)
    return deepest, units
