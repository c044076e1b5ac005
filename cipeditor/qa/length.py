"""Length and shift checks: a pair much longer or shorter than the article's own norm,
an English side that has slid against the Chinese after a dropped paragraph.

The norm is the median, over the article's body pairs with enough text, of
English characters per Chinese character; so a terse or a wordy translator
is measured against their own habit, not a fixed figure.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from cipeditor.i18n import _
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.registry import CheckContext, article_check
from cipeditor.qa.terms import rendered, zh_terms
from cipeditor.text.script import han_count

MIN_HAN = 20  # shorter pairs vary too much to judge
MIN_PAIRS_FOR_NORM = 3
TOO_SHORT, TOO_LONG = 0.45, 2.2  # times the norm
_NORM = "length.norm"
_RATIOS = "length.ratios"
MIN_SHIFT_GAIN = 1.0  # in paragraphs' worth of terms fitting the neighbour instead
MIN_SHIFT_GAIN_BEFORE_GAP = 0.6
MIN_HAN_FOR_SHAPE = 4  # a pair judged by its length alone: a heading has a few characters
MAX_LENGTH_GAIN = 0.5
MIN_PAIR_GAIN = 0.15
_VALUES = "length.quantity-values"


def _ratio(zh: str, en: str) -> float | None:
    chars = han_count(zh)
    if chars < MIN_HAN or not en.strip():
        return None
    return len(en.strip()) / chars


def article_norm(ctx: CheckContext) -> float | None:
    """The article's median English/Chinese length ratio, or None with too few pairs to tell."""
    if _NORM not in ctx.cache:
        ratios = _ratios(ctx)
        known = [ratio for ratio in ratios if ratio is not None]
        ctx.cache[_NORM] = _median(known) if len(known) >= MIN_PAIRS_FOR_NORM else None
    return ctx.cache[_NORM]


def _ratios(ctx: CheckContext) -> list[float | None]:
    """Each body pair's ratio (None when too short to judge), computed once per check run."""
    if _RATIOS not in ctx.cache:
        ctx.cache[_RATIOS] = [_ratio(pair.zh, pair.en) for pair in ctx.article.body]
    return ctx.cache[_RATIOS]


def _median(values: list[float]) -> float:
    # statistics.median, without importing statistics (and fractions, decimal…) at start-up.
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


@article_check("length-ratio", Category.LENGTH)
def length_ratio(ctx: CheckContext) -> Iterator[Issue]:
    """An English side far shorter or longer than the article's norm: a sentence missing."""
    norm = article_norm(ctx)
    if norm is None:
        return
    for index, ratio in enumerate(_ratios(ctx)):
        if ratio is None:
            continue
        if ratio < TOO_SHORT * norm:
            message = _(
                "the English is much shorter than the Chinese for this article: a sentence is "
                "probably missing in the English"
            )
            lang = "en"
        elif ratio > TOO_LONG * norm:
            message = _(
                "the English is much longer than the Chinese for this article: a sentence is "
                "probably missing in the Chinese, or the English holds more than this paragraph"
            )
            lang = "zh"
        else:
            continue
        yield Issue("length-ratio", Category.LENGTH, Severity.WARNING, "body", message, index, lang)


@article_check("shifted-pairs", Category.ALIGNMENT)
def shifted_pairs(ctx: CheckContext) -> Iterator[Issue]:
    """A run of pairs whose English translates the neighbouring Chinese: a paragraph was dropped."""
    body = ctx.article.body
    if not any(bool(pair.zh.strip()) != bool(pair.en.strip()) for pair in body):
        # A dropped paragraph leaves a pair with one side empty (at the end, or
        # where the gap was left); without one, the pairs cannot have slid.
        return
    anchors = [_zh_anchors(ctx, pair.zh) for pair in body]
    own = [_fit(ctx, anchors[index], pair.en) for index, pair in enumerate(body)]
    for step, message in (
        (1, _("the English seems to translate the next Chinese paragraph: ")),
        (-1, _("the English seems to translate the previous Chinese paragraph: ")),
    ):
        gains = [_gain(ctx, anchors, own, index, step) for index in range(len(body))]
        first, last, total = _best_run(gains)
        # A pair that gains next to nothing joins the run by chance: leave it out.
        while first < last and gains[first] < MIN_PAIR_GAIN:
            first += 1
        while last > first and gains[last] < MIN_PAIR_GAIN:
            last -= 1
        # One pair alone is shifted only when an emptied last pair shows where the
        # drop went; then it needs less evidence.
        if last == first and _gap_after(body, last):
            if total < MIN_SHIFT_GAIN_BEFORE_GAP:
                continue
        elif total < MIN_SHIFT_GAIN or last == first:
            continue
        for index in range(first, last + 1):
            if body[index].en.strip():
                yield Issue(
                    "shifted-pairs",
                    Category.ALIGNMENT,
                    Severity.WARNING,
                    "body",
                    message + _("a paragraph is probably missing on one side, shifting the pairs"),
                    paragraph=index,
                    lang="en",
                )
        return


def _fit(ctx: CheckContext, anchors: list, en: str) -> float | None:
    """The share of ``anchors`` the English ``en`` renders (None when there is nothing to judge)."""
    if not anchors or not en.strip():
        return None
    return _score(ctx, anchors, en) / len(anchors)


def _gain(
    ctx: CheckContext, anchors: list[list], own: list[float | None], index: int, step: int
) -> float:
    """How much better the English of pair ``index`` fits the Chinese ``step`` pairs away."""
    other = index + step
    if own[index] == 1.0 or not 0 <= other < len(anchors):
        return 0.0  # all its own Chinese holds is there, or no neighbour: not shifted
    en = ctx.article.body[index].en
    fit = _fit(ctx, anchors[other], en)
    if fit is not None and own[index] is not None:
        return fit - own[index]
    # No terms or numbers to go by (a heading, a quote): the length must tell.
    return _length_gain(ctx, en, index, other)


def _length_gain(ctx: CheckContext, en: str, index: int, other: int) -> float:
    """How much better the length of ``en`` suits the Chinese of pair ``other`` than its own.

    Misfit is how far the English/Chinese ratio is from the article's norm, in
    orders of magnitude; worth at most half a term's evidence either way.
    """
    norm = article_norm(ctx)
    body = ctx.article.body
    own_chars, other_chars = han_count(body[index].zh), han_count(body[other].zh)
    if norm is None or not en.strip() or min(own_chars, other_chars) < MIN_HAN_FOR_SHAPE:
        return 0.0
    length = len(en.strip())
    misfit_own = abs(math.log(length / own_chars / norm))
    misfit_other = abs(math.log(length / other_chars / norm))
    gain = (misfit_own - misfit_other) / 2
    return max(-MAX_LENGTH_GAIN, min(MAX_LENGTH_GAIN, gain))


def _gap_after(body: list, index: int) -> bool:
    return index + 2 == len(body) and not (body[-1].zh.strip() and body[-1].en.strip())


def _best_run(gains: list[float]) -> tuple[int, int, float]:
    """The stretch of pairs with the largest total gain (first, last, total)."""
    best = (0, -1, 0.0)
    start, total = 0, 0.0
    for index, gain in enumerate(gains):
        if total <= 0:
            start, total = index, 0.0
        total += gain
        if total > best[2]:
            best = (start, index, total)
    return best


def _zh_anchors(ctx: CheckContext, zh: str) -> list:
    """What must reappear in a translation of ``zh``: its glossary terms and its quantities.

    Quantities by value, so that 3.5亿 is found in "350 million", 三十周年 in
    "30th anniversary" and 4月14日 in "April 14".
    """
    entries = {hit.entry.zh: hit.entries for hit in zh_terms(ctx, zh)}
    return [*entries.values(), *(_Value(value) for value in _values(ctx, zh, "zh"))]


class _Value(tuple):
    """A quantity's value as an anchor (a tuple, to tell it from a term's entries)."""

    __slots__ = ()

    def __new__(cls, value: object) -> _Value:
        return super().__new__(cls, (value,))


def _values(ctx: CheckContext, text: str, lang: str) -> frozenset:
    """The values of the quantities ``text`` certainly holds (cached: each text is asked twice)."""
    cache = ctx.cache.setdefault(_VALUES, {})
    found = cache.get((lang, text))
    if found is None:
        from cipeditor.text import numbers_en, numbers_zh

        reader = numbers_zh if lang == "zh" else numbers_en
        found = frozenset(
            quantity.value
            for quantity in (reader.quantities(text) if text else ())
            if quantity.certain or lang == "en"
        )
        cache[(lang, text)] = found
    return found


def _score(ctx: CheckContext, anchors: list, en: str) -> int:
    score = 0
    for anchor in anchors:
        if isinstance(anchor, _Value):
            score += anchor[0] in _values(ctx, en, "en")
        else:
            score += rendered(ctx, anchor, en)
    return score
