"""Keeping the window's document safe: autosave, crash recovery, the file lock, outside changes.

One :class:`DocumentSafety` belongs to each main window and follows whatever
document the window shows (the window calls :meth:`DocumentSafety.follow`
from ``set_document`` and :meth:`DocumentSafety.closed` when it closes):

- an :class:`~cipeditor.ui.autosave.Autosaver` writes the unsaved work to the
  recovery folder on a timer and whenever the window loses focus;
- a :class:`~cipeditor.ui.file_lock.FileLock` tells a second CIP Editor that
  the file is taken (it may then open it read-only);
- an :class:`~cipeditor.ui.file_watcher.ExternalChangeWatcher` asks what to do
  when another program changes or deletes the file;
- at start-up :meth:`DocumentSafety.offer_recovery` offers what a crash left.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from cipeditor import paths
from cipeditor.article import cipformat
from cipeditor.article.model import Kind
from cipeditor.errors import UserError
from cipeditor.i18n import _
from cipeditor.recovery import RecoveryStore, Snapshot
from cipeditor.ui import dialogs
from cipeditor.ui.autosave import Autosaver, recovery_folder
from cipeditor.ui.document import Document
from cipeditor.ui.file_lock import FileLock
from cipeditor.ui.file_watcher import ExternalChangeWatcher

if TYPE_CHECKING:
    from cipeditor.ui.main_window import MainWindow

INTERVAL_KEY = "autosave/interval_seconds"

# Actions that change the article: disabled while the document is read-only.
EDITING_ACTIONS = (
    "cut",
    "paste",
    "replace",
    "split",
    "merge",
    "insert_above",
    "insert_below",
    "delete_pair",
    "move_up",
    "move_down",
    "swap_sides",
    # Named as cipeditor.ui.actions names them, one per kind (Kind.LIST_ITEM is "list-item").
    *(f"kind_{kind.value}" for kind in Kind),
)


class DocumentSafety(QObject):
    """Autosave, recovery, lock and watcher of one window's document."""

    def __init__(self, window: MainWindow, store: RecoveryStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store or RecoveryStore(recovery_folder())
        self.autosaver: Autosaver | None = None
        self.lock: FileLock | None = None  # the lock of the file shown
        self._taken: FileLock | None = None  # taken for a file about to be shown or saved to
        self.watcher = ExternalChangeWatcher(self)
        self.watcher.changedOnDisk.connect(self._changed_on_disk)
        self.watcher.removedFromDisk.connect(self._removed_from_disk)
        self.last_box = None  # the last question asked, for tests
        self.recovery_dialog = None
        self._asking_about_change = False
        self._shown_read_only = False
        # Losing focus is the moment to save: the user may be about to do something risky.
        window.installEventFilter(self)

    # --- following the window's document ---------------------------------------

    def follow(self, document: Document) -> None:
        """The window now shows ``document``: autosave it, lock and watch its file."""
        if self.autosaver is not None and self.autosaver.document is not document:
            # The previous document was saved, clean or deliberately discarded.
            self.autosaver.discard()
            self.autosaver.timer.stop()
        if self.autosaver is None or self.autosaver.document is not document:
            self.autosaver = Autosaver(document, self.store, self.interval_seconds())
        self._settle_locks(document.path)
        self.watcher.watch(document.path)
        self.apply_read_only(document.read_only)

    def interval_seconds(self) -> int:
        return int(self.window.settings.get(INTERVAL_KEY))

    def apply_settings(self) -> None:
        """Preferences changed: take the new autosave interval."""
        if self.autosaver is not None:
            self.autosaver.set_interval(self.interval_seconds())

    def autosave_now(self) -> None:
        if self.autosaver is not None:
            self.autosaver.save_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ActivationChange
            and watched is self.window
            and not self.window.isActiveWindow()
        ):
            self.autosave_now()
        return False

    def closed(self) -> None:
        """The window closed normally: its unsaved work was saved or discarded on purpose."""
        if self.autosaver is not None:
            self.autosaver.discard()
            self.autosaver.timer.stop()
            self.autosaver = None  # the window goes inactive as it closes: nothing to write then
        self.watcher.watch(None)
        self._settle_locks(None)

    def apply_read_only(self, read_only: bool) -> None:
        """Show a read-only document as such: panes and editing commands refuse changes."""
        self._shown_read_only = read_only
        for pane in self.window.editor.panes.values():
            pane.setReadOnly(read_only)
        docks = getattr(self.window, "docks", None)
        panel = docks.built_metadata_panel if docks is not None else None
        if panel is not None:  # one built later reads the document's state itself
            panel.set_read_only(read_only)
        qa_panel = getattr(self.window, "qa_panel", None)
        if qa_panel is not None:
            qa_panel.update_buttons()
        for name in EDITING_ACTIONS:
            action = self.window.actions_by_name.get(name)
            if action is not None:
                action.setEnabled(not read_only)
        self.window.status.show_state()
        self._show_read_only_bar(read_only)

    def _show_read_only_bar(self, read_only: bool) -> None:
        bar = getattr(self.window, "read_only_bar", None)
        if not read_only:
            if bar is not None:
                bar.hide()
            return
        if bar is None:  # built the first time it is needed: most sessions never need it
            from cipeditor.ui.read_only_bar import ReadOnlyBar

            bar = ReadOnlyBar(self.window)
            bar.save_as_button.clicked.connect(self.window.files.save_as_dialog)
            self.window.central_layout.insertWidget(0, bar)
            self.window.read_only_bar = bar
        path = self.window.document.path
        bar.show_for(path.name if path is not None else self.window.files.display_name())

    # --- locks ------------------------------------------------------------------

    def claim(self, document: Document, then: Callable[[], None]) -> None:
        """Lock ``document``'s file, then run ``then`` (which shows it).

        When another CIP Editor holds the file, ask first: open it read-only,
        or cancel (``then`` never runs).
        """
        path = document.path
        if path is None or _is_bundled(path) or (self.lock is not None and self.lock.path == path):
            then()
            return
        lock = FileLock(path)
        holder = lock.acquire()
        if holder is None:
            self._take(lock)
            then()
            return

        def answered(read_only: bool) -> None:
            if read_only:
                document.read_only = True
                then()

        self.last_box = dialogs.ask_open_read_only(
            self.window, path.name, holder.pid, holder.hostname, answered
        )

    def may_write(self, path: Path) -> str:
        """Lock ``path`` before saving to it; return why not ("" when it may be written)."""
        path = Path(path).resolve()
        if _is_bundled(path) or (self.lock is not None and self.lock.path == path):
            return ""
        lock = FileLock(path)
        holder = lock.acquire()
        if holder is not None:
            return _(
                "{name} is open in another CIP Editor (process {pid} on {host}); "
                "save under another name"
            ).format(name=path.name, pid=holder.pid, host=holder.hostname or "?")
        self._take(lock)  # kept only if the save succeeds (see saved)
        return ""

    def saved(self) -> None:
        """The document was written to its file."""
        self._settle_locks(self.window.document.path)
        self.watcher.watch(self.window.document.path)
        if self.autosaver is not None:
            self.autosaver.discard()
        if self._shown_read_only:  # a read-only copy saved under a new name: editable now
            self.apply_read_only(False)
            panel = self.window.metadata_dock.widget()
            if hasattr(panel, "reload_all"):
                panel.reload_all()

    def _take(self, lock: FileLock) -> None:
        if self._taken is not None:
            self._taken.release()
        self._taken = lock

    def _settle_locks(self, path: Path | None) -> None:
        """Hold the lock of ``path`` (the file now shown) and no other."""
        if self._taken is not None and self._taken.path == path:
            self.lock, self._taken = self._taken, self.lock
        if self.lock is not None and self.lock.path != path:
            self.lock.release()
            self.lock = None
        if self._taken is not None:
            self._taken.release()  # a save that failed, an open that was not shown
            self._taken = None

    # --- changes made by other programs -----------------------------------------

    def _changed_on_disk(self, name: str) -> None:
        document = self.window.document
        if self._asking_about_change or document.path is None or str(document.path) != name:
            return
        self._asking_about_change = True

        def answered(reload: bool) -> None:
            self._asking_about_change = False
            if reload:
                self.reload()
            else:
                # Saving now overwrites the other program's version, deliberately.
                self.window.document.mark_modified()

        self.last_box = dialogs.ask_reload(self.window, Path(name).name, answered)

    def reload(self) -> None:
        """Show the file as it is on disk now, dropping the changes in the window."""
        document = self.window.document
        try:
            article = cipformat.load(document.path)
        except UserError as error:
            self.last_box = dialogs.show_error(
                self.window,
                _("Could not reload {name}").format(name=document.path.name),
                str(error),
            )
            document.mark_modified()
            return
        fresh = Document(article, document.path)
        fresh.read_only = document.read_only
        self.window.set_document(fresh)

    def _removed_from_disk(self, name: str) -> None:
        document = self.window.document
        if document.path is None or str(document.path) != name:
            return
        document.mark_modified()
        self.window.show_warning(
            _("{name} was deleted or moved by another program; save to keep your text").format(
                name=Path(name).name
            )
        )

    # --- recovery after a crash ---------------------------------------------------

    def offer_recovery(self) -> None:
        """Offer the unsaved work that crashed sessions left behind, if any."""
        orphans = self.store.orphans()
        if not orphans:
            return
        from cipeditor.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.store, orphans, self.window)
        dialog.setObjectName("recoveryDialog")
        dialog.recoverRequested.connect(self._recover_later)
        dialog.openSavedRequested.connect(self._open_saved_later)
        dialog.finished.connect(dialog.deleteLater)
        self.recovery_dialog = dialog
        dialog.open()

    def _recover_later(self, snapshot: Snapshot) -> None:
        self.window.files.maybe_discard(lambda: self.recover(snapshot))

    def _open_saved_later(self, snapshot: Snapshot) -> None:
        original = snapshot.original
        self.window.files.open_path(original, ask=True)

    def recover(self, snapshot: Snapshot) -> None:
        """Show the snapshot's article, modified, under its original file name."""
        try:
            article = snapshot.load()
        except UserError as error:
            self.last_box = dialogs.show_error(
                self.window,
                _("Could not recover {name}").format(name=snapshot.display_name),
                str(error),
            )
            return
        document = Document(article, snapshot.original)

        def show() -> None:
            self.window.set_document(document)
            document.mark_modified()  # it differs from its file until saved
            self.autosaver.adopt(snapshot.id)
            self.autosaver.save_now()  # the snapshot is this process's now
            self.window.show_message(
                _("Recovered {name}: save it to keep the recovered text").format(
                    name=snapshot.display_name
                )
            )

        self.claim(document, show)


def _is_bundled(path: Path) -> bool:
    """The sample shipped with the program: shared by every window, never locked."""
    return Path(path).resolve().is_relative_to(paths.RESOURCES.resolve())
