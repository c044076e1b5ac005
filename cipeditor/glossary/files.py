"""Reading and writing a glossary file, the format chosen by the file's extension.

``.txt``, ``.tab`` and ``.utf8`` are OmegaT's tab-separated glossaries; a text
file that starts with a ``#UTX`` header is read as UTX whatever its extension
among these, since UTX files are often shared as ``.txt``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from cipeditor.errors import InputError, OutputError
from cipeditor.fileio import MiB, atomic_write, read_bytes
from cipeditor.glossary.entry import BadEntriesError, Glossary
from cipeditor.i18n import _

MAX_GLOSSARY_SIZE = 64 * MiB
FORMATS = {
    ".csv": "csvfile",
    ".tbx": "tbx",
    ".xml": "tbx",
    ".utx": "utx",
    ".txt": "omegat",
    ".tab": "omegat",
    ".utf8": "omegat",
}


def _module(path: Path, error: type[Exception]) -> ModuleType:
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        message = _(
            "unknown glossary format {ext!r}; use .csv, .tbx, .xml, .utx or "
            "OmegaT's .txt, .tab or .utf8"
        ).format(ext=path.suffix or _("(no extension)"))
        raise (
            InputError(path, message)
            if error is InputError
            else OutputError(_("Could not save {path}: {reason}").format(path=path, reason=message))
        )
    # Imported on demand: start-up needs none of the formats.
    return importlib.import_module(f"cipeditor.glossary.{kind}")


def read_glossary(path: str | Path) -> Glossary:
    """The glossary in the CSV, TBX, UTX or OmegaT file at ``path``."""
    path = Path(path)
    module = _module(path, InputError)
    data = read_bytes(path, limit=MAX_GLOSSARY_SIZE, what=_("glossary"))
    if module.__name__.endswith(".omegat"):
        from cipeditor.glossary import utx

        if utx.looks_like_utx(data):
            module = utx
    return module.parse(data, path)


def read_usable_glossary(path: str | Path) -> tuple[Glossary, BadEntriesError | None]:
    """The glossary at ``path``; when some entries are bad, the good ones and the error.

    For the editor, where a terminologist works on while a bad row is
    corrected; a file that cannot be read at all, or has no good entry,
    still raises InputError.
    """
    try:
        return read_glossary(path), None
    except BadEntriesError as error:
        if not error.usable:
            raise
        return Glossary(Path(path).stem, error.usable, Path(path)), error


def write_glossary(glossary: Glossary, path: str | Path) -> None:
    """Write ``glossary`` to ``path`` atomically, in the format of the extension."""
    path = Path(path)
    atomic_write(path, _module(path, OutputError).serialise(glossary))
