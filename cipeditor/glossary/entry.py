"""A glossary entry (a Chinese term and its English renderings) and a glossary of them.

Entries are frozen records: readers build them, the matcher indexes them and
the checks read them. A person entry may carry official titles, each valid for
a period, so that an article's publication date picks the title in force.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from cipeditor.errors import InputError
from cipeditor.i18n import N_, _, ngettext


class EntryType(StrEnum):
    """What a term names."""

    PERSON = "person"
    TITLE = "title"
    ORGANISATION = "organisation"
    PLACE = "place"
    GENERAL = "general"

    @property
    def label(self) -> str:
        """Untranslated display name; pass it through ``_()`` to show it."""
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    EntryType.PERSON: N_("Person"),
    EntryType.TITLE: N_("Official title"),
    EntryType.ORGANISATION: N_("Organisation"),
    EntryType.PLACE: N_("Place"),
    EntryType.GENERAL: N_("General"),
}

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

# Spellings people use in files for the types above.
TYPE_ALIASES = {
    "organization": EntryType.ORGANISATION,
    "org": EntryType.ORGANISATION,
    "location": EntryType.PLACE,
    "": EntryType.GENERAL,
}


def parse_type(value: str) -> EntryType:
    """The entry type named by ``value``; raises ``ValueError`` for an unknown one."""
    value = value.strip().lower()
    if value in TYPE_ALIASES:
        return TYPE_ALIASES[value]
    return EntryType(value)


@dataclass(frozen=True)
class OfficialTitle:
    """A person's title in both languages, valid between two days (inclusive; None is open)."""

    zh: str
    en: str
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


@dataclass(frozen=True)
class Entry:
    """One term: the Chinese (and variants) and how it is, may and must not be rendered."""

    zh: str
    en: str
    zh_variants: tuple[str, ...] = ()
    admitted: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    type: EntryType = EntryType.GENERAL
    note: str = ""
    case_sensitive: bool = False
    titles: tuple[OfficialTitle, ...] = ()

    @classmethod
    def of_fields(  # noqa: PLR0917 (the record's fields, in their order, as Entry() takes them)
        cls,
        zh: str,
        en: str,
        zh_variants: tuple[str, ...],
        admitted: tuple[str, ...],
        forbidden: tuple[str, ...],
        type: EntryType,
        note: str,
        case_sensitive: bool,
        titles: tuple[OfficialTitle, ...],
    ) -> Entry:
        """``Entry(...)`` with every field given, built in half the time.

        A frozen dataclass's ``__init__`` sets each field through
        ``object.__setattr__``: for the tens of thousands of entries of a large
        glossary that is a good part of reading it.
        """
        entry = object.__new__(cls)
        entry.__dict__.update(
            zh=zh,
            en=en,
            zh_variants=zh_variants,
            admitted=admitted,
            forbidden=forbidden,
            type=type,
            note=note,
            case_sensitive=case_sensitive,
            titles=titles,
        )
        return entry

    @property
    def zh_forms(self) -> tuple[str, ...]:
        return (self.zh, *self.zh_variants)

    @cached_property  # asked for on every match the checks weigh; an entry never changes
    def renderings(self) -> tuple[str, ...]:
        """The English forms a translation may use: the preferred one first.

        Besides those the glossary lists, the English part of a foreign
        person's name that a Chinese variant names alone: 列维, a variant of
        阿米尔·列维 “Amir Levi”, is rendered “Levi” (“Ambassador Levi”).
        """
        if self.type is not EntryType.PERSON or not self.zh_variants:
            return (self.en, *self.admitted)
        return (self.en, *self.admitted, *name_parts(self))

    def titles_on(self, day: date | None) -> list[OfficialTitle]:
        """The titles in force on ``day`` (all of them when the day is unknown)."""
        return [title for title in self.titles if title.valid_on(day)]


# The dot between the parts of a foreign name in Chinese, as writers type it.
_NAME_DOTS = re.compile("[·•・‧･]")


def name_parts(entry: Entry) -> tuple[str, ...]:
    """The English of each Chinese variant that is some of the parts of a dotted name.

    Only when the Chinese and the English have as many parts (阿米尔·列维 and
    “Amir Levi”), so that each part's English is known.
    """
    zh_parts = _NAME_DOTS.split(entry.zh)
    en_parts = entry.en.split()
    if len(zh_parts) < 2 or len(zh_parts) != len(en_parts):
        return ()
    found = []
    for variant in entry.zh_variants:
        wanted = _NAME_DOTS.split(variant)
        for at in range(len(zh_parts) - len(wanted) + 1):
            if zh_parts[at : at + len(wanted)] == wanted:
                part = " ".join(en_parts[at : at + len(wanted)])
                if part not in found and part not in entry.admitted:
                    found.append(part)
                break
    return tuple(found)


def validate_entry(entry: Entry) -> str | None:
    """What is wrong with ``entry`` in words, or None when it is usable."""
    if not entry.zh.strip():
        return _("the Chinese term is empty")
    if not entry.en.strip():
        return _("the English term is empty")
    if any(
        CONTROL_CHARACTERS.search(text)
        for text in (entry.zh, entry.en, *entry.admitted, *entry.forbidden)
    ):
        return _("a term holds control characters (the file is damaged or not text)")
    for title in entry.titles:
        if not title.zh.strip() or not title.en.strip():
            return _("an official title needs both the Chinese and the English")
        if title.valid_from and title.valid_to and title.valid_from > title.valid_to:
            return _("an official title ends before it starts")
    return None


@dataclass(frozen=True, eq=False)
class Glossary:
    """A named list of entries; compared by identity so it can key caches cheaply."""

    name: str
    entries: tuple[Entry, ...] = ()
    path: Path | None = None
    _by_zh: dict[str, list[Entry]] = field(default_factory=dict, repr=False)

    def _index(self) -> dict[str, list[Entry]]:
        # Built on first lookup: checking an article needs the matcher, not this.
        if not self._by_zh and self.entries:
            for entry in self.entries:
                for form in entry.zh_forms:
                    self._by_zh.setdefault(form, []).append(entry)
        return self._by_zh

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def lookup(self, zh: str) -> list[Entry]:
        """The entries whose Chinese term or variant is exactly ``zh``."""
        return list(self._index().get(zh, ()))

    def by_en(self, en: str) -> list[Entry]:
        """The entries with ``en`` (any case) as preferred or admitted rendering."""
        key = en.casefold()
        return [e for e in self.entries if any(r.casefold() == key for r in e.renderings)]

    def by_type(self, kind: EntryType) -> list[Entry]:
        return [entry for entry in self.entries if entry.type == kind]


MAX_LISTED_PROBLEMS = 10


class BadEntriesError(InputError):
    """Some entries of a glossary file are bad; ``usable`` holds the good ones.

    A reader refuses the file (a conversion must not drop entries quietly),
    but the editor may use the good entries while the bad ones are corrected.
    """

    usable: tuple[Entry, ...] = ()


def bad_rows_error(
    source: str | Path, bad: list[tuple[str, str]], usable: tuple[Entry, ...] | list[Entry] = ()
) -> BadEntriesError:
    """One error naming up to ten bad places and how many more there are."""
    shown = "; ".join(f"{place}: {problem}" for place, problem in bad[:MAX_LISTED_PROBLEMS])
    if len(bad) > MAX_LISTED_PROBLEMS:
        shown += "; " + _("and {count} more").format(count=len(bad) - MAX_LISTED_PROBLEMS)
    error = BadEntriesError(
        source,
        ngettext("{count} bad entry ({places})", "{count} bad entries ({places})", len(bad)).format(
            count=len(bad), places=shown
        ),
        fix=_("correct these entries and load the glossary again"),
    )
    error.usable = tuple(usable)
    return error
