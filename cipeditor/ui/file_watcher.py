"""Notices when another program changes the open file on disk.

Our own saves change the file too; they are recognised by the fingerprint
(size and modification time) recorded right after saving, so only changes by
others are reported.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 200
"""Editors that save by rename make the file vanish for a moment: look again this much later."""


def fingerprint(path: Path) -> tuple[int, int] | None:
    """The file's size and modification time, or None if it cannot be read."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_size, status.st_mtime_ns)


class ExternalChangeWatcher(QObject):
    """Emits ``changedOnDisk`` once per outside change of the watched file."""

    changedOnDisk = Signal(str)
    removedFromDisk = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._path: Path | None = None
        self._known: tuple[int, int] | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._check)

    def watch(self, path: Path | None) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        self._path = path
        self._known = fingerprint(path) if path else None
        if path and path.exists():
            self._watcher.addPath(str(path))

    def remember_own_save(self) -> None:
        """Call right after this window saved the file."""
        self.watch(self._path)

    def _on_file_changed(self, _name: str) -> None:
        self._settle.start()

    def _check(self) -> None:
        if self._path is None:
            return
        current = fingerprint(self._path)
        if current is None:
            self.removedFromDisk.emit(str(self._path))
            return
        if str(self._path) not in self._watcher.files():
            self._watcher.addPath(str(self._path))  # replaced by rename: watch the new file
        if current != self._known:
            self._known = current
            self.changedOnDisk.emit(str(self._path))
