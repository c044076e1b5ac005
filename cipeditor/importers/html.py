"""Web pages (.html, .htm): our own exports exactly, other pages by their structure.

Our own page carries the article in a ``<script type="application/json"
id="cipeditor-article">`` data island and marks every block with
``data-pair``/``data-lang``; it comes back unchanged (edited text is taken from
the page). Another page gives its ``<h1>`` (else ``<title>``) as the title, its
meta description as the summary, and its ``<p>``, ``<h2>``…, ``<blockquote>``
and ``<li>`` as pairs, without scripts, styles, navigation, headers and
footers. Nothing is fetched: the parser never touches the network.
"""

from __future__ import annotations

import re
from pathlib import Path

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Kind, Pair
from cipeditor.errors import InputError
from cipeditor.fileio import MiB, read_bytes
from cipeditor.i18n import _
from cipeditor.importers import Imported
from cipeditor.importers.decoding import decode
from cipeditor.importers.own import reconcile
from cipeditor.text.script import HAN_CLASS, is_mostly_chinese

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
BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li")
_SPACE = re.compile(r"[ \t\n\r\f]+")
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.IGNORECASE)
_SPACE_BETWEEN_HAN = re.compile(
    f"(?<=[{HAN_CLASS}\u3000-\u303f\uff00-\uffef]) (?=[{HAN_CLASS}\u3000-\u303f\uff00-\uffef])"
)


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
    collapsed = [_SPACE_BETWEEN_HAN.sub("", _SPACE.sub(" ", text)).strip() for text in texts]
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
    if not title and head is not None and head.find("title") is not None:
        title = block_text(head.find("title"))
    blocks = [(kind, text) for kind, text in _blocks(content, headline) if text]
    if not title and not blocks:
        raise InputError(
            path,
            _("no article text found: the page has no headline, paragraphs or list items"),
            fix=_("check that this is the page of an article"),
        )
    all_text = " ".join([title, *(text for _k, text in blocks)])
    side = lang or _page_lang(root) or ("zh" if is_mostly_chinese(all_text) else "en")
    article = Article()
    article.meta.source_lang = side
    article.meta.title.set(side, title)
    article.meta.summary.set(side, _meta(root, "description"))
    article.meta.author = _meta(root, "author")
    article.meta.tags = [t.strip() for t in _meta(root, "keywords").split(",") if t.strip()]
    for kind, text in blocks:
        pair = Pair(kind=kind)
        pair.set(side, text)
        article.body.append(pair)
    return Imported(article, frozenset((side,)))


def _main_content(body):
    """``<main>`` or the first ``<article>`` when the page has one; else the body without
    its page header and footer."""
    for tag in ("main", "article"):
        found = body.find(f".//{tag}")
        if found is not None:
            return found
    for element in list(body.iter("header", "footer")):
        element.drop_tree()
    return body


def _blocks(content, headline):
    for element in content.iter(*BLOCKS):
        if element is headline:
            continue
        outer = [a.tag for a in element.iterancestors() if a.tag in BLOCKS]
        if element.tag == "blockquote" and any(c.tag in BLOCKS for c in element.iterdescendants()):
            continue  # its paragraphs come one by one, as quotes
        if outer and outer != ["blockquote"] * len(outer):
            continue  # a paragraph inside a list item belongs to the item
        kind = _KINDS.get(element.tag, Kind.PARAGRAPH)
        if outer:
            kind = Kind.QUOTE
        yield kind, block_text(element)


_KINDS = {
    **{f"h{level}": Kind.HEADING for level in range(1, 7)},
    "blockquote": Kind.QUOTE,
    "li": Kind.LIST_ITEM,
}


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
