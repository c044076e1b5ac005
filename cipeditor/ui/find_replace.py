"""The find/replace bar shown under the panes (Ctrl+F / Ctrl+H), as in modern editors.

A bar rather than a dialog: it never covers the text it searches, stays open
while the user edits, and closes with Esc. It searches through
:mod:`cipeditor.article.search` and replaces through undo commands
(:mod:`cipeditor.ui.commands.replace`), so "Replace all" is one undo step.

The window shows the hits. It passes an object implementing :class:`MatchView`:

``select_match(match)``
    Make ``match`` the current hit: select ``match.start``..``match.end`` (character
    offsets, see :func:`cipeditor.ui.text_marks.qt_offset`) in the text at
    ``match.ref`` and scroll it into view. Body hits (``match.field == "body"``) are
    in pair ``match.paragraph`` of the ``match.lang`` pane; other hits are in the
    metadata panel (``field`` title/summary/category with ``lang``; author/source/
    contact/tags without). Keyboard focus stays where it is (the find field).
``set_highlights(matches)``
    Paint every hit in ``matches`` (a list, possibly empty: clear them all),
    replacing the previous highlights.
``caret()`` (optional)
    Where the user's text cursor is, as ``(TextRef, character offset)``, or None.
    When given, the first "Find next" (and find-as-you-type) starts from there
    instead of from the top of the article.

Results follow the article live: document signals restart a 150 ms timer, and
the hits are recomputed when it fires. A pattern error is shown inline in red,
never raised.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from cipeditor.article.search import (
    MAX_MATCHES,
    Match,
    PatternError,
    Query,
    Scope,
    find_all,
    plan_replace_all,
    plan_replace_one,
)
from cipeditor.article.textfields import iter_texts
from cipeditor.i18n import _, ngettext
from cipeditor.ui.commands.replace import ReplaceAll, ReplaceOne
from cipeditor.ui.document import Document

DEBOUNCE_MS = 150
ERROR_STYLE = "color: #c0392b;"
FIELD_ERROR_STYLE = "QLineEdit { border: 1px solid #c0392b; }"


class MatchView(Protocol):
    """What the window implements so the bar can show hits (see the module docstring)."""

    def select_match(self, match: Match) -> None: ...

    def set_highlights(self, matches: Sequence[Match]) -> None: ...


class FindReplaceBar(QWidget):
    """Find field, replace field, scope, options, and the buttons that act on the hits."""

    closed = Signal()
    limit = MAX_MATCHES  # hits listed at most; more would only slow the window down

    def __init__(self, document: Document, view: MatchView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.view = view
        self.matches: list[Match] = []
        self.current: int | None = None
        self.error: str | None = None
        self._select_after_refresh = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.retranslate()
        self._connect_document()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setClearButtonEnabled(True)
        self.scope_combo = QComboBox(self)
        for scope in Scope:
            self.scope_combo.addItem("", scope)
        self.case_box = QCheckBox(self)
        self.word_box = QCheckBox(self)
        self.regex_box = QCheckBox(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)

        self.find_next_action = QAction(self)
        self.find_next_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindNext))
        self.find_previous_action = QAction(self)
        self.find_previous_action.setShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious))
        for action in (self.find_next_action, self.find_previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        # Row 0 finds, row 1 replaces; the edits share column 0 and the buttons line up.
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(4)
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(160)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addLayout(
            self._row(self.scope_combo, self.case_box, self.word_box, self.regex_box), 0, 3
        )
        grid.addWidget(self.close_button, 0, 4)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.addWidget(self.status_label, 1, 3, 1, 2)
        grid.setColumnStretch(0, 1)

        self.find_edit.textChanged.connect(self._query_edited)
        self.scope_combo.currentIndexChanged.connect(self._query_edited)
        for box in (self.case_box, self.word_box, self.regex_box):
            box.toggled.connect(self._query_edited)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.find_next_action.triggered.connect(self.find_next)
        self.find_previous_action.triggered.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def retranslate(self) -> None:
        """Set every label in the current interface language."""
        self.find_edit.setPlaceholderText(_("Find"))
        self.replace_edit.setPlaceholderText(_("Replace with"))
        self.replace_edit.setToolTip(
            _(
                "With a regular expression, $1 or \\1 puts back the first group, ${name} or "
                "\\g<name> a named one; $$ is a dollar sign"
            )
        )
        for i, scope in enumerate(Scope):
            self.scope_combo.setItemText(i, _(scope.label))
        self.case_box.setText(_("Match case"))
        self.word_box.setText(_("Whole word"))
        self.word_box.setToolTip(
            _("Latin words and numbers only: Chinese text has no word boundaries.")
        )
        self.regex_box.setText(_("Regular expression"))
        self.previous_button.setText(_("Previous"))
        self.previous_button.setToolTip(_("Find previous (Shift+F3)"))
        self.next_button.setText(_("Next"))
        self.next_button.setToolTip(_("Find next (F3, Enter)"))
        self.replace_button.setText(_("Replace"))
        self.replace_all_button.setText(_("Replace all"))
        self.close_button.setToolTip(_("Close (Esc)"))
        self.find_next_action.setText(_("Find Next"))
        self.find_previous_action.setText(_("Find Previous"))
        self._show_status()

    # -- document -------------------------------------------------------------------------

    def _connect_document(self) -> None:
        self.document.pairTextChanged.connect(self._article_changed)
        self.document.structureChanged.connect(self._article_changed)
        self.document.metaChanged.connect(self._article_changed)

    def set_document(self, document: Document) -> None:
        """Search another document (the window opened a new file)."""
        for signal in (
            self.document.pairTextChanged,
            self.document.structureChanged,
            self.document.metaChanged,
        ):
            signal.disconnect(self._article_changed)
        self.document = document
        self._connect_document()
        self.current = None
        self._timer.start()

    def _article_changed(self, *_args: object) -> None:
        # A closed bar shows nothing: no need to search on every keystroke; activate() catches up.
        if not self.isHidden():
            self._timer.start()

    def _query_edited(self, *_args: object) -> None:
        self._select_after_refresh = True
        self._timer.start()

    # -- queries --------------------------------------------------------------------------

    def query(self) -> Query:
        """The query as the bar's fields define it now."""
        return Query(
            self.find_edit.text(),
            scope=Scope(self.scope_combo.currentData()),
            case_sensitive=self.case_box.isChecked(),
            whole_word=self.word_box.isChecked(),
            regex=self.regex_box.isChecked(),
        )

    def activate(self, text: str = "", *, replace: bool = False) -> None:
        """Show the bar (Ctrl+F / Ctrl+H), optionally seeded with the selected text."""
        if text and "\u2029" not in text:
            self.find_edit.setText(text)
        self.show()
        target = self.replace_edit if replace and self.find_edit.text() else self.find_edit
        target.setFocus()
        target.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        """Hide the bar and its highlights (Esc)."""
        self._timer.stop()
        self.view.set_highlights([])
        # Before hiding: hiding the field that has the focus would hand it to the next
        # widget in the chain (the Chinese pane), not back to the pane the user came from.
        self.closed.emit()
        self.hide()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        """Recompute the hits now, keep the current one where it was, repaint highlights."""
        self._timer.stop()
        anchor = self.matches[self.current] if self.current is not None else None
        try:
            self.matches = find_all(self.document.article, self.query(), self.limit)
            self.error = None
        except PatternError as problem:
            self.matches, self.error = [], problem.message
        self.current = self._index_at_or_after(anchor) if anchor else None
        if self._select_after_refresh and self.matches:
            self.current = self._index_at_or_after(anchor or self._caret()) or 0
            self.view.select_match(self.matches[self.current])
        self._select_after_refresh = False
        self.view.set_highlights(self.matches)
        for button in (self.replace_button, self.replace_all_button):
            button.setEnabled(not self.document.read_only)
        self._show_status()

    def _caret(self) -> Match | None:
        """The view's text cursor as an empty hit, if the view can tell."""
        caret = getattr(self.view, "caret", None)
        place = caret() if caret is not None else None
        if place is None:
            return None
        ref, offset = place
        return Match(ref, offset, offset, "")

    def _order(self) -> dict:
        langs = self.query().scope.langs
        return {ref: i for i, ref in enumerate(iter_texts(self.document.article, langs))}

    def _index_at_or_after(self, anchor: Match | None, offset: int = 0) -> int | None:
        """The first hit at or after ``anchor`` (+``offset`` characters), wrapping round."""
        if anchor is None or not self.matches:
            return None
        order = self._order()
        key = (order.get(anchor.ref, -1), anchor.start + offset)
        for i, match in enumerate(self.matches):
            if (order.get(match.ref, -1), match.start) >= key:
                return i
        return 0

    def _show_status(self) -> None:
        self.find_edit.setStyleSheet(FIELD_ERROR_STYLE if self.error else "")
        if self.error:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(self.error)
            return
        self.status_label.setStyleSheet("")
        if not self.find_edit.text():
            self.status_label.setText("")
        elif not self.matches:
            self.status_label.setText(_("No matches"))
        elif self.current is None:
            count = len(self.matches)
            self.status_label.setText(
                ngettext("{count} match", "{count} matches", count).format(count=self._count())
            )
        else:
            # L10N: position of the current hit among all hits, as in "3 of 12"
            self.status_label.setText(
                _("{current} of {count}").format(current=self.current + 1, count=self._count())
            )

    def _count(self) -> str:
        """The number of hits; "10000+" when the search stopped at its cap."""
        count = len(self.matches)
        return f"{count}+" if count >= self.limit else str(count)

    # -- moving between hits ----------------------------------------------------------------

    def _ensure_fresh(self) -> None:
        if self._timer.isActive():
            self._select_after_refresh = False
            self.refresh()

    def find_next(self) -> None:
        """Select the next hit, wrapping round at the end (F3, Enter)."""
        self._step(+1)

    def find_previous(self) -> None:
        """Select the previous hit, wrapping round at the start (Shift+F3)."""
        self._step(-1)

    def _step(self, direction: int) -> None:
        self._ensure_fresh()
        if not self.matches:
            self._show_status()
            return
        if self.current is None:
            after = self._index_at_or_after(self._caret())
            if after is None:
                self.current = 0 if direction > 0 else len(self.matches) - 1
            else:
                self.current = after if direction > 0 else (after - 1) % len(self.matches)
        else:
            self.current = (self.current + direction) % len(self.matches)
        self.view.select_match(self.matches[self.current])
        self._show_status()

    # -- replacing ----------------------------------------------------------------------------

    def replace_one(self) -> None:
        """Replace the current hit and move to the next; with no current hit, find one first."""
        self._ensure_fresh()
        if self.document.read_only or self.current is None or not self.matches:
            self.find_next()
            return
        match = self.matches[self.current]
        try:
            change = plan_replace_one(
                self.document.article, self.query(), self.replace_edit.text(), match
            )
        except PatternError as problem:
            self._fail(problem)
            return
        if change is None:
            self.refresh()
            return
        self.document.push(ReplaceOne(self.document, change))
        inserted = match.end - match.start + len(change.new) - len(change.old)
        self.current = None
        self.refresh()
        self.current = self._index_at_or_after(match, inserted)
        if self.current is not None:
            self.view.select_match(self.matches[self.current])
        self._show_status()

    def replace_all(self) -> None:
        """Replace every hit in the scope as one undo step."""
        self._ensure_fresh()
        if self.document.read_only:
            return
        try:
            changes = plan_replace_all(
                self.document.article, self.query(), self.replace_edit.text()
            )
        except PatternError as problem:
            self._fail(problem)
            return
        if not changes:
            self._show_status()
            return
        self.document.push(ReplaceAll(self.document, changes))
        self.current = None
        self.refresh()
        count = sum(change.count for change in changes)
        self.status_label.setText(
            ngettext("Replaced {count} occurrence", "Replaced {count} occurrences", count).format(
                count=count
            )
        )

    def _fail(self, problem: PatternError) -> None:
        self.error = problem.message
        self._show_status()
