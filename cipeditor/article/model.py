"""The bilingual article: metadata and an ordered list of aligned paragraph pairs.

Plain mutable dataclasses: the window edits them through undoable commands, the
command line through the operations in :mod:`cipeditor.article.operations`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from cipeditor.i18n import N_

LANGS: tuple[str, str] = ("zh", "en")
DEFAULT_TIMEZONE = ZoneInfo("Asia/Shanghai")


class Kind(StrEnum):
    """What a pair is in the article's structure."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST_ITEM = "list-item"

    @property
    def label(self) -> str:
        """Untranslated display name; pass it through ``_()`` to show it."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.PARAGRAPH: N_("Paragraph"),
    Kind.HEADING: N_("Heading"),
    Kind.QUOTE: N_("Quote"),
    Kind.LIST_ITEM: N_("List item"),
}


class Status(StrEnum):
    """Where the article is in the press office's workflow."""

    DRAFT = "draft"
    TRANSLATING = "translating"
    IN_REVIEW = "in-review"
    APPROVED = "approved"

    @property
    def label(self) -> str:
        """Untranslated display name; pass it through ``_()`` to show it."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.DRAFT: N_("Draft"),
    Status.TRANSLATING: N_("Translating"),
    Status.IN_REVIEW: N_("In review"),
    Status.APPROVED: N_("Approved"),
}


@dataclass
class Bilingual:
    """One text in both languages; either side may be empty."""

    zh: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def set(self, lang: str, text: str) -> None:
        if lang == "zh":
            self.zh = text
        else:
            self.en = text


@dataclass
class Pair(Bilingual):
    """One aligned paragraph: the Chinese and the English, with its kind and a note."""

    kind: Kind = Kind.PARAGRAPH
    note: str = ""


@dataclass
class AcceptedIssue:
    """A QA finding a reviewer has looked at and accepted, so it is no longer reported.

    ``text`` is the text the check looked at when the decision was made: if the
    paragraph changes afterwards, the decision no longer applies.
    """

    check: str
    field: str
    paragraph: int | None
    lang: str | None
    text: str
    start: int | None = None


@dataclass
class Meta:
    """Everything about the article that is not its body."""

    title: Bilingual = field(default_factory=Bilingual)
    summary: Bilingual = field(default_factory=Bilingual)
    category: Bilingual = field(default_factory=Bilingual)
    published: datetime | None = None
    views: int | None = None
    author: str = ""
    source: str = ""
    contact: str = ""
    tags: list[str] = field(default_factory=list)
    status: Status = Status.DRAFT
    source_lang: str = "zh"


@dataclass
class Article:
    """A bilingual article: metadata, aligned body pairs and review decisions."""

    meta: Meta = field(default_factory=Meta)
    body: list[Pair] = field(default_factory=list)
    accepted: list[AcceptedIssue] = field(default_factory=list)

    def copy(self) -> Article:
        return copy.deepcopy(self)

    def side(self, lang: str) -> list[str]:
        """The texts of one language side, in order."""
        return [pair.get(lang) for pair in self.body]


META_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Meta))
"""The metadata fields in the order the file and the metadata panel show them."""

CATEGORY_SEPARATOR = " › "
"""Joins the levels of a section path: 最新动态 › 园区动态 / Latest News › CIP Dynamic."""
