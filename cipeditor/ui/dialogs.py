"""Every message box the window shows, built in one place.

They are opened without blocking (``open()``) and answer through their
``finished`` signal, so the window keeps painting and tests drive them with
``qtbot.waitSignal(box.finished)`` after clicking a button.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from cipeditor.i18n import _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

# QMessageBox is imported where a box is built: initialising its Python type (and its enums)
# costs start-up time, and most sessions show no box at all.


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(
    parent: QWidget, name: str, on_answer: Callable[[SaveChoice], None]
) -> QMessageBox:
    """Ask whether to save ``name`` before it is closed; ``on_answer`` gets the choice."""
    from PySide6.QtWidgets import QMessageBox

    choices = {
        QMessageBox.StandardButton.Save: SaveChoice.SAVE,
        QMessageBox.StandardButton.Discard: SaveChoice.DISCARD,
        QMessageBox.StandardButton.Cancel: SaveChoice.CANCEL,
    }
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _("Unsaved changes"),
        _("Save the changes to “{name}” before closing it?").format(name=name),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(_("If you don't save, your changes since the last save are lost."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setObjectName("unsavedChangesBox")

    def answered(_result: int) -> None:
        button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        on_answer(choices.get(button, SaveChoice.CANCEL))
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
    return box


def show_error(parent: QWidget, headline: str, reason: str, details: str = "") -> QMessageBox:
    """Tell the user what could not be done (``headline``) and why (``reason``, with the fix)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical, _("CIP Editor"), headline, QMessageBox.StandardButton.Ok, parent
    )
    box.setInformativeText(reason)
    box.setObjectName("errorBox")
    if details:
        box.setDetailedText(details)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def show_about(parent: QWidget, version: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        _("About CIP Editor"),
        _(
            "CIP Editor {version}\n\nA bilingual Chinese/English article editor for press offices: "
            "aligned panes, glossary checks, DOCX and HTML export."
        ).format(version=version),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def ask_open_read_only(
    parent: QWidget, name: str, pid: int, host: str, on_answer: Callable[[bool], None]
) -> QMessageBox:
    """The file is locked by another CIP Editor: ``on_answer(True)`` to open it read-only."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _("File in use"),
        _("{name} is open in another CIP Editor (process {pid} on {host}).").format(
            name=name, pid=pid, host=host or "?"
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        _("You can open it read-only, and save a copy under another name if you change it.")
    )
    read_only = box.addButton(_("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(read_only)
    box.setObjectName("fileInUseBox")
    _answer_with(box, lambda: box.clickedButton() is read_only, on_answer)
    return box


def ask_reload(parent: QWidget, name: str, on_answer: Callable[[bool], None]) -> QMessageBox:
    """Another program changed the file: ``on_answer(True)`` to reload it, False to keep ours."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _("File changed on disk"),
        _("{name} was changed by another program.").format(name=name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        _(
            "Reload it and lose your changes in this window, or keep your version "
            "(saving it then replaces the other program's changes)."
        )
    )
    reload = box.addButton(_("&Reload (lose my changes)"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_("&Keep mine"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("changedOnDiskBox")
    _answer_with(box, lambda: box.clickedButton() is reload, on_answer)
    return box


def _answer_with(
    box: QMessageBox, chosen: Callable[[], bool], on_answer: Callable[[bool], None]
) -> None:
    def answered(_result: int) -> None:
        on_answer(chosen())
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
