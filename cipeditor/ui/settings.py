"""The window's remembered settings: typed defaults in one place, only changes written.

Everything goes through :class:`Settings`, so a key's type and default are
declared once; a value equal to its default is removed rather than stored.
Tests point ``XDG_CONFIG_HOME`` at a temporary folder (see tests/conftest.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "cipeditor"
APPLICATION = "CIP Editor"
MAX_RECENT_FILES = 10

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "editor/splitter": QByteArray(),
    "editor/synced_scrolling": True,
    "editor/swapped": False,
    "fonts/zh": "",
    "fonts/en": "",
    "files/recent": [],
    "files/last_folder": "",
    # Read by the autosave of the window (cipeditor.ui.autosave); set in Preferences.
    "autosave/interval_seconds": 60,
    "glossary/paths": [],  # the glossaries in use; empty: the bundled one
    "glossary/editable": "",  # the path of the one that Add/Edit/Delete change
    "qa/hidden_severities": [],  # severities the QA panel does not list ("info", ...)
    "qa/show_accepted": False,  # the QA panel lists accepted issues too, greyed
}


def program_settings() -> QSettings:
    """The program's one settings store, named whether or not the QApplication is."""
    return QSettings(ORGANIZATION, APPLICATION)


class Settings:
    """Typed access to the program's QSettings."""

    def __init__(self) -> None:
        self._store = program_settings()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        if not self._store.contains(key):
            return default
        value = self._store.value(key)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, list):
            if value is None:
                return []
            return [value] if isinstance(value, str) else list(value)
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        return type(default)(value)

    def set(self, key: str, value: Any) -> None:
        if value == DEFAULTS[key]:
            self._store.remove(key)
        else:
            self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()

    def clear(self) -> None:
        self._store.clear()


def add_recent(paths: list[str], path: str) -> list[str]:
    """``paths`` with ``path`` moved to the front, at most :data:`MAX_RECENT_FILES` long."""
    return [path, *(p for p in paths if p != path)][:MAX_RECENT_FILES]
