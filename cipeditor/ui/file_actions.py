"""New, Open, Open Recent, Import, Save, Save As and Close for the main window.

Every way of leaving a modified document (New, Open, Close, Quit) goes
through :meth:`FileActions.maybe_discard`, the one place that asks
Save / Discard / Cancel.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Pair
from cipeditor.errors import UserError
from cipeditor.i18n import _
from cipeditor.ui import dialogs
from cipeditor.ui.dialogs import SaveChoice
from cipeditor.ui.document import Document
from cipeditor.ui.settings import Settings, add_recent

if TYPE_CHECKING:  # the importers load their libraries lazily: no import at start-up
    from cipeditor.importers import Imported

CIP_FILTER = "*.cip"


def new_document() -> Document:
    """An empty article with one empty pair to type into."""
    return Document(Article(body=[Pair()]))


class FileActions(QObject):
    """The file commands of one window; ``window`` has ``document`` and ``set_document``."""

    recentFilesChanged = Signal()

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.last_box = None  # the last dialog shown, for tests and for keeping it alive
        self.last_error = ""  # why the last open, import or save failed

    @property
    def document(self) -> Document:
        return self.window.document

    def display_name(self) -> str:
        path = self.document.path
        return path.name if path is not None else _("Untitled")

    # --- leaving the current document --------------------------------------

    def maybe_discard(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the current document may be replaced: saved, discarded or clean."""
        if not self.document.modified:
            then()
            return

        def answered(choice: SaveChoice) -> None:
            if choice is SaveChoice.DISCARD or (choice is SaveChoice.SAVE and self.save()):
                then()

        self.last_box = dialogs.ask_save_changes(self.window, self.display_name(), answered)

    # --- opening ------------------------------------------------------------

    def new(self) -> None:
        self.maybe_discard(lambda: self.window.set_document(new_document()))

    def open_dialog(self) -> None:
        """File › Open…: choose the file first; ask about unsaved changes once it has been read."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            _("Open article"),
            self._folder(),
            _("CIP articles ({pattern})").format(pattern=CIP_FILTER),
        )
        if path:
            self.open_path(Path(path), ask=True)

    def import_dialog(self) -> None:
        """File › Import…: one document, or a Chinese and an English one paired.

        The unsaved-changes prompt comes after the import succeeded, just before the
        imported article replaces the current one.
        """
        from cipeditor.ui.import_dialog import ImportDialog

        dialog = ImportDialog(parent=self.window)

        def replace(imported: Imported) -> None:
            source = dialog.source_path()  # now: the dialog is gone once the prompt is answered
            self.maybe_discard(lambda: self.open_imported(imported, source))

        dialog.imported.connect(replace)
        dialog.finished.connect(dialog.deleteLater)
        self.last_box = dialog
        dialog.open()

    def export_dialog(self) -> None:
        """File › Export…: DOCX, HTML, XLIFF or TMX of the current article."""
        from cipeditor.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.document, parent=self.window)
        dialog.exported.connect(
            lambda path: self.window.show_message(_("Exported {name}").format(name=Path(path).name))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.last_box = dialog
        dialog.open()

    def open_recent(self, path: Path) -> None:
        self.open_path(path, ask=True)

    def open_path(self, path: Path, *, ask: bool = False) -> bool:
        """Open ``path`` (a .cip article, or any importable document) in the window.

        The file is read first: a file that cannot be read leaves the current document
        as it is. With ``ask``, unsaved changes are then offered for saving (Save /
        Discard / Cancel) before the article read replaces them.
        """
        path = Path(path)
        if path.suffix.lower() != ".cip":
            return self.import_path(path, ask=ask)
        if ask and self._is_open_unchanged(path):
            # Reading it again would only cost the undo history.
            self.window.show_message(_("{name} is already open.").format(name=path.name))
            return True
        try:
            article = cipformat.load(path)
        except UserError as error:
            self._show_error(_("Could not open {name}").format(name=path.name), error)
            self.forget_recent(path)
            return False
        document = Document(article, path.resolve())
        document.read_only = not os.access(path, os.W_OK)

        def show() -> None:
            self.window.set_document(document)
            self.remember(path)

        def claim() -> None:
            self.window.safety.claim(document, show)  # may first ask: open read-only?

        if ask:
            self.maybe_discard(claim)
        else:
            claim()
        return True

    def _is_open_unchanged(self, path: Path) -> bool:
        document = self.document
        return (
            document.path is not None
            and not document.modified
            and path.exists()
            and document.path == path.resolve()
        )

    def import_path(self, path: Path, *, ask: bool = False) -> bool:
        """Import a document into a new, unsaved article (after the prompt, with ``ask``)."""
        from cipeditor.importers import read_document  # importers load their libraries lazily

        headline = _("Could not import {name}").format(name=Path(path).name)
        try:
            imported = read_document(path)
        except UserError as error:
            self._show_error(headline, error)
            return False
        except ModuleNotFoundError:  # the importer for this kind of file is not installed
            reason = _("This build of CIP Editor cannot import {suffix} files.").format(
                suffix=Path(path).suffix or _("extension-less")
            )
            self.last_error = reason
            self.last_box = dialogs.show_error(self.window, headline, reason)
            return False
        if ask:
            self.maybe_discard(lambda: self.open_imported(imported, path))
        else:
            self.open_imported(imported, path)
        return True

    def open_imported(self, imported: Imported, source: Path | None = None) -> None:
        """Show an :class:`~cipeditor.importers.Imported` as a new, unsaved, modified article.

        ``source`` is the file it came from: Save As offers its name, as a .cip beside it.
        """
        document = Document(imported.article)
        document.suggested_path = _article_name_for(source)
        self.window.set_document(document)
        document.mark_modified()
        for warning in imported.warnings:
            self.window.show_warning(warning)

    # --- saving ---------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as_dialog()  # a read-only file is never saved over
        return self.save_to(self.document.path)

    def save_as_dialog(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        start = self.document.path or self.document.suggested_path or self._folder()
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            _("Save article as"),
            str(start),
            _("CIP articles ({pattern})").format(pattern=CIP_FILTER),
        )
        if not path:
            return False
        path = Path(path)
        if path.suffix.lower() != ".cip":
            path = path.with_name(path.name + ".cip")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the article to ``path``; on failure say why and keep the document modified."""
        path = Path(path)
        headline = _("Could not save {name}").format(name=path.name)
        refusal = self.window.safety.may_write(path)
        if refusal:
            self.last_error = refusal
            self.last_box = dialogs.show_error(self.window, headline, refusal)
            return False
        try:
            cipformat.save(self.document.article, path, backup=True)
        except UserError as error:
            self._show_error(headline, error)
            return False
        if self.document.path != path.resolve():
            self.document.set_path(path.resolve())
        self.document.read_only = False
        self.document.mark_saved()
        self.window.safety.saved()
        self.remember(path)
        self.window.show_message(_("Saved {name}").format(name=path.name))
        return True

    # --- recent files -----------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """The remembered files that still exist, newest first."""
        kept = [p for p in self.settings.get("files/recent") if Path(p).is_file()]
        if kept != self.settings.get("files/recent"):
            self.settings.set("files/recent", kept)
        return [Path(p) for p in kept]

    def remember(self, path: Path) -> None:
        path = Path(path).resolve()
        self.settings.set("files/recent", add_recent(self.settings.get("files/recent"), str(path)))
        self.settings.set("files/last_folder", str(path.parent))
        self.recentFilesChanged.emit()

    def forget_recent(self, path: Path) -> None:
        resolved = str(Path(path).resolve())
        self.settings.set(
            "files/recent", [p for p in self.settings.get("files/recent") if p != resolved]
        )
        self.recentFilesChanged.emit()

    def _folder(self) -> str:
        return self.settings.get("files/last_folder") or str(Path.home())

    def _show_error(self, title: str, error: UserError) -> None:
        self.last_error = str(error)
        self.last_box = dialogs.show_error(self.window, title, str(error))


def _article_name_for(source: Path | None) -> Path | None:
    """Where an article imported from ``source`` is offered to be saved: beside it, as .cip."""
    if source is None:
        return None
    source = Path(source).expanduser().resolve()
    return source.with_name(source.stem + ".cip")
