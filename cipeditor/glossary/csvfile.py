"""Glossaries as CSV: UTF-8 (with or without a BOM), one entry a row, a header naming the columns.

Columns (see ``docs/glossary-format.md``): ``zh`` and ``en`` are required;
``type``, ``zh_variants``, ``admitted``, ``forbidden`` (variants separated by
``|``), ``note``, ``case_sensitive`` (yes/no) and ``titles`` (see
:mod:`cipeditor.glossary.titles`) are optional. Every bad row is reported
with its line number in one error; none is skipped silently.
"""

from __future__ import annotations

import csv
import io
import operator
from pathlib import Path

from cipeditor.errors import InputError
from cipeditor.glossary import tabular
from cipeditor.glossary.entry import (
    CONTROL_CHARACTERS,
    TYPE_ALIASES,
    Entry,
    EntryType,
    Glossary,
    bad_rows_error,
    validate_entry,
)
from cipeditor.glossary.titles import format_titles, parse_titles
from cipeditor.i18n import _

REQUIRED = ("zh", "en")
COLUMNS = (
    "zh",
    "en",
    "type",
    "zh_variants",
    "admitted",
    "forbidden",
    "note",
    "case_sensitive",
    "titles",
)
VARIANT_SEPARATOR = "|"
_TYPES = {**{kind.value: kind for kind in EntryType}, **TYPE_ALIASES}
_YES = {"yes", "y", "true", "1", "x", "是"}
_NO = {"no", "n", "false", "0", "", "否"}


def parse(data: bytes, source: str | Path, name: str = "") -> Glossary:
    """The glossary held by the CSV bytes ``data``; ``source`` names the file in messages."""
    text = tabular.decode(data, source, comma_separated=True)
    clean = CONTROL_CHARACTERS.search(text) is None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        columns = _columns(header, source)
        pick = operator.itemgetter(*columns)
        width = len(header or ())
        entries, bad = [], []
        for row in reader:
            line = reader.line_num
            if not "".join(row).strip():
                continue
            # The cell past the header's last stands for absent columns: always empty.
            if len(row) == width:
                row.append("")
                cells = row
            else:
                cells = row[:width] + [""] * (width + 1 - min(len(row), width))
            try:
                entry = _entry(pick(cells))
                # The full validation only where the quick test cannot vouch for the row.
                quick = clean and entry.zh and entry.en and not entry.titles
                problem = None if quick else validate_entry(entry)
            except ValueError as error:
                problem = str(error)
            if problem:
                bad.append((_("line {line}").format(line=line), problem))
            else:
                entries.append(entry)
    except csv.Error as error:
        raise InputError(
            source,
            _("not a valid CSV file ({reason})").format(reason=error),
            place=_("line {line}").format(line=reader.line_num),
            fix=_("check the quotes on that line"),
        ) from None
    if bad:
        raise bad_rows_error(source, bad, entries)
    return Glossary(name or Path(str(source)).stem, tuple(entries), Path(str(source)))


def _columns(header: list[str] | None, source: str | Path) -> list[int]:
    """The index of each of :data:`COLUMNS` in the rows (past the end when absent)."""
    names = [cell.strip().lower() for cell in header or []]
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise InputError(
            source,
            _("the header row has no {column} column").format(column=missing[0]),
            place=_("line 1"),
            fix=_("the first row must name the columns, at least zh and en"),
        )
    # An absent column is read from the empty cell added past the header's last.
    return [names.index(name) if name in names else len(names) for name in COLUMNS]


def _entry(cells: tuple[str, ...]) -> Entry:
    # Called once a row, for glossaries of tens of thousands of rows: one pass
    # over the cells, and empty optional cells skip their parsers.
    zh, en, kind, zh_variants, admitted, forbidden, note, flag, titles = map(str.strip, cells)
    entry_type = _TYPES.get(kind.lower()) if kind else EntryType.GENERAL
    if entry_type is None:
        raise ValueError(
            _("unknown type {value!r} (use person, title, organisation, place or general)").format(
                value=kind
            )
        )
    return Entry.of_fields(
        zh,
        en,
        split_variants(zh_variants) if zh_variants else (),
        split_variants(admitted) if admitted else (),
        split_variants(forbidden) if forbidden else (),
        entry_type,
        note,
        _flag(flag) if flag else False,
        parse_titles(titles) if titles else (),
    )


def split_variants(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(part.strip() for part in text.split(VARIANT_SEPARATOR) if part.strip())


def _flag(value: str) -> bool:
    if value.lower() in _YES:
        return True
    if value.lower() in _NO:
        return False
    raise ValueError(_("case_sensitive must be yes or no, not {value!r}").format(value=value))


def serialise(glossary: Glossary) -> bytes:
    """The CSV bytes of ``glossary`` (UTF-8 with a BOM, so spreadsheet programs read it right)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in glossary.entries:
        writer.writerow(
            [
                entry.zh,
                entry.en,
                "" if entry.type == EntryType.GENERAL else entry.type.value,
                VARIANT_SEPARATOR.join(entry.zh_variants),
                VARIANT_SEPARATOR.join(entry.admitted),
                VARIANT_SEPARATOR.join(entry.forbidden),
                entry.note,
                "yes" if entry.case_sensitive else "",
                format_titles(entry.titles),
            ]
        )
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
