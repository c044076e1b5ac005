"""The QA panel: the article's issues, live, grouped by category.

Only the segment being edited is re-checked on each change (a few
milliseconds), and the article-wide checks after a pause; a structural change
re-checks everything. Activating an issue asks the window to select its text.

A whole-article check waits for the event loop (and, in the window, for the
first paint): opening a file shows the text first and the issues a moment
later. The check modules themselves are imported with that first check, so
that starting the editor does not pay for them.

The list follows :func:`cipeditor.ui.qa_order.panel_order` and shows the
severities the filter above it lets through; :meth:`QAPanel.step` walks it
(next/previous issue).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cipeditor.i18n import _, ngettext
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.registry import CheckContext, Segment
from cipeditor.ui.commands.review import AcceptIssue, ReopenIssue
from cipeditor.ui.document import Document
from cipeditor.ui.qa_filter import IssueFilter
from cipeditor.ui.qa_order import FIELDS_FIRST, panel_order, step
from cipeditor.ui.qa_rows import issue_place, issue_tooltip, severity_icon

_ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1
_ARTICLE_CHECK_DELAY_MS = 400
_SEGMENT_CHECK_DELAY_MS = 60
_SLICE_S = 0.03
"""Checking the whole article or many edited pairs (a Replace All) goes in slices this long,
so that the window keeps answering; the list is refreshed once they are all done."""


def _segment_key(segment: Segment) -> tuple[str, int | None]:
    return (segment.field, segment.paragraph)


def _reading_order(key: tuple[str, int | None]) -> tuple[int, int]:
    field, paragraph = key
    return (FIELDS_FIRST.get(field, 3), paragraph if paragraph is not None else -1)


class QAPanel(QWidget):
    """Lists the QA issues of the document; a reviewer can accept them."""

    issueActivated = Signal(object)  # Issue
    issuesChanged = Signal(int)  # number of errors and warnings

    def __init__(
        self, document: Document, parent: QWidget | None = None, *, hold: bool = False
    ) -> None:
        """``hold`` keeps every whole-article check waiting until :meth:`check_soon`
        (or until the issues are asked for)."""
        super().__init__(parent)
        self.document = document
        self._glossaries: list = []
        self._by_segment: dict[tuple[str, int | None], list[Issue]] = {}
        self._article_issues: list[Issue] = []
        self._dirty_segments: set[tuple[str, int | None]] = set()
        self._found: tuple | None = None  # the open and accepted issues the tree shows
        self._accepted: frozenset[Issue] = frozenset()  # the accepted ones listed (greyed)
        self._shown: list[Issue] = []  # those the filter lets through: the tree's rows
        self._rows: list[QTreeWidgetItem] = []
        self._anchor: Issue | None = None  # the issue last current: where a walk goes on from
        self.accept_key = ""  # the window's shortcut for Accept, named on the button's tooltip
        self._icons: dict[Severity, object] = {}
        self._build()
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
        # At once, the reviewer acted; only the listing changes (results are kept unfiltered).
        document.acceptedChanged.connect(self._refresh)
        self.summary.setText(_("Checking…"))
        if not hold:
            self.check_soon()

    # -- building ---------------------------------------------------------------
    def _build(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_("Issue"), _("Where")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.filter = IssueFilter(self)
        self.filter.changed.connect(self._refresh)
        self.summary = QLabel(self)
        self.accept_button = QPushButton(self)
        self.accept_button.clicked.connect(self.accept_current)
        self.retranslate()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.update_buttons()

    def retranslate(self) -> None:
        """The panel's own labels in the interface language (the messages come with the
        next check)."""
        self.tree.setHeaderLabels([_("Issue"), _("Where")])
        self.filter.retranslate()
        self.update_buttons()

    def _timer(self, delay: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    # -- checking ---------------------------------------------------------------
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
        self._finish_now()

    def _start_full_check(self) -> None:
        """Check every segment again, in slices between which the window answers (a
        5,000-pair article takes seconds), then the article-wide checks."""
        from cipeditor.qa.runner import segments

        self._full_check_pending = False
        self._full_timer.stop()
        self._run_context = self._context()
        self._by_segment = {}
        self._dirty_segments = {_segment_key(s) for s in segments(self.document.article)}
        self.summary.setText(_("Checking…"))
        self._next_slice_timer.start()

    def _finish_now(self) -> None:
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
        self._refresh()

    def _recheck_dirty(self) -> None:
        if self._full_check_pending:
            return  # the whole-article check to come covers these segments
        if self._check_dirty(deadline=time.perf_counter() + _SLICE_S):
            self._next_slice_timer.start()  # the rest after the window had its turn
        elif self._run_context is not None:
            self._finish_full_check()
        else:
            self._refresh(force=False)

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
        self._refresh(force=False)

    def _run_article_checks(self, context: CheckContext) -> list[Issue]:
        from cipeditor.qa.runner import ARTICLE_CHECKS

        return [issue for check in ARTICLE_CHECKS for issue in check.run(context)]

    def issues(self) -> list[Issue]:
        """The issues of the article less those accepted, in reading order (checked now if
        a check is due)."""
        from cipeditor.qa.runner import without_accepted

        self._finish_now()
        return without_accepted(self.document.article, self._everything_found())

    def accepted_issues(self) -> list[Issue]:
        """The issues found that a reviewer accepted (checked now if a check is due)."""
        from cipeditor.qa.runner import is_accepted

        self._finish_now()
        article = self.document.article
        if not article.accepted:
            return []
        return [issue for issue in self._everything_found() if is_accepted(article, issue)]

    def _everything_found(self) -> list[Issue]:
        found = [issue for group in self._by_segment.values() for issue in group]
        return found + self._article_issues

    def bring_up_to_date(self) -> None:
        """Finish at once every check that is due, and list the result: what a reviewer
        walks through must be the article as it is now, offsets included."""
        self._finish_now()
        if self._dirty_segments or self._article_timer.isActive():
            self._segment_timer.stop()
            self._article_timer.stop()
            self._check_dirty(deadline=None)
            self._article_issues = self._run_article_checks(self._context())
        self._refresh(force=False)

    # -- showing ----------------------------------------------------------------
    def _refresh(self, force: bool = True) -> None:
        found = (self.issues(), self.accepted_issues())
        if not force and found == self._found:
            return  # typing that changes no issue must not rebuild (nor sort) a long list
        self._found = found
        listed, accepted = found
        current = self.current_issue()
        self.tree.clear()
        self._rows = []
        counts = dict.fromkeys(Severity, 0)
        for issue in listed:
            counts[issue.severity] += 1
        self.filter.set_counts(counts, len(accepted))
        self._accepted = frozenset(accepted) if self.filter.shows_accepted() else frozenset()
        shown_severities = self.filter.shown()
        self._shown = sorted(
            (issue for issue in [*listed, *self._accepted] if issue.severity in shown_severities),
            key=panel_order,
        )
        by_category: dict[Category, list[Issue]] = {}
        for issue in self._shown:
            by_category.setdefault(issue.category, []).append(issue)
        for category in Category:
            found = by_category.get(category)
            if found:
                self._add_group(category, found, current)
        self.tree.resizeColumnToContents(1)
        serious = sum(issue.severity is not Severity.INFO for issue in listed)
        self.summary.setText(
            ngettext("{count} error or warning", "{count} errors or warnings", serious).format(
                count=serious
            )
            if listed
            else _("No issues found")
        )
        self.issuesChanged.emit(serious)
        self.update_buttons()

    def _add_group(self, category: Category, found: list[Issue], current: Issue | None) -> None:
        group = QTreeWidgetItem(self.tree, [f"{_(category.label)} ({len(found)})"])
        group.setFirstColumnSpanned(True)
        group.setExpanded(True)
        for issue in found:
            item = QTreeWidgetItem(group, [issue.message, issue_place(issue)])
            item.setIcon(0, self._icon(issue.severity))
            item.setData(0, _ISSUE_ROLE, issue)
            item.setToolTip(0, issue_tooltip(issue))
            if issue in self._accepted:
                self._grey(item)
            self._rows.append(item)
            if issue == current:
                self.tree.setCurrentItem(item)

    def _grey(self, item: QTreeWidgetItem) -> None:
        colour = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for column in (0, 1):
            item.setForeground(column, colour)
        # L10N: the tooltip of an accepted issue in the QA panel, before its message
        item.setToolTip(0, _("Accepted: {message}").format(message=item.text(0)))

    def _icon(self, severity: Severity):
        # Looked up once per severity: a long article lists thousands of issues.
        if severity not in self._icons:
            self._icons[severity] = severity_icon(self.style(), severity)
        return self._icons[severity]

    def current_issue(self) -> Issue | None:
        """The issue of the panel's current row, if any."""
        item = self.tree.currentItem()
        return item.data(0, _ISSUE_ROLE) if item is not None else None

    def _current_changed(self, current: QTreeWidgetItem | None, *_args) -> None:
        issue = current.data(0, _ISSUE_ROLE) if current is not None else None
        if issue is not None:
            self._anchor = issue
        self.update_buttons()

    def step(self, forward: bool = True) -> tuple[Issue, int, bool] | None:
        """Make the next (or previous) listed issue current and show its text: the issue,
        its number in the list and whether the walk went round the end; None when the list
        is empty. Checks still due are finished first."""
        self.bring_up_to_date()
        found = step(self._shown, self._anchor, forward)
        if found is None:
            return None
        index, wrapped = found
        item = self._rows[index]
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        issue = self._shown[index]
        self.issueActivated.emit(issue)
        return issue, index + 1, wrapped

    def listed_count(self) -> int:
        """How many issues the list shows (after the filter)."""
        return len(self._shown)

    def update_buttons(self, *_args) -> None:
        """Accept, or Reopen on an accepted issue listed greyed."""
        issue = self.current_issue()
        # Accepting records the decision in the article: a read-only one takes none.
        self.accept_button.setEnabled(not self.document.read_only and issue is not None)
        if issue is not None and issue in self._accepted:
            self.accept_button.setText(_("Reopen"))
            tip = _("Reopen this issue: its acceptance is removed from the article")
        else:
            self.accept_button.setText(_("Accept"))
            tip = _(
                "Accept this issue: it is saved in the article as reviewed and no longer reported"
            )
        if self.accept_key:
            # L10N: a button's tooltip followed by its keyboard shortcut
            tip = _("{tip} ({key})").format(tip=tip, key=self.accept_key)
        self.accept_button.setToolTip(tip)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        issue = item.data(0, _ISSUE_ROLE)
        if issue is not None:
            self.issueActivated.emit(issue)

    def accept_current(self) -> bool:
        """Mark the selected issue as accepted, or reopen it if it was (one undo step);
        whether there was one to."""
        issue = self.current_issue()
        if issue is None or self.document.read_only:
            return False
        from cipeditor.qa.runner import acceptance_for

        acceptance = acceptance_for(self.document.article, issue)
        command = ReopenIssue if issue in self._accepted else AcceptIssue
        self.document.push(command(self.document, acceptance))
        return True
