"""Paragraphs and runs written straight as WordprocessingML, fast enough for 5,000 rows.

python-docx's ``add_paragraph``/``add_run`` build the same elements but spend
most of their time on proxies; a bilingual table of thousands of rows is built
here with lxml directly. Line breaks and tabs in the text become ``w:br`` and
``w:tab``, which python-docx reads back as ``\\n`` and ``\\t``.
"""

from __future__ import annotations

import re
from itertools import count

from docx.oxml.ns import qn

from cipeditor.exporters.docx_embed import bookmark_name

W_P, W_PPR, W_PSTYLE = qn("w:p"), qn("w:pPr"), qn("w:pStyle")
W_R, W_RPR, W_RFONTS, W_T = qn("w:r"), qn("w:rPr"), qn("w:rFonts"), qn("w:t")
W_BR, W_TAB, W_VAL, W_HINT = qn("w:br"), qn("w:tab"), qn("w:val"), qn("w:hint")
W_BOOKMARK_START, W_BOOKMARK_END = qn("w:bookmarkStart"), qn("w:bookmarkEnd")
W_ID, W_NAME = qn("w:id"), qn("w:name")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Unicode's line and paragraph separators (pasted from web pages and PDFs) are line breaks
# too: inside a w:t LibreOffice shows nothing for them, gluing the two words together.
LINE_BREAKS = frozenset("\n\u2028\u2029")
_PIECES = re.compile("([\n\u2028\u2029\t])")


class BookmarkIds:
    """Hands out the document-wide unique ids that bookmarks need."""

    def __init__(self) -> None:
        self._next = count(1)

    def __call__(self) -> str:
        return str(next(self._next))


def make_paragraph(factory, style_id: str, text: str, *, chinese: bool):
    """A new ``w:p`` in style ``style_id`` holding ``text``; ``factory`` is any element
    of the document (lxml creates the new one with the same parser)."""
    paragraph = factory.makeelement(W_P, {})
    ppr = paragraph.makeelement(W_PPR, {})
    ppr.append(ppr.makeelement(W_PSTYLE, {W_VAL: style_id}))
    paragraph.append(ppr)
    add_runs(paragraph, text, chinese=chinese)
    return paragraph


def add_runs(paragraph, text: str, *, chinese: bool) -> None:
    """The text as one run; ``chinese`` hints Word to set ambiguous marks (“”…) in the CJK font."""
    if not text:
        return
    run = paragraph.makeelement(W_R, {})
    if chinese:
        rpr = run.makeelement(W_RPR, {})
        rpr.append(rpr.makeelement(W_RFONTS, {W_HINT: "eastAsia"}))
        run.append(rpr)
    for piece in _PIECES.split(text):
        if piece in LINE_BREAKS:
            run.append(run.makeelement(W_BR, {}))
        elif piece == "\t":
            run.append(run.makeelement(W_TAB, {}))
        elif piece:
            node = run.makeelement(W_T, {XML_SPACE: "preserve"})
            node.text = piece
            run.append(node)
    paragraph.append(run)


def mark_pair(paragraph, index: int, lang: str, ids: BookmarkIds) -> None:
    """Put the hidden bookmark of pair ``index`` in ``lang`` at the start of the paragraph.

    The bookmark is a point, not a range around the text: LibreOffice gives a bookmark
    end after the last character a place of its own, so a paragraph that exactly filled
    its last line (common in justified Chinese) got an empty line under it. The importer
    needs only the paragraph the bookmark starts in.
    """
    ident = ids()
    start = paragraph.makeelement(
        W_BOOKMARK_START, {W_ID: ident, W_NAME: bookmark_name(index, lang)}
    )
    ppr = paragraph.find(W_PPR)
    if ppr is None:
        paragraph.insert(0, start)
    else:
        ppr.addnext(start)
    start.addnext(paragraph.makeelement(W_BOOKMARK_END, {W_ID: ident}))
