"""One finding of a check, in the report format shared by ``cipeditor check`` and the QA panel."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cipeditor.i18n import N_


class Category(StrEnum):
    ALIGNMENT = "alignment"
    TERMINOLOGY = "terminology"
    TITLE = "title"
    NUMBERS = "numbers"
    PUNCTUATION = "punctuation"
    CONSISTENCY = "consistency"
    LENGTH = "length"
    FORMATTING = "formatting"

    @property
    def label(self) -> str:
        """Untranslated display name; pass it through ``_()`` to show it."""
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    Category.ALIGNMENT: N_("Alignment"),
    Category.TERMINOLOGY: N_("Terminology"),
    # L10N: QA category: the headline and the official titles of people named in the article.
    Category.TITLE: N_("Headline and titles"),
    Category.NUMBERS: N_("Numbers"),
    Category.PUNCTUATION: N_("Punctuation"),
    Category.CONSISTENCY: N_("Consistency"),
    Category.LENGTH: N_("Length"),
    Category.FORMATTING: N_("Formatting"),
}


class Severity(StrEnum):
    ERROR = "error"  # wrong
    WARNING = "warning"  # probably wrong
    INFO = "info"  # style

    @property
    def rank(self) -> int:
        return {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}[self]


FIELDS = ("title", "summary", "category", "body")
"""The places an issue can be in, in the order an article is read."""
_FIELD_RANK = {field: rank for rank, field in enumerate(FIELDS)}


def field_rank(field: str) -> int:
    """Where ``field`` comes when an article is read: the metadata before the pairs."""
    return _FIELD_RANK.get(field, len(FIELDS))


@dataclass(frozen=True)
class Issue:
    """Where a problem is and what it is.

    ``field`` is ``title``, ``summary``, ``category`` or ``body``; ``paragraph``
    is the 0-based pair index for the body; ``start``/``end`` are character
    offsets in the text of ``lang`` when the problem is a span.
    """

    check: str
    category: Category
    severity: Severity
    field: str
    message: str
    paragraph: int | None = None
    lang: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        # Built field by field: dataclasses.asdict deep-copies, ~20 µs an issue.
        return {
            "check": self.check,
            "category": self.category.value,
            "severity": self.severity.value,
            "field": self.field,
            "paragraph": self.paragraph,
            "lang": self.lang,
            "start": self.start,
            "end": self.end,
            "message": self.message,
        }

    @property
    def location(self) -> str:
        """``body[3].en:12-20`` style place, for compiler-like text output."""
        place = self.field
        if self.paragraph is not None:
            place = f"{place}[{self.paragraph}]"
        if self.lang:
            place = f"{place}.{self.lang}"
        if self.start is not None:
            place = f"{place}:{self.start}" + (f"-{self.end}" if self.end is not None else "")
        return place
