"""The QA panel's filter: one toggle button each for errors, warnings and info, and one
that lists the issues already accepted.

A reviewer who first wants what is wrong turns Info (and perhaps Warnings)
off; the buttons keep counting every issue, so what the filter hides is still
in sight. Accepted issues are off by default: turned on, they are listed greyed,
and one accepted by mistake can be reopened from the panel (Undo would also
undo every edit made since). The choices are remembered (settings
``qa/hidden_severities`` and ``qa/show_accepted``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from cipeditor.i18n import _
from cipeditor.qa.issue import Severity
from cipeditor.ui.qa_rows import severity_icon
from cipeditor.ui.settings import Settings


def _label(severity: Severity, count: int) -> str:
    if severity is Severity.ERROR:
        # L10N: a toggle button of the QA panel that shows or hides the errors
        return _("Errors ({count})").format(count=count)
    if severity is Severity.WARNING:
        # L10N: a toggle button of the QA panel that shows or hides the warnings
        return _("Warnings ({count})").format(count=count)
    # L10N: a toggle button of the QA panel that shows or hides the style notes (info)
    return _("Info ({count})").format(count=count)


class IssueFilter(QWidget):
    """Toggle buttons choosing which issues the QA panel lists."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = dict.fromkeys(Severity, 0)
        self._accepted_count = 0
        settings = Settings()
        hidden = set(settings.get("qa/hidden_severities"))
        self.buttons: dict[Severity, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for severity in Severity:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(severity.value not in hidden)
            button.setAutoRaise(True)
            button.setIcon(severity_icon(self.style(), severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._toggled)
            layout.addWidget(button)
            self.buttons[severity] = button
        self.accepted_button = QToolButton(self)
        self.accepted_button.setCheckable(True)
        self.accepted_button.setChecked(settings.get("qa/show_accepted"))
        self.accepted_button.setAutoRaise(True)
        self.accepted_button.toggled.connect(self._toggled)
        layout.addWidget(self.accepted_button)
        layout.addStretch(1)
        self.retranslate()

    def shown(self) -> frozenset[Severity]:
        """The severities listed."""
        return frozenset(s for s, button in self.buttons.items() if button.isChecked())

    def shows_accepted(self) -> bool:
        """Whether accepted issues are listed (greyed)."""
        return self.accepted_button.isChecked()

    def set_counts(self, counts: dict[Severity, int], accepted: int) -> None:
        """Show how many open issues of each severity there are, listed or not, and how
        many were accepted."""
        self._counts = dict(counts)
        self._accepted_count = accepted
        self.retranslate()

    def retranslate(self) -> None:
        for severity, button in self.buttons.items():
            button.setText(_label(severity, self._counts.get(severity, 0)))
            button.setToolTip(_("Show or hide these issues in the list"))
        # L10N: a toggle button of the QA panel that lists the issues a reviewer accepted
        self.accepted_button.setText(_("Accepted ({count})").format(count=self._accepted_count))
        self.accepted_button.setToolTip(
            _("List the accepted issues too (greyed), so that an acceptance can be reopened")
        )

    def _toggled(self) -> None:
        hidden = [s.value for s, button in self.buttons.items() if not button.isChecked()]
        settings = Settings()
        settings.set("qa/hidden_severities", hidden)
        settings.set("qa/show_accepted", self.shows_accepted())
        self.changed.emit()
