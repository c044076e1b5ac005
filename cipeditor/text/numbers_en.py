"""Quantities in English text: 350 million, twelve thousand, 35 percent, fourth, Oct. 29-30.

The counterpart of :mod:`numbers_zh`, producing the same records. Small
spelled-out numbers (one, two), "first"/"second" and numbers inside names
(G20, COVID-19) are marked uncertain: English uses them where Chinese has no
number (一 as "a", 首 as "first") and the reverse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import ahocorasick

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
from cipeditor.text.units import en_unit

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
UNITS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * index
    for index, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2
    )
}
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SHORT_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9}
ORDINALS = {
    word: value
    for value, word in enumerate(
        [
            "zeroth",
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
        ]
    )
}
ORDINAL_TENS = {word[:-1] + "ieth": value for word, value in TENS.items()}
ORDINAL_TENS["hundredth"] = 100

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"\d{4}(?!\d)"
_RANGE = r"\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*"
_WORD = "|".join([*UNITS, *TENS, *SCALES])
_ORDINAL_WORD = (
    "(?:(?:" + "|".join(TENS) + ")-)?(?:" + "|".join(ORDINALS) + ")|" + "|".join(ORDINAL_TENS)
)
_SMALL = "|".join(list(UNITS)[1:12])  # one to eleven
_PERCENT = r"\s*(?:%|\bpercent\b|\bper\s+cent\b|\bpct\b)"
# "12 000": thousands grouped by a space (SI and some house styles), thin or not.
_SPACED = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d|[,.]\d)"
# Fractions: "one third", "two-fifths", "a quarter of" (the denominators, and their value).
DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
DENOMINATORS |= {word: value for word, value in ORDINALS.items() if 3 <= value <= 10}
DENOMINATORS |= {word + "s": value for word, value in ORDINALS.items() if 3 <= value <= 10}
_DENOMINATOR = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
# Multiples: 翻一番 is "doubled"; said without a number they may have no counterpart.
MULTIPLES = {"doubled": 2, "double": 2, "tripled": 3, "triple": 3, "trebled": 3}
MULTIPLES |= {"quadrupled": 4, "quadruple": 4, "twofold": 2, "threefold": 3, "fourfold": 4}

_ALTERNATIVES = {
    "phone": PHONE,
    "iso": ISO_DATE,
    "clock": rf"{CLOCK}(?:\s*(?P<cap>[ap])\.?m\b\.?)?",
    "dottime": r"(?P<dh>\d{1,2})\.(?P<dmin>[0-5]\d)\s*(?P<dap>[ap])\.?m\b\.?",
    "hourtime": r"(?P<hh>\d{1,2})\s*(?P<hap>[ap])\.m\.|(?P<hh2>\d{1,2})\s*(?P<hap2>[ap])m\b",
    "mdate": rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:{_RANGE}(?:(?P<m2>{_MONTH})\s+)?"
    rf"(?P<d2>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?",
    "ddate": rf"(?P<dd>{_DAY})(?:\s+(?P<dm>{_MONTH}))?{_RANGE}(?P<dd2>{_DAY})\s+(?:of\s+)?"
    rf"(?P<dm2>{_MONTH})(?:,?\s+(?P<dy>{_YEAR}))?"
    rf"|(?P<dd3>{_DAY})\s+(?:of\s+)?(?P<dm3>{_MONTH})(?:,?\s+(?P<dy3>{_YEAR}))?",
    "mydate": rf"(?P<mm>{_MONTH})(?:,?\s+|\s+of\s+)(?P<my>{_YEAR})",
    "month": rf"\b(?P<mo>{_MONTH})",
    "ordnum": r"\b(?P<on>\d+)(?:st|nd|rd|th)\b",
    # (?i:) for headlines in title case: "350 Million Yuan".
    "arabic": rf"(?P<num>{_SPACED}|{ARABIC})(?:(?:\s+|-)(?P<scale>(?i:{'|'.join(SCALES)}))\b"
    rf"|(?P<short>{'|'.join(SHORT_SCALES)})\b)?(?P<pct>{_PERCENT})?",
    "fraction": rf"\b(?i:(?P<fn>{'|'.join(list(UNITS)[1:11])})[\s-]+(?P<fd>{_DENOMINATOR}))\b(?!-)",
    # "the first four months": January to April (1至4月).
    "monthspan": rf"\b(?i:first)\s+(?P<ms>{_SMALL}|\d{{1,2}})\s+(?i:months)\b",
    "ordword": rf"\b(?i:{_ORDINAL_WORD})\b",
    # "three in ten", "seven out of ten": 三成, 七成.
    "tenths": rf"\b(?i:(?P<tn>{_SMALL})\s+(?:out\s+of|in)\s+(?:every\s+)?ten)\b",
    "words": rf"\b(?i:(?:{_WORD})(?:(?:\s+|-)(?:{_WORD})|(?<=hundred)\s+and\s+(?:{_WORD}))*)"
    rf"\b(?P<wpct>{_PERCENT})?",
}


def _pattern(*names: str) -> re.Pattern:
    """The alternatives that can begin with one kind of token, in order of preference."""
    return re.compile("|".join(f"(?P<{name}>{_ALTERNATIVES[name]})" for name in names))


# Each start tries only the alternatives that can begin with its token.
_BY_DIGIT = _pattern("phone", "iso", "clock", "dottime", "hourtime", "ddate", "ordnum", "arabic")
_BY_MONTH = _pattern("mdate", "mydate", "month")
_BY_WORD = _pattern("monthspan", "tenths", "fraction", "ordword", "words")
_BY_NAMED = re.compile(
    rf"(?P<weekday>{'|'.join(WEEKDAYS)})\b"
    rf"|(?P<part>(?i:quarters?|half|halves))\b"
    rf"|(?P<multiple>(?i:{'|'.join(sorted(MULTIPLES, key=len, reverse=True))}))\b"
)
# "a third of", "one quarter": what comes before a denominator makes it a fraction.
# "(3) ", "3) ", "3. " opening a list item or a heading.
_LABEL = re.compile(r"\s*\(?(?P<label>\d{1,2})[).]\s")
# "350 million yuan (about US$50 million)": a conversion the translator adds for readers.
_CONVERSION_BEFORE = re.compile(
    r"\((?:(?:about|approximately|around|roughly|some|nearly|almost|c\.)\s+)?"
    r"(?:US\$|HK\$|\$|€|£|(?:USD|EUR|GBP)\s?)\Z"
)
_ONE_BEFORE = re.compile(r"\b(?:[Aa]|[Oo]ne)[\s-]\Z")
_OF_AFTER = re.compile(r"\s+of\b")
# "the first quarter", "the second half": ordinals that cannot be a mere "first".
_SPAN_BEFORE = re.compile(r"\b(?i:first|last|past|next|previous|those|these)\s+\Z")
_PERIOD_AFTER = re.compile(r"\s+(?i:quarter|half)\b")

# Where a quantity can begin: a digit, or one of the words below at the start of a
# word, found in one pass by an Aho-Corasick automaton over the lower-cased text
# (a regex trying every alternative at every character costs ten times more).
# Each word is keyed with the characters that may precede it, so that "nov" in
# "innovation" or "ten" in "often" is never even reported.
_WORD_BEFORE = " \n\t-(/\"“‘'"
_WORDS = ahocorasick.Automaton()
for _words, _pattern_of in (
    ({*UNITS, *TENS, *SCALES, *ORDINALS, *ORDINAL_TENS}, _BY_WORD),
    ({month.lower() for month in MONTHS}, _BY_MONTH),
    (
        {word.lower() for word in (*WEEKDAYS, *MULTIPLES, "quarter", "quarters", "half", "halves")},
        _BY_NAMED,
    ),
):
    for _word in _words:
        for _before in _WORD_BEFORE:
            _WORDS.add_word(_before + _word, (len(_word), _pattern_of))
for _digit in "0123456789":
    _WORDS.add_word(_digit, (1, _BY_DIGIT))
_WORDS.make_automaton()


def quantities(text: str) -> list[Quantity]:
    """Every quantity in an English text, in order."""
    folded = fold_full_width(text)
    label, folded = list_label(folded, _LABEL)
    found: list[Quantity] = [label] if label else []
    for match in scan(folded, _starts(folded)):
        found.extend(_read(match, folded))
    return found


def _starts(text: str) -> list[tuple[int, re.Pattern]]:
    starts = []
    lower = " " + text.lower()  # positions in ``lower`` are one past those in ``text``
    for end, (length, pattern) in _WORDS.iter_long(lower):
        start = end - length  # in ``text``
        if pattern is _BY_DIGIT:
            before = lower[start]
            if before.isdigit():
                continue  # inside a number already started
            if before in "+(":
                phone_start = start - 1 - (lower[start - 1] == "+")  # +86, (0519)
                starts.append((phone_start, pattern))
            starts.append((start, pattern))
        # Whole words only: not "millions", nor "Mayor".
        elif not lower[end + 1 : end + 2].isalpha():
            starts.append((start, pattern))
    return starts


def _read(match: re.Match, text: str) -> Iterator[Quantity]:
    start, end = match.span()
    group = match.lastgroup
    if group == "phone":
        yield Quantity(QuantityKind.PHONE, match["phone"], start, end)
    elif group == "iso":
        parts = (int(match["iy"]), int(match["im"]), int(match["id"]))
        yield Quantity(QuantityKind.DATE, parts, start, end)
    elif group in ("clock", "dottime", "hourtime"):
        yield from _time(match, start, end)
    elif group in ("mdate", "ddate", "mydate"):
        yield from _dates(match, start, end)
    elif group == "month":
        # "May" alone is mostly the verb; other months alone count.
        if match["mo"] != "May":
            yield Quantity(
                QuantityKind.DATE, (None, MONTHS[match["mo"].rstrip(".")], None), start, end
            )
    elif group == "ordnum":
        yield Quantity(QuantityKind.ORDINAL, int(match["on"]), start, end)
    elif group == "arabic":
        yield _arabic(match, text, start, end)
    elif group in ("monthspan", "tenths"):
        yield from _spans_and_shares(match, start, end)
    elif group == "ordword":
        yield _ordinal_or_fraction(match, text, start, end)
    elif group in ("weekday", "part", "multiple"):
        yield from _named(match, text, start, end)
    else:
        yield _spelled(match, text, start, end)


def _spelled(match: re.Match, text: str, start: int, end: int) -> Quantity:
    """A number in words ("twelve thousand", "35 percent") or a fraction ("two-fifths")."""
    if match.lastgroup == "fraction":
        numerator = UNITS[match["fn"].lower()]
        if _SPAN_BEFORE.search(text, max(0, start - 10), start):  # "the first three quarters"
            return Quantity(QuantityKind.NUMBER, Decimal(numerator), start, end, False)
        value = fraction(numerator, DENOMINATORS[match["fd"].lower()])
        return Quantity(QuantityKind.NUMBER, value, start, end)
    value = _words_value(match["words"].lower())
    kind = QuantityKind.PERCENT if match["wpct"] else QuantityKind.NUMBER
    certain = value > 10 and match["words"].lower() not in SCALES
    return Quantity(kind, Decimal(value), start, end, certain, en_unit(text, start, end))


def _spans_and_shares(match: re.Match, start: int, end: int) -> Iterator[Quantity]:
    """ "the first four months" (January and April, each may be unsaid), "three in ten" (30%)."""
    if match["tn"]:
        value = Decimal(UNITS[match["tn"].lower()] * 10)
        yield Quantity(QuantityKind.PERCENT, value, start, end)
        return
    months = match["ms"]
    count = int(months) if months.isdigit() else UNITS[months.lower()]
    if 1 < count < 12:
        yield Quantity(QuantityKind.DATE, (None, 1, None), start, end, False)
        yield Quantity(QuantityKind.DATE, (None, count, None), start, end, False)
    yield Quantity(QuantityKind.NUMBER, Decimal(count), start, end, False)


def _ordinal_or_fraction(match: re.Match, text: str, start: int, end: int) -> Quantity:
    """ "third" an ordinal, but "a third of" a fraction; "first quarter" a certain ordinal."""
    word = match["ordword"].lower()
    if (
        word in DENOMINATORS
        and _ONE_BEFORE.search(text, max(0, start - 4), start)
        and _OF_AFTER.match(text, end)
    ):
        return Quantity(QuantityKind.NUMBER, fraction(1, DENOMINATORS[word]), start, end)
    value = _ordinal_value(word)
    certain = value >= 3 or bool(_PERIOD_AFTER.match(text, end))
    return Quantity(QuantityKind.ORDINAL, value, start, end, certain)


def _named(match: re.Match, text: str, start: int, end: int) -> Iterator[Quantity]:
    """A weekday, "a quarter of" or "half", "doubled": said or not, each may be added freely."""
    if match["weekday"]:
        yield Quantity(QuantityKind.WEEKDAY, match["weekday"], start, end, False)
    elif match["multiple"]:
        value = Decimal(MULTIPLES[match["multiple"].lower()])
        yield Quantity(QuantityKind.NUMBER, value, start, end, False)
    elif (word := match["part"].lower()) in ("half", "halves"):
        yield Quantity(QuantityKind.NUMBER, fraction(1, 2), start, end, False)
    elif _ONE_BEFORE.search(text, max(0, start - 4), start):
        yield Quantity(QuantityKind.NUMBER, fraction(1, DENOMINATORS[word]), start, end)


def _arabic(match: re.Match, text: str, start: int, end: int) -> Quantity:
    value = decimal_of(match["num"])
    if match["scale"]:
        value *= SCALES[match["scale"].lower()]
    elif match["short"]:
        value *= SHORT_SCALES[match["short"]]
    kind = QuantityKind.PERCENT if match["pct"] else QuantityKind.NUMBER
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before == "-" and start > 1:
        before = text[start - 2]  # COVID-19
    inside_name = before.isalpha() or (after.isalpha() and not match["scale"] and not match["pct"])
    certain = not inside_name and not _CONVERSION_BEFORE.search(text, max(0, start - 24), start)
    return Quantity(kind, value, start, end, certain, en_unit(text, start, end))


def _time(match: re.Match, start: int, end: int) -> Iterator[Quantity]:
    hour = int(match["ch"] or match["dh"] or match["hh"] or match["hh2"])
    minutes = match["cm"] or match["dmin"]
    minute = int(minutes) if minutes else 0
    period = match["cap"] or match["dap"] or match["hap"] or match["hap2"]
    if period == "p" and hour < 12:
        hour += 12
    elif period == "a" and hour == 12:
        hour = 0
    if hour <= 24 and minute <= 59:
        yield Quantity(QuantityKind.TIME, (hour, minute), start, end)


def _dates(match: re.Match, start: int, end: int) -> Iterator[Quantity]:
    """One date or both ends of a range: "October 29 to 30, 2019" gives the 29th and the 30th."""
    group = match.lastgroup
    if group == "mydate":
        yield Quantity(QuantityKind.DATE, (int(match["my"]), _month(match["mm"]), None), start, end)
        return
    if group == "mdate":
        month, day, month2, day2, year = (
            match["m"],
            match["d"],
            match["m2"] or match["m"],
            match["d2"],
            match["y"],
        )
    elif match["dd3"]:
        month, day, month2, day2, year = match["dm3"], match["dd3"], None, None, match["dy3"]
    else:
        month2 = match["dm2"]
        month, day, day2, year = match["dm"] or month2, match["dd"], match["dd2"], match["dy"]
    year_value = int(year) if year else None
    yield Quantity(QuantityKind.DATE, (year_value, _month(month), _day(day)), start, end)
    if day2:
        yield Quantity(QuantityKind.DATE, (year_value, _month(month2), _day(day2)), start, end)


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def _day(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _ordinal_value(word: str) -> int:
    tens, _, unit = word.rpartition("-")
    if word in ORDINAL_TENS:
        return ORDINAL_TENS[word]
    return TENS.get(tens, 0) + ORDINALS[unit]


def _words_value(words: str) -> int:
    """ "twelve thousand" → 12000, "one hundred and five" → 105, "thirty-five" → 35."""
    total = current = 0
    for word in re.split(r"[\s-]+", words):
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
    return total + current
