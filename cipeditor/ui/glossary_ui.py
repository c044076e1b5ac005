"""Everything glossary in the main window, put in place by one call.

:func:`install_glossary_ui` opens the glossaries, marks the terms in the
panes, adds the term pane and the glossary dock, and a Glossary menu with
the one-keystroke commands. The window's QA panel follows ``ui.glossaries``
(see :meth:`cipeditor.ui.window_docks.WindowDocks.follow_glossaries`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from cipeditor.glossary.entry import Entry
from cipeditor.i18n import _
from cipeditor.ui.glossary_dock import GlossaryDock
from cipeditor.ui.glossary_set import GlossarySet
from cipeditor.ui.language import connect_retranslate
from cipeditor.ui.term_highlighter import TermHighlighting
from cipeditor.ui.term_insert import choose_term, insert_first_missing
from cipeditor.ui.term_pane import TermPane

DOCK_WIDTH = 420

SHORTCUTS = {
    "insert_term": "Ctrl+E",
    "choose_term": "Ctrl+Alt+E",  # Ctrl+Shift+E is File › Export
    "add_term_from_selection": "Ctrl+Shift+T",
}


def selected_text(pane) -> str:
    """The pane's selection on one line (line and paragraph breaks as spaces)."""
    text = pane.textCursor().selectedText()
    return " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())


class GlossaryUI(QObject):
    """The glossary parts of one window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.glossaries = GlossarySet(window.settings, self)
        # Reading the files and marking the terms wait for the text to be on screen.
        window.first_paint.then(self.load_glossaries)
        self.highlighting = TermHighlighting(window.editor, self.glossaries)
        self.term_pane = TermPane(window.editor, self.highlighting)
        self.term_dock = QDockWidget(window)
        self.term_dock.setObjectName("termDock")
        self.term_dock.setWidget(self.term_pane)
        self.dock = GlossaryDock(self.glossaries, window)
        area = Qt.DockWidgetArea.RightDockWidgetArea
        window.addDockWidget(area, self.term_dock)
        window.addDockWidget(area, self.dock)
        if window.settings.get("window/state").isEmpty():
            # First start: once the window is laid out, give the docks a sensible share.
            QTimer.singleShot(0, self._first_layout)
        self.actions: dict[str, QAction] = {}
        self.menu = self._build_menu()
        connect_retranslate(self.retranslate)

    def load_glossaries(self) -> None:
        """Open the glossaries used last time (or the bundled one), once."""
        if not self.glossaries.loaded:
            for problem in self.glossaries.load_remembered():
                self.window.show_warning(problem)

    def _first_layout(self) -> None:
        """First start: four docks stacked in one column leave each too little room, so the
        term pane shares the QA panel's place and the glossary the metadata's, as tabs."""
        window = self.window
        qa_dock = getattr(window, "qa_dock", None)
        metadata_dock = getattr(window, "metadata_dock", None)
        if qa_dock is not None and metadata_dock is not None:
            window.tabifyDockWidget(qa_dock, self.term_dock)
            window.tabifyDockWidget(metadata_dock, self.dock)
            metadata_dock.raise_()
            qa_dock.raise_()
            return
        window.resizeDocks([self.term_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _build_menu(self) -> QMenu:
        window = self.window
        menu = QMenu(window)
        bar = window.menuBar()
        help_menu = next((a for a in bar.actions() if _holds(a.menu(), "about", window)), None)
        if help_menu is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(help_menu, menu)
        slots = {
            "insert_term": self.insert_term,
            "choose_term": self.choose_term,
            "add_term_from_selection": self.add_term_from_selection,
            "add_term": self.dock.new_entry,
            "open_glossary": self.dock.open_dialog,
            "new_glossary": self.dock.new_dialog,
            "export_glossary": self.dock.export_dialog,
        }
        for name, slot in slots.items():
            action = QAction(window)
            action.setObjectName(name)
            if name in SHORTCUTS:
                action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
            window.addAction(action)  # the shortcut works wherever the focus is
            self.actions[name] = action
            if name == "add_term_from_selection":
                menu.addSeparator()
        menu.addSeparator()
        for dock in (self.term_dock, self.dock):
            menu.addAction(dock.toggleViewAction())
        return menu

    def retranslate(self) -> None:
        self.menu.setTitle(_("&Glossary"))
        self.term_dock.setWindowTitle(_("Terms of This Pair"))
        texts = {
            "insert_term": _("&Insert Missing Term"),
            "choose_term": _("&Choose Term to Insert…"),
            "add_term_from_selection": _("Add Term from &Selection…"),
            "add_term": _("&Add Term…"),
            "open_glossary": _("&Open Glossary…"),
            "new_glossary": _("&New Glossary…"),
            "export_glossary": _("&Export Glossary…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        self.actions["insert_term"].setStatusTip(
            _("Insert the English of the first term of this pair that the English lacks")
        )

    # --- commands -----------------------------------------------------------------

    def insert_term(self) -> None:
        if not insert_first_missing(self.window.editor, self.highlighting):
            self.window.show_message(_("Every glossary term of this pair is rendered."))

    def choose_term(self) -> None:
        if choose_term(self.window.editor, self.highlighting) is None:
            self.window.show_message(_("This pair holds no glossary term."))

    def add_term_from_selection(self):
        """A new entry dialog with the Chinese and English selections filled in."""
        panes = self.window.editor.panes
        zh, en = selected_text(panes["zh"]), selected_text(panes["en"])
        self.dock.show()
        self.dock.raise_()
        return self.dock.add_entry(Entry(zh, en))


def _holds(menu: QMenu | None, name: str, window) -> bool:
    return menu is not None and any(a.objectName() == name for a in menu.actions())


def install_glossary_ui(window) -> GlossaryUI:
    """Add the glossary parts to ``window`` (a MainWindow); keeps them as ``window.glossary_ui``."""
    window.glossary_ui = GlossaryUI(window)
    return window.glossary_ui
