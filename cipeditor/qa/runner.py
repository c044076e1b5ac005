"""Runs the registered checks over an article and drops what reviewers accepted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cipeditor.article.model import AcceptedIssue, Article
from cipeditor.qa import (  # noqa: F401  (imported to register their checks)
    alignment,
    consistency,
    length,
    numbers,
    punctuation,
    terminology,
    title,
)
from cipeditor.qa.issue import Issue
from cipeditor.qa.registry import ARTICLE_CHECKS, SEGMENT_CHECKS, CheckContext, Segment

# Below this many segments a fork costs more than it saves.
FORK_FROM_SEGMENTS = 1000
# With a fork, the child runs the checks that need no glossary while this process
# loads the glossaries and runs the checks that need them; this process also takes
# this share of the former, so that both finish together (as measured with 5,000
# pairs and a 20,000-term glossary; without a glossary the two share equally).
PARENT_PLAIN_SHARE = 0.15
_PLAIN = [check for check in SEGMENT_CHECKS if not check.uses_glossary]
_WITH_GLOSSARY = [check for check in SEGMENT_CHECKS if check.uses_glossary]
_FIELD_ORDER = {"title": 0, "summary": 1, "category": 2, "body": 3}


def segments(article: Article) -> Iterator[Segment]:
    """The title, summary, category and every body pair, as segments to check."""
    meta = article.meta
    for name in ("title", "summary", "category"):
        value = getattr(meta, name)
        yield Segment(name, None, value.zh, value.en)
    for index, pair in enumerate(article.body):
        yield Segment("body", index, pair.zh, pair.en, pair.kind.value)


def check_segment(ctx: CheckContext, segment: Segment) -> list[Issue]:
    """The issues of one segment alone (for re-checking while it is edited)."""
    found = [issue for check in SEGMENT_CHECKS for issue in check.run(ctx, segment)]
    return _without_accepted(ctx.article, found)


def check_article(
    article: Article, glossaries: Iterable = (), *, fork: bool = False
) -> list[Issue]:
    """Every issue of ``article``, in reading order, errors first within a place.

    ``fork`` lets a long article's checks run on two cores (see
    :mod:`cipeditor.qa.forked`); only a process without threads may ask for it.
    """
    return PendingCheck(article, fork=fork).finish(glossaries)


class PendingCheck:
    """A check of ``article`` begun before its glossaries are at hand.

    With ``fork``, a long article's checks that need no glossary start at once
    in a forked child, so that they run while this process loads the
    glossaries (the costly part of a short command) and then runs the checks
    that need them. :meth:`finish` gives the report; :meth:`cancel` drops it.
    ``glossaries`` says whether any are coming, which decides how the work is shared.
    """

    def __init__(self, article: Article, *, fork: bool = False, glossaries: bool = True) -> None:
        self.article = article
        self._segments = list(segments(article))
        self._plain = None
        self._cut = len(self._segments)  # this process runs the plain checks from here on
        if fork and len(self._segments) >= FORK_FROM_SEGMENTS:
            from cipeditor.qa import forked

            share = PARENT_PLAIN_SHARE if glossaries else 0.5
            self._cut = cut = int(len(self._segments) * (1 - share))
            ctx = CheckContext(article)
            self._plain = forked.start(lambda: _check_segments(ctx, self._segments[:cut], _PLAIN))

    def finish(self, glossaries: Iterable = ()) -> list[Issue]:
        """Every issue of the article (see :func:`check_article`)."""
        ctx = CheckContext(self.article, list(glossaries))
        if self._plain is None:
            found = _check_segments(ctx, self._segments, SEGMENT_CHECKS)
        else:
            found = _check_segments(ctx, self._segments, _WITH_GLOSSARY)
            found += _check_segments(ctx, self._segments[self._cut :], _PLAIN)
            plain, self._plain = self._plain, None
            found += plain()
        found += [issue for check in ARTICLE_CHECKS for issue in check.run(ctx)]
        return sorted(_without_accepted(self.article, found), key=_reading_order)

    def cancel(self) -> None:
        """Stop the work begun, if any (the caller gave up on the report)."""
        if self._plain is not None:
            self._plain.cancel()
            self._plain = None


def _check_segments(ctx: CheckContext, chosen: list[Segment], checks: list) -> list[Issue]:
    return [issue for segment in chosen for check in checks for issue in check.run(ctx, segment)]


def _reading_order(issue: Issue) -> tuple:
    return (
        _FIELD_ORDER.get(issue.field, 9),
        issue.paragraph if issue.paragraph is not None else -1,
        issue.severity.rank,
        issue.start if issue.start is not None else -1,
        issue.check,
    )


def issue_text(article: Article, issue: Issue) -> str:
    """The text an issue was found in, which an acceptance is tied to."""
    if issue.field == "body":
        if issue.paragraph is None or not 0 <= issue.paragraph < len(article.body):
            return ""
        value = article.body[issue.paragraph]
    else:
        value = getattr(article.meta, issue.field, None)
        if value is None or not hasattr(value, "zh"):
            return ""
    return value.get(issue.lang) if issue.lang else f"{value.zh}\n{value.en}"


def acceptance_for(article: Article, issue: Issue) -> AcceptedIssue:
    """The record that marks ``issue`` as accepted by a reviewer."""
    return AcceptedIssue(
        issue.check,
        issue.field,
        issue.paragraph,
        issue.lang,
        issue_text(article, issue),
        issue.start,
    )


def is_accepted(article: Article, issue: Issue) -> bool:
    return acceptance_for(article, issue) in article.accepted


def _without_accepted(article: Article, issues: list[Issue]) -> list[Issue]:
    if not article.accepted:
        return issues
    return [issue for issue in issues if not is_accepted(article, issue)]
