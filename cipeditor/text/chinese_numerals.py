"""Chinese numerals (三十, 两千, 一百零五, 三十五万) read as integers.

A small reader of our own rather than cn2an: it reads the longest valid
numeral at a position and says how many characters it used, which is what
splitting runs such as 十二五 (12 + 5) or 三四 (3, 4: an approximation)
needs; cn2an converts whole strings only, raises on anything else and costs
~150 ms to import.
"""

from __future__ import annotations

from functools import lru_cache

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)


@lru_cache(maxsize=1024)
def read_numeral(text: str) -> tuple[int, int] | None:  # noqa: PLR0912 (one state machine)
    """The value of the longest numeral at the start of ``text`` and its length.

    ``None`` when ``text`` does not start with a numeral (万一, 千万 used as
    "must", a lone 百).
    """
    total = 0  # groups closed by 万/亿
    section = 0  # the group being read
    digit: int | None = None
    small_cap = 10**4  # a small unit must be lower than the previous one
    big_cap = 10**13
    last_unit = 0  # the unit just read, for 一万五 (15,000) / 三千五 (3,500)
    best: tuple[int, int] | None = None
    for index, char in enumerate(text):
        if char in DIGITS:
            if digit is not None:
                break  # two digits in a row: 三四 is "three or four", not 34
            value = DIGITS[char]
            if value == 0:
                last_unit = 0  # 一百零五: the zero only holds a place
                continue
            digit = value
            implicit = last_unit // 10 if last_unit >= 100 else 1
            best = (total + section + digit * implicit, index + 1)
            continue
        if char in SMALL_UNITS:
            unit = SMALL_UNITS[char]
            if unit >= small_cap:
                break
            if digit is None:
                if char != "十" or section or total or index:
                    break
                digit = 1  # 十二 is 12
            section += digit * unit
            digit, small_cap, last_unit = None, unit, unit
        elif char in BIG_UNITS:
            unit = BIG_UNITS[char]
            group = section + (digit or 0)
            if not group and not total:
                break
            if unit >= big_cap:  # 万亿: a trillion
                total = (total + group) * unit
            else:
                total += group * unit
            section, digit, small_cap, big_cap, last_unit = 0, None, 10**4, unit, unit
        else:
            break
        best = (total + section + (digit or 0), index + 1)
    return best


def read_digit_string(text: str) -> int | None:
    """二〇一九 → 2019: digits written one by one, as years are."""
    if not text or any(char not in DIGITS or char == "两" for char in text):
        return None
    return int("".join(str(DIGITS[char]) for char in text))
