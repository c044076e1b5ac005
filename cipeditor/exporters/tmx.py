"""TMX 1.4b translation memory of the aligned pairs of one or many articles, via translate-toolkit.

A memory holds only complete pairs: a unit with an empty side is left out and
counted in one warning. Each ``tu`` carries the article's publication time as
``creationdate`` and its title and category as ``prop`` elements, for the
translator who wonders where a match came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from cipeditor import __version__, messages
from cipeditor.article import exchange
from cipeditor.article.model import Article, Kind
from cipeditor.i18n import ngettext

CONTEXT_PROPS = ("title", "category")


BOTH_LANGUAGES_ONLY = True  # a translation memory holds pairs: --lang zh/en makes no sense


def render_many(articles: Sequence[Article], options: object = None) -> bytes:
    """The exporter registry's entry point (``cipeditor export A.cip B.cip --format tmx``)."""
    data, _written, skipped = tmx_bytes(articles)
    _warn_skipped(skipped)
    return data


def _warn_skipped(skipped: int) -> None:
    if skipped:
        messages.warning(
            ngettext(
                "{count} pair with an empty side was left out of the translation memory",
                "{count} pairs with an empty side were left out of the translation memory",
                skipped,
            ).format(count=skipped)
        )


def tmx_bytes(articles: Sequence[Article]) -> tuple[bytes, int, int]:
    """The TMX document of ``articles``, the number of units written and of pairs skipped."""
    from translate.storage import tmx

    source_langs = {article.meta.source_lang for article in articles}
    srclang = exchange.language_tag(source_langs.pop()) if len(source_langs) == 1 else "*all*"
    store = tmx.tmxfile(sourcelanguage=srclang)
    _write_header(store, srclang)
    written = skipped = 0
    for article in articles:
        for text in exchange.units_for_export(article):
            if not (text.source and text.target):
                skipped += bool(text.source or text.target)
                continue
            _add_unit(store, article, text)
            written += 1
    return bytes(store), written, skipped


def _write_header(store, srclang: str) -> None:
    header = next(store.document.getroot().iterchildren("header"))
    header.set("creationtool", "CIP Editor")
    header.set("creationtoolversion", __version__)
    header.set("segtype", "paragraph")
    header.set("o-tmf", "cipeditor")
    header.set("datatype", "plaintext")
    header.set("srclang", srclang)


def _add_unit(store, article: Article, text: exchange.UnitText) -> None:
    from lxml import etree
    from translate.misc.xml_helpers import setXMLlang

    source_tag = exchange.language_tag(article.meta.source_lang)
    target_tag = exchange.language_tag(exchange.other_lang(article.meta.source_lang))
    unit = store.addsourceunit(text.source, source_tag)
    unit.settarget(text.target, target_tag, append=True)
    if article.meta.published is not None:
        moment = article.meta.published.astimezone(UTC)
        unit.xmlelement.set("creationdate", moment.strftime(exchange.TMX_DATE_FORMAT))
    first_tuv = unit.xmlelement.find("tuv")
    props = [(exchange.KIND_PROP, None, _kind_name(text))]
    for name in CONTEXT_PROPS:
        value = getattr(article.meta, name)
        props += [
            (f"x-{name}", exchange.language_tag(lang), value.get(lang)) for lang in ("zh", "en")
        ]
    for prop_type, lang, value in props:
        if not value:
            continue
        prop = etree.Element("prop", type=prop_type)
        if lang:
            setXMLlang(prop, lang)
        prop.text = value
        first_tuv.addprevious(prop)  # TMX order: note*, prop*, tuv+
    if text.note:
        note = etree.Element("note")
        note.text = text.note
        unit.xmlelement.insert(0, note)


def _kind_name(text: exchange.UnitText) -> str:
    """The field name of a meta unit, the kind of a pair; nothing for a plain paragraph."""
    if text.id in exchange.META_UNITS:
        return text.id
    kind = exchange.kind_from_type(text.type)
    return "" if kind == Kind.PARAGRAPH else kind.value
