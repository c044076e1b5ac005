"""Web pages (.html, .htm): our own exports exactly, other pages by their structure.

Our own page carries the article in a ``<script type="application/json"
id="cipeditor-article">`` data island and marks every block with
``data-pair``/``data-lang``; it comes back unchanged (edited text is taken from
the page). Another page gives its ``<h1>`` (else the line above its date line,
else ``<title>`` without the site's name) as the title, its meta description as
the summary, and its paragraphs, headings, quotes and list items as pairs (see
:mod:`cipeditor.importers.htmlblocks`), without scripts, styles, navigation,
headers and footers. A news page's furniture (hotline, breadcrumb, "发布时间：…
浏览次数：…", "上一篇") fills the metadata as in :mod:`cipeditor.importers.webpage`
and stays out of the body. Nothing is fetched: the parser never touches the network.
"""

from __future__ import annotations

import re
from pathlib import Path

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Kind, Meta, Pair
from cipeditor.errors import InputError
from cipeditor.fileio import MiB, read_bytes
from cipeditor.i18n import _
from cipeditor.importers import Imported
from cipeditor.importers.decoding import decode
from cipeditor.importers.htmlblocks import collapse, page_blocks
from cipeditor.importers.own import reconcile
from cipeditor.importers.sides import side_text
from cipeditor.importers.webpage import header_meta, page_header, until_page_end
from cipeditor.text.script import is_mostly_chinese

MAX_FILE_SIZE = 32 * MiB
MAX_MARKED_PAIRS = 200_000
DATA_ISLAND = "cipeditor-article"
CHROME = (
    "script",
    "style",
    "nav",
    "aside",
    "form",
    "noscript",
    "template",
    "iframe",
    "svg",
    "button",
    "select",
    "object",
    "embed",
)
_SPACE = re.compile(r"[ \t\n\r\f]+")
# "Headline_Section_Site name", as Chinese CMSs title their pages; headlines have no "_".
_SITE_SUFFIX = re.compile(r"(?<=\S)\s*_.*$")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)


def read(path: Path, lang: str | None) -> Imported:
    """Import the web page at ``path``; ``lang`` is the side a foreign page fills."""
    path = Path(path)
    data = read_bytes(path, limit=MAX_FILE_SIZE, what=_("web page"))
    root = _parse(data, path)
    island = root.xpath('//script[@id=$id][@type="application/json"]', id=DATA_ISLAND)
    if island:
        embedded = cipformat.loads(island[0].text or "", source=f"{path} (#{DATA_ISLAND})")
        article, warnings = reconcile(embedded, _marked_texts(root))
        return Imported(article, frozenset(("zh", "en")), warnings)
    marked = root.xpath("//*[@data-pair][@data-lang][@data-kind]")
    if marked:
        return _marked_page(root, marked)
    return _foreign(root, lang, path)


def _marked_page(root, marked) -> Imported:
    """Our own page whose data island was lost (a CMS strips scripts): pairs, kinds and
    titles are still marked in the markup, the rest of the metadata is not."""
    pairs: dict[int, Pair] = {}
    langs: set[str] = set()
    for element in marked:
        index, lang, kind = (element.get(f"data-{key}") for key in ("pair", "lang", "kind"))
        if not index.isdigit() or int(index) > MAX_MARKED_PAIRS or lang not in ("zh", "en"):
            continue
        pair = pairs.setdefault(int(index), Pair())
        pair.kind = Kind(kind) if kind in {k.value for k in Kind} else Kind.PARAGRAPH
        pair.set(lang, block_text(element, keep_space=True))
        langs.add(lang)
    article = Article(body=[pairs.get(index, Pair()) for index in range(max(pairs) + 1)])
    for headline in root.xpath("//h1[not(@class='untitled')]"):
        tagged = headline.xpath("ancestor-or-self::*[@lang][1]")
        side = _page_lang(tagged[0]) if tagged else None
        if side is not None and not article.meta.title.get(side):
            article.meta.title.set(side, block_text(headline))
    article.meta.source_lang = _page_lang(root) or "zh"
    note = _("the page has lost its embedded article data; only pairs and titles were restored")
    return Imported(article, frozenset(langs), [note])


def _parse(data: bytes, path: Path):
    import lxml.html
    from lxml import etree

    text = decode(data, str(path))  # refuses binary files, detects legacy encodings
    if _ENTITY_DECLARATION.search(text[:65536]):
        raise InputError(
            path,
            _("the page declares XML entities, which web pages never need; refused for safety"),
        )
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise InputError(
            path, _("not a readable web page ({reason})").format(reason=error)
        ) from None
    if root is None:
        raise InputError(path, _("the web page has no content"))
    return root


def block_text(element, *, keep_space: bool = False) -> str:
    """The text of a block, ``<br>`` as a line break; white space collapsed as a browser does
    (``keep_space`` keeps it as written, for our own pages)."""
    lines: list[list[str]] = [[]]

    def walk(node) -> None:
        if node.tag == "br":
            lines.append([])
        elif isinstance(node.tag, str) and node.tag not in CHROME:
            lines[-1].append(node.text or "")
            for child in node:
                walk(child)
                lines[-1].append(child.tail or "")

    walk(element)
    texts = ["".join(line) for line in lines]
    if keep_space:
        # Our templates write "<br>\n": the source line break after each <br> is layout.
        return "\n".join(t[1:] if i and t.startswith("\n") else t for i, t in enumerate(texts))
    collapsed = [collapse(text) for text in texts]
    return "\n".join(collapsed).strip("\n")


def _marked_texts(root) -> dict[tuple[int, str], str]:
    texts: dict[tuple[int, str], str] = {}
    for element in root.xpath("//*[@data-pair][@data-lang]"):
        index, lang = element.get("data-pair"), element.get("data-lang")
        if index.isdigit() and lang in ("zh", "en"):
            texts[(int(index), lang)] = block_text(element, keep_space=True)
    return texts


def _foreign(root, lang: str | None, path: Path) -> Imported:
    head = root.find("head")
    body = root.find("body")
    if body is None:
        body = root
    for element in list(body.iter(*CHROME)):
        element.drop_tree()
    content = _main_content(body)
    headline = content.find(".//h1")
    title = block_text(headline) if headline is not None else ""
    if headline is not None:
        headline.drop_tree()  # its tail stays
    blocks = page_blocks(content, CHROME)
    warnings: list[str] = []
    header = page_header([text.replace("\n", " ") for _kind, text in blocks], str(path))
    if header is not None:  # the furniture of a news page: hotline, breadcrumb, date line
        title = title or header.title
        blocks = _until_page_end(blocks[header.body_start :])
    if not title and head is not None and head.find("title") is not None:
        title = _SITE_SUFFIX.sub("", block_text(head.find("title")))
    if not title and not blocks:
        raise InputError(
            path,
            _("no article text found: the page has no headline, paragraphs or list items"),
            fix=_("check that this is the page of an article"),
        )
    all_text = " ".join([title, *(text for _k, text in blocks)])
    side = lang or _page_lang(root) or ("zh" if is_mostly_chinese(all_text) else "en")
    if header is not None:
        header.title = title
        meta = header_meta(header, side, str(path), warnings)
    else:
        meta = Meta(title=side_text(side, title), source_lang=side)
    meta.summary.set(side, _meta(root, "description"))
    meta.author = meta.author or _meta(root, "author")
    meta.tags = [t.strip() for t in _meta(root, "keywords").split(",") if t.strip()]
    article = Article(meta=meta)
    for kind, text in blocks:
        pair = Pair(kind=kind)
        pair.set(side, text)
        article.body.append(pair)
    return Imported(article, frozenset((side,)), warnings)


def _main_content(body):
    """``<main>`` or the first ``<article>`` when the page has one; else the body without
    its page header and footer."""
    for tag in ("main", "article"):
        found = body.find(f".//{tag}")
        if found is not None:
            return found
    for element in list(body.iter("header", "footer")):
        if element.find(".//h1") is None:
            element.drop_tree()
    return body


def _until_page_end(blocks: list[tuple[Kind, str]]) -> list[tuple[Kind, str]]:
    """The blocks before "Previous:"/上一篇/返回列表 … (the page's own links)."""
    kept = until_page_end([text.split("\n", 1)[0] for _kind, text in blocks])
    return blocks[: len(kept)]


def _meta(root, name: str) -> str:
    found = root.xpath("//meta[@name=$name]/@content", name=name)
    return _SPACE.sub(" ", found[0]).strip() if found else ""


def _page_lang(root) -> str | None:
    value = (root.get("lang") or "").lower()
    if value.startswith("zh"):
        return "zh"
    if value.startswith("en"):
        return "en"
    return None
