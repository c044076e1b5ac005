"""A quantity found in a text (number, percentage, ordinal, date, time, phone number).

The Chinese and English readers (:mod:`numbers_zh`, :mod:`numbers_en`) both
produce these records, with values normalised so that the two sides of a
pair compare directly: 3.5亿 and "350 million" are both ``Decimal(350000000)``.
This module also holds what both readers share: the full-width folding table
and the patterns for times, ISO dates and phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

DateParts = tuple[int | None, int | None, int | None]  # (year, month, day); None when not said


class QuantityKind(StrEnum):
    NUMBER = "number"
    PERCENT = "percent"
    ORDINAL = "ordinal"
    DATE = "date"
    TIME = "time"
    PHONE = "phone"
    WEEKDAY = "weekday"
    LABEL = "label"


# A weekday's value is its English name, the same on both sides (星期二 and "Tuesday").
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity, its normalised value and where it is.

    ``certain`` is False for what may rightly have no counterpart in a
    translation: 一 or "one" used as "a", 两国 "both countries", "first",
    numerals inside names (G20, 5G), approximations (三四个). ``unit`` is the
    code of the unit written with a number (:mod:`cipeditor.text.units`).
    """

    kind: QuantityKind
    value: Decimal | int | DateParts | tuple[int, int] | str
    start: int
    end: int
    certain: bool = True
    unit: str | None = None

    @property
    def is_year(self) -> bool:
        """A whole number that reads as a year (2019), said with or without 年."""
        return (
            self.kind is QuantityKind.NUMBER
            and self.value == self.value.to_integral_value()
            and 1900 <= self.value <= 2100
        )


# Full-width digits and signs folded to ASCII one for one, so spans stay valid.
FULL_WIDTH = str.maketrans("０１２３４５６７８９％．：－～＋（）", "0123456789%.:-~+()")
# A full-width digit, or an ASCII one before a full-width sign; written to begin with
# one character class, so that re skips to the digits instead of trying two branches
# at every character (twice as fast on a paragraph).
_FULL_WIDTH_DIGIT = re.compile("[0-9０-９](?:(?<=[０-９])|[％．：－～])")

# Phone numbers: "86 0519 86361787", "+86-519-8636 1787", "(0519) 86361787", mobiles.
PHONE = (
    r"(?<![\d.,])(?:\+?\d{1,3}[ \-])?(?:\(0?\d{2,4}\) ?|0?\d{2,4}[ \-])"
    r"(?:\d{7,8}|\d{3,4}[ \-]\d{4})(?!\d)"
    r"|(?<!\d)1[3-9]\d{9}(?!\d)"
)
ISO_DATE = r"(?P<iy>\d{4})(?P<isep>[-./])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d)"
CLOCK = r"(?P<ch>\d{1,2}):(?P<cm>\d{2})(?::\d{2})?(?!\d)"
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


_GROUPING = str.maketrans("", "", ", \u00a0\u2009\u202f")


def decimal_of(text: str) -> Decimal:
    """ "12,000.5" → Decimal("12000.5"); "12 000" (grouped by a space) → Decimal("12000")."""
    if not text.isdigit():
        text = text.translate(_GROUPING)
    return Decimal(text)


def fraction(numerator: int, denominator: int) -> Decimal:
    """三分之一 and "one third" as the same Decimal (rounded, so that both sides agree)."""
    return (Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.000001"))


def phone_digits(text: str) -> str:
    """The digits of a phone number without country code 86 and trunk 0, to compare."""
    digits = "".join(char for char in text if char.isdigit())
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) > 11:
        digits = digits[2:]
    return digits.lstrip("0")


def list_label(text: str, label: re.Pattern) -> tuple[Quantity | None, str]:
    """The label opening a list item — （三）, 一、, "(3)" — and the text with it blanked.

    A label is no quantity of the sentence: read as one, "(3)" would stand in
    for the 三 of 三年 further on. It is kept, uncertain, as "#3" on both sides.
    """
    match = label.match(text)
    if not match:
        return None, text
    number = match["label"]
    value = number if number.isascii() else None
    if value is None:
        from cipeditor.text.chinese_numerals import read_numeral

        read = read_numeral(number)
        value = str(read[0]) if read and read[1] == len(number) else None
    if value is None:
        return None, text
    start, end = match.span()
    found = Quantity(QuantityKind.LABEL, f"#{int(value)}", start, end, False)
    return found, text[:start] + " " * (end - start) + text[end:]


def fold_full_width(text: str) -> str:
    """Full-width digits and the signs next to digits as ASCII, when the text has any."""
    if text.isascii() or not _FULL_WIDTH_DIGIT.search(text):
        return text
    return text.translate(FULL_WIDTH)


def scan(text: str, starts: Iterable[tuple[int, re.Pattern]]) -> Iterator[re.Match]:
    """Matches tried only at ``starts`` (ascending), each with its own pattern, without overlaps.

    Trying one big pattern at every character costs ~1 ms a paragraph; the
    readers find the few places where a quantity can begin and try there only
    the alternatives that can begin with that character.
    """
    end = 0
    for start, pattern in starts:
        if start >= end and (match := pattern.match(text, start)):
            end = match.end()
            yield match
