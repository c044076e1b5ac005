"""Undoable review decisions: accepting a QA issue so it is no longer reported, and
reopening one accepted."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from cipeditor.article.model import AcceptedIssue
from cipeditor.i18n import _
from cipeditor.ui.document import Document


class AcceptIssue(QUndoCommand):
    """Record that a reviewer accepted one finding; saved in the article."""

    def __init__(self, document: Document, acceptance: AcceptedIssue) -> None:
        super().__init__(_("Accept QA issue"))
        self.document = document
        self.acceptance = acceptance

    def redo(self) -> None:
        self.document.article.accepted.append(self.acceptance)
        self.document.acceptedChanged.emit()

    def undo(self) -> None:
        self.document.article.accepted.remove(self.acceptance)
        self.document.acceptedChanged.emit()


class ReopenIssue(QUndoCommand):
    """Withdraw a reviewer's acceptance: the finding is reported again."""

    def __init__(self, document: Document, acceptance: AcceptedIssue) -> None:
        super().__init__(_("Reopen QA issue"))
        self.document = document
        self.acceptance = acceptance
        self._index = document.article.accepted.index(acceptance)

    def redo(self) -> None:
        self.document.article.accepted.remove(self.acceptance)
        self.document.acceptedChanged.emit()

    def undo(self) -> None:
        # Back in its place: the saved file does not change with an undone reopen.
        self.document.article.accepted.insert(self._index, self.acceptance)
        self.document.acceptedChanged.emit()
