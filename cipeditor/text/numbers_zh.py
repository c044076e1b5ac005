"""Quantities in Chinese text: 3.5亿, 1.2万, 百分之三十五, 第四次, 2019年10月29日至30日, 两千.

One pattern scans the text once; each alternative turns into
:class:`~cipeditor.text.quantity.Quantity` records. Single numeral characters
(一 in 统一, 两 in 两国, 三 in 三星) are kept but marked uncertain: they count
when the English has the number, and are not missed when it has not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from cipeditor.text.chinese_numerals import (
    DIGITS,
    NUMERAL_CHARS,
    read_digit_string,
    read_numeral,
)
from cipeditor.text.quantity import (
    ARABIC,
    CLOCK,
    ISO_DATE,
    PHONE,
    WEEKDAYS,
    Quantity,
    QuantityKind,
    decimal_of,
    fold_full_width,
    fraction,
    list_label,
    scan,
)
from cipeditor.text.units import zh_unit

_CN = f"[{NUMERAL_CHARS}]"
_CN_DIGIT = "[〇零一二三四五六七八九]"
_RANGE = r"(?:至|到|—|–|-|~)"
_DAY_PERIOD = "上午|下午|晚上|早上|凌晨|中午|傍晚"


def _date_pattern(year: str, part: str) -> str:
    """2019年10月29日至30日, 1至4月, written with ``year`` and ``part`` (month, day) numbers."""
    return (
        rf"(?:(?P<y>{year})年)?(?:(?P<m0>{part}){_RANGE})?(?P<m>{part})月(?:(?P<d>{part})[日号])?"
        rf"(?:{_RANGE}(?:(?:(?P<y2>{year})年)?(?P<m2>{part})月(?:(?P<d2>{part})[日号])?"
        rf"|(?P<d3>{part})[日号]))?"
    )


def _time_pattern(number: str) -> str:
    """下午3点半, 18时40分, written with ``number`` numbers."""
    return (
        rf"(?=(?:{_DAY_PERIOD})|(?:{number})[点时](?:(?:{number})分|半))"
        rf"(?P<period>{_DAY_PERIOD})?(?P<th>{number})[点时](?:(?P<tm>{number})分|(?P<half>半))?"
    )


# Dates and times come in Arabic digits or in numerals (二〇一九年十月一日, 上午九点);
# numerals are checked by value afterwards (十三月 is not a month).
_ARABIC_DATE = _date_pattern(r"\d{4}", r"\d{1,2}")
_NUMERAL_DATE = _date_pattern(f"{_CN_DIGIT}{{4}}", "[一二三四五六七八九十]{1,3}")
_ARABIC_TIME = _time_pattern(r"\d{1,2}")
_NUMERAL_TIME = _time_pattern("[一二两三四五六七八九十]{1,3}")

# Multipliers written after Arabic digits: 3.5亿, 1.2万, 5000万.
SCALES = {"万亿": 10**12, "千万": 10**7, "百万": 10**6, "亿": 10**8, "万": 10**4}
# Measure words after which a lone numeral (三家, 五项) is a real count.
# 三大展区 "three exhibition areas": 大 after a numeral counts what follows.
MEASURE_WORDS = frozenset("个家名位项次届批条件座所人年天月周岁份种类场轮期只台辆大")
# 近千家 "nearly 1,000", 上万人 "tens of thousands": a unit alone after these words.
APPROXIMATE = frozenset("近上逾超约过数成")
# Hours are 12-hour after these words: 下午3点 is 15:00.
AFTERNOON = frozenset({"下午", "晚上", "傍晚"})

_ALTERNATIVES = {
    "phone": PHONE,
    "iso": ISO_DATE,
    "clock": CLOCK,
    "cntime": _ARABIC_TIME,
    "date": _ARABIC_DATE,
    "year": r"(?P<yy>\d{4})年(?!代)",
    "dayonly": r"(?P<d4>\d{1,2})[日号]",
    "arabic": rf"(?P<num>{ARABIC})(?P<scale>万亿|千万|百万|亿|万)?(?P<numpct>%)?",
    "ord": rf"第(?P<ov>\d+|{_CN}+)",
    "pct": rf"百分之(?P<pv>{ARABIC}|{_CN}+(?:点{_CN_DIGIT}+)?)",
    "cnnumtime": _NUMERAL_TIME,
    "cndate": _NUMERAL_DATE,
    "cnyear": rf"(?P<yy>{_CN_DIGIT}{{4}})年(?!代)",
    "fraction": rf"(?P<fd>{_CN}+)分之(?P<fn>{_CN}+)",
    "numeral": rf"(?P<cn>{_CN}+)(?:点(?P<cnfrac>{_CN_DIGIT}+)(?:万亿|亿|万)?)?(?P<cnpct>%)?",
}


def _pattern(*names: str) -> re.Pattern:
    """The alternatives that can begin with one kind of character, in order of preference."""
    return re.compile("|".join(f"(?P<{name}>{_ALTERNATIVES[name]})" for name in names))


# Each start tries only the alternatives that can begin with its character.
_BY_DIGIT = _pattern("phone", "iso", "clock", "cntime", "date", "year", "dayonly", "arabic")
_BY_NUMERAL = _pattern("pct", "cnnumtime", "cndate", "cnyear", "fraction", "numeral")
_BY_FIRST_CHAR = {char: _BY_DIGIT for char in "0123456789+("}
_BY_FIRST_CHAR["第"] = _pattern("ord")
# 星期二, 周二, 礼拜天 (not 每周一次 "once a week"); 上半年 "the first half"; 翻一番 "doubled".
_WEEKDAY_NUMBERS = "一二三四五六日天"
_BY_FIRST_CHAR.update(
    dict.fromkeys(
        "星周礼",
        re.compile(f"(?P<weekday>(?:星期|礼拜|周)(?P<wd>[{_WEEKDAY_NUMBERS}])(?![次年个]))"),
    )
)
# 上半年 is found from its 半, rarer than 上 and 下 (以上, 上午, 下一步).
_BY_FIRST_CHAR["半"] = re.compile("(?P<half>(?<=[上下])半年)")
_BY_FIRST_CHAR["翻"] = re.compile("(?P<times>翻(?P<tn>[一两二三])番)")
_ANY_HOUR = r"\d{1,2}|[一二两三四五六七八九十]{1,3}"
_BY_PERIOD = re.compile(f"(?P<cntime>{_time_pattern(_ANY_HOUR)})")
# Where a quantity can begin: a digit, a numeral, 第, or a phone number's + or (.
_START = re.compile("[0-9+(第〇零一二两三四五六七八九十百千万亿星周礼半翻]")
_PERIOD_START = re.compile(f"(?:{_DAY_PERIOD})(?=[0-9{NUMERAL_CHARS}])")
# （三）, (3), 一、 opening a list item.
_LABEL = re.compile(rf"\s*[(（]?(?P<label>{_CN}{{1,3}}|\d{{1,2}})[)）、]")
_LOOSE_AFTER = ("年代", "倍")
_BARE_UNITS = {"百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def quantities(text: str) -> list[Quantity]:
    """Every quantity in a Chinese text, in order."""
    folded = fold_full_width(text)
    label, folded = list_label(folded, _LABEL)
    found: list[Quantity] = [label] if label else []
    for match in _matches(folded):
        found.extend(_read(match, folded))
    return found


def _matches(text: str) -> Iterator[re.Match]:
    """What :func:`scan` finds from :func:`_starts`, without listing every start first."""
    if _PERIOD_START.search(text):  # 下午3点: rare, and its start comes before the digits
        yield from scan(text, _starts(text))
        return
    get = _BY_FIRST_CHAR.get
    end = 0
    for start in _START.finditer(text):
        at = start.start()
        if at >= end and (match := get(start.group(), _BY_NUMERAL).match(text, at)):
            end = match.end()
            yield match


def _starts(text: str) -> list[tuple[int, re.Pattern]]:
    get = _BY_FIRST_CHAR.get
    starts = [(match.start(), get(match.group(), _BY_NUMERAL)) for match in _START.finditer(text)]
    periods = [(match.start(), _BY_PERIOD) for match in _PERIOD_START.finditer(text)]
    if periods:  # 下午3点: the time starts with 下午
        starts = sorted(starts + periods, key=lambda start: start[0])
    return starts


def _read(match: re.Match, text: str) -> Iterator[Quantity]:
    group = match.lastgroup
    if group in ("weekday", "half", "times"):
        yield _named_day_or_multiple(match)
    elif group in _SIMPLE:
        yield _SIMPLE[group](match)
    elif group in ("cntime", "cnnumtime"):
        yield from _time(match, *match.span())
    elif group in ("date", "cndate"):
        yield from _dates(match, *match.span())
    elif group == "arabic":
        yield _arabic(match, text)
    elif group == "fraction":
        yield from _fraction(match)
    elif group == "numeral":
        yield from _numerals(match, text)
    else:
        yield from _counted(match)


def _named_day_or_multiple(match: re.Match) -> Quantity:
    """星期二 (a weekday), 上半年 (the first half, an ordinal), 翻一番 (doubled, times 2)."""
    span, group = match.span(), match.lastgroup
    if group == "weekday":
        day = min(_WEEKDAY_NUMBERS.index(match["wd"]), 6)  # 日 and 天 are both Sunday
        return Quantity(QuantityKind.WEEKDAY, WEEKDAYS[day], *span)
    if group == "half":
        first = match.string[span[0] - 1] == "上"
        return Quantity(QuantityKind.ORDINAL, 1 if first else 2, span[0] - 1, span[1])
    return Quantity(QuantityKind.NUMBER, Decimal(2 ** _int(match["tn"])), *span)


def _counted(match: re.Match) -> Iterator[Quantity]:
    """Years (2019年), ordinals (第四) and percentages (百分之三十五) written in numerals."""
    start, end = match.span()
    if match.lastgroup in ("year", "cnyear"):
        year = _int(match["yy"])
        if year is not None:
            yield Quantity(QuantityKind.NUMBER, Decimal(year), start, end)
    elif match.lastgroup == "ord":
        value = _int(match["ov"])
        if value is not None:
            # 第一季度 "the first quarter" is no mere "first" (首次 "for the first time").
            certain = value >= 2 or match.string.startswith("季", end)
            yield Quantity(QuantityKind.ORDINAL, value, start, end, certain)
    else:
        percent = _decimal(match["pv"])
        if percent is not None:
            yield Quantity(QuantityKind.PERCENT, percent, start, end)


def _arabic(match: re.Match, text: str) -> Quantity:
    start, end = match.span()
    value = decimal_of(match["num"]) * SCALES.get(match["scale"] or "", 1)
    kind = QuantityKind.PERCENT if match["numpct"] else QuantityKind.NUMBER
    # Digits in a name (G20, 5G), a decade (90年代, "the 1990s") or a multiple (增长1倍,
    # "doubled") may have no counterpart.
    certain = not _next_to_latin(text, start, end) and not text.startswith(_LOOSE_AFTER, end)
    return Quantity(kind, value, start, end, certain, zh_unit(text, end))


_SIMPLE = {
    "phone": lambda m: Quantity(QuantityKind.PHONE, m["phone"], *m.span()),
    "iso": lambda m: Quantity(
        QuantityKind.DATE, (int(m["iy"]), int(m["im"]), int(m["id"])), *m.span()
    ),
    "clock": lambda m: Quantity(QuantityKind.TIME, (int(m["ch"]), int(m["cm"])), *m.span()),
    # 30日 alone: a day of a month named earlier, or not a date at all.
    "dayonly": lambda m: Quantity(QuantityKind.DATE, (None, None, int(m["d4"])), *m.span(), False),
}


def _time(match: re.Match, start: int, end: int) -> Iterator[Quantity]:
    hour = _int(match["th"])
    minute = 30 if match["half"] else (_int(match["tm"]) if match["tm"] else 0)
    if hour is None or minute is None or hour > 24 or minute > 59:
        return
    if match["period"] in AFTERNOON and hour < 12:
        hour += 12
    yield Quantity(QuantityKind.TIME, (hour, minute), start, end)


def _dates(match: re.Match, start: int, end: int) -> Iterator[Quantity]:
    """One date, or both ends of a range: 2019年10月29日至30日 gives the 29th and the 30th."""
    year, month, day = _int(match["y"]), _int(match["m"]), _int(match["d"])
    if month is None or not 1 <= month <= 12:
        return
    first_month = _int(match["m0"])
    if first_month is not None and 1 <= first_month < month:  # 1至4月: January to April
        yield Quantity(QuantityKind.DATE, (year, first_month, None), start, end)
    elif first_month is not None:  # 15至4月 is no range of months: keep the number
        yield Quantity(QuantityKind.NUMBER, Decimal(first_month), *match.span("m0"))
    yield Quantity(QuantityKind.DATE, (year, month, day), start, end)
    if match["m2"] or match["d2"] or match["d3"]:
        year2 = _int(match["y2"]) if match["y2"] else year
        month2 = _int(match["m2"]) if match["m2"] else month
        day2 = _int(match["d2"] or match["d3"])
        yield Quantity(QuantityKind.DATE, (year2, month2, day2), start, end)


def _numerals(match: re.Match, text: str) -> Iterator[Quantity]:
    """A run of Chinese numerals, read as one number or split where it stops being one."""
    run, base = match["cn"], match.start("cn")
    if match["cnfrac"] is not None or match["cnpct"]:
        value = _decimal(match.group(0).rstrip("%"))
        if value is not None:
            kind = QuantityKind.PERCENT if match["cnpct"] else QuantityKind.NUMBER
            yield Quantity(kind, value, match.start(), match.end())
        return
    pieces = []
    offset = 0
    whole = True
    while offset < len(run):
        read = read_numeral(run[offset:])
        if read is None:
            if not offset and run[0] in "百千万亿" and text[base - 1 : base] in APPROXIMATE:
                pieces.append((_BARE_UNITS[run[0]], base, base + 1))
                whole = False
            offset += 1
            continue
        pieces.append((read[0], base + offset, base + offset + read[1]))
        offset += read[1]
    whole = whole and len(pieces) == 1 and pieces[0][2] - pieces[0][1] == len(run)
    if whole and pieces[0][0] < 10 and text[pieces[0][2] : pieces[0][2] + 1] == "成":
        value, start, end = pieces[0]  # 四成 is 40%
        yield Quantity(QuantityKind.PERCENT, Decimal(value * 10), start, end + 1, value >= 2)
        return
    for value, start, end in pieces:
        certain = whole and (end - start > 1 or (value >= 3 and _measure_follows(text, end)))
        yield Quantity(QuantityKind.NUMBER, Decimal(value), start, end, certain, zh_unit(text, end))


def _fraction(match: re.Match) -> Iterator[Quantity]:
    """三分之一 "one third", 五分之二 "two fifths"."""
    denominator, numerator = _int(match["fd"]), _int(match["fn"])
    if denominator and numerator is not None:
        yield Quantity(QuantityKind.NUMBER, fraction(numerator, denominator), *match.span())


def _measure_follows(text: str, end: int) -> bool:
    return end < len(text) and text[end] in MEASURE_WORDS


def _next_to_latin(text: str, start: int, end: int) -> bool:
    """Digits inside a name such as G20 or 5G."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _int(numeral: str | None) -> int | None:
    """An integer written in Arabic digits, digit by digit (二〇一九) or as a numeral (三十)."""
    if not numeral:
        return None
    if numeral.isascii():
        return int(numeral)
    if len(numeral) == 4 and all(char in DIGITS for char in numeral):
        spelled = read_digit_string(numeral)
        if spelled is not None:
            return spelled
    read = read_numeral(numeral)
    return read[0] if read and read[1] == len(numeral) else None


def _decimal(numeral: str) -> Decimal | None:
    """ "35", "3.5", "三十五", "三点五", "三点五亿" as a Decimal."""
    if numeral[:1].isdigit():
        return decimal_of(numeral)
    scale = 1
    for suffix, factor in SCALES.items():
        if numeral.endswith(suffix) and "点" in numeral:
            numeral, scale = numeral[: -len(suffix)], factor
            break
    whole, _, fraction = numeral.partition("点")
    integer = _int(whole)
    if integer is None:
        return None
    digits = "".join(str(DIGITS[char]) for char in fraction if char in DIGITS)
    return Decimal(f"{integer}.{digits}" if digits else integer) * scale
