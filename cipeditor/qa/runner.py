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
from cipeditor.qa.consistency import remember_term_uses, term_uses
from cipeditor.qa.issue import Issue
from cipeditor.qa.registry import ARTICLE_CHECKS, SEGMENT_CHECKS, CheckContext, Segment
from cipeditor.qa.terms import glossary_matcher

# Below this many segments a fork costs more than it saves.
FORK_FROM_SEGMENTS = 1000
# The segments are shared out in pieces of this many.
CHUNK_SEGMENTS = 50
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

    With ``fork``, a long article's segments are checked on two cores, in
    pieces that the processes claim in turn (:class:`~cipeditor.qa.forked.Tickets`)
    so that they finish together however the work falls. A first child, forked
    at once, takes pieces of the checks that need no glossary while this process
    loads the glossaries; once their matcher is built a second child, forked
    with it, and this process take the pieces of the glossary checks first and
    then help with the others. :meth:`finish` gives the report; :meth:`cancel`
    drops it.
    """

    def __init__(self, article: Article, *, fork: bool = False) -> None:
        self.article = article
        self._segments = list(segments(article))
        self._pieces: list[tuple[int, int]] = []
        self._tickets: dict[str, object] = {}  # "glossary"/"plain" -> forked.Tickets
        self._shares: list = []  # the children's work (forked.Share)
        if fork and len(self._segments) >= FORK_FROM_SEGMENTS:
            from cipeditor.qa import forked

            self._pieces = _pieces(len(self._segments), forked.Tickets.MAX)
            try:
                for kind in _KINDS:
                    self._tickets[kind] = forked.Tickets(len(self._pieces))
            except OSError:
                self._close_tickets()  # no pipe to share the work through: all of it here
                return
            ctx = CheckContext(article)
            self._shares.append(forked.start(lambda: self._claim(ctx, ("plain",))))

    def finish(self, glossaries: Iterable = ()) -> list[Issue]:
        """Every issue of the article (see :func:`check_article`)."""
        ctx = CheckContext(self.article, list(glossaries))
        if not self._tickets:
            found = _check_segments(ctx, self._segments, SEGMENT_CHECKS)
        else:
            found = self._shared_out(ctx)
        # After the segments: the article checks reuse what those worked out.
        found += [issue for check in ARTICLE_CHECKS for issue in check.run(ctx)]
        return sorted(without_accepted(self.article, found), key=_reading_order)

    def _shared_out(self, ctx: CheckContext) -> list[Issue]:
        from cipeditor.qa import forked

        matcher = glossary_matcher(ctx)
        if matcher is not None:
            matcher.prepare()  # built once, before the fork, not in each process
            self._shares.append(forked.start(lambda: self._claim(ctx, _KINDS)))
        results = [self._claim(ctx, _KINDS)]
        shares, self._shares = self._shares, []
        results += [share() for share in shares]
        self._close_tickets()
        found = []
        for kind in _KINDS:
            for number, (start, stop) in enumerate(self._pieces):
                done = next((r[kind, number] for r in results if (kind, number) in r), None)
                if done is None:  # a child failed: its pieces are checked here
                    done = _check_piece(ctx, self._segments[start:stop], kind)
                issues, uses = done
                found += issues
                for segment, used in zip(self._segments[start:stop], uses, strict=False):
                    remember_term_uses(ctx, segment, used)
        return found

    def _claim(self, ctx: CheckContext, kinds: tuple[str, ...]) -> dict:
        """The results of each piece of ``kinds`` this process can claim, by (kind, number)."""
        done = {}
        for kind in kinds:
            tickets = self._tickets[kind]
            while (number := tickets.take()) is not None:
                start, stop = self._pieces[number]
                done[kind, number] = _check_piece(ctx, self._segments[start:stop], kind)
        return done

    def cancel(self) -> None:
        """Stop the work begun, if any (the caller gave up on the report)."""
        shares, self._shares = self._shares, []
        for share in shares:
            share.cancel()
        self._close_tickets()

    def _close_tickets(self) -> None:
        for tickets in self._tickets.values():
            tickets.close()
        self._tickets = {}


# The glossary checks' pieces are claimed first: only processes with the glossary can.
_KINDS = ("glossary", "plain")


def _pieces(count: int, most: int) -> list[tuple[int, int]]:
    """``count`` segments as (start, stop) pieces of ``CHUNK_SEGMENTS``, at most ``most``."""
    pieces = [(start, start + CHUNK_SEGMENTS) for start in range(0, count, CHUNK_SEGMENTS)][:most]
    pieces[-1] = (pieces[-1][0], count)
    return pieces


def _check_piece(ctx: CheckContext, chosen: list[Segment], kind: str) -> tuple[list, list]:
    """The issues of the checks of ``kind`` in ``chosen``, and what the article checks
    gather from each segment (worked out here, by whichever process has the segment
    checks' findings at hand, and carried to the one that runs the article checks)."""
    if kind == "plain":
        return _check_segments(ctx, chosen, _PLAIN), []
    issues = _check_segments(ctx, chosen, _WITH_GLOSSARY)
    return issues, [term_uses(ctx, segment) for segment in chosen]


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


def without_accepted(article: Article, issues: list[Issue]) -> list[Issue]:
    """``issues`` less those a reviewer accepted."""
    if not article.accepted:
        return issues
    return [issue for issue in issues if not is_accepted(article, issue)]
