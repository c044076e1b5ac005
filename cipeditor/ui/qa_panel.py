"""The QA panel: the article's issues, live, grouped by category.

The checking itself, kept up to date as the document changes and sliced so
that the window answers, is :class:`cipeditor.ui.live_check.LiveCheck`; the
panel lists what it found. Activating an issue asks the window to select its
text; a reviewer can accept an issue (or reopen an accepted one).

The list follows :func:`cipeditor.ui.qa_order.panel_order` and shows the
severities the filter above it lets through; :meth:`QAPanel.step` walks it
(next/previous issue).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
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
from cipeditor.ui.commands.review import AcceptIssue, ReopenIssue
from cipeditor.ui.document import Document
from cipeditor.ui.live_check import LiveCheck
from cipeditor.ui.qa_filter import IssueFilter
from cipeditor.ui.qa_order import panel_order, step
from cipeditor.ui.qa_rows import issue_place, issue_tooltip, severity_icon

_ISSUE_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self._found: tuple | None = None  # the open and accepted issues the tree shows
        self._accepted: frozenset[Issue] = frozenset()  # the accepted ones listed (greyed)
        self._shown: list[Issue] = []  # those the filter lets through: the tree's rows
        self._rows: list[QTreeWidgetItem] = []
        self._anchor: Issue | None = None  # the issue last current: where a walk goes on from
        self.accept_key = ""  # the window's shortcut for Accept, named on the button's tooltip
        self._icons: dict[Severity, object] = {}
        self._build()
        self.check = LiveCheck(document, self, hold=hold)
        self.check.started.connect(lambda: self.summary.setText(_("Checking…")))
        self.check.updated.connect(self._refresh)
        # At once, the reviewer acted; only the listing changes (results are kept unfiltered).
        document.acceptedChanged.connect(self._refresh)
        self.summary.setText(_("Checking…"))

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

    # -- checking (see cipeditor.ui.live_check) ----------------------------------
    def set_glossaries(self, glossaries: Iterable) -> None:
        self.check.set_glossaries(glossaries)

    def schedule_full_check(self) -> None:
        """Check the whole article once control returns to the event loop."""
        self.check.schedule_full_check()

    @property
    def checked(self) -> bool:
        """Whether the issues listed are the article's (no whole-article check is due or
        under way)."""
        return self.check.checked

    def check_soon(self, delay_ms: int = 0) -> None:
        """Run the pending whole-article check after ``delay_ms``; no longer hold checks."""
        self.check.check_soon(delay_ms)

    def recheck_all(self) -> None:
        """Re-run every check now, waiting for the result."""
        self.check.recheck_all()

    def issues(self) -> list[Issue]:
        """The issues of the article less those accepted, in reading order (checked now if
        a check is due)."""
        return self._open_and_accepted()[0]

    def accepted_issues(self) -> list[Issue]:
        """The issues found that a reviewer accepted (checked now if a check is due)."""
        return self._open_and_accepted()[1]

    def _open_and_accepted(self) -> tuple[list[Issue], list[Issue]]:
        """The issues found, split into those still open and those a reviewer accepted."""
        from cipeditor.qa.runner import is_accepted

        found = self.check.found()
        article = self.document.article
        if not article.accepted:
            return found, []
        still_open, accepted = [], []
        for issue in found:
            (accepted if is_accepted(article, issue) else still_open).append(issue)
        return still_open, accepted

    def bring_up_to_date(self) -> None:
        """Finish at once every check that is due, and list the result: what a reviewer
        walks through must be the article as it is now, offsets included."""
        self.check.bring_up_to_date()
        self._refresh(force=False)

    # -- showing ----------------------------------------------------------------
    def _refresh(self, force: bool = True) -> None:
        found = self._open_and_accepted()
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
