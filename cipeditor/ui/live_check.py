"""The live check behind the QA panel: which issues the document has, kept up to date.

Only the segment being edited is re-checked on each change (a few
milliseconds), and the article-wide checks after a pause; a split, merge or
move re-checks the pairs it touched. A whole-article check (after opening, a
glossary change, a language switch) waits for the event loop (and, in the
window, for the first paint), then goes in slices between which the window
answers: a 5,000-pair article takes seconds. The check modules themselves are
imported with that first check, so that starting the editor does not pay for
them.

Results are kept unfiltered (accepted issues included); :meth:`LiveCheck.found`
gives them and :attr:`LiveCheck.updated` says when they changed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from cipeditor.qa.issue import Issue, field_rank
from cipeditor.qa.registry import CheckContext, Segment
from cipeditor.ui.document import Document

_ARTICLE_CHECK_DELAY_MS = 400
_SEGMENT_CHECK_DELAY_MS = 60
_SLICE_S = 0.03
"""Checking the whole article or many edited pairs (a Replace All) goes in slices this long,
so that the window keeps answering; the results are announced once they are all done."""


def _segment_key(segment: Segment) -> tuple[str, int | None]:
    return (segment.field, segment.paragraph)


def _reading_order(key: tuple[str, int | None]) -> tuple[int, int]:
    field, paragraph = key
    return (field_rank(field), paragraph if paragraph is not None else -1)


class LiveCheck(QObject):
    """The QA issues of one document, re-checked as it changes."""

    started = Signal()  # a whole-article check began
    updated = Signal(bool)  # results changed; True after a whole-article check

    def __init__(self, document: Document, parent: QObject | None = None, *, hold: bool = False):
        """``hold`` keeps every whole-article check waiting until :meth:`check_soon`
        (or until the issues are asked for)."""
        super().__init__(parent)
        self.document = document
        self._glossaries: list = []
        self._by_segment: dict[tuple[str, int | None], list[Issue]] = {}
        self._article_issues: list[Issue] = []
        self._dirty_segments: set[tuple[str, int | None]] = set()
        self._segment_timer = self._timer(_SEGMENT_CHECK_DELAY_MS, self._recheck_dirty)
        self._article_timer = self._timer(_ARTICLE_CHECK_DELAY_MS, self._recheck_article)
        self._full_timer = self._timer(0, self._run_pending_check)
        self._next_slice_timer = self._timer(0, self._recheck_dirty)
        self._full_check_pending = True
        self._run_context: CheckContext | None = None  # a whole-article check under way
        self._held = hold
        document.pairTextChanged.connect(lambda index, _lang: self._schedule(("body", index)))
        document.metaChanged.connect(lambda name: self._schedule((name, None)))
        document.pairsInserted.connect(self._pairs_inserted)
        document.pairsRemoved.connect(lambda index, count: self._shift(index + count, -count))
        document.structureChanged.connect(self._structure_changed)
        document.pairKindChanged.connect(lambda index: self._schedule(("body", index)))
        if not hold:
            self.check_soon()

    def _timer(self, delay: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    def found(self) -> list[Issue]:
        """Every issue found, accepted ones included (checked now if a check is due)."""
        self.finish_now()
        found = [issue for group in self._by_segment.values() for issue in group]
        return found + self._article_issues

    def set_glossaries(self, glossaries: Iterable) -> None:
        self._glossaries = list(glossaries)
        self.schedule_full_check()

    def schedule_full_check(self) -> None:
        """Check the whole article once control returns to the event loop: several
        reasons arriving together (a new glossary, a language switch) cost one check."""
        self._full_check_pending = True
        if not self._held:
            self._full_timer.start(0)

    @property
    def checked(self) -> bool:
        """Whether the issues listed are the article's (no whole-article check is due or
        under way)."""
        return not self._full_check_pending and self._run_context is None

    def check_soon(self, delay_ms: int = 0) -> None:
        """Run the pending whole-article check after ``delay_ms``; no longer hold checks."""
        self._held = False
        if self._full_check_pending:
            self._full_timer.start(delay_ms)

    def _run_pending_check(self) -> None:
        if self._full_check_pending:
            self._start_full_check()

    def _context(self) -> CheckContext:
        return CheckContext(self.document.article, self._glossaries)

    def _schedule(self, key: tuple[str, int | None]) -> None:
        self._dirty_segments.add(key)
        self._segment_timer.start()
        self._article_timer.start()

    def _pairs_inserted(self, index: int, count: int) -> None:
        self._shift(index, count)
        self._dirty_segments.update(("body", i) for i in range(index, index + count))

    def _shift(self, start: int, delta: int) -> None:
        """Pairs from ``start`` on moved by ``delta``: their results follow them.

        A split, merge or move re-checks only the pairs it touched (and the
        article-wide checks after a pause): re-checking thousands of pairs on
        every Enter would freeze the window for a second.
        """
        removed = range(start + delta, start) if delta < 0 else range(0)
        shifted: dict[tuple[str, int | None], list[Issue]] = {}
        for (field, paragraph), found in self._by_segment.items():
            if field != "body" or paragraph is None or paragraph < start:
                if not (field == "body" and paragraph in removed):
                    shifted[(field, paragraph)] = found
                continue
            moved = paragraph + delta
            shifted[(field, moved)] = [replace(issue, paragraph=moved) for issue in found]
        self._by_segment = shifted
        self._dirty_segments = {
            (field, p + delta if field == "body" and p is not None and p >= start else p)
            for field, p in self._dirty_segments
            if not (field == "body" and p in removed)
        }

    def _structure_changed(self) -> None:
        self._segment_timer.start()
        self._article_timer.start()

    def recheck_all(self) -> None:
        """Re-run every check now, waiting for the result."""
        self._start_full_check()
        self.finish_now()

    def _start_full_check(self) -> None:
        """Check every segment again, in slices between which the window answers (a
        5,000-pair article takes seconds), then the article-wide checks."""
        from cipeditor.qa.runner import segments

        self._full_check_pending = False
        self._full_timer.stop()
        self._run_context = self._context()
        self._by_segment = {}
        self._dirty_segments = {_segment_key(s) for s in segments(self.document.article)}
        self.started.emit()
        self._next_slice_timer.start()

    def finish_now(self) -> None:
        """Do at once what is left of a whole-article check."""
        if self._full_check_pending:
            self._start_full_check()
        if self._run_context is not None:
            self._next_slice_timer.stop()
            self._check_dirty(deadline=None)
            self._finish_full_check()

    def _finish_full_check(self) -> None:
        context, self._run_context = self._run_context, None
        self._article_issues = self._run_article_checks(context)
        self.updated.emit(True)

    def _recheck_dirty(self) -> None:
        if self._full_check_pending:
            return  # the whole-article check to come covers these segments
        if self._check_dirty(deadline=time.perf_counter() + _SLICE_S):
            self._next_slice_timer.start()  # the rest after the window had its turn
        elif self._run_context is not None:
            self._finish_full_check()
        else:
            self.updated.emit(False)

    def _check_dirty(self, deadline: float | None) -> bool:
        """Check the segments due, in reading order, until ``deadline`` (None: all of
        them); whether some are left."""
        from cipeditor.qa.runner import check_segment, segment_at

        context = self._run_context or self._context()
        article = self.document.article
        due = self._dirty_segments
        for key in sorted(due, key=_reading_order):
            due.discard(key)
            segment = segment_at(article, *key)
            if segment is None:  # a pair no longer there
                self._by_segment.pop(key, None)
            else:
                self._by_segment[key] = check_segment(context, segment, keep_accepted=True)
            if due and deadline is not None and time.perf_counter() > deadline:
                return True
        return False

    def _recheck_article(self) -> None:
        if self._full_check_pending or self._run_context is not None:
            return  # the whole-article check runs them when its segments are done
        if self._dirty_segments:  # the pairs first: the article checks read what they found
            self._article_timer.start()
            return
        self._article_issues = self._run_article_checks(self._context())
        self.updated.emit(False)

    def _run_article_checks(self, context: CheckContext) -> list[Issue]:
        from cipeditor.qa.runner import ARTICLE_CHECKS

        return [issue for check in ARTICLE_CHECKS for issue in check.run(context)]

    def bring_up_to_date(self) -> None:
        """Finish at once every check that is due: what a reviewer walks through must be
        the article as it is now, offsets included."""
        self.finish_now()
        if self._dirty_segments or self._article_timer.isActive():
            self._segment_timer.stop()
            self._article_timer.stop()
            self._check_dirty(deadline=None)
            self._article_issues = self._run_article_checks(self._context())
