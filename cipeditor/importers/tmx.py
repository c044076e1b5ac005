"""TMX import via translate-toolkit: an article built from the pairs of a translation memory.

Each ``tu`` becomes a pair from its first Chinese (``zh-*``) and first English
(``en-*``) variant; other languages are ignored, and a unit missing one of the
two gives an empty cell. Units that CIP Editor wrote for a title, summary or
category (``<prop type="x-kind">``) fill the metadata instead.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cipeditor.article import exchange
from cipeditor.article.model import DEFAULT_TIMEZONE, Article, Bilingual, Kind, Meta, Pair
from cipeditor.errors import InputError
from cipeditor.fileio import MiB, read_bytes
from cipeditor.i18n import _, ngettext
from cipeditor.importers import Imported
from cipeditor.importers.xmlcheck import check_xml

MAX_FILE_SIZE = 64 * MiB


def read(path: Path, lang: str | None = None) -> Imported:
    """Import the TMX file at ``path``; ``lang`` is ignored (a memory holds both sides)."""
    from lxml import etree
    from translate.storage import tmx

    data = read_bytes(path, limit=MAX_FILE_SIZE, what=_("translation memory"))
    root = check_xml(data, path, expected="TMX")
    if root.name != "tmx" or "body" not in root.children:
        raise InputError(
            path,
            _(
                "this XML file is not a TMX translation memory (its root element is <{name}>)"
            ).format(name=root.name),
            fix=_("choose a .tmx file"),
        )
    try:
        store = tmx.tmxfile.parsestring(data)
    except (ValueError, AssertionError, StopIteration, etree.LxmlError) as error:
        raise InputError(path, _("not a valid TMX file ({reason})").format(reason=error)) from None
    header = store.document.getroot().find("header")
    srclang = exchange.article_lang(header.get("srclang") if header is not None else None)
    article = Article(meta=Meta(source_lang=srclang or "zh"))
    ignored = 0
    for unit in store.units:
        texts = _texts(unit)
        if texts is None:
            ignored += 1
            continue
        _place(article, unit, texts)
    if not article.body and not any(
        getattr(article.meta, name).zh or getattr(article.meta, name).en
        for name in exchange.META_UNITS
    ):
        raise InputError(
            path,
            _("the memory holds no Chinese or English segments"),
            fix=_("choose a memory with zh-CN and en"),
        )
    _fill_context(article, store.units)
    warnings = []
    if ignored:
        warnings.append(
            ngettext(
                "{path}: {count} unit without Chinese or English was ignored",
                "{path}: {count} units without Chinese or English were ignored",
                ignored,
            ).format(path=path, count=ignored)
        )
    return Imported(article, frozenset({"zh", "en"}), warnings)


def _texts(unit) -> Bilingual | None:
    """The first Chinese and the first English variant of ``unit``; None if it has neither."""
    from translate.misc.xml_helpers import getXMLlang, getXMLspace

    texts: dict[str, str] = {}
    space = getXMLspace(unit.xmlelement, unit._default_xml_space)
    for node in unit.getlanguageNodes():
        lang = exchange.article_lang(getXMLlang(node))
        if lang and lang not in texts:
            texts[lang] = unit.getNodeText(node, space) or ""
    if not texts:
        return None
    return Bilingual(texts.get("zh", ""), texts.get("en", ""))


def _props(unit, prop_type: str) -> list:
    return [prop for prop in unit.xmlelement.iterchildren("prop") if prop.get("type") == prop_type]


def _place(article: Article, unit, texts: Bilingual) -> None:
    kinds = _props(unit, exchange.KIND_PROP)
    kind_name = (kinds[0].text or "").strip() if kinds else ""
    if kind_name in exchange.META_UNITS:
        current = getattr(article.meta, kind_name)
        if not (current.zh or current.en):  # the first article's metadata wins
            setattr(article.meta, kind_name, texts)
            return
        if kind_name == "category":  # a further article's category is not text of this one
            return
    # The title of a further article in the memory reads as a heading of this one.
    kind = Kind.HEADING if kind_name == "title" else exchange.kind_from_type(kind_name)
    note = "\n".join(note.text or "" for note in unit.xmlelement.iterchildren("note"))
    article.body.append(Pair(texts.zh, texts.en, kind=kind, note=note))


def _fill_context(article: Article, units) -> None:
    """Title, category and date from the first unit's props where no unit gave them."""
    from translate.misc.xml_helpers import getXMLlang

    if not units:
        return
    first = units[0]
    for name in ("title", "category"):
        value = getattr(article.meta, name)
        for prop in _props(first, f"x-{name}"):
            lang = exchange.article_lang(getXMLlang(prop))
            if lang and not value.get(lang):
                value.set(lang, prop.text or "")
    stamp = first.xmlelement.get("creationdate")
    if stamp:
        try:
            moment = datetime.strptime(stamp, exchange.TMX_DATE_FORMAT).replace(tzinfo=UTC)
        except ValueError:
            return
        article.meta.published = moment.astimezone(DEFAULT_TIMEZONE)
