"""Title checks: the headline renders its terms and is whole; persons bear their current titles."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import TypeVar

from cipeditor.glossary.entry import Entry, EntryType, OfficialTitle
from cipeditor.glossary.matcher import Matcher, fold
from cipeditor.i18n import _
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.registry import CheckContext, Segment, segment_check
from cipeditor.qa.terminology import expected_renderings, missing_terms
from cipeditor.qa.terms import glossary_matcher, published_day, zh_terms
from cipeditor.text.script import han_count

T = TypeVar("T")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words a complete English headline does not end on.
FUNCTION_WORDS = _word_set(
    "a an the of and or nor but to in on at by for from with into onto about as than via per "
    "its his her their our my your this that these those between among during over under "
    "after before toward towards"
)
# "…of the Chinese": an adjective of nationality left without its noun.
DEMONYMS = _word_set(
    "chinese israeli american british french german japanese korean russian european "
    "indian italian spanish canadian australian"
)
_CUT_ENDINGS = ("…", "...", ",", ":", ";", "-", "–", "—", "(")
_WORD = re.compile(r"[\w’'-]+")
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
_STOP = re.compile(r"[,;:.!?(，。；：]")
# Up to the last of those marks: where the clause before a name begins (one match,
# not a scan of every mark; asked for each mention of each titled person).
_UP_TO_LAST_STOP = re.compile(r".*[,;:.!?(，。；：]", re.DOTALL)
_TITLE_PART_SPLIT = re.compile(r",\s*|\s+and\s+")
_HISTORICAL_WORDS = ("former", "then", "ex-", "late")
_HISTORICAL = re.compile(rf"\b({'|'.join(_HISTORICAL_WORDS)})\b", re.IGNORECASE)
# An apposition in brackets right after a name, as honour lists write it.
_BRACKETED = re.compile(r"\s?\(([^()]+)\)")
_BEFORE = 60  # characters before a name searched for a title ("Vice President Wang Qishan")
_SHORT_HEADLINE = 0.35  # of the article's own English/Chinese ratio


@segment_check("headline-terms", Category.TITLE, uses_glossary=True)
def headline_terms(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """The English headline leaves out a glossary term of the Chinese headline."""
    if seg.field != "title":
        return
    for hit in missing_terms(ctx, seg, exempt_titles=False):
        yield Issue(
            "headline-terms",
            Category.TITLE,
            Severity.ERROR,
            "title",
            _("the headline does not render “{zh}”: expected {expected}").format(
                zh=seg.zh[hit.start : hit.end], expected=expected_renderings(hit.entry)
            ),
            lang="zh",
            start=hit.start,
            end=hit.end,
        )


@segment_check("headline-cut", Category.TITLE)
def headline_cut(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """The English headline looks cut short."""
    if seg.field != "title" or not seg.en.strip():
        return
    reason = _cut_reason(ctx, seg)
    if reason:
        yield Issue(
            "headline-cut",
            Category.TITLE,
            Severity.WARNING,
            "title",
            _("the headline looks cut short ({reason})").format(reason=reason),
            lang="en",
        )


def _cut_reason(ctx: CheckContext, seg: Segment) -> str | None:  # noqa: PLR0911  (one reason each)
    en = seg.en.strip()
    ending = next((end for end in _CUT_ENDINGS if en.endswith(end)), None)
    if ending:
        return _("it ends with “{end}”").format(end=ending)
    words = _WORD.findall(en)
    if not words:
        return None
    last = words[-1].lower()
    if last in FUNCTION_WORDS:
        return _("it ends with “{word}”").format(word=words[-1])
    if last in DEMONYMS and len(words) > 1 and words[-2].lower() in ("the", "of"):
        return _("it ends with “{words}” and no noun").format(words=" ".join(words[-2:]))
    if len(words) >= 4 and _continues_in_body(ctx, en):
        return _("it stops in the middle of the first sentence of the article")
    from cipeditor.qa.length import article_norm

    norm = article_norm(ctx)
    zh_chars = han_count(seg.zh)
    if norm and zh_chars >= 12 and len(en) / zh_chars < _SHORT_HEADLINE * norm:
        return _("it is much shorter than the Chinese headline")
    return None


def _continues_in_body(ctx: CheckContext, headline: str) -> bool:
    """The headline is the start of a phrase of the first paragraph that goes on after it."""
    first = next((pair.en for pair in ctx.article.body if pair.en.strip()), "")
    end = _SENTENCE_END.search(first)
    sentence = first[: end.start() + 1] if end else first
    at = sentence.find(headline)
    if at < 0:
        return False
    rest = sentence[at + len(headline) :]
    return bool(re.match(r"\s+[\w(]", rest))


@segment_check("person-title", Category.TITLE, uses_glossary=True)
def person_title(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """A person named beside an official title that is not theirs on the publication date."""
    matcher = glossary_matcher(ctx)
    if matcher is None or not seg.en.strip():
        return
    day = published_day(ctx)
    persons = {
        hit.entry.zh: hit.entry
        for hit in zh_terms(ctx, seg.zh)
        if hit.entry.type == EntryType.PERSON and hit.entry.titles
    }
    for person in persons.values():
        for start, end in matcher.find_en(seg.en, person):
            for phrase_start, phrase, before in _title_phrases(seg.en, start, end):
                problem = _title_problem(ctx, matcher, person, phrase, day, before=before)
                if problem:
                    message, start_in, end_in = problem
                    yield Issue(
                        "person-title",
                        Category.TITLE,
                        Severity.WARNING,
                        seg.field,
                        message,
                        paragraph=seg.paragraph,
                        lang="en",
                        start=phrase_start + start_in,
                        end=phrase_start + end_in,
                    )


def _title_phrases(text: str, start: int, end: int) -> list[tuple[int, str, bool]]:
    """The words before the name and the apposition after it: (offset, phrase, is before)."""
    phrases = []
    before = text[max(0, start - _BEFORE) : start]
    first_word = before.find(" ") + 1 if start > _BEFORE else 0  # not from inside a word
    last_stop = _UP_TO_LAST_STOP.match(before)
    clause_start = last_stop.end() if last_stop else first_word
    if before[clause_start:].strip():
        phrases.append((start - len(before) + clause_start, before[clause_start:], True))
    if text.startswith(",", end):
        stop = _STOP.search(text, end + 1)
        phrases.append((end + 1, text[end + 1 : stop.start() if stop else len(text)], False))
    elif bracket := _BRACKETED.match(text, end):  # "Qian Lixin (Chairman of …)", in a list
        phrases.append((bracket.start(1), bracket.group(1), False))
    return [(at + len(p) - len(p.lstrip()), p.strip(), b) for at, p, b in phrases if p.strip()]


def _title_problem(
    ctx: CheckContext,
    matcher: Matcher,
    person: Entry,
    phrase: str,
    day: date | None,
    *,
    before: bool = False,
) -> tuple[str, int, int] | None:
    """What is wrong with the title in ``phrase``, and where in it; None when nothing is.

    Before the name only a title right next to it counts ("Vice President Wang
    Qishan"): in "Deputy Mayor Li Lin and Ruan Xiangping" the title is Li Lin's.
    """
    folded = fold(phrase)
    # The words looked for first, the regex (words alone) only where one stands.
    if any(word in folded for word in _HISTORICAL_WORDS) and _HISTORICAL.search(phrase):
        return None  # "former Vice President": a past title, rightly named
    valid, valid_folded, other, other_folded = _person_titles(ctx, person, day)
    named = matcher.find_en_terms(phrase, EntryType.TITLE)
    if any(_names_title(folded, title, named) for title in valid_folded):
        return None
    stale = [
        (folded.index(key), t.en)
        for t, key in zip(other, other_folded, strict=True)
        if key in folded
    ]
    if before:
        named = [span for span in named if span[1] == len(phrase)]
        stale = [(at, found) for at, found in stale if at + len(found) == len(phrase)]
    if valid:
        allowed = _allowed_titles(ctx, matcher, person, day, valid)
        wrong = [(start, phrase[start:end]) for start, end, e in named if e.zh not in allowed]
        if wrong or stale:
            start, found = (wrong or stale)[0]
            message = _(
                "“{found}” is not the title of {name} on {day}: the glossary has “{title}”"
            ).format(found=found, name=person.en, day=_day(day), title=valid[0].en)
            return message, start, start + len(found)
    elif day is not None:
        keys = {entry.zh for _start, _end, entry in named}
        for title in other:
            at = folded.find(fold(title.en))
            if at >= 0 or (keys and keys <= _title_entries_of(ctx, matcher, [title])):
                start, end = (at, at + len(title.en)) if at >= 0 else named[0][:2]
                message = _("{name} was “{title}” only {period}, not on {day}").format(
                    name=person.en, title=title.en, period=_period(title), day=_day(day)
                )
                return message, start, end
    return None


def _names_title(folded: str, title: str, named: list) -> bool:
    """Whether ``folded`` names ``title`` itself, not a longer rank ending in it.

    "Deputy District Mayor of Wujin" holds "District Mayor of Wujin" but is
    another title: a rank the glossary knows must not begin before it.
    """
    at = folded.find(title)
    while at >= 0:
        if not any(start < at < end for start, end, _entry in named):
            return True
        at = folded.find(title, at + 1)
    return False


def _person_titles(
    ctx: CheckContext, person: Entry, day: date | None
) -> tuple[list, list, list, list]:
    """The titles of ``person`` in force on ``day`` and the others, each with its English folded.

    Worked out once per person and article: a person is named in many pairs.
    """

    def work_out() -> tuple[list, list, list, list]:
        valid = person.titles_on(day)
        other = [title for title in person.titles if title not in valid]
        return valid, [fold(title.en) for title in valid], other, [fold(t.en) for t in other]

    return _once(ctx, "title.person", (id(person), day), work_out)


def _allowed_titles(
    ctx: CheckContext, matcher: Matcher, person: Entry, day: date | None, valid: list
) -> set:
    """The title entries that may stand beside ``person`` on ``day`` (once per person and day)."""
    return _once(
        ctx,
        "title.allowed",
        (id(person), day),
        lambda: _title_entries_of(ctx, matcher, valid) | _title_heads_of(ctx, matcher, valid),
    )


def _title_entries_in(ctx: CheckContext, matcher: Matcher, text: str) -> list[Entry]:
    """The official-title entries the English ``text`` names, longest first, not overlapping."""
    return [entry for _start, _end, entry in matcher.find_en_terms(text, EntryType.TITLE)]


def _title_entries_of(ctx: CheckContext, matcher: Matcher, titles: list[OfficialTitle]) -> set:
    """The Chinese keys of the title entries an official title is made of, in either language."""

    def work_out() -> set:
        keys = set()
        for title in titles:
            keys |= {hit.entry.zh for hit in zh_terms(ctx, title.zh)}
            keys |= {entry.zh for entry in _title_entries_in(ctx, matcher, title.en)}
        return keys

    return _once(ctx, "title.parts", tuple(titles), work_out)


def _title_heads_of(ctx: CheckContext, matcher: Matcher, titles: list[OfficialTitle]) -> set:
    """The Chinese keys of the title entries that begin a part of an official title's English.

    “Ambassador Levi” shortens “Ambassador of Israel to China”, and “Consul
    General Shalom” “Consul General of Israel in Shanghai”; a rank inside a
    part is another one (“Mayor” in “Deputy Mayor of Changzhou”).
    """

    def work_out() -> set:
        keys = set()
        for title in titles:
            for part in _TITLE_PART_SPLIT.split(title.en):
                words = part.split()
                for count in range(1, len(words)):
                    head = " ".join(words[:count])
                    found = matcher.find_en_terms(head, EntryType.TITLE)
                    if len(found) == 1 and found[0][:2] == (0, len(head)):
                        keys.add(found[0][2].zh)
        return keys

    return _once(ctx, "title.heads", tuple(titles), work_out)


def _once(ctx: CheckContext, name: str, key: object, work_out: Callable[[], T]) -> T:
    """``work_out()``, worked out once per check of an article for ``key`` (kept in ``ctx``)."""
    cache = ctx.cache.setdefault(name, {})
    found = cache.get(key)
    if found is None:
        found = cache[key] = work_out()
    return found


def _day(day: date | None) -> str:
    return day.isoformat() if day else _("an unknown date")


def _period(title: OfficialTitle) -> str:
    start = title.valid_from.isoformat() if title.valid_from else "…"
    end = title.valid_to.isoformat() if title.valid_to else "…"
    return _("from {start} to {end}").format(start=start, end=end)
