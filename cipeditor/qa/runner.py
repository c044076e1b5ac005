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
# Halves: the article checks the parent runs after the child are cheap (they read
# what each side cached of its segments), and so is sending the child's share back.
PARENT_SHARE = 0.5
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

    ``fork`` lets a long article's segments be checked on two cores (see
    :mod:`cipeditor.qa.forked`); only a process without threads may ask for it.
    """
    ctx = CheckContext(article, list(glossaries))
    every = list(segments(article))
    mine, theirs = _split(every) if fork else (every, [])
    if theirs:
        from cipeditor.qa import forked
        from cipeditor.qa.terms import glossary_matcher

        # Forked once the glossary, its matcher and the article are ready, so that
        # the child shares them instead of building them again.
        matcher = glossary_matcher(ctx)
        if matcher is not None:
            matcher.prepare()
        their_share = forked.start(lambda: _check_share(ctx, theirs))
    found = _check_segments(ctx, mine)
    if theirs:
        their_issues, their_uses = their_share()
        found += their_issues
        # The article checks read what the child worked out instead of redoing it.
        consistency.store_term_uses(ctx, theirs, their_uses)
    found += [issue for check in ARTICLE_CHECKS for issue in check.run(ctx)]
    return sorted(_without_accepted(article, found), key=_reading_order)


def _check_segments(ctx: CheckContext, chosen: list[Segment]) -> list[Issue]:
    return [
        issue for segment in chosen for check in SEGMENT_CHECKS for issue in check.run(ctx, segment)
    ]


def _check_share(ctx: CheckContext, chosen: list[Segment]) -> tuple[list[Issue], list[list]]:
    """A forked child's work: its segments' issues and what the article checks need of them."""
    issues = _check_segments(ctx, chosen)
    return issues, [consistency.term_uses(ctx, segment) for segment in chosen]


def _split(every: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """This process's share of the segments and the child's (none for a short article)."""
    if len(every) < FORK_FROM_SEGMENTS:
        return every, []
    cut = int(len(every) * PARENT_SHARE)
    return every[:cut], every[cut:]


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
