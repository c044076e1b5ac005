"""Send Ctrl+Z / Ctrl+Shift+Z in form fields to the document's undo stack.

QLineEdit and QPlainTextEdit keep an undo history of their own. In a field that
pushes every edit to the document, that private history would fight the
document's: Ctrl+Z would rewrite the field and push a *new* command instead of
undoing the last one. The filter below claims the standard undo/redo keys in
those widgets and applies them to the document's QUndoStack, so the keys do the
same thing everywhere in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class UndoKeyRouter(QObject):
    """Event filter: undo/redo keys in the watched widgets act on ``stack``."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() not in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            action = self.stack.undo
        elif event.matches(QKeySequence.StandardKey.Redo):
            action = self.stack.redo
        else:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Claim the key for the field, so the window's Undo action does not run as well.
            event.accept()
            return True
        action()
        return True
