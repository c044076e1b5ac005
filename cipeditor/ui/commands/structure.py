"""Undoable structural edits of the body: split, merge, insert, delete, move, kind, swap.

Each command calls the domain operation from
:mod:`cipeditor.article.operations` and tells the views exactly which pairs
changed, so a 5,000-pair article is never redrawn whole for one edit.
"""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from cipeditor.article import operations
from cipeditor.article.model import LANGS, Kind, Pair
from cipeditor.i18n import _
from cipeditor.ui.document import Document


class _PairCommand(QUndoCommand):
    def __init__(self, document: Document, index: int, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.index = index

    @property
    def body(self) -> list[Pair]:
        return self.document.article.body

    def _texts_changed(self, index: int) -> None:
        for lang in LANGS:
            self.document.pairTextChanged.emit(index, lang)

    def _inserted(self, index: int, count: int = 1) -> None:
        self.document.pairsInserted.emit(index, count)
        self.document.structureChanged.emit()

    def _removed(self, index: int, count: int = 1) -> None:
        self.document.pairsRemoved.emit(index, count)
        self.document.structureChanged.emit()

    def _restore(self, index: int, pair: Pair) -> None:
        """Put a saved copy's content back into the pair object at ``index``."""
        target = self.body[index]
        target.zh, target.en, target.kind, target.note = pair.zh, pair.en, pair.kind, pair.note


class SplitPair(_PairCommand):
    """Split a pair in two; ``at`` maps each language to its cut (a missing side stays whole)."""

    def __init__(self, document: Document, index: int, at: dict[str, int]) -> None:
        super().__init__(document, index, _("Split pair"))
        self.at = dict(at)
        self.original = copy.copy(document.article.body[index])

    def redo(self) -> None:
        operations.split_pair(self.document.article, self.index, self.at)
        self._texts_changed(self.index)
        self._inserted(self.index + 1)

    def undo(self) -> None:
        del self.body[self.index + 1]
        self._restore(self.index, self.original)
        self._removed(self.index + 1)
        self._texts_changed(self.index)


class MergePairs(_PairCommand):
    """Merge pair ``index + 1`` into pair ``index``, both sides."""

    def __init__(self, document: Document, index: int) -> None:
        super().__init__(document, index, _("Merge pairs"))
        self.originals: tuple[Pair, Pair] | None = None

    def redo(self) -> None:
        self.originals = operations.merge_pairs(self.document.article, self.index)
        self._removed(self.index + 1)
        self._texts_changed(self.index)

    def undo(self) -> None:
        assert self.originals is not None
        first, second = self.originals
        self._restore(self.index, first)
        self.document.pairKindChanged.emit(self.index)
        self._texts_changed(self.index)
        operations.insert_pair(self.document.article, self.index + 1, copy.copy(second))
        self._inserted(self.index + 1)


class InsertPair(_PairCommand):
    """Insert a pair (empty by default) so that it becomes pair ``index``."""

    def __init__(self, document: Document, index: int, pair: Pair | None = None) -> None:
        super().__init__(document, index, _("Insert pair"))
        self.pair = pair if pair is not None else Pair()

    def redo(self) -> None:
        operations.insert_pair(self.document.article, self.index, copy.copy(self.pair))
        self._inserted(self.index)

    def undo(self) -> None:
        operations.delete_pair(self.document.article, self.index)
        self._removed(self.index)


class InsertPairs(_PairCommand):
    """Insert several pairs from ``index`` on in one step (a paste of many paragraphs), so that
    the views update once rather than once per pair."""

    def __init__(self, document: Document, index: int, pairs: list[Pair]) -> None:
        super().__init__(document, index, _("Insert pairs"))
        self.pairs = [copy.copy(pair) for pair in pairs]

    def redo(self) -> None:
        for offset, pair in enumerate(self.pairs):
            operations.insert_pair(self.document.article, self.index + offset, copy.copy(pair))
        self._inserted(self.index, len(self.pairs))

    def undo(self) -> None:
        del self.body[self.index : self.index + len(self.pairs)]
        self._removed(self.index, len(self.pairs))


class DeletePair(_PairCommand):
    """Delete pair ``index``."""

    def __init__(self, document: Document, index: int) -> None:
        super().__init__(document, index, _("Delete pair"))
        self.pair = copy.copy(document.article.body[index])

    def redo(self) -> None:
        operations.delete_pair(self.document.article, self.index)
        self._removed(self.index)

    def undo(self) -> None:
        operations.insert_pair(self.document.article, self.index, copy.copy(self.pair))
        self._inserted(self.index)


class MovePair(_PairCommand):
    """Move pair ``index`` to position ``to``."""

    def __init__(self, document: Document, index: int, to: int) -> None:
        super().__init__(document, index, _("Move pair"))
        self.to = to

    def _move(self, start: int, end: int) -> None:
        operations.move_pair(self.document.article, start, end)
        self.document.pairsRemoved.emit(start, 1)
        self.document.pairsInserted.emit(end, 1)
        self.document.structureChanged.emit()

    def redo(self) -> None:
        self._move(self.index, self.to)

    def undo(self) -> None:
        self._move(self.to, self.index)


class SetPairKind(_PairCommand):
    """Make pair ``index`` a paragraph, heading, quote or list item."""

    def __init__(self, document: Document, index: int, kind: Kind) -> None:
        super().__init__(document, index, _("Change pair kind"))
        self.kind = Kind(kind)
        self.old = document.article.body[index].kind

    def _set(self, kind: Kind) -> None:
        operations.set_kind(self.document.article, self.index, kind)
        self.document.pairKindChanged.emit(self.index)

    def redo(self) -> None:
        self._set(self.kind)

    def undo(self) -> None:
        self._set(self.old)


class SwapSides(_PairCommand):
    """Exchange the Chinese and English of pair ``index``."""

    def __init__(self, document: Document, index: int) -> None:
        super().__init__(document, index, _("Swap sides"))

    def redo(self) -> None:
        operations.swap_sides(self.document.article, self.index)
        self._texts_changed(self.index)

    undo = redo
