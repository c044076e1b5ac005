"""The list of checks, each a small named function registered explicitly.

A *segment* check looks at one bilingual text (the title, the summary, the
category or one body pair) and is re-run alone while that text is edited; an
*article* check looks across the whole article (consistency, length norms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cipeditor.qa.issue import Category, Issue

if TYPE_CHECKING:
    from cipeditor.article.model import Article


@dataclass(frozen=True)
class Segment:
    """One bilingual text of the article and where it sits."""

    field: str  # "title", "summary", "category" or "body"
    paragraph: int | None
    zh: str
    en: str
    kind: str = "paragraph"

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass
class CheckContext:
    """What checks may consult besides the text: the article, glossaries, shared caches."""

    article: Article
    glossaries: list[Any] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)


SegmentCheck = Callable[[CheckContext, Segment], Iterable[Issue]]
ArticleCheck = Callable[[CheckContext], Iterable[Issue]]


@dataclass(frozen=True)
class Check:
    id: str
    category: Category
    title: str  # untranslated; the function's docstring first line
    run: Callable[..., Iterable[Issue]]
    per_segment: bool
    # Whether it consults the glossaries: the others may run before these are loaded.
    uses_glossary: bool = False


SEGMENT_CHECKS: list[Check] = []
ARTICLE_CHECKS: list[Check] = []


def segment_check(
    check_id: str, category: Category, *, uses_glossary: bool = False
) -> Callable[[SegmentCheck], SegmentCheck]:
    """Register a check that looks at one segment at a time."""

    def register(function: SegmentCheck) -> SegmentCheck:
        check = Check(check_id, category, _title(function), function, True, uses_glossary)
        SEGMENT_CHECKS.append(check)
        return function

    return register


def article_check(check_id: str, category: Category) -> Callable[[ArticleCheck], ArticleCheck]:
    """Register a check that looks across the whole article."""

    def register(function: ArticleCheck) -> ArticleCheck:
        ARTICLE_CHECKS.append(Check(check_id, category, _title(function), function, False))
        return function

    return register


def _title(function: Callable) -> str:
    return (function.__doc__ or function.__name__).strip().splitlines()[0]
