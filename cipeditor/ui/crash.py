"""The one door for unexpected errors: a dialog with the details instead of a silent death.

A :class:`~cipeditor.errors.UserError` that escapes to here is shown as the
plain message it is; anything else is a bug, shown with its traceback so that
it can be reported. The program keeps running either way.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from cipeditor.errors import UserError
from cipeditor.i18n import _

_showing = False


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
    if _showing or QApplication.instance() is None:
        return  # an error while showing an error: the traceback above is all we can do
    _showing = True
    try:
        parent = QApplication.activeWindow()
        if isinstance(error, UserError):
            QMessageBox.warning(parent, _("CIP Editor"), str(error))
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
            box.exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle_exception
