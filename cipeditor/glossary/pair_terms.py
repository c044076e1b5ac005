"""The glossary terms of one pair: each Chinese term, and whether the English renders it.

This is what the editor shows while a translator types (highlights, the term
pane, the one-keystroke insertion), so it answers for one pair at a time and
stays cheap: one Aho–Corasick pass over the Chinese, one search per term in
the English and one pass for the forbidden variants.
"""

from __future__ import annotations

from dataclasses import dataclass

from cipeditor.glossary.entry import Entry
from cipeditor.glossary.matcher import ForbiddenHit, Matcher, TermHit


@dataclass(frozen=True)
class PairTerm:
    """A Chinese term of the pair and where the English renders it (``None``: missing)."""

    hit: TermHit
    rendered: tuple[tuple[int, int], ...] = ()  # every place, longest form at each

    @property
    def entry(self) -> Entry:
        return self.hit.entry

    @property
    def rendered_at(self) -> tuple[int, int] | None:
        """The first place the English renders the term (None: missing)."""
        return self.rendered[0] if self.rendered else None

    @property
    def missing(self) -> bool:
        return not self.rendered


@dataclass(frozen=True)
class PairTerms:
    """Everything the glossary says about one pair."""

    terms: tuple[PairTerm, ...] = ()
    forbidden: tuple[ForbiddenHit, ...] = ()
    untranslated: bool = False  # the English is empty: nothing is "missing" yet

    def missing(self) -> list[PairTerm]:
        return [term for term in self.terms if term.missing]

    def rendered_spans(self) -> list[tuple[int, int, Entry]]:
        """Every place in the English where a term of the pair is rendered."""
        spans = {(*span, term.entry) for term in self.terms for span in term.rendered}
        return sorted(spans, key=lambda span: span[:2])


def pair_terms(matcher: Matcher, zh: str, en: str) -> PairTerms:
    """The terms of the Chinese ``zh`` and how the English ``en`` deals with them."""
    forbidden = tuple(matcher.find_forbidden(en))
    terms = []
    for hit in matcher.match_zh(zh):
        found: list[tuple[int, int]] = []
        for entry in hit.entries or (hit.entry,):
            # "Ruan" (admitted) inside "Xiangping Ruan" (forbidden) does not render the term.
            wrong = [(f.start, f.end) for f in forbidden if f.entry is entry]
            spans = [
                span
                for span in matcher.find_en(en, entry)
                if not any(start <= span[0] and span[1] <= end for start, end in wrong)
            ]
            if spans:
                found = _longest_not_overlapping(spans)
                break
        terms.append(PairTerm(hit, tuple(found)))
    return PairTerms(tuple(terms), forbidden, untranslated=not en.strip())


def _longest_not_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Ruan Xiangping", not also "Ruan" inside it."""
    chosen: list[tuple[int, int]] = []
    for span in sorted(spans, key=lambda span: (span[0], span[0] - span[1])):
        if not chosen or span[0] >= chosen[-1][1]:
            chosen.append(span)
    return chosen
