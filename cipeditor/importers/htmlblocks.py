"""The paragraphs of a web page from elsewhere, in reading order, as a browser lays them out.

Pages from Chinese government and park sites seldom wrap their text in ``<p>``:
the article sits in a ``<div>`` or a table cell, its paragraphs separated by
``<br>`` and indented with "　　". So every run of text between block
boundaries is a paragraph, whatever element holds it:

* inside ``<p>``, ``<li>``, headings and quotes a ``<br>`` is a line break,
  except that a blank line or a line that starts with an indent starts a new
  paragraph (that is how such pages mark paragraphs);
* directly inside a ``<div>``, a cell or the body, every line is a paragraph;
* elements whose class or id names the site's furniture (menus, page footers,
  share buttons, pagers) are left out, unless they hold the page's ``<h1>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cipeditor.article.model import Kind
from cipeditor.text.script import HAN_CLASS

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "center",
        "figure",
        "figcaption",
        "address",
        "pre",
        "hr",
        "body",
        "html",
        "fieldset",
        "details",
        "summary",
    ]
)
# Elements whose text is a line of its own paragraph-like block (a <br> inside is a line break).
TEXT_BLOCKS = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "figcaption",
        "address",
    ]
)
KINDS = {
    **{f"h{level}": Kind.HEADING for level in range(1, 7)},
    "blockquote": Kind.QUOTE,
    "li": Kind.LIST_ITEM,
}
# Class or id words of site furniture (English and the pinyin Chinese sites use).
FURNITURE = frozenset(
    [
        "nav",
        "navbar",
        "navigation",
        "menu",
        "mainmenu",
        "topmenu",
        "submenu",
        "topbar",
        "top-bar",
        "footer",
        "foot",
        "copyright",
        "sidebar",
        "side-bar",
        "share",
        "bdshare",
        "sharebar",
        "fenye",
        "pager",
        "pagination",
        "pagenav",
        "page-nav",
        "toolbar",
        "search",
        "login",
        "friendlink",
        "links",
        "related",
        "relate",
        "xgxw",
        "comment",
        "comments",
        "banner",
        "ad",
        "ads",
        "advert",
    ]
)
_SPACE = re.compile(r"[ \t\n\r\f]+")
_WIDE = f"{HAN_CLASS}\u3000-\u303f\uff00-\uffef"
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{_WIDE}]) (?=[{_WIDE}])")
_INDENT = re.compile("^[ \t\n\r\f]*(?:\u3000|\u00a0{2})")


@dataclass
class _Flow:
    """The blocks found so far, and the lines of the block being read."""

    blocks: list[tuple[Kind, str]] = field(default_factory=list)
    lines: list[list[str]] = field(default_factory=lambda: [[]])

    def flush(self, kind: Kind, in_text_block: bool) -> None:
        raw = ["".join(line) for line in self.lines]
        self.lines = [[]]
        for text in _paragraphs(raw, in_text_block):
            self.blocks.append((kind, text))


def is_furniture(element) -> bool:
    """True for an element whose class or id says it is a menu, footer, pager …"""
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    return any(word in FURNITURE for word in words) and element.find(".//h1") is None


def page_blocks(content, chrome: tuple[str, ...]) -> list[tuple[Kind, str]]:
    """(kind, text) of every paragraph under ``content``; ``chrome`` tags are skipped."""
    flow = _Flow()
    _walk(content, flow, Kind.PARAGRAPH, False, frozenset(chrome))
    flow.flush(Kind.PARAGRAPH, False)
    return flow.blocks


def _walk(node, flow: _Flow, kind: Kind, in_text_block: bool, chrome: frozenset[str]) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag == "br":
        flow.lines.append([])
        return
    if tag in BLOCK_TAGS:
        flow.flush(kind, in_text_block)
        kind = KINDS.get(tag, kind)
        in_text_block = in_text_block or tag in TEXT_BLOCKS
    if tag:
        flow.lines[-1].append(node.text or "")
        for child in node:
            if not (isinstance(child.tag, str) and (child.tag in chrome or is_furniture(child))):
                _walk(child, flow, kind, in_text_block, chrome)
            flow.lines[-1].append(child.tail or "")
    if tag in BLOCK_TAGS:
        flow.flush(kind, in_text_block)


def _paragraphs(raw_lines: list[str], in_text_block: bool) -> list[str]:
    """Lines of one block as paragraphs (see the module docstring)."""
    paragraphs: list[list[str]] = [[]]
    for raw in raw_lines:
        line = collapse(raw)
        starts_new = not line or not in_text_block or _INDENT.match(raw)
        if starts_new and paragraphs[-1]:
            paragraphs.append([])
        if line:
            paragraphs[-1].append(line)
    return ["\n".join(lines) for lines in paragraphs if lines]


def collapse(text: str) -> str:
    """White space as a browser shows it; none between Chinese characters."""
    return _SPACE_BETWEEN_HAN.sub("", _SPACE.sub(" ", text)).strip()
