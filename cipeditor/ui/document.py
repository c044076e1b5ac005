"""The open article as the window sees it: the model, its file and its undo history.

Widgets never change ``document.article`` directly: they push an undo command
(see :mod:`cipeditor.ui.commands`), whose ``redo``/``undo`` change the model
and emit one of the signals below, which every view listens to.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cipeditor.article.model import Article


class Document(QObject):
    """One article open in a window."""

    pairTextChanged = Signal(int, str)  # pair index, language
    structureChanged = Signal()  # pairs inserted, removed, moved, split or merged
    pairsInserted = Signal(int, int)  # first index, count (emitted before structureChanged)
    pairsRemoved = Signal(int, int)  # first index, count (emitted before structureChanged)
    pairKindChanged = Signal(int)
    metaChanged = Signal(str)  # field name: "title", "views", …
    acceptedChanged = Signal()  # QA decisions
    pathChanged = Signal()
    modifiedChanged = Signal(bool)
    # Around a burst of changes (a Replace All, emptying thousands of cells): views may hold
    # their redrawing until the end, instead of laying out a long article once per pair.
    manyChangesStarted = Signal()
    manyChangesFinished = Signal()

    def __init__(
        self,
        article: Article | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.article = article if article is not None else Article()
        self.path = path
        self.read_only = False
        # Where Save As proposes to save an unsaved article (beside the file it was imported from).
        self.suggested_path: Path | None = None
        self._many = 0
        self.undo_stack = QUndoStack(self)
        # A bound slot, not a lambda: Qt drops it when the document is deleted, before the
        # stack (its child) emits cleanChanged on its way out.
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def mark_modified(self) -> None:
        """For documents that differ from their file without an undo step (recovered, imported)."""
        self.undo_stack.resetClean()
        self.modifiedChanged.emit(True)

    @contextmanager
    def many_changes(self) -> Iterator[None]:
        """Announce the changes made inside the block as one burst (they may nest)."""
        self._many += 1
        if self._many == 1:
            self.manyChangesStarted.emit()
        try:
            yield
        finally:
            self._many -= 1
            if not self._many:
                self.manyChangesFinished.emit()

    @property
    def in_many_changes(self) -> bool:
        return self._many > 0

    def push(self, command) -> None:
        """Apply ``command`` and record it for undo."""
        self.undo_stack.push(command)
