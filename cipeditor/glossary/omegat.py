"""OmegaT glossaries: UTF-8 text, ``Chinese<TAB>English<TAB>comment`` a line.

OmegaT skips lines starting with ``#`` and shows every line as one rendering
of its source term. Our entries are richer, so (see ``docs/glossary-format.md``):

* the first line of an entry holds the preferred rendering, further lines with
  the same Chinese term the admitted ones;
* each Chinese variant gets a line of its own, ``variant<TAB>preferred<TAB>variant
  of: 中文``, so OmegaT finds the variant too and we fold it back on reading;
* the comment of the first line holds the note, then what OmegaT has no
  column for, as ``key: value`` segments separated by `` || ``:
  ``forbidden: A | B``, ``type: person``, ``titles: …`` (the CSV notation) and
  ``case-sensitive: yes``. A translator in OmegaT reads them as a comment.

Reading is lenient where OmegaT is (several lines of one term become one entry,
unknown comments become the note) and strict where data would be lost: a line
without a tab or with an empty term is reported with its number.
translate-toolkit's ``OmegaTFile`` is not used: it neither skips comment lines
nor tells which line is bad.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cipeditor import messages
from cipeditor.errors import InputError
from cipeditor.glossary import tabular
from cipeditor.glossary.csvfile import split_variants
from cipeditor.glossary.entry import (
    Entry,
    EntryType,
    Glossary,
    OfficialTitle,
    parse_type,
)
from cipeditor.glossary.titles import format_titles, parse_titles
from cipeditor.i18n import _, ngettext

# OmegaT reads a .tab or .txt file in the encoding this first comment names.
MAGIC_COMMENT = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
SEGMENT_SEPARATOR = " || "
LIST_SEPARATOR = " | "
FORBIDDEN, TYPE, TITLES, CASE, VARIANT_OF = (
    "forbidden",
    "type",
    "titles",
    "case-sensitive",
    "variant of",
)
# Lower case only, as written: a note such as "Titles: see below" stays a note.
_SEGMENT = re.compile(r"(forbidden|type|titles|case-sensitive|variant of)\s*:\s*(.*)", re.DOTALL)


@dataclass
class _Line:
    """One line of the file: a term, a rendering and what its comment says."""

    number: int
    source: str
    target: str
    note: str = ""
    forbidden: tuple[str, ...] = ()
    type: EntryType | None = None
    titles: tuple[OfficialTitle, ...] = ()
    case_sensitive: bool = False
    variant_of: str = ""


def parse(data: bytes, source: str | Path, name: str = "") -> Glossary:
    """The glossary held by the OmegaT bytes ``data``; ``source`` names the file in messages."""
    text = tabular.decode(data, source)
    if "\t" not in text:
        raise InputError(
            source,
            _("not an OmegaT glossary: no line has a tab between a term and its rendering"),
            fix=_("write each entry as Chinese term, tab, English term (and a comment)"),
        )
    lines: list[_Line] = []
    bad: list[tuple[int, str]] = []
    for number, line in tabular.numbered_lines(text):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            lines.append(_line(number, line))
        except ValueError as error:
            bad.append((number, str(error)))
    built = ((group[0].number, _entry(key, group)) for key, group in _group(lines).items())
    entries = tabular.checked_entries(source, built, bad)
    return Glossary(name or Path(str(source)).stem, entries, Path(str(source)))


def _line(number: int, text: str) -> _Line:
    cells = [cell.strip() for cell in text.split("\t")]
    if len(cells) < 2:
        raise ValueError(_("no tab between the Chinese term and the English term"))
    if not cells[0]:
        raise ValueError(_("the Chinese term is empty"))
    if not cells[1]:
        raise ValueError(_("the English term is empty"))
    line = _Line(number, cells[0], cells[1])
    _read_comment(line, cells[2] if len(cells) > 2 else "")
    return line


def _read_comment(line: _Line, comment: str) -> None:
    free = []
    for part in (part.strip() for part in comment.split("||")):
        match = _SEGMENT.fullmatch(part)
        key, value = (match.group(1), match.group(2).strip()) if match else ("", "")
        if key == FORBIDDEN:
            line.forbidden += split_variants(value)
        elif key == TITLES:
            line.titles += parse_titles(value)
        elif key == CASE:
            line.case_sensitive = value.lower() in ("yes", "true", "1")
        elif key == VARIANT_OF and value:
            line.variant_of = value
        elif key == TYPE and _known_type(value):
            line.type = parse_type(value)
        elif part:
            free.append(part)  # any other comment, "type: noun" included, is a note
    line.note = SEGMENT_SEPARATOR.join(free)


def _known_type(value: str) -> bool:
    try:
        parse_type(value)
    except ValueError:
        return False
    return True


def _group(lines: list[_Line]) -> dict[str, list[_Line]]:
    """The lines of each entry, keyed by its Chinese term, in the order of the file."""
    heads = {line.source for line in lines if not line.variant_of}
    groups: dict[str, list[_Line]] = {}
    for line in lines:
        key = line.source
        if line.variant_of in heads and line.variant_of != line.source:
            key = line.variant_of
        elif line.variant_of:
            # A variant of a term the file does not have: keep what it said as a note.
            line.note = SEGMENT_SEPARATOR.join(
                filter(None, (line.note, f"{VARIANT_OF}: {line.variant_of}"))
            )
        groups.setdefault(key, []).append(line)
    return groups


def _entry(zh: str, group: list[_Line]) -> Entry:
    main = [line for line in group if line.source == zh]
    preferred = main[0].target
    forbidden = tabular.unique(term for line in group for term in line.forbidden)
    return tabular.merged_entry(
        zh,
        preferred,
        group,
        sources=(line.source for line in group),
        renderings=(line.target for line in group),
        forbidden=forbidden,
    )


def serialise(glossary: Glossary) -> bytes:
    """The OmegaT (UTF-8, tab-separated) bytes of ``glossary``; losses are warned about."""
    cell = tabular.CellWriter()
    rows = [MAGIC_COMMENT]
    left_out = 0
    for entry in glossary.entries:
        if cell(entry.zh).startswith("#"):
            left_out += 1  # OmegaT would take the line for a comment
            continue
        rows.append(_row(cell(entry.zh), cell(entry.en), _comment(entry, cell)))
        rows.extend(_row(cell(entry.zh), cell(term)) for term in entry.admitted)
        rows.extend(
            _row(cell(variant), cell(entry.en), f"{VARIANT_OF}: {cell(entry.zh)}")
            for variant in entry.zh_variants
            if not cell(variant).startswith("#")
        )
    lost = cell.warning("OmegaT")
    if lost:
        messages.warning(lost)
    if left_out:
        messages.warning(
            ngettext(
                "{count} entry left out: its Chinese term starts with “#”, "
                "which OmegaT reads as a comment",
                "{count} entries left out: their Chinese terms start with “#”, "
                "which OmegaT reads as a comment",
                left_out,
            ).format(count=left_out)
        )
    return ("\n".join(rows) + "\n").encode("utf-8")


def _row(source: str, target: str, comment: str = "") -> str:
    return f"{source}\t{target}\t{comment}" if comment else f"{source}\t{target}"


def _comment(entry: Entry, cell: tabular.CellWriter) -> str:
    segments = [cell(entry.note)] if entry.note else []
    if entry.forbidden:
        segments.append(f"{FORBIDDEN}: " + LIST_SEPARATOR.join(map(cell, entry.forbidden)))
    if entry.type != EntryType.GENERAL:
        segments.append(f"{TYPE}: {entry.type.value}")
    if entry.titles:
        segments.append(f"{TITLES}: " + cell(format_titles(entry.titles)))
    if entry.case_sensitive:
        segments.append(f"{CASE}: yes")
    return SEGMENT_SEPARATOR.join(segments)
