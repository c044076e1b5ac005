"""Undoable changes of one pair's text in one language.

Typing in a pane has already changed the pane when the command is pushed, so
``redo`` only updates the model and tells the views, which leave a pane alone
when it already shows the text. Consecutive typing in the same cell merges
into one undo step until the translator pauses or moves to another cell.
"""

from __future__ import annotations

import time

from PySide6.QtGui import QUndoCommand

from cipeditor.i18n import _
from cipeditor.ui.document import Document

_MERGE_ID = 1001
TYPING_PAUSE = 1.5
"""Seconds without typing after which the next keystroke starts a new undo step."""


class EditPairText(QUndoCommand):
    """Set the text of pair ``index`` in ``lang``."""

    def __init__(
        self, document: Document, index: int, lang: str, new: str, *, typing: bool = False
    ) -> None:
        super().__init__(_("Typing") if typing else _("Edit text"))
        self.document = document
        self.index = index
        self.lang = lang
        self.old = document.article.body[index].get(lang)
        self.new = new
        self.typing = typing
        self.when = time.monotonic()

    def _apply(self, text: str) -> None:
        self.document.article.body[self.index].set(self.lang, text)
        self.document.pairTextChanged.emit(self.index, self.lang)

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, EditPairText)
            and self.typing
            and other.typing
            and (other.index, other.lang) == (self.index, self.lang)
            and other.when - self.when < TYPING_PAUSE
        ):
            return False
        self.new = other.new
        self.when = other.when
        return True


class EditPairTexts(QUndoCommand):
    """Set the text of several pairs in ``lang`` at once (emptying a selection over many
    pairs): one step, announced as one burst so that the panes lay out once."""

    def __init__(self, document: Document, lang: str, texts: dict[int, str], text: str) -> None:
        super().__init__(text)
        self.document = document
        self.lang = lang
        body = document.article.body
        self.old = {index: body[index].get(lang) for index in texts}
        self.new = dict(texts)

    def _apply(self, texts: dict[int, str], order: list[int]) -> None:
        body = self.document.article.body
        with self.document.many_changes():
            for index in order:
                body[index].set(self.lang, texts[index])
                self.document.pairTextChanged.emit(index, self.lang)

    def redo(self) -> None:
        self._apply(self.new, list(self.new))

    def undo(self) -> None:
        # Last pair first, as the single steps this replaces were undone.
        self._apply(self.old, list(reversed(self.old)))
