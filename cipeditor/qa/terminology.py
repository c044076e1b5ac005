"""Terminology checks: glossary terms rendered as the glossary says, forbidden variants avoided."""

from __future__ import annotations

from collections.abc import Iterator

from cipeditor.glossary.entry import Entry
from cipeditor.glossary.matcher import TermHit
from cipeditor.i18n import _
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.later_mention import refers_back
from cipeditor.qa.registry import CheckContext, Segment, segment_check
from cipeditor.qa.terms import (
    forbidden_used,
    glossary_matcher,
    term_renderings,
    title_spans,
    zh_terms,
)


def expected_renderings(entry: Entry) -> str:
    """“Preferred” (or “admitted”, “admitted”) for messages."""
    text = f"“{entry.en}”"
    if entry.admitted:
        text += " " + _("(or {variants})").format(
            variants=", ".join(f"“{variant}”" for variant in entry.admitted)
        )
    return text


def missing_terms(ctx: CheckContext, seg: Segment, *, exempt_titles: bool = True) -> list[TermHit]:
    """The Chinese terms of ``seg`` of which the English uses no rendering (first hit of each).

    With ``exempt_titles`` the terms inside a person's official title are left
    to the title check (English often shortens a title).
    """
    matcher = glossary_matcher(ctx)
    if matcher is None or not seg.en.strip():
        return []
    renderings = term_renderings(ctx, seg.zh, seg.en)
    if not renderings:
        return []
    hits = zh_terms(ctx, seg.zh)
    inside_titles = title_spans(hits, seg.zh) if exempt_titles else []
    # A forbidden variant in its place is reported as such, not also as missing.
    seen = {hit.entry.zh for hit in forbidden_used(ctx, seg.en)}
    missing = []
    for hit, used in renderings:
        key = hit.entry.zh
        if key in seen or (inside_titles and _inside(hit, inside_titles)):
            continue
        seen.add(key)
        if used is None and not refers_back(ctx, seg, hit, hits):
            missing.append(hit)
    return missing


def _inside(hit: TermHit, spans: list[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


@segment_check("term-missing", Category.TERMINOLOGY, uses_glossary=True)
def term_missing(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """A glossary term in the Chinese and none of its English renderings in the pair."""
    if seg.field == "title":
        return  # the title check reports the headline's terms under its own category
    for hit in missing_terms(ctx, seg):
        yield Issue(
            "term-missing",
            Category.TERMINOLOGY,
            Severity.ERROR,
            seg.field,
            _("“{zh}” is not rendered as the glossary says: expected {expected}").format(
                zh=seg.zh[hit.start : hit.end], expected=expected_renderings(hit.entry)
            ),
            paragraph=seg.paragraph,
            lang="zh",
            start=hit.start,
            end=hit.end,
        )


@segment_check("term-forbidden", Category.TERMINOLOGY, uses_glossary=True)
def term_forbidden(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """A forbidden English variant of a glossary term, whether or not the Chinese term is there."""
    matcher = glossary_matcher(ctx)
    if matcher is None:
        return
    for hit in forbidden_used(ctx, seg.en):
        # A forbidden variant inside an allowed rendering ("Ministry of Science" in
        # "Ministry of Science and Technology") is no offence.
        allowed = matcher.find_en(seg.en, hit.entry)
        if any(start <= hit.start and hit.end <= end for start, end in allowed):
            continue
        yield Issue(
            "term-forbidden",
            Category.TERMINOLOGY,
            Severity.ERROR,
            seg.field,
            _("“{found}” is a forbidden rendering of “{zh}”: write {expected}").format(
                found=seg.en[hit.start : hit.end],
                zh=hit.entry.zh,
                expected=expected_renderings(hit.entry),
            ),
            paragraph=seg.paragraph,
            lang="en",
            start=hit.start,
            end=hit.end,
        )
