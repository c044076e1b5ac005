"""The bar above the panes that says the document is read-only, and how to get an editable copy.

A document opens read-only when another CIP Editor holds its file or when the
file cannot be written; the panes then refuse every edit. Without a word on
screen the refused keystrokes look like a broken editor, so the bar says why
and offers Save As, which makes an editable copy.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cipeditor.i18n import _
from cipeditor.ui.language import connect_retranslate

BAR_STYLE = "#readOnlyBar { background: #fff4ce; border-bottom: 1px solid #e0c060; }"


class ReadOnlyBar(QFrame):
    """Shown while the window's document is read-only; ``save_as_button`` runs Save As."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        self.setStyleSheet(BAR_STYLE)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.save_as_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_as_button)
        self._name = ""
        connect_retranslate(self.retranslate)

    def show_for(self, name: str) -> None:
        """Show the bar for the file called ``name``."""
        self._name = name
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.label.setText(
            _(
                "{name} is open read-only: it is open in another CIP Editor or cannot be "
                "written. Save As makes a copy you can edit."
            ).format(name=self._name)
        )
        self.save_as_button.setText(_("Save &As…"))
