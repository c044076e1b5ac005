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

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from cipeditor.glossary.entry import Entry, EntryType, Glossary, OfficialTitle

ENDINGS = ("'s", "’s", "es", "s'", "s’", "s", "")
_CACHE_SIZE = 4
_cache: dict[tuple[int, ...], tuple[tuple[Glossary, ...], Matcher]] = {}


@dataclass(frozen=True)
class TermHit:
    """A Chinese term found at ``start:end``.

    ``entries`` are all the entries that define it (several glossaries may);
    ``entry``, the first of them, is the one whose rendering is preferred.
    """

    entry: Entry
    start: int
    end: int
    entries: tuple[Entry, ...] = ()


def _term_hit(entry: Entry, start: int, end: int, entries: tuple[Entry, ...]) -> TermHit:
    """``TermHit(entry, start, end, entries)`` in half the time, for the hot loop of match_zh.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``
    (as :meth:`Entry.of_fields` explains); a long article has tens of thousands of hits.
    """
    hit = object.__new__(TermHit)
    fields = hit.__dict__
    fields["entry"] = entry
    fields["start"] = start
    fields["end"] = end
    fields["entries"] = entries
    return hit


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
        # Tens of thousands of entries: the loops stay lean (no zh_forms tuples).
        for glossary in self.glossaries:
            for entry in glossary.entries:
                found = by_zh.get(entry.zh)
                if found is None:
                    by_zh[entry.zh] = [entry]
                else:
                    found.append(entry)
                for form in entry.zh_variants:
                    by_zh.setdefault(form, []).append(entry)
                for variant in entry.forbidden:
                    forbidden.setdefault(fold(variant), []).append((entry, variant))
        self._zh = ahocorasick.Automaton()
        add_word = self._zh.add_word
        for form, entries in by_zh.items():
            add_word(form, (len(form), tuple(entries)))
            if len(entries) > 1 and len({entry.en for entry in entries}) > 1:
                self.conflicts.append((form, tuple(dict.fromkeys(e.en for e in entries))))
        self._forbidden = ahocorasick.Automaton()
        for variant, owners in forbidden.items():
            self._forbidden.add_word(variant, tuple(owners))
        for automaton in (self._zh, self._forbidden):
            if len(automaton):
                automaton.make_automaton()
        self._folded: tuple[str, str] = ("", "")
        self._en_by_type: dict[EntryType, object] = {}
        # By id: the entries live as long as the glossaries this matcher holds.
        self._needles: dict[int, list[tuple[str, bool]]] = {}
        self._ordered: dict[int, list[tuple[int, str, bool]]] = {}

    def prepare(self) -> None:
        """Build now what is otherwise built on first use (before a fork: built once)."""
        self._en_automaton(EntryType.TITLE)  # the only type the checks look up in English

    @property
    def entries(self) -> list[Entry]:
        return [entry for glossary in self.glossaries for entry in glossary.entries]

    def match_zh(self, text: str) -> list[TermHit]:
        """The glossary terms in the Chinese ``text``, leftmost-longest, not overlapping."""
        if not text or not len(self._zh):
            return []
        # Every match (overlapping ones too), then the leftmost-longest among them.
        # Automaton.iter_long would do this in C, but it misses a short term after
        # a longer one fails half-way (terms 中 and 以中中 in 以中 find nothing).
        found = [
            (end + 1 - length, -length, entries) for end, (length, entries) in self._zh.iter(text)
        ]
        found.sort()  # two finds never tie on (start, length): entries are never compared
        hits, reached = [], 0
        for start, negative_length, entries in found:
            if start >= reached:
                reached = start - negative_length
                hits.append(_term_hit(entries[0], start, reached, entries))
        return hits

    def find_en(self, text: str, entry: Entry) -> list[tuple[int, int]]:
        """Where the English ``text`` uses the preferred or an admitted rendering of ``entry``."""
        return _find_needles(text, self._fold(text), self._needles_of(entry))

    def first_rendering(
        self, text: str, entry: Entry, folded: str | None = None
    ) -> tuple[int, int, int] | None:
        """The longest rendering of ``entry`` that ``text`` uses, as (index, start, end).

        ``index`` is the rendering's place in ``entry.renderings`` (0 the preferred
        one). Stops at the first find, so it is cheaper than :meth:`find_en`.
        ``folded`` is ``fold(text)`` when the caller has it already.
        """
        if folded is None:
            folded = self._fold(text)
        for index, needle, exact in self._longest_first(entry):
            haystack = text if exact else folded
            start = haystack.find(needle)
            while start >= 0:
                stop = _word_end(text, start, start + len(needle), needle)
                if stop is not None:
                    return index, start, stop
                start = haystack.find(needle, start + 1)
        return None

    def _needles_of(self, entry: Entry) -> list[tuple[str, bool]]:
        needles = self._needles.get(id(entry))
        if needles is None:
            needles = self._needles[id(entry)] = _needles(entry.renderings, entry.case_sensitive)
        return needles

    def _longest_first(self, entry: Entry) -> list[tuple[int, str, bool]]:
        ordered = self._ordered.get(id(entry))
        if ordered is None:
            indexed = [(i, *needle) for i, needle in enumerate(self._needles_of(entry))]
            ordered = self._ordered[id(entry)] = sorted(indexed, key=lambda n: -len(n[1]))
        return ordered

    def find_forbidden(self, text: str) -> list[ForbiddenHit]:
        """Every forbidden variant in the English ``text`` (whether or not its term is there)."""
        if not text or not len(self._forbidden):
            return []
        folded = self._fold(text)
        hits = []
        # Forbidden variants are long and few: plain search of the folded text is cheapest.
        for end, owners in self._forbidden.iter(folded):
            for entry, variant in owners:
                start = end + 1 - len(variant)
                stop = _word_end(text, start, end + 1, variant)
                if stop is None or not _case_fits(text, start, variant, entry.case_sensitive):
                    continue
                hits.append(ForbiddenHit(entry, variant, start, stop))
        return hits

    def find_en_terms(self, text: str, kind: EntryType) -> list[tuple[int, int, Entry]]:
        """The entries of type ``kind`` whose English renderings stand in ``text``.

        Longest first and not overlapping, so "Deputy Mayor" is not also "Mayor".
        """
        automaton = self._en_automaton(kind)
        if not text or not len(automaton):
            return []
        folded = self._fold(text)
        spans = []
        size = len(folded)
        for start, folded_form, owners in _word_start_finds(automaton, folded):
            end = start + len(folded_form)
            after = folded[end] if end < size else " "
            # Running on into a longer word is common for short forms: decide it early.
            # Folding keeps letters letters, so the folded form decides for every owner.
            if after.isalnum() and after not in "se" and folded_form[-1].isalnum():
                continue
            stop = _word_end(text, start, end, folded_form)
            if stop is None:
                continue
            # Many entries may share a rendering ("An"); only the first that fits can
            # be chosen below, where spans of one start and length keep their order.
            for entry, form in owners:
                if _case_fits(text, start, form, entry.case_sensitive):
                    spans.append((start, stop, entry))
                    break
        spans.sort(key=lambda span: (span[0], span[0] - span[1]))
        chosen, reached = [], -1
        for span in spans:
            if span[0] >= reached:
                chosen.append(span)
                reached = span[1]
        return chosen

    def _en_automaton(self, kind: EntryType):
        automaton = self._en_by_type.get(kind)
        if automaton is None:
            owners: dict[str, list[tuple[Entry, str]]] = {}
            for entry in self.of_type(kind):
                for form in entry.renderings:
                    owners.setdefault(fold(form), []).append((entry, form))
            automaton = self._en_by_type[kind] = _word_start_automaton(owners)
        return automaton

    def titles_for(self, entry: Entry, on_date: date | None) -> list[OfficialTitle]:
        """The official titles of the person ``entry`` in force on ``on_date``."""
        return entry.titles_on(on_date)

    def of_type(self, kind: EntryType) -> list[Entry]:
        return [entry for entry in self.entries if entry.type == kind]

    def _fold(self, text: str) -> str:
        if self._folded[0] is not text:
            self._folded = (text, fold(text))
        return self._folded[1]


# English terms are found where a word begins only. Forms and text are searched
# with each character that is not a letter or digit ([\W_] is exactly what
# str.isalnum refuses) made a space, and a space before a form that begins with
# a letter or digit: the automaton then never reports "an" inside "meaning",
# which on a glossary of short renderings is most of what it would report.
# What it does report is confirmed on the folded text.
_NOT_ALNUM = re.compile(r"[\W_]")
_ASCII_NOT_ALNUM = bytes(code if chr(code).isalnum() else 32 for code in range(256))


def _word_start_automaton(forms: dict[str, list]):
    """An automaton of the folded ``forms`` (with their owners), for :func:`_word_start_finds`."""
    import ahocorasick

    keyed: dict[str, list[tuple[str, tuple]]] = {}
    for form, owners in forms.items():
        if form:
            key = _NOT_ALNUM.sub(" ", form)
            if form[0].isalnum():
                key = " " + key
            keyed.setdefault(key, []).append((form, tuple(owners)))
    automaton = ahocorasick.Automaton()
    for key, candidates in keyed.items():
        automaton.add_word(key, tuple(candidates))
    if keyed:
        automaton.make_automaton()
    return automaton


def _word_start_finds(automaton, folded: str) -> Iterator[tuple[int, str, tuple]]:
    """(start, form, owners) of each form of ``automaton`` that begins a word of ``folded``."""
    if not len(automaton):
        return
    # The space in front stands for the start of the text; it shifts offsets by one.
    for end, candidates in automaton.iter(" " + _word_start_text(folded)):
        for form, owners in candidates:
            start = end - len(form)
            if folded.startswith(form, start):
                yield start, form, owners


def _word_start_text(folded: str) -> str:
    """``folded`` with each character but letters and digits made a space."""
    if folded.isascii():  # the common case, ten times faster as bytes
        return folded.encode("ascii").translate(_ASCII_NOT_ALNUM).decode("ascii")
    return _NOT_ALNUM.sub(" ", folded)


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
    return _find_needles(text, folded, _needles(forms, case_sensitive))


def _needles(forms: Iterable[str], case_sensitive: bool) -> list[tuple[str, bool]]:
    """Each form as searched: folded unless matched exactly, with whether it is exact."""
    needles = []
    for form in forms:
        exact = case_sensitive or _is_acronym(form)
        if form:
            needles.append((form if exact else fold(form), exact))
    return needles


def _find_needles(text: str, folded: str, needles: list[tuple[str, bool]]) -> list[tuple[int, int]]:
    spans = []
    for needle, exact in needles:
        haystack = text if exact else folded
        start = haystack.find(needle)
        while start >= 0:
            stop = _word_end(text, start, start + len(needle), needle)
            if stop is not None:
                spans.append((start, stop))
            start = haystack.find(needle, start + 1)
    return sorted(set(spans)) if len(needles) > 1 else spans


def _word_end(text: str, start: int, end: int, form: str) -> int | None:
    """Where the word(s) ``text[start:end]`` end with an allowed ending, or None if mid-word."""
    if start > 0 and form[0].isalnum() and text[start - 1].isalnum():
        return None
    if end >= len(text) or not form[-1].isalnum():
        return end
    following = text[end]
    if not following.isalnum() and following not in "'’":
        return end  # the common case, decided without trying the endings
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
