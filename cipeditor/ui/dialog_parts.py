"""Small pieces shared by the export and import dialogs: a field row and a message line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #8a5a00;"


def field_row(*widgets: QWidget) -> QWidget:
    """The widgets side by side, the first one taking the spare width (a path and its Browse…)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 else 0)
    return row


def message_label(parent: QWidget, style: str = ERROR_STYLE) -> QLabel:
    """A hidden, wrapping, selectable line for an error or a note shown inside a dialog."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    # Selectable, so that a path in the message can be copied.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
