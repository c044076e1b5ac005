"""Reading and writing a glossary file, the format chosen by the file's extension."""

from __future__ import annotations

from pathlib import Path

from cipeditor.errors import InputError, OutputError
from cipeditor.fileio import MiB, atomic_write, read_bytes
from cipeditor.glossary.entry import Glossary
from cipeditor.i18n import _

MAX_GLOSSARY_SIZE = 64 * MiB
FORMATS = {".csv": "csv", ".tbx": "tbx", ".xml": "tbx"}


def _module(path: Path, error: type[Exception]):
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        message = _("unknown glossary format {ext!r}; use .csv, .tbx or .xml").format(
            ext=path.suffix or _("(no extension)")
        )
        raise (
            InputError(path, message)
            if error is InputError
            else OutputError(_("Could not save {path}: {reason}").format(path=path, reason=message))
        )
    if kind == "csv":
        from cipeditor.glossary import csvfile

        return csvfile
    from cipeditor.glossary import tbx

    return tbx


def read_glossary(path: str | Path) -> Glossary:
    """The glossary in the CSV or TBX file at ``path``."""
    path = Path(path)
    module = _module(path, InputError)
    data = read_bytes(path, limit=MAX_GLOSSARY_SIZE, what=_("glossary"))
    return module.parse(data, path)


def write_glossary(glossary: Glossary, path: str | Path) -> None:
    """Write ``glossary`` to ``path`` atomically, as CSV or TBX v2 by the extension."""
    path = Path(path)
    atomic_write(path, _module(path, OutputError).serialise(glossary))
