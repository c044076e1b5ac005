"""Finding glossary terms in text: Chinese by leftmost-longest Aho–Corasick, English by word.

One :class:`Matcher` serves a set of glossaries (a team glossary and a
personal one, say); it is built once and cached per set, since the automaton
of a 20,000-term glossary is the costly part. Later glossaries add entries;
a Chinese term that two entries render differently is noted in
:attr:`Matcher.conflicts`, and both renderings are accepted.

English matching respects word boundaries, ignores case unless the entry
says otherwise (a form in capitals only, such as ``MOST`` or ``CIP``, always
matches its case: "most" is an English word) and admits the simple plural
and possessive endings ``s``, ``es``, ``'s``, ``’s`` and ``s'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from cipeditor.glossary.entry import Entry, EntryType, Glossary, OfficialTitle

ENDINGS = ("'s", "’s", "es", "s'", "s’", "s", "")
_CACHE_SIZE = 4
_cache: dict[tuple[int, ...], tuple[tuple[Glossary, ...], Matcher]] = {}


@dataclass(frozen=True)
class TermHit:
    """A Chinese term found at ``start:end``; ``entries`` are all that define it, first wins."""

    entries: tuple[Entry, ...]
    start: int
    end: int

    @property
    def entry(self) -> Entry:
        return self.entries[0]


@dataclass(frozen=True)
class ForbiddenHit:
    """A forbidden English variant of ``entry`` found at ``start:end``."""

    entry: Entry
    variant: str
    start: int
    end: int


def matcher_for(glossaries: Sequence[Glossary]) -> Matcher:
    """The matcher of ``glossaries``, built once per set and kept for the next call."""
    key = tuple(id(glossary) for glossary in glossaries)
    cached = _cache.get(key)
    if cached is not None:
        return cached[1]
    matcher = Matcher(glossaries)
    if len(_cache) >= _CACHE_SIZE:
        _cache.pop(next(iter(_cache)))
    _cache[key] = (tuple(glossaries), matcher)  # holding the glossaries keeps their ids unique
    return matcher


class Matcher:
    """Term lookup over one or more glossaries."""

    def __init__(self, glossaries: Iterable[Glossary]) -> None:
        import ahocorasick

        self.glossaries = tuple(glossaries)
        self.conflicts: list[tuple[str, tuple[str, ...]]] = []
        by_zh: dict[str, list[Entry]] = {}
        forbidden: dict[str, list[tuple[Entry, str]]] = {}
        for glossary in self.glossaries:
            for entry in glossary.entries:
                for form in entry.zh_forms:
                    by_zh.setdefault(form, []).append(entry)
                for variant in entry.forbidden:
                    forbidden.setdefault(fold(variant), []).append((entry, variant))
        self._zh = ahocorasick.Automaton()
        for form, entries in by_zh.items():
            self._zh.add_word(form, (len(form), tuple(entries)))
            if len({entry.en for entry in entries}) > 1:
                self.conflicts.append((form, tuple(dict.fromkeys(e.en for e in entries))))
        self._forbidden = ahocorasick.Automaton()
        for variant, owners in forbidden.items():
            self._forbidden.add_word(variant, tuple(owners))
        for automaton in (self._zh, self._forbidden):
            if len(automaton):
                automaton.make_automaton()
        self._folded: tuple[str, str] = ("", "")

    @property
    def entries(self) -> list[Entry]:
        return [entry for glossary in self.glossaries for entry in glossary.entries]

    def match_zh(self, text: str) -> list[TermHit]:
        """The glossary terms in the Chinese ``text``, leftmost-longest, not overlapping."""
        if not text or not len(self._zh):
            return []
        return [
            TermHit(entries, end + 1 - length, end + 1)
            for end, (length, entries) in self._zh.iter_long(text)
        ]

    def find_en(self, text: str, entry: Entry) -> list[tuple[int, int]]:
        """Where the English ``text`` uses the preferred or an admitted rendering of ``entry``."""
        return find_forms(text, entry.renderings, entry.case_sensitive, self._fold(text))

    def find_forbidden(self, text: str) -> list[ForbiddenHit]:
        """Every forbidden variant in the English ``text`` (whether or not its term is there)."""
        if not text or not len(self._forbidden):
            return []
        folded = self._fold(text)
        hits = []
        for end, owners in self._forbidden.iter(folded):
            for entry, variant in owners:
                start = end + 1 - len(variant)
                stop = _word_end(text, start, end + 1, variant)
                if stop is None or not _case_fits(text, start, variant, entry.case_sensitive):
                    continue
                hits.append(ForbiddenHit(entry, variant, start, stop))
        return hits

    def titles_for(self, entry: Entry, on_date: date | None) -> list[OfficialTitle]:
        """The official titles of the person ``entry`` in force on ``on_date``."""
        return entry.titles_on(on_date)

    def of_type(self, kind: EntryType) -> list[Entry]:
        return [entry for entry in self.entries if entry.type == kind]

    def _fold(self, text: str) -> str:
        if self._folded[0] is not text:
            self._folded = (text, fold(text))
        return self._folded[1]


def fold(text: str) -> str:
    """``text`` in lower case, with the same length so that offsets stay valid."""
    folded = text.lower()
    if len(folded) == len(text):
        return folded
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_forms(
    text: str, forms: Iterable[str], case_sensitive: bool = False, folded: str | None = None
) -> list[tuple[int, int]]:
    """The spans where any of ``forms`` stands in ``text`` as whole words (plural/possessive ok)."""
    folded = fold(text) if folded is None else folded
    spans = []
    for form in forms:
        exact = case_sensitive or _is_acronym(form)
        haystack, needle = (text, form) if exact else (folded, fold(form))
        if not needle:
            continue
        start = haystack.find(needle)
        while start >= 0:
            stop = _word_end(text, start, start + len(needle), needle)
            if stop is not None:
                spans.append((start, stop))
            start = haystack.find(needle, start + 1)
    return sorted(set(spans))


def _word_end(text: str, start: int, end: int, form: str) -> int | None:
    """Where the word(s) ``text[start:end]`` end with an allowed ending, or None if mid-word."""
    if form[0].isalnum() and start > 0 and text[start - 1].isalnum():
        return None
    if not form[-1].isalnum():
        return end
    for ending in ENDINGS:
        stop = end + len(ending)
        if ending and not text.startswith(ending, end):
            continue
        if stop >= len(text) or not text[stop].isalnum():
            return stop
    return None


def _is_acronym(form: str) -> bool:
    return len(form) > 1 and form.isupper() and " " not in form


def _case_fits(text: str, start: int, form: str, case_sensitive: bool) -> bool:
    if not (case_sensitive or _is_acronym(form)):
        return True
    return text.startswith(form, start)
