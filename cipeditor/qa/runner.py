"""Runs the registered checks over an article and drops what reviewers accepted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cipeditor.article.model import AcceptedIssue, Article, Pair
from cipeditor.qa import (  # noqa: F401  (imported to register their checks)
    alignment,
    consistency,
    length,
    numbers,
    punctuation,
    terminology,
    title,
)
from cipeditor.qa.issue import Issue, field_rank
from cipeditor.qa.registry import ARTICLE_CHECKS, SEGMENT_CHECKS, CheckContext, Segment

# Below this many segments a fork costs more than it saves.
FORK_FROM_SEGMENTS = 1000
# The checks that need no glossary are shared out in pieces of this many segments.
CHUNK_SEGMENTS = 50
_PLAIN = [check for check in SEGMENT_CHECKS if not check.uses_glossary]
_WITH_GLOSSARY = [check for check in SEGMENT_CHECKS if check.uses_glossary]


def segments(article: Article) -> Iterator[Segment]:
    """The title, summary, category and every body pair, as segments to check."""
    for name in ("title", "summary", "category"):
        yield segment_at(article, name, None)
    for index, pair in enumerate(article.body):
        yield _pair_segment(index, pair)


def segment_at(article: Article, field: str, paragraph: int | None) -> Segment | None:
    """The segment of ``field`` (and of body pair ``paragraph``), or None if it is gone."""
    if field != "body":
        value = getattr(article.meta, field)
        return Segment(field, None, value.zh, value.en)
    if paragraph is None or not 0 <= paragraph < len(article.body):
        return None
    return _pair_segment(paragraph, article.body[paragraph])


def _pair_segment(index: int, pair: Pair) -> Segment:
    return Segment("body", index, pair.zh, pair.en, pair.kind.value)


def check_segment(
    ctx: CheckContext, segment: Segment, *, keep_accepted: bool = False
) -> list[Issue]:
    """The issues of one segment alone (for re-checking while it is edited); with
    ``keep_accepted``, also those a reviewer accepted (for a caller that filters later)."""
    found = [issue for check in SEGMENT_CHECKS for issue in check.run(ctx, segment)]
    return found if keep_accepted else without_accepted(ctx.article, found)


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
    glossaries (the costly part of a short command) and runs the checks that
    need them. Then this process helps the child: both take pieces of the
    article in turn until none is left (:class:`~cipeditor.qa.forked.Tickets`),
    so they finish together however large the glossary. :meth:`finish` gives
    the report; :meth:`cancel` drops it.
    """

    def __init__(self, article: Article, *, fork: bool = False) -> None:
        self.article = article
        self._segments = list(segments(article))
        self._child = None
        self._tickets = None
        if fork and len(self._segments) >= FORK_FROM_SEGMENTS:
            from cipeditor.qa import forked

            self._pieces = [
                (start, start + CHUNK_SEGMENTS)
                for start in range(0, len(self._segments), CHUNK_SEGMENTS)
            ][: forked.Tickets.MAX]
            self._pieces[-1] = (self._pieces[-1][0], len(self._segments))
            try:
                self._tickets = forked.Tickets(len(self._pieces))
            except OSError:
                return  # no pipe to share the work through: all of it here
            ctx = CheckContext(article)
            self._child = forked.start(lambda: self._plain_pieces(ctx))

    def finish(self, glossaries: Iterable = ()) -> list[Issue]:
        """Every issue of the article (see :func:`check_article`)."""
        ctx = CheckContext(self.article, list(glossaries))
        if self._child is None:
            found = _check_segments(ctx, self._segments, SEGMENT_CHECKS)
            found += [issue for check in ARTICLE_CHECKS for issue in check.run(ctx)]
        else:
            found = _check_segments(ctx, self._segments, _WITH_GLOSSARY)
            # The article checks read only what this process worked out: before helping.
            found += [issue for check in ARTICLE_CHECKS for issue in check.run(ctx)]
            found += self._collect_plain(ctx)
        return sorted(without_accepted(self.article, found), key=_reading_order)

    def _plain_pieces(self, ctx: CheckContext) -> dict[int, list[Issue]]:
        """The issues of the glossary-free checks in each piece this process can claim."""
        done = {}
        while (number := self._tickets.take()) is not None:
            start, stop = self._pieces[number]
            done[number] = _check_segments(ctx, self._segments[start:stop], _PLAIN)
        return done

    def _collect_plain(self, ctx: CheckContext) -> list[Issue]:
        mine = self._plain_pieces(ctx)
        child, self._child = self._child, None
        theirs = child()
        self._tickets.close()
        found = []
        for number, (start, stop) in enumerate(self._pieces):
            issues = mine.get(number)
            if issues is None:
                issues = theirs.get(number)
            if issues is None:  # the child failed: its pieces are done here
                issues = _check_segments(ctx, self._segments[start:stop], _PLAIN)
            found += issues
        return found

    def cancel(self) -> None:
        """Stop the work begun, if any (the caller gave up on the report)."""
        if self._child is not None:
            self._child.cancel()
            self._child = None
            self._tickets.close()


def _check_segments(ctx: CheckContext, chosen: list[Segment], checks: list) -> list[Issue]:
    return [issue for segment in chosen for check in checks for issue in check.run(ctx, segment)]


def _reading_order(issue: Issue) -> tuple:
    return (
        field_rank(issue.field),
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


def without_accepted(article: Article, issues: list[Issue]) -> list[Issue]:
    """``issues`` less those a reviewer accepted."""
    if not article.accepted:
        return issues
    return [issue for issue in issues if not is_accepted(article, issue)]
