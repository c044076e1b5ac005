"""Pairs the quantities of a Chinese text with those of its English translation.

Matching is greedy in two passes: equal values first (3.5亿 = 350 million),
then tolerant ones (a date without its year against the same day with it,
十九 against "19th"). What stays unmatched and is certain is a mismatch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cipeditor.text import numbers_en, numbers_zh
from cipeditor.text.quantity import Quantity, QuantityKind, phone_digits

# Words that name a year without its number: the other side may write 2019.
_RELATIVE_YEAR = {
    "zh": re.compile("今年|去年|明年|前年|同年|当年|本年|年内"),
    "en": re.compile(r"\b(?:this|last|next|that|the same|the previous|the following) year\b", re.I),
}
# Words comparing with the year before (同比 "up 15% on 2018"): that year may be named.
_YEAR_ON_YEAR = re.compile("同比|上年同期|去年同期|较上年|比上年")
FAMILIES = {
    QuantityKind.DATE: "date",
    QuantityKind.WEEKDAY: "date",
    QuantityKind.ORDINAL: "ordinal",
}


def family(quantity: Quantity) -> str:
    """ "date", "ordinal" or "numbers" (numbers, percentages, times, phone numbers)."""
    return FAMILIES.get(quantity.kind, "numbers")


@dataclass(frozen=True)
class Mismatch:
    """A certain quantity of one side without its counterpart on the other.

    ``zh``/``en`` are the quantities involved: both when one was written in
    place of the other, one when the other side has nothing to offer. The
    family ``unit`` is a matched pair whose units differ (美元 against yuan).
    """

    family: str
    zh: Quantity | None
    en: Quantity | None


@lru_cache(maxsize=256)
def compare(zh_text: str, en_text: str) -> tuple[Mismatch, ...]:
    """The mismatches between the quantities of a Chinese text and of its translation."""
    zh = numbers_zh.quantities(zh_text) if zh_text else []
    en = numbers_en.quantities(en_text) if en_text else []
    if not zh and not en:
        return ()
    zh_free, en_free, matched = _match(zh, en)
    # A value said twice on one side and once on the other is a repetition, not a loss;
    # but 翻一番 (2) does not repeat "the second half", nor 上半年 (1) "the first quarter".
    zh_values = {_said(q) for q in zh}
    en_values = {_said(q) for q in en}
    zh_free = [
        q
        for q in zh_free
        if q.certain and _said(q) not in en_values and not _year_said(q, en, en_text, "en")
    ]
    en_left = [
        q
        for q in en_free
        if _said(q) not in zh_values
        and not (q.is_year and (_year_said(q, zh, zh_text, "zh") or _year_before(q, zh, zh_text)))
    ]
    found: list[Mismatch] = []
    for item in zh_free:
        found.append(Mismatch(family(item), item, _take(en_left, item)))
    found += [Mismatch(family(item), None, item) for item in en_left if item.certain]
    found += [Mismatch("unit", a, b) for a, b in matched if a.unit and b.unit and a.unit != b.unit]
    return tuple(found)


def _said(quantity: Quantity) -> tuple:
    """What a repetition must repeat: the value, in the same family (an ordinal, a date…)."""
    return family(quantity), quantity.value


def _match(
    zh: list[Quantity], en: list[Quantity]
) -> tuple[list[Quantity], list[Quantity], list[tuple[Quantity, Quantity]]]:
    """What is left unmatched on each side, and the matched pairs."""
    zh_free, en_free = list(zh), list(en)
    matched = []
    for same in (_equal, _compatible):
        for item in list(zh_free):
            for other in en_free:
                if same(item, other):
                    zh_free.remove(item)
                    en_free.remove(other)
                    matched.append((item, other))
                    break
    return zh_free, en_free, matched


def _take(pool: list[Quantity], item: Quantity) -> Quantity | None:
    """The unmatched English quantity of the same family written in place of ``item``."""
    candidates = [q for q in pool if family(q) == family(item)]
    if not candidates:
        return None
    chosen = min(candidates, key=lambda q: not q.certain)
    pool.remove(chosen)
    return chosen


def _equal(a: Quantity, b: Quantity) -> bool:
    if a.kind is not b.kind:
        return False
    if a.kind is QuantityKind.PHONE:
        left, right = phone_digits(a.value), phone_digits(b.value)
        return left == right or (min(len(left), len(right)) >= 7 and left[-7:] == right[-7:])
    return a.value == b.value


def _compatible(a: Quantity, b: Quantity) -> bool:
    if a.kind is QuantityKind.DATE and b.kind is QuantityKind.DATE:
        pairs = list(zip(a.value, b.value, strict=True))
        agree = all(x is None or y is None or x == y for x, y in pairs)
        return agree and any(x is not None and x == y for x, y in pairs[1:])
    if _numeric(a) and _numeric(b):
        return a.value == b.value
    # 29日 against "the 29th"
    return _day_alone(a) == b.value if _numeric(b) else _numeric(a) and _day_alone(b) == a.value


_NUMERIC = frozenset({QuantityKind.NUMBER, QuantityKind.ORDINAL, QuantityKind.PERCENT})


def _numeric(quantity: Quantity) -> bool:
    return quantity.kind in _NUMERIC


def _day_alone(quantity: Quantity) -> int | None:
    if quantity.kind is QuantityKind.DATE and quantity.value[:2] == (None, None):
        return quantity.value[2]
    return None


def _year_said(year: Quantity, others: list[Quantity], text: str, lang: str) -> bool:
    """A year is not missing when the other side dates something in it, or says "this year"."""
    if not year.is_year:
        return False
    for other in others:
        if other.kind is QuantityKind.DATE and other.value[0] == year.value:
            return True
    return bool(_RELATIVE_YEAR[lang].search(text))


def _year_before(year: Quantity, zh: list[Quantity], zh_text: str) -> bool:
    """ "15 per cent more than in 2018" for 2019年……同比增长15%: the year compared with."""
    return bool(_YEAR_ON_YEAR.search(zh_text)) and any(
        (q.is_year and q.value == year.value + 1)
        or (q.kind is QuantityKind.DATE and q.value[0] == year.value + 1)
        for q in zh
    )
