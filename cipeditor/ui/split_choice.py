"""The small bar offered after Enter split a pair: where should the other side be cut?

It does not block typing: the split is already made at the suggested sentence
end, and the bar lets the translator pick another cut for the other side with
one click (replacing the split in the undo history) or ignore it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from cipeditor.i18n import _
from cipeditor.ui.language import connect_retranslate


def _lang_name(lang: str) -> str:
    return _("Chinese") if lang == "zh" else _("English")


class SplitChoiceBar(QFrame):
    """Three choices for the other side of a split pair."""

    chosen = Signal(int, dict)  # pair index, {lang: offset}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.label = QLabel(self)
        self.at_sentence = QPushButton(self)
        self.keep_whole = QPushButton(self)
        self.move_all = QPushButton(self)
        close = self.close_button = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        for button in (self.at_sentence, self.keep_whole, self.move_all):
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, b=button: self._choose(b))
        layout.addWidget(close)
        self.index = -1
        self.undo_index = -1
        self._other = ""
        self._choices: dict[QPushButton, dict[str, int]] = {}
        self.hide()
        connect_retranslate(self.retranslate)

    def offer(
        self, index: int, *, lang: str, offset: int, other: str, suggested: int, other_length: int
    ) -> None:
        """Show the choices for the split of pair ``index`` just made."""
        self.index = index
        self._other = other
        self.retranslate()
        self._choices = {
            self.at_sentence: {lang: offset, other: suggested},
            self.keep_whole: {lang: offset, other: other_length},
            self.move_all: {lang: offset, other: 0},
        }
        for button, at in self._choices.items():
            button.setEnabled(at[other] != suggested or button is self.at_sentence)
            button.setDefault(at[other] == suggested)
        self.show()

    def retranslate(self) -> None:
        """Every text in the current interface language (also while the bar is shown)."""
        if self._other:
            self.label.setText(
                _("Split pair {number}: where should the {lang} be cut?").format(
                    number=self.index + 1, lang=_lang_name(self._other)
                )
            )
        self.at_sentence.setText(_("At the nearest sentence end"))
        self.keep_whole.setText(_("Keep it whole in the first pair"))
        self.move_all.setText(_("Move it all to the second pair"))
        self.close_button.setToolTip(_("Keep this split"))

    def _choose(self, button: QPushButton) -> None:
        at = self._choices[button]
        self.hide()
        if at != self._choices[self.at_sentence]:
            self.chosen.emit(self.index, at)

    def history_moved(self, index: int) -> None:
        """The undo history moved: once the split is no longer the last step, the offer lapses."""
        if self.isVisible() and index != self.undo_index:
            self.hide()

    def pair_left(self, index: int) -> None:
        """The cursor moved to pair ``index``: the offer lapses once it leaves the split pairs."""
        if self.isVisible() and index not in (self.index, self.index + 1):
            self.hide()
