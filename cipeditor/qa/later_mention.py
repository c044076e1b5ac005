"""A term named in full earlier in the body and referred to briefly again.

Chinese press prose repeats a full name (中以常州创新园, 阿米尔·列维大使一行) where
English, once the name has been given in full, says "the park", "Levi", "the
ambassador" or "the delegation". Such a short reference is no missing term,
provided the full rendering stands in an earlier body paragraph and the short
form is one that can only point back at it: a family name not run into another
name ("Li", not "Li Lei"), "the" before the head noun of the term or of the
person's title ("the park", "the inspector"), or a word for the group when the
Chinese says 一行. Only looked at when a term is found missing, so clean pairs
cost nothing.
"""

from __future__ import annotations

import functools
import re

from cipeditor.glossary.entry import Entry, EntryType
from cipeditor.glossary.matcher import TermHit
from cipeditor.qa.registry import CheckContext, Segment
from cipeditor.qa.terms import term_renderings

# 阮湘平一行: "Ruan and his delegation", or just "the delegation".
_GROUP_AFTER = "一行"
_GROUP_WORDS = re.compile(r"\b(?:delegation|team|group|party|entourage)s?\b", re.IGNORECASE)
_OF = re.compile(r"\s(?:of|on|for|in|to|at)\s", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*\(.*?\)")


def refers_back(ctx: CheckContext, seg: Segment, hit: TermHit, hits: list[TermHit]) -> bool:
    """Whether the English of ``seg`` refers back to ``hit``, named in full before.

    ``hits`` are all the terms of the Chinese, for the title written after a
    name (列维大使), which goes with the name.
    """
    if seg.field != "body" or not seg.paragraph:
        return False
    entry = hit.entry
    if entry.type == EntryType.TITLE:
        person = next((h for h in hits if h.end == hit.start), None)
        if person is None or person.entry.type != EntryType.PERSON:
            return False
        return _person_referred(ctx, seg, person) or refers_back(ctx, seg, person, hits)
    if entry.type == EntryType.PERSON:
        if not _person_referred(ctx, seg, hit, hits):
            return False
    elif not any(_says_the(head, seg.en) for head in _heads(entry)):
        return False
    return _named_before(ctx, hit.entries[0], seg.paragraph)


def _person_referred(
    ctx: CheckContext, seg: Segment, hit: TermHit, hits: list[TermHit] = ()
) -> bool:
    entry = hit.entry
    if _family_name_alone(seg.en, entry):
        return True
    heads = [head for title in entry.titles for head in _title_heads(title.en)]
    titled = next((h for h in hits if h.start == hit.end and h.entry.type == EntryType.TITLE), None)
    if titled is not None:
        heads += [head for form in titled.entry.renderings for head in _title_heads(form)]
    if any(_says_the(head, seg.en) for head in heads):
        return True
    after = (titled or hit).end
    return seg.zh.startswith(_GROUP_AFTER, after) and bool(_GROUP_WORDS.search(seg.en))


def _family_name_alone(en: str, entry: Entry) -> bool:
    """ "Chen said", "Ambassador Levi", "Mr. Cohen": the family name, not part of another name."""
    words = entry.en.split()
    if len(words) < 2:
        return False
    western = any("·" in form for form in (entry.zh, *entry.zh_variants))
    family = words[-1] if western else words[0]
    if family not in en:
        return False  # the pattern, word-bounded, would be tried at every character
    for match in re.finditer(rf"\b{re.escape(family)}\b", en):
        before = en[: match.start()].split()
        after = en[match.end() :]
        if re.match(r" [A-Z]", after):
            continue  # "Li Lei": another person of that name
        previous = before[-1] if before else ""
        if previous.endswith((".", ",", ";", ":", "!", "?", "”", '"')):
            return True  # "…in Changzhou. Chen said": a sentence, not a name, before it
        if previous[:1].isupper() and not _ends_title(previous):
            continue  # "Daniel Levi"
        return True
    return False


def _ends_title(word: str) -> bool:
    # "Mr Chen", "Ambassador Levi", "Consul General Shalom": a courtesy or a rank before it.
    return word.lower().rstrip(".") in _BEFORE_NAMES


_BEFORE_NAMES = frozenset(
    """mr mrs ms dr prof professor madam ambassador general consul consul-general mayor
    governor secretary director director-general minister inspector president chairman
    chairwoman""".split()  # noqa: SIM905 (a list of words reads best as words)
)


def _named_before(ctx: CheckContext, entry: Entry, paragraph: int) -> bool:
    """Whether a body paragraph before ``paragraph`` renders ``entry`` in full."""
    forms = (entry.zh, *entry.zh_variants)
    body = ctx.article.body
    for index in range(min(paragraph, len(body)) - 1, -1, -1):
        pair = body[index]
        if not any(form in pair.zh for form in forms):
            continue
        for hit, used in term_renderings(ctx, pair.zh, pair.en):
            if hit.entry.zh == entry.zh and used is not None:
                return True
    return False


def _heads(entry: Entry) -> set[str]:
    """ "park" for "China-Israel Changzhou Innovation Park", "ministry" for "Ministry of …"."""
    return {head for form in entry.renderings if (head := _head(form))}


def _head(form: str) -> str:
    form = _BRACKETS.sub("", form)
    form = _OF.split(form, maxsplit=1)[0]
    words = form.split()
    if len(words) < 2 or not form.isascii():
        return ""  # a one-word name (Israel, CIP) is its own short form
    return words[-1].lower()


def _title_heads(title: str) -> list[str]:
    """ "vice mayor" and "mayor" for "Vice Mayor of Changzhou"."""
    phrase = _OF.split(_BRACKETS.sub("", title), maxsplit=1)[0].split(" and ")[0].strip()
    words = phrase.lower().split()
    return [" ".join(words), words[-1]] if len(words) > 1 else words


def _says_the(head: str, en: str) -> bool:
    """Whether ``en`` says "the park" ("this", "its", "their") for the head noun ``head``."""
    # The pattern, word-bounded and ignoring case, is tried at every character: in plain
    # ASCII text (nearly all English) the head is looked for in the lower-cased text first.
    if en.isascii() and head.isascii() and head.lower() not in en.lower():
        return False
    return _the_head(head).search(en) is not None


@functools.lru_cache(maxsize=1024)
def _the_head(head: str) -> re.Pattern:
    return re.compile(rf"\b(?:the|this|its|their)\s+{re.escape(head)}s?\b", re.IGNORECASE)
