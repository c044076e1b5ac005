"""The Preferences dialog: the font of each language side."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFontDialog,
    QFormLayout,
    QPushButton,
    QWidget,
)

from cipeditor.i18n import _
from cipeditor.ui.fonts import default_font, describe


class PreferencesDialog(QDialog):
    """Choose the Chinese and the English font."""

    def __init__(self, fonts: dict[str, QFont], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Preferences"))
        self.fonts = dict(fonts)
        self.buttons: dict[str, QPushButton] = {}
        layout = QFormLayout(self)
        labels = {"zh": _("Chinese font:"), "en": _("English font:")}
        for lang in ("zh", "en"):
            button = QPushButton(describe(self.fonts[lang]), self)
            button.setFont(self.fonts[lang])
            button.clicked.connect(lambda _checked=False, lang=lang: self._choose(lang))
            self.buttons[lang] = button
            layout.addRow(labels[lang], button)
        reset = QPushButton(_("Restore defaults"), self)
        reset.clicked.connect(self._reset)
        layout.addRow("", reset)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addRow(box)

    def set_font(self, lang: str, font: QFont) -> None:
        self.fonts[lang] = font
        self.buttons[lang].setText(describe(font))
        self.buttons[lang].setFont(font)

    def _choose(self, lang: str) -> None:
        ok, font = QFontDialog.getFont(self.fonts[lang], self, _("Choose a font"))
        if ok:
            self.set_font(lang, font)

    def _reset(self) -> None:
        for lang in ("zh", "en"):
            self.set_font(lang, default_font(lang))
