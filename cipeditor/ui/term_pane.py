"""The terms of the current pair, as OmegaT's glossary pane lists them.

Each row: the Chinese term, the preferred English (with the admitted and
forbidden variants under it), and whether the English side renders it.
Double-clicking a row (or pressing Enter on it) inserts the preferred
rendering into the English pane.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from cipeditor.glossary.entry import Entry
from cipeditor.i18n import _
from cipeditor.ui.language import connect_retranslate
from cipeditor.ui.term_insert import insert_english
from cipeditor.ui.term_tooltip import entry_tooltip

MISSING_COLOUR = QColor("#b35c00")
FORBIDDEN_COLOUR = QColor("#c01010")
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class TermPane(QWidget):
    """Lists the glossary terms of the editor's current pair."""

    def __init__(self, editor, highlighting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.highlighting = highlighting
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("termList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnCount(4)
        self.tree.itemActivated.connect(self._insert)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        # Typing changes the pair on every key: refresh once the typing pauses.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self.index = editor.current_index()
        editor.currentPairChanged.connect(self.show_pair)
        highlighting.termsChanged.connect(self._terms_changed)
        connect_retranslate(self.retranslate)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([_("Status"), _("Chinese"), _("English"), _("Other forms")])
        self.refresh()

    def show_pair(self, index: int) -> None:
        """List the terms of pair ``index`` (the editor's current pair)."""
        self.index = index
        self.refresh()

    def _terms_changed(self, index: int) -> None:
        if index == self.index:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """List the terms of the current pair again."""
        self.tree.clear()
        terms = self.highlighting.terms_of(self.index)
        if terms is None:
            return
        published = self.highlighting.published_date()
        listed = set()
        for term in terms.terms:
            status = _("missing") if term.missing else _("found")
            self._add_row(term.entry, status, MISSING_COLOUR if term.missing else None, published)
            listed.add(id(term.entry))
        for hit in terms.forbidden:
            # A forbidden variant is wrong even when its Chinese term is not in the pair.
            if id(hit.entry) not in listed:
                listed.add(id(hit.entry))
                status = _("forbidden: {variant}").format(variant=hit.variant)
                self._add_row(hit.entry, status, FORBIDDEN_COLOUR, published)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def _add_row(self, entry: Entry, status: str, colour: QColor | None, published) -> None:
        item = QTreeWidgetItem([status, entry.zh, entry.en, _other_forms(entry)])
        item.setData(0, ENTRY_ROLE, entry.en)
        tooltip = entry_tooltip(entry, published)
        for column in range(4):
            item.setToolTip(column, tooltip)
        if colour is not None:
            item.setForeground(0, QBrush(colour))
        self.tree.addTopLevelItem(item)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the list shows, row by row (Chinese, English, status)."""
        root = self.tree.invisibleRootItem()
        return [
            (root.child(i).text(1), root.child(i).text(2), root.child(i).text(0))
            for i in range(root.childCount())
        ]

    def _insert(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        insert_english(self.editor, item.data(0, ENTRY_ROLE), self.index)


def _other_forms(entry: Entry) -> str:
    parts = []
    if entry.admitted:
        parts.append(_("also: {forms}").format(forms="; ".join(entry.admitted)))
    if entry.forbidden:
        parts.append(_("not: {forms}").format(forms="; ".join(entry.forbidden)))
    return " · ".join(parts)
