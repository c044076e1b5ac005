"""UTX 1.11 glossaries (AAMT's Universal Terminology eXchange): tab-separated UTF-8.

The file starts with header lines beginning with ``#``: the first is
``#UTX 1.11; zh-CN/en; 2019-11-02T00:00:00Z; copyright: …; license: …`` and the
last names the columns, ``#src<TAB>tgt<TAB>src:pos…``. Every further line is one
source term and one target term. The subset read and written (documented in
``docs/glossary-format.md``):

* ``src``, ``tgt`` (required), ``src:pos`` (written ``properNoun`` for persons,
  places and organisations, ``noun`` otherwise; not read back);
* ``term status`` of the target term: ``approved`` (or empty) — the first one
  is the preferred rendering, later ones admitted; ``provisional`` and
  ``non-standard`` — admitted; ``forbidden`` — a forbidden variant;
* ``concept ID``: rows sharing one are one entry (several source terms make
  the Chinese variants); without it rows are grouped by source term;
* ``tgt:comment``, ``src:comment`` and ``comment`` make the note;
* our own columns ``x-cipeditor-type``, ``x-cipeditor-titles`` (the CSV
  notation) and ``x-cipeditor-case-sensitive``, which other tools ignore.

``-`` in an optional cell means empty, as UTX writers use it. Only Chinese to
English glossaries are read. translate-toolkit's ``UtxFile`` is not used: it
follows UTX 1.00, has no line numbers for bad rows and breaks on a header value
holding a colon.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cipeditor import messages
from cipeditor.errors import InputError
from cipeditor.glossary import tabular
from cipeditor.glossary.entry import (
    Entry,
    EntryType,
    Glossary,
    OfficialTitle,
    parse_type,
)
from cipeditor.glossary.titles import format_titles, parse_titles
from cipeditor.i18n import _

VERSION = "1.11"
APPROVED, PROVISIONAL, NON_STANDARD, FORBIDDEN = (
    "approved",
    "provisional",
    "non-standard",
    "forbidden",
)
TYPE_COLUMN = "x-cipeditor-type"
TITLES_COLUMN = "x-cipeditor-titles"
CASE_COLUMN = "x-cipeditor-case-sensitive"
_NOTE_COLUMNS = ("tgt:comment", "src:comment", "comment")
_PROPER_NOUNS = {EntryType.PERSON, EntryType.PLACE, EntryType.ORGANISATION}


@dataclass(frozen=True)
class _Row:
    number: int
    src: str
    tgt: str
    status: str
    concept: str
    note: str
    type: EntryType | None
    titles: tuple[OfficialTitle, ...]
    case_sensitive: bool


def looks_like_utx(data: bytes) -> bool:
    """Whether ``data`` starts with a UTX header (UTX files are also shared as .txt)."""
    return data.removeprefix(tabular.BOM).lstrip()[:4].upper() == b"#UTX"


def parse(data: bytes, source: str | Path, name: str = "") -> Glossary:
    """The glossary held by the UTX bytes ``data``; ``source`` names the file in messages."""
    lines = list(tabular.numbered_lines(tabular.decode(data, source)))
    fields, columns, start = _header(lines, source)
    rows: list[_Row] = []
    bad: list[tuple[int, str]] = []
    for number, line in lines[start:]:
        if not line.strip() or line.startswith("#"):
            continue
        try:
            rows.append(_row(number, line, columns))
        except ValueError as error:
            bad.append((number, str(error)))
    built = ((group[0].number, _entry(group)) for group in _group(rows))
    entries = tabular.checked_entries(source, built, bad)
    title = name or fields.get("description") or fields.get("dictionary id")
    return Glossary(title or Path(str(source)).stem, entries, Path(str(source)))


def _header(lines: list[tuple[int, str]], source: str | Path) -> tuple[dict[str, str], list, int]:
    """The header's ``key: value`` fields, the column names and where the rows start."""
    first = next(((n, line) for n, line in lines if line.strip()), (1, ""))
    if not first[1].lstrip().upper().startswith("#UTX"):
        raise InputError(
            source,
            _("not a UTX glossary: the first line must be the “#UTX 1.11; zh-CN/en; …” header"),
            place=_("line {line}").format(line=first[0]),
        )
    parts = [part.strip() for part in first[1].lstrip()[1:].split(";")]
    _check_languages(parts[1] if len(parts) > 1 else "", source, first[0])
    fields: dict[str, str] = {}
    for index, (number, line) in enumerate(lines):
        if number < first[0] or not line.strip():
            continue
        if not line.startswith("#"):
            break
        cells = [cell.strip().lower() for cell in line[1:].split("\t")]
        if cells[0] == "src":
            if "tgt" not in cells:
                break
            return fields, cells, index + 1
        parts = line[1:].split(";")
        # The first line opens with version, languages and time, which are not "key: value".
        for part in parts[3:] if number == first[0] else parts:
            key, colon, value = part.partition(":")
            if colon and key.strip():
                fields.setdefault(key.strip().lower(), value.strip())
    raise InputError(
        source,
        _("the UTX column line (“#src<TAB>tgt<TAB>src:pos…”) is missing"),
        fix=_("add the column line after the #UTX header"),
    )


def _check_languages(value: str, source: str | Path, line: int) -> None:
    src, slash, tgt = value.replace("_", "-").lower().partition("/")
    if not (slash and src.strip().startswith("zh") and tgt.strip().startswith("en")):
        raise InputError(
            source,
            _(
                "this UTX glossary is {languages!r}; CIP Editor reads Chinese to English "
                "glossaries (zh-CN/en)"
            ).format(languages=value),
            place=_("line {line}").format(line=line),
        )


def _row(number: int, line: str, columns: list[str]) -> _Row:
    cells = [cell.strip() for cell in line.split("\t")]
    if any(cells[len(columns) :]):
        raise ValueError(_("more cells than the column line names"))
    values = dict(zip(columns, cells, strict=False))

    def optional(column: str) -> str:
        value = values.get(column, "")
        return "" if value == "-" else value

    if not values.get("src"):
        raise ValueError(_("the Chinese term is empty"))
    if not values.get("tgt"):
        raise ValueError(_("the English term is empty"))
    status = optional("term status").lower() or APPROVED
    if status not in (APPROVED, PROVISIONAL, NON_STANDARD, FORBIDDEN):
        raise ValueError(
            _(
                "unknown term status {value!r} "
                "(use approved, provisional, non-standard or forbidden)"
            ).format(value=status)
        )
    kind = optional(TYPE_COLUMN)
    return _Row(
        number,
        values["src"],
        values["tgt"],
        status,
        optional("concept id"),
        "\n".join(tabular.unique(optional(column) for column in _NOTE_COLUMNS)),
        _type(kind) if kind else None,
        parse_titles(optional(TITLES_COLUMN)),
        _flag(optional(CASE_COLUMN)),
    )


def _type(value: str) -> EntryType:
    try:
        return parse_type(value)
    except ValueError:
        raise ValueError(
            _("unknown type {value!r} (use person, title, organisation, place or general)").format(
                value=value
            )
        ) from None


def _flag(value: str) -> bool:
    if value.lower() in ("yes", "true", "1"):
        return True
    if value.lower() in ("", "no", "false", "0"):
        return False
    raise ValueError(
        _("{column} must be yes or no, not {value!r}").format(column=CASE_COLUMN, value=value)
    )


def _group(rows: list[_Row]) -> list[list[_Row]]:
    groups: dict[tuple[str, str], list[_Row]] = {}
    for row in rows:
        key = ("concept", row.concept) if row.concept else ("term", row.src)
        groups.setdefault(key, []).append(row)
    return list(groups.values())


def _entry(group: list[_Row]) -> Entry:
    forbidden = tabular.unique(row.tgt for row in group if row.status == FORBIDDEN)
    allowed = [row for row in group if row.status != FORBIDDEN]
    approved = [row.tgt for row in allowed if row.status == APPROVED]
    preferred = approved[0] if approved else (allowed[0].tgt if allowed else "")
    return tabular.merged_entry(
        group[0].src,
        preferred,
        group,
        sources=(row.src for row in group),
        renderings=(row.tgt for row in allowed),
        forbidden=forbidden,
    )


def serialise(glossary: Glossary, now: datetime | None = None) -> bytes:
    """The UTX 1.11 bytes of ``glossary`` (CRLF line ends, as the specification has them)."""
    cell = tabular.CellWriter()
    entries = glossary.entries
    extras = [
        column
        for column, needed in (
            (TYPE_COLUMN, any(e.type != EntryType.GENERAL for e in entries)),
            (TITLES_COLUMN, any(e.titles for e in entries)),
            (CASE_COLUMN, any(e.case_sensitive for e in entries)),
        )
        if needed
    ]
    columns = ["src", "tgt", "src:pos", "term status", "tgt:comment", "concept ID", *extras]
    lines = [_header_line(glossary.name, now), "#" + "\t".join(columns)]
    for number, entry in enumerate(entries, start=1):
        pos = "properNoun" if entry.type in _PROPER_NOUNS else "noun"
        concept = f"C{number}"
        own = {
            TYPE_COLUMN: "" if entry.type == EntryType.GENERAL else entry.type.value,
            TITLES_COLUMN: format_titles(entry.titles),
            CASE_COLUMN: "yes" if entry.case_sensitive else "",
        }
        first = [entry.zh, entry.en, pos, APPROVED, entry.note, concept]
        lines.append(_line(cell, first + [own[column] for column in extras]))
        rest = [(entry.zh, term, PROVISIONAL) for term in entry.admitted]
        rest += [(entry.zh, term, FORBIDDEN) for term in entry.forbidden]
        rest += [(variant, entry.en, APPROVED) for variant in entry.zh_variants]
        for src, tgt, status in rest:
            row = [src, tgt, pos, status, "", concept] + [""] * len(extras)
            lines.append(_line(cell, row))
    lost = cell.warning("UTX")
    if lost:
        messages.warning(lost)
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _header_line(name: str, now: datetime | None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    # ";" separates header fields: a glossary name must not hold one.
    description = name.replace(";", ",").replace("\n", " ").strip()
    header = f"#UTX {VERSION}; zh-CN/en; {stamp}; creator: CIP Editor"
    return header + (f"; description: {description}" if description else "")


def _line(cell: tabular.CellWriter, values: list[str]) -> str:
    return "\t".join(cell(value) for value in values)
