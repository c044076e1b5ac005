"""How an article maps onto translation units for CAT tools (XLIFF) and memories (TMX).

One unit per body pair (ids ``p1``, ``p2`` …) and one each for the title, the
summary and the category; the side in the article's ``source_lang`` is the
source. Everything else about the article (dates, views, tags, status, accepted
QA decisions) travels as a "recorded meta" JSON text in the file's header, so
that exporting and importing gives back the same article. The workflow mapping
between unit states and the article status is documented in ``docs/exchange.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from cipeditor.article import cipformat
from cipeditor.article.model import LANGS, Article, Bilingual, Kind, Meta, Pair, Status
from cipeditor.errors import InputError
from cipeditor.i18n import _, ngettext
from cipeditor.messages import warning

LANGUAGE_TAGS: dict[str, str] = {"zh": "zh-CN", "en": "en"}
META_UNITS: tuple[str, ...] = ("title", "summary", "category")
TOOL_ID = "cipeditor"
KIND_PREFIX = "x-"
KIND_PROP = "x-kind"  # TMX: <prop type="x-kind">heading</prop>
TMX_DATE_FORMAT = "%Y%m%dT%H%M%SZ"  # TMX dates are UTC: 20191102T104010Z


# Characters XML 1.0 cannot hold at all (control characters other than tab and line breaks).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def language_tag(lang: str) -> str:
    """The BCP 47 tag written for an article language: ``zh`` → ``zh-CN``."""
    return LANGUAGE_TAGS[lang]


def article_lang(tag: str | None) -> str | None:
    """``zh``/``en`` for a language tag such as ``zh-CN``, ``zh_Hans``, ``en-US``; else ``None``."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGS else None


def other_lang(lang: str) -> str:
    return "en" if lang == "zh" else "zh"


def body_id(index: int) -> str:
    """The stable unit id of the pair at ``index`` (0-based): ``p1``, ``p2`` …"""
    return f"p{index + 1}"


def kind_type(kind: Kind | str) -> str:
    """The custom resource type of a pair kind (``x-heading``) or a meta field (``x-title``)."""
    return KIND_PREFIX + str(kind)


def kind_from_type(value: str | None) -> Kind:
    """The pair kind named by a resource type; a paragraph when missing or unknown."""
    name = (value or "").removeprefix(KIND_PREFIX).split(":")[-1]
    try:
        return Kind(name)
    except ValueError:
        return Kind.PARAGRAPH


@dataclass(frozen=True)
class UnitText:
    """One unit as written: its id, resource type, the two texts and the note."""

    id: str
    type: str
    source: str
    target: str
    note: str = ""


def xml_safe_units(units: list[UnitText]) -> tuple[list[UnitText], int]:
    """``units`` without the characters XML cannot hold, and how many were removed."""
    removed = 0

    def clean(text: str) -> str:
        nonlocal removed
        text, count = _NOT_XML.subn("", text)
        removed += count
        return text

    cleaned = [
        UnitText(unit.id, unit.type, clean(unit.source), clean(unit.target), clean(unit.note))
        for unit in units
    ]
    return cleaned, removed


def article_units(article: Article) -> list[UnitText]:
    """The units of ``article``: title, summary, category, then one per pair."""
    source = article.meta.source_lang
    target = other_lang(source)
    units = []
    for name in META_UNITS:
        value: Bilingual = getattr(article.meta, name)
        units.append(UnitText(name, kind_type(name), value.get(source), value.get(target)))
    units += [
        UnitText(body_id(i), kind_type(pair.kind), pair.get(source), pair.get(target), pair.note)
        for i, pair in enumerate(article.body)
    ]
    return units


def units_for_export(article: Article) -> list[UnitText]:
    """:func:`article_units` made XML-safe, with a warning if characters had to go."""
    units, removed = xml_safe_units(article_units(article))
    if removed:
        warning(
            ngettext(
                "{count} control character that XML cannot hold was left out of the export",
                "{count} control characters that XML cannot hold were left out of the export",
                removed,
            ).format(count=removed)
        )
    return units


def build_article(units: Iterable[UnitText], recorded: Article, source_lang: str) -> Article:
    """The article made of ``units`` (in file order) over the ``recorded`` metadata.

    Units named after a meta field fill it; every other unit becomes a body pair.
    """
    article = recorded.copy()
    article.meta.source_lang = source_lang
    target_lang = other_lang(source_lang)
    article.body = []
    for unit in units:
        texts = Bilingual()
        texts.set(source_lang, unit.source)
        texts.set(target_lang, unit.target)
        if unit.id in META_UNITS:
            setattr(article.meta, unit.id, texts)
        else:
            article.body.append(
                Pair(texts.zh, texts.en, kind=kind_from_type(unit.type), note=unit.note)
            )
    return article


def recorded_meta(article: Article) -> str:
    """The metadata that has no unit of its own, as compact ``.cip`` JSON.

    Texts carried by units (title, summary, category, body) are left out, so a
    CAT tool's edits to them cannot disagree with a second copy.
    """
    meta = replace(article.meta, **{name: Bilingual() for name in META_UNITS})
    skeleton = Article(meta=meta, body=[], accepted=article.accepted)
    document = json.loads(cipformat.dumps(skeleton))
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def restore_meta(text: str | None, source: str) -> Article:
    """The article skeleton recorded by :func:`recorded_meta`; a fresh one when there is none."""
    if not text or not text.strip():
        return Article(meta=Meta(status=Status.TRANSLATING))
    try:
        return cipformat.loads(text, source=source)
    except InputError as error:
        raise InputError(
            source,
            _("the CIP Editor metadata in the file header is damaged ({problem})").format(
                problem=error.problem
            ),
            place=error.place,
            fix=_("remove the header note from cipeditor to import the texts alone"),
        ) from None


@dataclass(frozen=True)
class UnitState:
    """What a CAT tool says about one unit's target."""

    id: str
    has_target: bool
    approved: bool
    needs_review: bool


def status_from_units(states: list[UnitState], recorded: Status) -> Status:
    """The article status that the units' states stand for (see docs/exchange.md).

    1. Every unit with a target approved (and at least one) → approved.
    2. Any unit marked for review, or only some approved → in review.
    3. Otherwise the recorded status; an approval withdrawn in the CAT tool
       (recorded approved, no unit approved any more) → translating.
    """
    translated = [state for state in states if state.has_target]
    approved = [state for state in translated if state.approved]
    if translated and len(approved) == len(translated):
        return Status.APPROVED
    if approved or any(state.needs_review for state in states):
        return Status.IN_REVIEW
    if recorded == Status.APPROVED:
        return Status.TRANSLATING
    return recorded
