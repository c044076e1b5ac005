"""The main window: the bilingual editor, its menus, the status bar and the docks.

The window only assembles things: file commands live in
:mod:`cipeditor.ui.file_actions`, the menus in :mod:`cipeditor.ui.actions`,
the editing in :mod:`cipeditor.ui.bilingual_editor`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from cipeditor import __version__
from cipeditor.article.model import LANGS, Pair
from cipeditor.i18n import _
from cipeditor.ui import dialogs
from cipeditor.ui.actions import build_menus
from cipeditor.ui.bilingual_editor import BilingualEditor
from cipeditor.ui.document import Document
from cipeditor.ui.file_actions import FileActions, new_document
from cipeditor.ui.fonts import load_font, save_font
from cipeditor.ui.settings import Settings
from cipeditor.ui.status import DocumentStatus

MESSAGE_MS = 5000


class MainWindow(QMainWindow):
    """One window, one document."""

    def __init__(self, document: Document | None = None) -> None:
        super().__init__()
        self.settings = Settings()
        self.document = document or new_document()
        self.undo_group = QUndoGroup(self)
        self.files = FileActions(self, self.settings)
        self.editor = BilingualEditor(self.document, self)
        self.find_bar: QWidget | None = None
        central = QWidget(self)
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.editor)
        self.setCentralWidget(central)
        self.status = DocumentStatus(self.document, self)
        self.setStatusBar(self.status)
        self.editor.currentPairChanged.connect(self.status.show_current_pair)
        # Integration point (metadata helper): a dock made when the panel exists.
        self.metadata_dock: QDockWidget | None = None
        self.actions_by_name = build_menus(self)
        self.setAcceptDrops(True)
        self._may_close = False
        self._restore_settings()
        self.set_document(self.document)

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
        panel = self._metadata_panel(document)
        if panel is not None and self._metadata_dock().widget() is not panel:
            self._metadata_dock().setWidget(panel)
        self.actions_by_name["metadata_panel"].setEnabled(panel is not None)
        if self.find_bar is not None:
            self.find_bar.deleteLater()
            self.find_bar = None
        self._update_title()
        self.setWindowModified(document.modified)

    def _show_position(self) -> None:
        self.status.show_current_pair(self.editor.current_index())

    def _update_title(self) -> None:
        self.setWindowTitle(_("{name}[*] — CIP Editor").format(name=self.files.display_name()))
        self.status.show_state()

    def _metadata_panel(self, document: Document) -> QWidget | None:
        if self.metadata_dock is not None and hasattr(self.metadata_dock.widget(), "set_document"):
            # One panel for the window's life: building it again for each document opened
            # (the empty one, then the file) would double its share of start-up.
            panel = self.metadata_dock.widget()
            panel.set_document(document)
            return panel
        try:
            from cipeditor.ui.metadata_panel import MetadataPanel
        except ImportError:  # the panel is built separately; until it lands, there is none
            return None
        return MetadataPanel(document)

    def _metadata_dock(self) -> QDockWidget:
        if self.metadata_dock is None:
            dock = QDockWidget(_("Metadata"), self)
            dock.setObjectName("metadataDock")
            if not self.restoreDockWidget(dock):
                # Imported here: setting up Qt's namespace enums costs a noticeable part of
                # start-up, and a window whose docks are restored from settings never needs them.
                from PySide6.QtCore import Qt

                self.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
            action = self.actions_by_name["metadata_panel"]
            dock.visibilityChanged.connect(action.setChecked)
            action.setChecked(not dock.isHidden())
            self.metadata_dock = dock
        return self.metadata_dock

    def show_metadata_panel(self, visible: bool) -> None:
        if self.metadata_dock is not None:
            self.metadata_dock.setVisible(visible)

    def show_find_bar(self, replace: bool = False) -> None:
        """Edit › Find / Replace: show the find bar under the panes."""
        if self.find_bar is None:
            try:
                from cipeditor.ui.find_replace import FindReplaceBar
            except ImportError:
                self.show_message(_("Find and replace is not available in this build."))
                return
            self.find_bar = FindReplaceBar(self.document, self.editor)
            self.central_layout.addWidget(self.find_bar)
        self.find_bar.show()
        if hasattr(self.find_bar, "start"):
            self.find_bar.start(replace=replace)

    # --- messages -----------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.status.showMessage(text, MESSAGE_MS)

    def show_warning(self, text: str) -> None:
        self.status.showMessage(_("Warning: {text}").format(text=text), MESSAGE_MS * 2)

    def show_about(self) -> None:
        dialogs.show_about(self, __version__)

    def show_preferences(self) -> None:
        from cipeditor.ui.preferences import PreferencesDialog

        fonts = {lang: self.editor.panes[lang].font() for lang in LANGS}
        dialog = PreferencesDialog(fonts, self)

        def accepted() -> None:
            for lang in LANGS:
                self.editor.set_font(lang, dialog.fonts[lang])
                save_font(self.settings, lang, dialog.fonts[lang])

        dialog.accepted.connect(accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- settings -----------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = self.settings
        if not self.restoreGeometry(settings.get("window/geometry")):
            self.resize(1200, 800)
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
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.maybe_discard(lambda: self.files.open_path(paths[0]))
