"""The one door for unexpected errors: a dialog with the details instead of a silent death.

A :class:`~cipeditor.errors.UserError` that escapes to here is shown as the
plain message it is; anything else is a bug, shown with its traceback so that
it can be reported. The program keeps running either way.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from cipeditor.errors import UserError
from cipeditor.i18n import _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

_showing: QMessageBox | None = None


def handle_exception(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """``sys.excepthook`` for the window: print the traceback, then show it in a dialog."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    if not isinstance(error, UserError):
        print(details, file=sys.stderr)
    if _showing is not None or QApplication.instance() is None:
        return  # one box at a time: a second error while it is open is only printed above
    from PySide6.QtWidgets import QMessageBox  # only when something went wrong

    parent = QApplication.activeWindow()
    if isinstance(error, UserError):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _("CIP Editor"),
            str(error),
            QMessageBox.StandardButton.Ok,
            parent,
        )
    else:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            _("Internal error"),
            _(
                "Something went wrong inside CIP Editor ({kind}: {error}). Your document is "
                "still open: save it under a new name, then please report the details."
            ).format(kind=kind.__name__, error=error),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText(details)
    box.setObjectName("crashBox")
    _showing = box
    box.finished.connect(_closed)
    box.open()  # not exec(): the window keeps running while the box is shown


def _closed(_result: int) -> None:
    global _showing
    if _showing is not None:
        _showing.deleteLater()
    _showing = None


def current_box() -> QMessageBox | None:
    """The error box on screen, if any (for tests)."""
    return _showing


def install() -> None:
    sys.excepthook = handle_exception
