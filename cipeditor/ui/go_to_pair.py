"""View › Go to Pair…: type a pair's number, land at its start on the side you were in.

A long article (a few thousand pairs) is read by number: the QA panel, a
reviewer's note or a colleague on the phone says "pair 1,214". The dialog is
opened without blocking (``open()``) and answers through ``finished``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from cipeditor.i18n import _


def ask_pair(window) -> QInputDialog:
    """Ask ``window`` (a MainWindow) for a pair number; go there when it is given."""
    editor = window.editor
    count = len(window.document.article.body)
    dialog = QInputDialog(window)
    dialog.setObjectName("goToPairDialog")
    dialog.setWindowTitle(_("Go to Pair"))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    dialog.setLabelText(_("Pair number (1–{count}):").format(count=count))
    dialog.setIntRange(1, count)
    dialog.setIntValue(editor.current_index() + 1)

    def answered(result: int) -> None:
        if result == QInputDialog.DialogCode.Accepted:
            editor.go_to_pair(dialog.intValue() - 1)
        else:
            editor.focused_pane().setFocus()
        dialog.deleteLater()

    dialog.finished.connect(answered)
    dialog.open()
    return dialog
