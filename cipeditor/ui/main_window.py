"""The main window: the bilingual editor, its menus, the status bar and the docks.

The window only assembles things: file commands live in
:mod:`cipeditor.ui.file_actions`, the menus in :mod:`cipeditor.ui.actions`,
the editing in :mod:`cipeditor.ui.bilingual_editor`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from cipeditor import __version__
from cipeditor.article.model import LANGS, Pair
from cipeditor.i18n import _, ngettext
from cipeditor.ui import dialogs
from cipeditor.ui.actions import build_menus
from cipeditor.ui.bilingual_editor import BilingualEditor
from cipeditor.ui.document import Document
from cipeditor.ui.document_safety import DocumentSafety
from cipeditor.ui.file_actions import FileActions, new_document
from cipeditor.ui.first_paint import FirstPaint
from cipeditor.ui.fonts import load_font
from cipeditor.ui.glossary_ui import install_glossary_ui
from cipeditor.ui.language import connect_retranslate
from cipeditor.ui.settings import Settings
from cipeditor.ui.status import DocumentStatus
from cipeditor.ui.window_docks import WindowDocks
from cipeditor.ui.window_language import retranslate_window

MESSAGE_MS = 5000
# Dropped files with these extensions are glossaries, never articles (.txt and .xml may be
# either: they are opened as articles, and glossaries in them through Glossary › Open).
GLOSSARY_SUFFIXES = frozenset({".tbx", ".utx", ".csv"})


class MainWindow(QMainWindow):
    """One window, one document."""

    def __init__(self, document: Document | None = None) -> None:
        super().__init__()
        self.settings = Settings()
        self.document = document or new_document()
        self.undo_group = QUndoGroup(self)
        self.files = FileActions(self, self.settings)
        self.editor = BilingualEditor(self.document, self)
        self.first_paint = FirstPaint(self.editor.panes["zh"].viewport(), self)
        central = QWidget(self)
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.editor)
        self.setCentralWidget(central)
        self.status = DocumentStatus(self.document, self)
        self.setStatusBar(self.status)
        self.editor.currentPairChanged.connect(self.status.show_current_pair)
        # The dock's contents (the metadata panel) come with WindowDocks, after the menus.
        self.metadata_dock = QDockWidget(_("Metadata"), self)
        self.metadata_dock.setObjectName("metadataDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.metadata_dock)
        self.actions_by_name = build_menus(self)
        self.docks = WindowDocks(self)  # metadata and QA panels; self.qa_panel for glossaries
        # Docks before _restore_settings: their places are restored. The glossary files
        # (and so the term highlighting) load after the first paint.
        self.glossary_ui = install_glossary_ui(self)
        self.docks.follow_glossaries(self.glossary_ui.glossaries)
        self._find_bar = None  # hidden until asked for: built after the first paint
        self.first_paint.then(lambda: self.find_bar)
        self.setAcceptDrops(True)
        self._may_close = False
        self._restore_settings()
        self.safety = DocumentSafety(self)  # autosave, recovery, lock, outside changes
        self.set_document(self.document)
        connect_retranslate(self.retranslate)

    @property
    def metadata_panel(self):
        """The metadata panel in its dock (built now if the first paint has not been)."""
        return self.docks.metadata_panel()

    @property
    def find_bar(self):
        """The find/replace bar under the panes (built now if the first paint has not been)."""
        if self._find_bar is None:
            from cipeditor.ui.window_find import install_find_bar

            self._find_bar = install_find_bar(self)
        return self._find_bar

    # --- the document -----------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Show ``document`` in this window instead of the current one."""
        if not document.article.body:
            document.article.body.append(Pair())  # always something to type into
        old = self.document
        if old is not document:
            old.modifiedChanged.disconnect(self.setWindowModified)
            old.pathChanged.disconnect(self._update_title)
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self.document = document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.modifiedChanged.connect(self.setWindowModified)
        document.pathChanged.connect(self._update_title)
        document.structureChanged.connect(self._show_position)  # "Pair 4/6": the total moved
        if self.editor.document is not document:
            self.editor.set_document(document)
        self.status.set_document(document)
        self._show_position()
        self.docks.set_document(document)
        if self._find_bar is not None and self._find_bar.document is not document:
            self._find_bar.set_document(document)
        self._update_title()
        self.setWindowModified(document.modified)
        self.safety.follow(document)

    def _show_position(self) -> None:
        self.status.show_current_pair(self.editor.current_index())

    def _update_title(self) -> None:
        self.setWindowTitle(_("{name}[*] — CIP Editor").format(name=self.files.display_name()))
        self.status.show_state()

    def show_find_bar(self, replace: bool = False) -> None:
        """Edit › Find / Replace: show the find bar under the panes."""
        from cipeditor.ui.window_find import show_find_bar

        show_find_bar(self, replace=replace)

    def retranslate(self) -> None:
        """Every text of the window in the current interface language."""
        retranslate_window(self)
        self._update_title()
        self._show_position()
        self.status.recount()

    # --- messages -----------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.status.showMessage(text, MESSAGE_MS)

    def show_warning(self, text: str) -> None:
        self.status.showMessage(_("Warning: {text}").format(text=text), MESSAGE_MS * 2)

    def show_about(self) -> None:
        dialogs.show_about(self, __version__)

    def show_user_guide(self) -> None:
        from cipeditor.ui.user_guide import show_user_guide

        show_user_guide(self)

    def ask_pair(self) -> None:
        """View › Go to Pair…"""
        from cipeditor.ui.go_to_pair import ask_pair

        self.files.last_box = ask_pair(self)

    def show_preferences(self) -> None:
        from cipeditor.ui.preferences import show_preferences

        show_preferences(self)

    # --- settings -----------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = self.settings
        if not self.restoreGeometry(settings.get("window/geometry")):
            self.resize(*_first_size(self))
        self.restoreState(settings.get("window/state"))
        if settings.get("editor/swapped") != self.editor.is_swapped():
            self.actions_by_name["swap_panes"].setChecked(True)
        # After the swap: the sizes were saved in the order the panes were in.
        self.editor.splitter.restoreState(settings.get("editor/splitter"))
        self.actions_by_name["synced_scrolling"].setChecked(settings.get("editor/synced_scrolling"))
        for lang in LANGS:
            self.editor.set_font(lang, load_font(settings, lang))

    def save_settings(self) -> None:
        settings = self.settings
        settings.set("window/geometry", self.saveGeometry())
        settings.set("window/state", self.saveState())
        settings.set("editor/splitter", self.editor.splitter.saveState())
        settings.set("editor/swapped", self.editor.is_swapped())
        settings.set("editor/synced_scrolling", self.editor.synced_scrolling)
        settings.sync()

    # --- closing and dropping -----------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close or not self.document.modified:
            self.save_settings()
            self.safety.closed()
            self.glossary_ui.glossaries.stop_watching()  # a closed window reloads nothing
            event.accept()
            return
        event.ignore()
        self.files.maybe_discard(self._close_now)

    def _close_now(self) -> None:
        self._may_close = True
        self.close()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Glossary files dropped join the glossaries; the first other file is opened."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        glossaries = [path for path in paths if path.suffix.lower() in GLOSSARY_SUFFIXES]
        if glossaries:
            self.glossary_ui.dock.open_files([str(path) for path in glossaries])
        articles = [path for path in paths if path not in glossaries]
        if articles:
            self.files.open_path(articles[0], ask=True)
        if len(articles) > 1:  # one window, one article: say so rather than drop them silently
            self.show_warning(
                ngettext(
                    "Only one article opens at a time: {name} was opened, {count} other "
                    "file was not.",
                    "Only one article opens at a time: {name} was opened, {count} other "
                    "files were not.",
                    len(articles) - 1,
                ).format(name=articles[0].name, count=len(articles) - 1)
            )


def _first_size(window: QMainWindow) -> tuple[int, int]:
    """The first window size: most of the screen, for two panes and the docks beside them."""
    available = window.screen().availableGeometry()
    width = max(1200, min(1500, int(available.width() * 0.9)))
    height = max(800, min(950, int(available.height() * 0.9)))
    return width, height
