"""Consistency checks: one term rendered one way, one Chinese paragraph translated one way.

Shortening a name after its first mention is not inconsistency: a rendering
contained in another ("MOST" in "Ministry of Science and Technology (MOST)"),
an acronym, or an adjective of the name ("Chinese" for "China") goes with it.
Otherwise an admitted variant beside the preferred rendering is a matter of
style (info); two renderings neither of which is the glossary's preferred one,
or the preferred renderings of two glossaries that disagree, are a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from cipeditor.glossary.matcher import fold
from cipeditor.i18n import _
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.registry import CheckContext, Segment, article_check
from cipeditor.qa.terms import glossary_matcher, term_renderings
from cipeditor.text.script import han_count

_SPACES = re.compile(r"\s+")
_USES = "consistency.term-uses"
_FOLDED = "consistency.folded-renderings"
_MAX_CACHED_SEGMENTS = 50_000  # the editor re-checks while typing: forget old drafts eventually


@dataclass(frozen=True)
class _Use:
    segment: Segment
    rendering: str
    preferred: bool  # the preferred rendering of one of the entries


@article_check("term-inconsistent", Category.CONSISTENCY)
def term_inconsistent(ctx: CheckContext) -> Iterator[Issue]:
    """One Chinese term rendered differently across the article."""
    if glossary_matcher(ctx) is None:
        return
    from cipeditor.qa.runner import segments  # the runner imports this module first

    # The first use of each distinct rendering of each term, in reading order:
    # comparing renderings, not uses, keeps this linear in the length of the article.
    firsts: dict[str, dict[str, _Use]] = {}
    for seg in segments(ctx.article):
        for zh, rendering, preferred, folded in term_uses(ctx, seg):
            of_term = firsts.get(zh)
            if of_term is None:
                of_term = firsts[zh] = {}
            if folded not in of_term:
                of_term[folded] = _Use(seg, rendering, preferred)
    for zh, of_term in firsts.items():
        yield from _inconsistencies(zh, list(of_term.values()))


def term_uses(ctx: CheckContext, seg: Segment) -> list[tuple[str, str, bool, str]]:
    """(Chinese term, rendering used, whether preferred, rendering folded) for each term of ``seg``.

    Cached per segment: the editor asks again for the segments not edited.
    """
    cache = ctx.cache.get(_USES)
    if cache is None:
        cache = ctx.cache[_USES] = {}
    found = cache.get(seg)
    if found is None:
        if len(cache) > _MAX_CACHED_SEGMENTS:
            cache.clear()
        found = cache[seg] = _term_uses(ctx, seg)
    return found


def _term_uses(ctx: CheckContext, seg: Segment) -> list[tuple[str, str, bool, str]]:
    if glossary_matcher(ctx) is None or not seg.en.strip():
        return []
    found = []
    seen = set()
    # The same few renderings recur across the article: fold each once.
    folds = ctx.cache.setdefault(_FOLDED, {})
    for hit, used in term_renderings(ctx, seg.zh, seg.en):
        key = hit.entry.zh
        if key in seen:
            continue
        seen.add(key)
        if used is not None:
            entry, index = used
            rendering = entry.renderings[index]
            folded = folds.get(rendering)
            if folded is None:
                folded = folds[rendering] = fold(rendering)
            found.append((key, rendering, index == 0, folded))
    return found


def _inconsistencies(zh: str, distinct: list[_Use]) -> Iterator[Issue]:
    """The uses of ``zh`` (one a distinct rendering) that clash with an earlier one."""
    for later_index, later in enumerate(distinct):
        for earlier in distinct[:later_index]:
            if _compatible(earlier.rendering, later.rendering):
                continue
            severity = Severity.INFO if earlier.preferred != later.preferred else Severity.WARNING
            yield Issue(
                "term-inconsistent",
                Category.CONSISTENCY,
                severity,
                later.segment.field,
                # L10N: {place} is "paragraph 3", "the title" or "the summary"
                _("“{zh}” is rendered “{here}” here but “{there}” in {place}").format(
                    zh=zh,
                    here=later.rendering,
                    there=earlier.rendering,
                    place=_place(earlier.segment),
                ),
                paragraph=later.segment.paragraph,
                lang="en",
            )
            break


def _compatible(first: str, second: str) -> bool:
    a, b = fold(first), fold(second)
    if a == b or a in b or b in a:
        return True
    if any(len(x) > 1 and x.isupper() and " " not in x for x in (first, second)):
        return True  # an acronym after the full name is how names are shortened
    shorter, longer = sorted((a, b), key=len)
    return " " not in shorter and shorter[:4] == longer.split()[0][:4]  # China / Chinese


def _place(seg: Segment) -> str:
    if seg.field == "body":
        return _("paragraph {number}").format(number=(seg.paragraph or 0) + 1)
    return {"title": _("the title"), "summary": _("the summary")}.get(seg.field, seg.field)


@article_check("paragraph-inconsistent", Category.CONSISTENCY)
def paragraph_inconsistent(ctx: CheckContext) -> Iterator[Issue]:
    """Identical Chinese paragraphs translated differently."""
    first_seen: dict[str, tuple[int, str]] = {}
    for index, pair in enumerate(ctx.article.body):
        if len(pair.zh) < 5 or not pair.en.strip():
            continue
        zh = "".join(pair.zh.split())
        seen = first_seen.setdefault(zh, (index, pair.en))
        if seen[0] == index or seen[1] == pair.en:
            continue
        earlier, earlier_en = seen
        if _SPACES.sub(" ", earlier_en).strip() != _SPACES.sub(" ", pair.en).strip() and (
            han_count(zh) >= 5
        ):
            yield Issue(
                "paragraph-inconsistent",
                Category.CONSISTENCY,
                Severity.WARNING,
                "body",
                _(
                    "the same Chinese as paragraph {number} is translated differently: "
                    "use one translation"
                ).format(number=earlier + 1),
                paragraph=index,
                lang="en",
            )
