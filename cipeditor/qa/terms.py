"""The glossary side of a check context: one matcher per context, term hits cached by text.

Checks call :func:`glossary_matcher` and :func:`zh_terms` instead of building
their own, so an article is scanned for terms once however many checks look.
"""

from __future__ import annotations

import bisect
import functools
import re
from datetime import date

from cipeditor.glossary.entry import Entry, EntryType
from cipeditor.glossary.matcher import ForbiddenHit, Matcher, TermHit, fold, matcher_for
from cipeditor.qa.registry import CheckContext

_MATCHER = "glossary.matcher"
_HITS = "glossary.zh-hits"
_RENDERED = "glossary.rendered"
_RENDERINGS = "glossary.renderings"
_FORBIDDEN = "glossary.forbidden"
_TITLE_PARTS = re.compile(r"[、，,；;\s]+")
_CLAUSE_END = re.compile(r"[，。；：！？,.;:!?\n]")
_UNKNOWN = object()  # not in a cache (None is a cached answer)
_MAX_CACHED_TEXTS = 50_000  # the editor re-checks while typing: forget old drafts eventually


def glossary_matcher(ctx: CheckContext) -> Matcher | None:
    """The matcher of the context's glossaries, or None when there is no glossary."""
    if not ctx.glossaries:
        return None
    matcher = ctx.cache.get(_MATCHER)
    if matcher is None:
        matcher = ctx.cache[_MATCHER] = matcher_for(ctx.glossaries)
    return matcher


def zh_terms(ctx: CheckContext, text: str) -> list[TermHit]:
    """The glossary terms of the Chinese ``text`` (cached: several checks ask)."""
    hits = ctx.cache.get(_HITS)
    if hits is None:
        hits = ctx.cache[_HITS] = {}
    found = hits.get(text)
    if found is None:
        matcher = glossary_matcher(ctx)
        if matcher is None or not text:
            return []
        if len(hits) > _MAX_CACHED_TEXTS:
            hits.clear()
        found = hits[text] = matcher.match_zh(text)
    return found


def forbidden_used(ctx: CheckContext, en: str) -> list[ForbiddenHit]:
    """The forbidden variants in the English ``en`` (cached: two checks ask)."""
    matcher = glossary_matcher(ctx)
    if matcher is None or not en:
        return []
    cache = ctx.cache.setdefault(_FORBIDDEN, {})
    found = cache.get(en)
    if found is None:
        if len(cache) > _MAX_CACHED_TEXTS:
            cache.clear()
        found = cache[en] = matcher.find_forbidden(en)
    return found


def rendering_used(
    ctx: CheckContext, entries: tuple[Entry, ...], en: str
) -> tuple[Entry, int] | None:
    """The entry and the index of its longest rendering that ``en`` uses (cached per text).

    With several entries for one term (several glossaries), the longest
    rendering of any of them.
    """
    cache = ctx.cache.get(_RENDERED)
    if cache is None:
        cache = ctx.cache[_RENDERED] = {}
    key = (id(entries[0]), en)
    best = cache.get(key, _UNKNOWN)
    if best is not _UNKNOWN:
        return best
    if len(cache) > _MAX_CACHED_TEXTS * 4:
        cache.clear()
    matcher = glossary_matcher(ctx)
    best = None if matcher is None else _best_rendering(matcher, entries, en)
    cache[key] = best
    return best


def term_renderings(
    ctx: CheckContext, zh: str, en: str
) -> list[tuple[TermHit, tuple[Entry, int] | None]]:
    """Each glossary term of the Chinese ``zh`` with what :func:`rendering_used` says of it.

    Worked out once per pair for the terminology and consistency checks, which
    both ask it of every term of every pair: one pass, no lookup per term.
    """
    cache = ctx.cache.get(_RENDERINGS)
    if cache is None:
        cache = ctx.cache[_RENDERINGS] = {}
    key = (zh, en)
    found = cache.get(key)
    if found is not None:
        return found
    matcher = glossary_matcher(ctx)
    if matcher is None or not zh:
        return []
    if len(cache) > _MAX_CACHED_TEXTS:
        cache.clear()
    known: dict[int, tuple[Entry, int] | None] = {}  # by first entry, as rendering_used keys
    found = []
    folded = fold(en)
    for hit in zh_terms(ctx, zh):
        entries = hit.entries
        first = id(entries[0])
        used = known.get(first, _UNKNOWN)
        if used is _UNKNOWN:
            used = known[first] = _best_rendering(matcher, entries, en, folded)
        found.append((hit, used))
    cache[key] = found
    return found


def _best_rendering(
    matcher: Matcher, entries: tuple[Entry, ...], en: str, folded: str | None = None
) -> tuple[Entry, int] | None:
    if len(entries) == 1:  # the usual case, asked for every term of every pair: kept lean
        found = matcher.first_rendering(en, entries[0], folded)
        return (entries[0], found[0]) if found else None
    best, best_length = None, -1
    for entry in entries:
        found = matcher.first_rendering(en, entry, folded)
        if found and len(entry.renderings[found[0]]) > best_length:
            best, best_length = (entry, found[0]), len(entry.renderings[found[0]])
    return best


def rendered(ctx: CheckContext, entries: tuple[Entry, ...], en: str) -> bool:
    """Whether the English ``en`` uses a rendering of any of ``entries``."""
    return rendering_used(ctx, entries, en) is not None


def title_spans(hits: list[TermHit], text: str) -> list[tuple[int, int]]:
    """Where the Chinese ``text`` spells out the official title of a person it names.

    Inside 常州市副市长、武进区委书记李林 the place names belong to the title, which
    English often shortens or drops ("Li Lin, Deputy Mayor"; "leaders including
    Li Lin and Xu Zhiguo"); the title check judges those, the terminology check
    leaves them alone. Two rules find them: the person's titles as the glossary
    gives them, part by part (writers vary the 、 and commas between parts); and
    the ranks standing before a name in the same clause (区长徐志国), with a
    place or body written right against the rank (常州市副市长).
    """
    spans = []
    ranks = [hit for hit in hits if hit.entry.type == EntryType.TITLE]
    clause_ends = [mark.start() for mark in _CLAUSE_END.finditer(text)] if ranks else []
    for index, hit in enumerate(hits):
        if hit.entry.type != EntryType.PERSON:
            continue
        for title in hit.entry.titles:
            for part in _parts(title.zh):
                start = text.find(part)
                while start >= 0:
                    spans.append((start, start + len(part)))
                    start = text.find(part, start + 1)
        if ranks:
            before = bisect.bisect_left(clause_ends, hit.start)
            clause = clause_ends[before - 1] + 1 if before else 0
            spans += _ranks_before(hits[:index], ranks, clause, hit.start)
    return spans


def _ranks_before(
    earlier: list[TermHit], ranks: list[TermHit], clause: int, name_start: int
) -> list[tuple[int, int]]:
    """The ranks between ``clause`` and the name, and the terms written right against them."""
    found = [(rank.start, rank.end) for rank in ranks if clause <= rank.start < name_start]
    if not found:
        return []
    starts = {start for start, _end in found}
    return found + [(h.start, h.end) for h in earlier if h.start >= clause and h.end in starts]


@functools.lru_cache(maxsize=4096)
def _parts(title: str) -> tuple[str, ...]:
    return tuple(part for part in _TITLE_PARTS.split(title) if part)


def published_day(ctx: CheckContext) -> date | None:
    published = ctx.article.meta.published
    return published.date() if published else None
