"""Typing into widgets the way a user does, Chinese included.

``QTest.keyClicks`` only knows keys on a keyboard: Chinese text reaches a widget
from an input method, as a committed ``QInputMethodEvent``, so that is what we send.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` at the cursor of ``widget``: ASCII as key clicks, the rest through an IME."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
