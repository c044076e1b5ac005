"""Tab-separated glossary text, shared by the OmegaT and UTX formats.

Both are UTF-8 text with one record a line and cells split by tabs, so both
need the same care: refuse binary and non-UTF-8 files with one clear message,
number lines exactly as an editor shows them, and keep tabs and line breaks
inside a term or note from breaking a row when writing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from cipeditor.errors import InputError
from cipeditor.glossary.entry import Entry, EntryType, bad_rows_error, validate_entry
from cipeditor.i18n import _, ngettext

BOM = b"\xef\xbb\xbf"
_BREAKS = re.compile(r"[\t\r\n\v\f\x85\u2028\u2029]+")


def merged_entry(
    zh: str,
    preferred: str,
    rows: Sequence,
    *,
    sources: Iterable[str],
    renderings: Iterable[str],
    forbidden: tuple[str, ...],
) -> Entry:
    """One entry from the rows a line-based format spreads it over.

    Each row has ``type``, ``note``, ``case_sensitive`` and ``titles``; the Chinese
    terms other than ``zh`` become variants, the renderings other than the preferred
    and the forbidden ones become admitted.
    """
    renderings = unique(renderings)
    return Entry(
        zh=zh,
        en=preferred,
        zh_variants=unique(source for source in sources if source != zh),
        admitted=tuple(r for r in renderings if r != preferred and r not in forbidden),
        forbidden=forbidden,
        type=next((row.type for row in rows if row.type), EntryType.GENERAL),
        note="\n".join(unique(row.note for row in rows)),
        case_sensitive=any(row.case_sensitive for row in rows),
        titles=tuple(title for row in rows for title in row.titles),
    )


def checked_entries(
    source: str | Path, built: Iterable[tuple[int, Entry]], bad: list[tuple[int, str]]
) -> tuple[Entry, ...]:
    """The valid entries of ``built`` (line number, entry); every bad line is reported at once.

    ``bad`` holds the lines already refused while reading the rows.
    """
    entries = []
    for number, entry in built:
        problem = validate_entry(entry)
        if problem:
            bad.append((number, problem))
        else:
            entries.append(entry)
    if bad:
        bad.sort()
        raise bad_rows_error(
            source,
            [(_("line {line}").format(line=number), problem) for number, problem in bad],
            entries,
        )
    return tuple(entries)


def decode(data: bytes, source: str | Path, *, comma_separated: bool = False) -> str:
    """The text of ``data``: UTF-8 with or without a BOM, or UTF-16 with its BOM (a
    spreadsheet's "Unicode text"); binary files are refused. ``comma_separated`` words the
    messages for a comma-separated glossary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: refused below as binary
    data = data.removeprefix(BOM)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if b"\x00" in data:
            raise _binary(source, comma_separated) from None
        raise InputError(
            source,
            _("not UTF-8 text (invalid byte at offset {offset})").format(offset=error.start),
            fix=_("save the glossary as “CSV UTF-8” in your spreadsheet program")
            if comma_separated
            else _("save the glossary as UTF-8 text"),
        ) from None
    # No text file starts with a NUL in its first line (the header); a stray one further
    # down is reported on its line by the entry checks.
    if "\x00" in text.partition("\n")[0]:
        raise _binary(source, comma_separated)
    return text


def _binary(source: str | Path, comma_separated: bool) -> InputError:
    return InputError(
        source,
        _("this is a binary file, not a CSV glossary")
        if comma_separated
        else _("this is a binary file, not a tab-separated glossary"),
        fix=_("choose the glossary's text file"),
    )


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line with its number from 1, without its line ending.

    Only LF (and CRLF) end a line: ``str.splitlines`` would also split on form
    feeds and U+2028 and so shift the numbers the user is told about.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, line.removesuffix("\r")


class CellWriter:
    """Makes text safe for one cell, counting the cells it had to change."""

    def __init__(self) -> None:
        self._changed: set[str] = set()

    def __call__(self, text: str) -> str:
        flat = _BREAKS.sub(" ", text).strip()
        if flat != text.strip():
            self._changed.add(text)  # a set: one term may be written on several rows
        return flat

    def warning(self, format_name: str) -> str | None:
        """What was lost, in words, or None when every cell was written as it was."""
        count = len(self._changed)
        if not count:
            return None
        return ngettext(
            "{count} term or note held a line break or tab, written as a space: "
            "{format} has one line per row",
            "{count} terms or notes held line breaks or tabs, written as spaces: "
            "{format} has one line per row",
            count,
        ).format(count=count, format=format_name)


def unique(items: list[str] | tuple[str, ...] | Iterator[str]) -> tuple[str, ...]:
    """``items`` without empty strings and repeats, in their first order."""
    return tuple(dict.fromkeys(item for item in items if item))
