"""One writer per file: a lock next to each open article (``.NAME.cip.lock``).

A second window or instance that opens the same file learns who holds it and
may open it read-only. A lock left by a crashed process is stale (its process
is gone) and Qt takes it over by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from cipeditor.i18n import _


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    application: str

    def describe(self) -> str:
        return _("process {pid} ({application}) on {host}").format(
            pid=self.pid, application=self.application or "?", host=self.hostname or "?"
        )


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


class FileLock:
    """The lock of one open file; ``acquire`` says whether this window may write it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(lock_path(path)))
        self._lock.setStaleLockTime(0)  # stale only when the holder is gone, never by age

    def acquire(self) -> LockHolder | None:
        """Take the lock; return None when taken, or who holds it.

        A folder where no lock can be created (read-only media) is treated as
        unlocked: the user can still read and, if permissions allow, save.
        """
        if self._lock.tryLock(0):
            return None
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # PySide6 gives (pid, hostname, application)
            if info and info[0]:
                pid, hostname, application = info[-3:]
                return LockHolder(int(pid), hostname, application)
            return LockHolder(0, "", "")
        return None

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
