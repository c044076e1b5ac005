"""Undoable changes of the article's metadata."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from cipeditor.i18n import _
from cipeditor.ui.document import Document

_MERGE_ID = 2001


class SetMetaField(QUndoCommand):
    """Set one metadata field (``title``, ``views`` …), or one language of a bilingual field.

    Consecutive edits of the same field merge into one undo step, so typing a
    title is undone as a whole.
    """

    def __init__(self, document: Document, name: str, value: Any, lang: str | None = None) -> None:
        super().__init__(_("Edit {field}").format(field=name))
        self.document = document
        self.name = name
        self.lang = lang
        self.new = copy.deepcopy(value)
        self.old = copy.deepcopy(self._get())

    def _get(self) -> Any:
        value = getattr(self.document.article.meta, self.name)
        return value.get(self.lang) if self.lang else value

    def _set(self, value: Any) -> None:
        meta = self.document.article.meta
        if self.lang:
            getattr(meta, self.name).set(self.lang, value)
        else:
            setattr(meta, self.name, copy.deepcopy(value))
        self.document.metaChanged.emit(self.name)

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetMetaField) or (other.name, other.lang) != (
            self.name,
            self.lang,
        ):
            return False
        self.new = other.new
        return True
