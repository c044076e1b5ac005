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
    rendered_at: tuple[int, int] | None

    @property
    def entry(self) -> Entry:
        return self.hit.entry

    @property
    def missing(self) -> bool:
        return self.rendered_at is None


@dataclass(frozen=True)
class PairTerms:
    """Everything the glossary says about one pair."""

    terms: tuple[PairTerm, ...] = ()
    forbidden: tuple[ForbiddenHit, ...] = ()

    def missing(self) -> list[PairTerm]:
        return [term for term in self.terms if term.missing]

    def rendered_spans(self) -> list[tuple[int, int, Entry]]:
        """Every place in the English where a term of the pair is rendered."""
        return [(*term.rendered_at, term.entry) for term in self.terms if term.rendered_at]


def pair_terms(matcher: Matcher, zh: str, en: str) -> PairTerms:
    """The terms of the Chinese ``zh`` and how the English ``en`` deals with them."""
    terms = []
    for hit in matcher.match_zh(zh):
        found = None
        for entry in hit.entries or (hit.entry,):
            spans = matcher.find_en(en, entry)
            if spans:
                found = spans[0]
                break
        terms.append(PairTerm(hit, found))
    return PairTerms(tuple(terms), tuple(matcher.find_forbidden(en)))
