"""Structural editing of the pairs shown in the bilingual editor: split, merge, insert,
delete, move, change kind, swap sides.

A mixin of :class:`~cipeditor.ui.bilingual_editor.BilingualEditor`: each method
pushes one undo command and puts the cursor where the translator expects it.
"""

from __future__ import annotations

from cipeditor.article.model import LANGS, Kind
from cipeditor.article.splitting import suggest_split_offset
from cipeditor.i18n import _
from cipeditor.ui.commands.structure import (
    DeletePair,
    InsertPair,
    MergePairs,
    MovePair,
    SetPairKind,
    SplitPair,
    SwapSides,
)
from cipeditor.ui.commands.text import EditPairTexts
from cipeditor.ui.pane import PaneEdit


class PairEditing:
    """Pair commands over ``self.document``, ``self.panes`` and ``self.split_choice``."""

    def _split(self, pane: PaneEdit, index: int, offset: int) -> None:
        offer = self._push_split(pane, index, offset)
        self._split_prelude = None
        self._offer_split(offer)

    def _split_over_selection(self, pane: PaneEdit) -> None:
        """Enter over a selection: the selected text goes and the pair is split where it
        was, one undo step (the split choice bar replaces that step, deletion included)."""
        stack = self.document.undo_stack
        stack.beginMacro(_("Split pair"))
        try:
            touched = pane.delete_selection()
            body = self.document.article.body
            prelude = (pane.lang, {i: body[i].get(pane.lang) for i in touched})
            cursor = pane.textCursor()
            offer = self._push_split(pane, cursor.blockNumber(), cursor.positionInBlock())
        finally:
            stack.endMacro()
        self._split_prelude = prelude
        self._offer_split(offer)

    def _push_split(self, pane: PaneEdit, index: int, offset: int) -> dict | None:
        """Split pair ``index`` at ``offset`` of ``pane``'s side; what the choice bar offers."""
        text = self.document.article.body[index].get(pane.lang)
        other = next(lang for lang in LANGS if lang != pane.lang)
        other_text = self.document.article.body[index].get(other)
        fraction = offset / len(text) if text else 1.0
        other_offset = suggest_split_offset(other_text, fraction, other)
        self.document.push(
            SplitPair(self.document, index, {pane.lang: offset, other: other_offset})
        )
        pane.place_cursor(index + 1, 0)
        if not other_text.strip():
            return None
        return {
            "index": index,
            "lang": pane.lang,
            "offset": offset,
            "other": other,
            "suggested": other_offset,
            "other_length": len(other_text),
        }

    def _offer_split(self, offer: dict | None) -> None:
        if offer is None:
            return
        self.split_choice.undo_index = self.document.undo_stack.index()
        index = offer.pop("index")
        self.split_choice.offer(index, **offer)

    def _redo_split(self, index: int, at: dict) -> None:
        """The translator chose another cut for the other side: replace the split just made
        (after the deletion it came with, if Enter was pressed over a selection)."""
        pane = self.focused_pane()
        stack = self.document.undo_stack
        stack.undo()
        if self._split_prelude is None:
            self.document.push(SplitPair(self.document, index, at))
        else:
            lang, texts = self._split_prelude
            body = self.document.article.body
            changed = {i: text for i, text in texts.items() if text != body[i].get(lang)}
            stack.beginMacro(_("Split pair"))
            if changed:
                self.document.push(EditPairTexts(self.document, lang, changed, _("Delete")))
            self.document.push(SplitPair(self.document, index, at))
            stack.endMacro()
        pane.place_cursor(index + 1, 0)
        pane.setFocus()

    def _merge(self, pane: PaneEdit, index: int) -> None:
        self.merge_with_next(index, pane)

    def merge_with_next(self, index: int | None = None, pane: PaneEdit | None = None) -> None:
        index = self.current_index() if index is None else index
        pane = pane or self.focused_pane()
        if index + 1 >= len(self.document.article.body):
            return
        second = self.document.article.body[index + 1].get(pane.lang)
        self.document.push(MergePairs(self.document, index))
        merged = self.document.article.body[index].get(pane.lang)
        pane.place_cursor(index, len(merged) - len(second))

    def split_at_cursor(self) -> None:
        pane = self.focused_pane()
        cursor = pane.textCursor()
        self._split(pane, cursor.blockNumber(), cursor.positionInBlock())

    def insert_pair(self, below: bool) -> None:
        pane = self.focused_pane()
        index = self.current_index() + (1 if below else 0)
        self.document.push(InsertPair(self.document, index))
        pane.place_cursor(index, 0)
        pane.setFocus()

    def delete_pair(self) -> None:
        pane = self.focused_pane()
        index = self.current_index()
        body = self.document.article.body
        if len(body) == 1:  # the editor always shows at least one (maybe empty) pair
            self.document.undo_stack.beginMacro(DeletePair(self.document, 0).text())
            self.document.push(InsertPair(self.document, 1))
            self.document.push(DeletePair(self.document, 0))
            self.document.undo_stack.endMacro()
        else:
            self.document.push(DeletePair(self.document, index))
        pane.place_cursor(min(index, len(body) - 1), 0)

    def move_pair(self, delta: int) -> None:
        pane = self.focused_pane()
        index = self.current_index()
        offset = pane.textCursor().positionInBlock()
        target = index + delta
        if not 0 <= target < len(self.document.article.body):
            return
        self.document.push(MovePair(self.document, index, target))
        pane.place_cursor(target, offset)

    def set_kind(self, kind: Kind) -> None:
        index = self.current_index()
        if self.document.article.body[index].kind is not kind:
            self.document.push(SetPairKind(self.document, index, kind))

    def swap_sides(self) -> None:
        self.document.push(SwapSides(self.document, self.current_index()))
