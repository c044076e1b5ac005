"""Autosave of unsaved changes into the recovery folder.

Every ``interval`` seconds (Preferences; ``CIPEDITOR_AUTOSAVE_SECONDS`` overrides
it, for tests) and whenever its window loses focus (the window calls
:meth:`Autosaver.save_now`), a document with unsaved changes is written to the
recovery folder, untitled documents too. A save or a normal close removes the
snapshot (the window calls :meth:`Autosaver.discard`; the next tick also
notices a clean document), so what is left after a crash is exactly the work
that would otherwise be lost.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from cipeditor import messages
from cipeditor.errors import UserError
from cipeditor.i18n import _
from cipeditor.recovery import RecoveryStore, new_snapshot_id
from cipeditor.ui.document import Document

DEFAULT_INTERVAL_SECONDS = 60
INTERVAL_ENVIRONMENT = "CIPEDITOR_AUTOSAVE_SECONDS"


def recovery_folder() -> Path:
    """The recovery folder inside the application's data location."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


def autosave_interval(configured_seconds: int = DEFAULT_INTERVAL_SECONDS) -> float:
    """The interval in seconds: the environment override if set and valid, else the setting."""
    override = os.environ.get(INTERVAL_ENVIRONMENT)
    if override:
        try:
            value = float(override)
        except ValueError:
            value = 0
        if value > 0:
            return value
    return max(5, configured_seconds)


class Autosaver(QObject):
    """Writes snapshots of one document while it has unsaved changes."""

    snapshotWritten = Signal()

    def __init__(
        self,
        document: Document,
        store: RecoveryStore | None = None,
        interval_seconds: int = DEFAULT_INTERVAL_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or document)
        self.document = document
        self.store = store or RecoveryStore(recovery_folder())
        self.snapshot_id = new_snapshot_id()
        self._last_written_index: int | None = None
        self._failed_once = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.save_now)
        self.set_interval(interval_seconds)
        self.timer.start()

    def set_interval(self, seconds: int) -> None:
        self.timer.setInterval(int(autosave_interval(seconds) * 1000))

    def save_now(self) -> None:
        """Write a snapshot if the document changed since the last one."""
        if not self.document.modified:
            if self._last_written_index is not None:
                self.discard()  # saved, or undone back to the saved state
            return
        index = self.document.undo_stack.index()
        if index == self._last_written_index and not self._forced():
            return
        try:
            self.store.write(self.snapshot_id, self.document.article, self.document.path)
        except UserError as error:
            if not self._failed_once:  # say it once, not every minute
                messages.warning(_("Autosave failed: {error}").format(error=error))
                self._failed_once = True
            return
        self._last_written_index = index
        self.snapshotWritten.emit()

    def _forced(self) -> bool:
        # A document marked modified without an undo step (recovered, imported) has index 0.
        return self._last_written_index is None

    def discard(self) -> None:
        """Remove the snapshot: the work is saved or deliberately thrown away."""
        self.store.discard(self.snapshot_id)
        self._last_written_index = None

    def adopt(self, snapshot_id: str) -> None:
        """Continue writing to a recovered snapshot instead of a new one."""
        self.discard()
        self.snapshot_id = snapshot_id
