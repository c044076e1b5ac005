"""Crash recovery: snapshots of unsaved articles, found again after a crash.

The window writes a snapshot of each modified document into a recovery folder
every minute and when it loses focus; a normal close deletes it. A snapshot
whose process is gone (a crash, ``kill -9``, a power cut) is offered at the
next start. Each snapshot is two files written atomically: ``ID.cip`` (the
article) and ``ID.json`` (which file it belongs to, when, by which process).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cipeditor.article import cipformat
from cipeditor.article.model import Article
from cipeditor.errors import InputError
from cipeditor.fileio import atomic_write
from cipeditor.i18n import _

INFO_SUFFIX = ".json"
ARTICLE_SUFFIX = ".cip"


@dataclass(frozen=True)
class Snapshot:
    """One recoverable document."""

    id: str
    original: Path | None  # the file it was opened from, None for an untitled document
    saved_at: datetime  # when the snapshot was written (UTC)
    pid: int
    folder: Path

    @property
    def article_path(self) -> Path:
        return self.folder / f"{self.id}{ARTICLE_SUFFIX}"

    def load(self) -> Article:
        return cipformat.load(self.article_path)

    @property
    def display_name(self) -> str:
        return self.original.name if self.original else _("Untitled")


def new_snapshot_id() -> str:
    """A random 32-hex-digit name (os.urandom: uuid would cost the editor's start-up an import)."""
    return os.urandom(16).hex()


class RecoveryStore:
    """The recovery folder: write, list and discard snapshots."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)

    def write(self, snapshot_id: str, article: Article, original: Path | None) -> None:
        """Write (or overwrite) the snapshot of one document."""
        self.folder.mkdir(parents=True, exist_ok=True)
        info = {
            "original": str(original) if original else None,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
        }
        atomic_write(
            self.folder / f"{snapshot_id}{ARTICLE_SUFFIX}", cipformat.dumps(article).encode("utf-8")
        )
        # The info file comes last: a snapshot without it is incomplete and ignored.
        atomic_write(
            self.folder / f"{snapshot_id}{INFO_SUFFIX}",
            json.dumps(info, ensure_ascii=False).encode("utf-8"),
        )

    def discard(self, snapshot_id: str) -> None:
        for suffix in (INFO_SUFFIX, ARTICLE_SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                (self.folder / f"{snapshot_id}{suffix}").unlink()

    def snapshots(self) -> list[Snapshot]:
        """Every complete snapshot in the folder, newest first."""
        if not self.folder.is_dir():
            return []
        found = [self._read_info(path) for path in self.folder.glob(f"*{INFO_SUFFIX}")]
        return sorted((s for s in found if s is not None), key=lambda s: s.saved_at, reverse=True)

    def orphans(self) -> list[Snapshot]:
        """Snapshots left behind by processes that no longer run: the ones to offer."""
        return [s for s in self.snapshots() if not _process_alive(s.pid)]

    def _read_info(self, path: Path) -> Snapshot | None:
        snapshot_id = path.name[: -len(INFO_SUFFIX)]
        try:
            info = json.loads(path.read_text(encoding="utf-8"))
            original = Path(info["original"]) if info.get("original") else None
            saved_at = datetime.fromisoformat(info["saved_at"])
            pid = int(info["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            return None  # damaged bookkeeping: not recoverable, and not worth a dialog
        if not (self.folder / f"{snapshot_id}{ARTICLE_SUFFIX}").exists():
            return None
        return Snapshot(snapshot_id, original, saved_at, pid, self.folder)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process with that number: not ours to claim
    return _is_cipeditor(pid)


def _is_cipeditor(pid: int) -> bool:
    """Whether ``pid`` is still a CIP Editor (a reused process number is not)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc: trust that the process is ours
    return b"cipeditor" in command


def describe_changes(snapshot: Snapshot, *, limit: int = 40) -> str:
    """A short unified diff of the snapshot against its saved file, for the recovery dialog."""
    try:
        recovered = snapshot.load()
    except InputError as error:
        return str(error)
    saved_lines: list[str] = []
    if snapshot.original is not None:
        try:
            saved_lines = _article_lines(cipformat.load(snapshot.original))
        except InputError:
            saved_lines = []
    import difflib  # only when a recovery is offered

    diff = list(
        difflib.unified_diff(
            saved_lines,
            _article_lines(recovered),
            _("saved file"),
            _("recovered"),
            lineterm="",
            n=0,
        )
    )
    diff = [line for line in diff if not line.startswith("@@")]  # line numbers: jargon here
    if not diff:
        return _("No differences from the saved file.")
    if len(diff) > limit:
        diff = [*diff[:limit], _("… and {count} more lines").format(count=len(diff) - limit)]
    return "\n".join(diff)


def _article_lines(article: Article) -> list[str]:
    """One line per text, named as the window names it ("Pair 3 · EN: …")."""
    meta = article.meta
    title = _("Title")
    lines = [f"{title} · ZH: {meta.title.zh}", f"{title} · EN: {meta.title.en}"]
    for number, pair in enumerate(article.body, start=1):
        where = _("Pair {number}").format(number=number)
        lines.append(f"{where} · ZH: {pair.zh}")
        lines.append(f"{where} · EN: {pair.en}")
    return lines
