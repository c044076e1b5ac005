"""What File › Export… and File › Import remember between uses, kept in QSettings.

Keys (all under ``export/`` and ``import/``):

- ``export/format``: the last format exported (a name from ``EXPORTERS``; default ``docx``)
- ``export/lang``: the last language chosen, ``zh``/``en``/``both`` (default ``both``)
- ``export/folder``: the folder of the last export (default: the document's folder,
  else the user's Documents folder)
- ``export/templates_dir``: the user's own HTML templates folder, set in Preferences or
  by the last web page exported, and offered by the export dialog; empty means the
  bundled templates
- ``import/folder``: the folder of the last imported file

Only values that differ from the defaults are written, so a changed default in a
new version reaches everyone who never chose otherwise. A hand-edited or damaged
value falls back to the default instead of stopping the dialog from opening.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from cipeditor.exporters import EXPORT_LANGS, EXPORTERS
from cipeditor.ui.settings import program_settings

FORMAT_KEY = "export/format"
LANG_KEY = "export/lang"
FOLDER_KEY = "export/folder"
TEMPLATES_KEY = "export/templates_dir"
IMPORT_FOLDER_KEY = "import/folder"

DEFAULT_FORMAT = "docx"
DEFAULT_LANG = "both"


def documents_folder() -> Path:
    """Where a first export or import starts when nothing better is known: the Documents
    folder, or the home folder where there is none (Qt names ~/Documents even when it does
    not exist, and an export there failed with "the folder does not exist")."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


class ExportSettings:
    """Typed access to the remembered export and import choices."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else program_settings()

    def _text(self, key: str) -> str:
        value = self.settings.value(key, "")
        return value if isinstance(value, str) else ""

    def _store(self, key: str, value: str, default: str = "") -> None:
        if value == default:
            self.settings.remove(key)
        else:
            self.settings.setValue(key, value)
        self.settings.sync()

    @property
    def format(self) -> str:
        value = self._text(FORMAT_KEY)
        return value if value in EXPORTERS else DEFAULT_FORMAT

    @format.setter
    def format(self, value: str) -> None:
        self._store(FORMAT_KEY, value, DEFAULT_FORMAT)

    @property
    def lang(self) -> str:
        value = self._text(LANG_KEY)
        return value if value in EXPORT_LANGS else DEFAULT_LANG

    @lang.setter
    def lang(self, value: str) -> None:
        self._store(LANG_KEY, value, DEFAULT_LANG)

    @property
    def folder(self) -> Path | None:
        """The last export folder, if it still exists."""
        return _existing_folder(self._text(FOLDER_KEY))

    @folder.setter
    def folder(self, value: Path) -> None:
        self._store(FOLDER_KEY, str(value))

    @property
    def templates_dir(self) -> Path | None:
        """The user's HTML templates folder; ``None`` for the bundled templates."""
        value = self._text(TEMPLATES_KEY).strip()
        return Path(value) if value else None

    @templates_dir.setter
    def templates_dir(self, value: Path | None) -> None:
        self._store(TEMPLATES_KEY, str(value) if value else "")

    @property
    def import_folder(self) -> Path | None:
        return _existing_folder(self._text(IMPORT_FOLDER_KEY))

    @import_folder.setter
    def import_folder(self, value: Path) -> None:
        self._store(IMPORT_FOLDER_KEY, str(value))


def _existing_folder(text: str) -> Path | None:
    if not text:
        return None
    folder = Path(text)
    return folder if folder.is_dir() else None
