"""Undoable review decisions: accepting a QA issue so it is no longer reported."""

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
