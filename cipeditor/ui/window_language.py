"""Translate the main window again when the interface language changes.

Menus and actions keep their message ids (:mod:`cipeditor.ui.retranslatable`);
the undo group's Undo/Redo actions carry their prefix from creation, so they
are made again in place; docks, the title and the status bar are refreshed.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from cipeditor.i18n import N_
from cipeditor.ui.retranslatable import retranslate_actions, tr


def retranslate_window(window) -> None:
    """Every text of ``window`` (a MainWindow) in the current language."""
    window.docks.retranslate()
    retranslate_actions(window)
    _renew_undo_actions(window)
    if window.docks.built_metadata_panel is not None:  # built later in the new language
        window.docks.built_metadata_panel.retranslate()


def _renew_undo_actions(window) -> None:
    group = window.undo_group
    renewed = {
        "undo": (group.createUndoAction(window, tr(N_("Undo"))), QKeySequence.StandardKey.Undo),
        "redo": (group.createRedoAction(window, tr(N_("Redo"))), QKeySequence.StandardKey.Redo),
    }
    for name, (action, keys) in renewed.items():
        old: QAction = window.actions_by_name[name]
        action.setObjectName(name)
        action.setShortcuts(keys)
        window.edit_menu.insertAction(old, action)
        window.edit_menu.removeAction(old)
        window.actions_by_name[name] = action
        old.deleteLater()
