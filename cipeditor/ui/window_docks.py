"""The docks of the main window: the metadata panel and the QA panel.

Metadata sits on the right, above the QA panel, so the two panes keep the
whole height of the window for the text; both can be hidden from the View
menu, moved or floated, and the window remembers where they are.
Activating a QA issue selects its text through :class:`WindowMatchView`.

The QA panel checks the article only once the text has been painted (see
:mod:`cipeditor.ui.first_paint`): the text comes first, the issues follow.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QHeaderView, QScrollArea, QToolButton, QWidget

from cipeditor.i18n import N_, _, ngettext
from cipeditor.qa.issue import Issue, Severity
from cipeditor.ui.document import Document
from cipeditor.ui.match_view import WindowMatchView
from cipeditor.ui.qa_panel import QAPanel
from cipeditor.ui.retranslatable import remember, tr

Area = Qt.DockWidgetArea
DOCK_WIDTH = 460
METADATA_HEIGHT = 430
QA_HEIGHT = 300
DEFER_QA_PAIRS = 500
DEFER_QA_MS = 300
"""From DEFER_QA_PAIRS pairs on, a newly opened article is checked DEFER_QA_MS later."""


def tab_stops(widget: QWidget) -> list[QWidget]:
    """The widgets inside ``widget`` that Tab stops at, in their present order."""
    stops = []
    current = widget.nextInFocusChain()
    while current is not widget:
        if (
            widget.isAncestorOf(current)
            and current.focusPolicy() & Qt.FocusPolicy.TabFocus
            and current.focusProxy() is None
        ):
            stops.append(current)
        current = current.nextInFocusChain()
    return stops


class WindowDocks:
    """Builds the docks of ``window`` (a MainWindow) and keeps them on its document."""

    def __init__(self, window) -> None:
        self.window = window
        self.view = WindowMatchView(window)
        window.match_view = self.view
        self.issue_count = QToolButton(window.status)  # a click shows the QA panel
        self.issue_count.setAutoRaise(True)
        self.issue_count.clicked.connect(self._show_qa_dock)
        window.status.addPermanentWidget(self.issue_count)
        self._build_metadata(window)
        self._build_qa(window)
        self._add_toggles(window)

    def _build_metadata(self, window) -> None:
        scroll = QScrollArea(window.metadata_dock)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(360)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no blank Tab stop before the fields
        window.metadata_scroll = scroll
        window.metadata_dock.setWidget(scroll)
        # The panel's forty-odd fields come right after the first paint of the text.
        self.built_metadata_panel = None
        window.first_paint.then(self.metadata_panel)

    def metadata_panel(self):
        """The metadata panel (a MetadataPanel), built now if it was not yet."""
        if self.built_metadata_panel is None:
            from cipeditor.ui.metadata_panel import MetadataPanel

            document = self.window.document
            panel = MetadataPanel(document)
            panel.set_read_only(document.read_only)
            self.window.metadata_scroll.setWidget(panel)
            self.built_metadata_panel = panel
            # It sits beside the text: Tab goes from the panes to its fields, then to the others.
            self.window.editor.chain_after_panes(tab_stops(panel))
        return self.built_metadata_panel

    def _build_qa(self, window) -> None:
        window.qa_dock = QDockWidget(window)
        window.qa_dock.setObjectName("qaDock")
        window.addDockWidget(Area.RightDockWidgetArea, window.qa_dock)
        window.splitDockWidget(window.metadata_dock, window.qa_dock, Qt.Orientation.Vertical)
        if window.settings.get("window/state").isEmpty():
            # Sizes only hold once the window is laid out: after the first show.
            QTimer.singleShot(0, self._first_layout)
        window.qa_panel = None
        self._glossaries: list = []
        self._new_qa_panel(window.document)
        window.first_paint.then(self._check_now_painted)

    def _check_now_painted(self) -> None:
        self.window.qa_panel.check_soon()  # the panel of the document shown by then

    def _first_layout(self) -> None:
        """First start: the metadata fits without scrolling, the issues get the rest."""
        window = self.window
        docks = [window.metadata_dock, window.qa_dock]
        window.resizeDocks(docks, [METADATA_HEIGHT, QA_HEIGHT], Qt.Orientation.Vertical)
        window.resizeDocks([window.metadata_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _new_qa_panel(self, document: Document) -> None:
        old = self.window.qa_panel
        panel = QAPanel(document, hold=not self.window.first_paint.painted)
        if self._glossaries:
            panel.set_glossaries(self._glossaries)
        header = panel.tree.header()  # the message takes the room, the place what it needs
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        panel.issueActivated.connect(self.show_issue)
        panel.issuesChanged.connect(self._show_count)
        accept = self.window.actions_by_name["accept_issue"].shortcut()
        panel.accept_key = accept.toString(QKeySequence.SequenceFormat.NativeText)
        panel.retranslate()
        self.window.qa_panel = panel
        self.window.qa_dock.setWidget(panel)
        if old is not None:
            old.deleteLater()
        self._show_count()

    def _add_toggles(self, window) -> None:
        """View menu: one checkable entry per dock, after the metadata one."""
        qa = window.qa_dock.toggleViewAction()
        qa.setShortcut(QKeySequence("Ctrl+Shift+I"))
        window.actions_by_name["qa_panel"] = qa
        window.view_menu.addAction(qa)

    # --- following the window -------------------------------------------------------

    def follow_glossaries(self, glossary_set) -> None:
        """Check against the window's glossaries, now and whenever they change."""
        glossary_set.glossariesChanged.connect(self.set_glossaries)
        self.set_glossaries(glossary_set.glossaries)

    def set_glossaries(self, glossaries: list) -> None:
        self._glossaries = list(glossaries)
        if self.window.qa_panel is not None:
            self.window.qa_panel.set_glossaries(self._glossaries)

    def set_document(self, document: Document) -> None:
        if self.built_metadata_panel is not None:
            self.built_metadata_panel.set_document(document)
        if self.window.qa_panel.document is document:
            return
        self._new_qa_panel(document)
        if len(document.article.body) >= DEFER_QA_PAIRS:
            # Checking thousands of pairs takes a second or two: show the text first
            # (its first screen is painted and aligned well within the delay).
            self.window.qa_panel.check_soon(DEFER_QA_MS)

    def retranslate(self) -> None:
        """Dock titles, the QA panel's labels and messages, the issue count."""
        window = self.window
        window.metadata_dock.setWindowTitle(_("Metadata"))
        window.qa_dock.setWindowTitle(_("Quality Checks"))
        # A dock names its View menu entry after its title: give the entries their own names.
        for name, text in (
            ("metadata_panel", tr(N_("&Metadata Panel"))),
            ("qa_panel", tr(N_("&QA Panel"))),
        ):
            action = window.actions_by_name[name]
            action.setText(text)
            remember(action, text)
        panel = window.qa_panel
        panel.retranslate()
        panel.schedule_full_check()  # messages are written in the language of the check's run
        self._show_count()

    def _show_count(self, *_args) -> None:
        panel = self.window.qa_panel
        if panel is None:
            return
        if not panel.checked:
            self.issue_count.setText(_("Checking…"))
            return
        serious = sum(issue.severity is not Severity.INFO for issue in panel.issues())
        self.issue_count.setText(
            ngettext("{count} QA issue", "{count} QA issues", serious).format(count=serious)
        )

    def _show_qa_dock(self) -> None:
        self.window.qa_dock.show()
        self.window.qa_dock.raise_()
        self.window.qa_panel.tree.setFocus()

    def show_issue(self, issue: Issue) -> None:
        """Select the text an issue is about (the whole field when it has no offsets)."""
        from cipeditor.article.textfields import TextRef

        ref = TextRef(issue.field, issue.paragraph, issue.lang)
        if not self.view.show_place(ref, issue.start, issue.end):
            self.window.show_message(_("This issue is about the article as a whole."))

    # --- the reviewer's keys ----------------------------------------------------------

    def walk_issues(self, forward: bool = True) -> None:
        """Review › Next/Previous Issue: select the text of the next (previous) issue the
        QA panel lists, from wherever the focus is; the status bar says which it is."""
        panel = self.window.qa_panel
        found = panel.step(forward)
        if found is None:
            self.window.show_message(_("The QA panel lists no issues."))
            return
        issue, number, wrapped = found
        count = panel.listed_count()
        if wrapped and forward:
            text = _("Past the last issue, back to the first: {message}")
        elif wrapped:
            text = _("Before the first issue, back to the last: {message}")
        else:
            # L10N: the status bar as a reviewer goes from issue to issue (F8)
            text = _("Issue {number} of {count}: {message}")
        self.window.show_message(text.format(number=number, count=count, message=issue.message))

    def accept_issue(self) -> None:
        """Review › Accept Issue: accept the issue current in the QA panel."""
        panel = self.window.qa_panel
        if self.window.document.read_only:
            self.window.show_message(_("This article is read-only: no issue can be accepted."))
        elif not panel.accept_current():
            self.window.show_message(_("No issue is selected in the QA panel."))
