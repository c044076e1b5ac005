"""Units written next to numbers, in both languages, as one canonical code.

Only the units a press release uses; a unit not listed is simply not
compared. 亿/万 are not here: they are multipliers, read with the number.
"""

from __future__ import annotations

import re

# Longest first: 平方公里 before 公里 before 米.
ZH_UNITS = {
    "平方公里": "km2",
    "平方千米": "km2",
    "平方米": "m2",
    "平方英尺": "ft2",
    "平方英里": "mi2",
    "立方米": "m3",
    "公里": "km",
    "千米": "km",
    "英里": "mi",
    "英尺": "ft",
    "公顷": "ha",
    "英亩": "acre",
    "亩": "mu",
    "公斤": "kg",
    "千克": "kg",
    "吨": "t",
    "千瓦": "kW",
    "兆瓦": "MW",
    "美元": "USD",
    "欧元": "EUR",
    "日元": "JPY",
    "谢克尔": "ILS",
    "元": "CNY",
    "米": "m",
}
ZH_UNIT = re.compile("|".join(sorted(ZH_UNITS, key=len, reverse=True)))

_EN_UNITS = {
    r"square kilomet(?:er|re)s?|sq\.? ?km|km2|km²": "km2",
    r"square met(?:er|re)s?|sq\.? ?m|m2|m²": "m2",
    r"square (?:feet|foot)|sq\.? ?ft|ft2|ft²": "ft2",
    r"square miles?|sq\.? ?mi": "mi2",
    r"cubic met(?:er|re)s?|m3|m³": "m3",
    r"kilomet(?:er|re)s?|km": "km",
    r"miles?": "mi",
    r"feet|foot|ft": "ft",
    r"hectares?|ha": "ha",
    r"acres?": "acre",
    r"mu": "mu",
    r"kilograms?|kilos?|kg": "kg",
    r"tons?|tonnes?": "t",
    r"kilowatts?|kW": "kW",
    r"megawatts?|MW": "MW",
    r"(?:US |U\.S\. )?dollars?|USD": "USD",
    r"euros?|EUR": "EUR",
    r"yen|JPY": "JPY",
    r"shekels?|NIS|ILS": "ILS",
    r"yuan|RMB|CNY": "CNY",
    r"met(?:er|re)s?": "m",
}
_EN_PREFIXES = {"US$": "USD", "$": "USD", "€": "EUR", "RMB": "CNY", "CNY": "CNY", "NIS": "ILS"}
EN_UNIT_AFTER = re.compile(
    r"\s*(?:"
    + "|".join(f"(?P<u{index}>{pattern})" for index, pattern in enumerate(_EN_UNITS))
    + r")\b"
)
EN_UNIT_BEFORE = re.compile(
    r"(?:" + "|".join(re.escape(prefix) for prefix in _EN_PREFIXES) + r")\s?\Z"
)
_EN_CODES = list(_EN_UNITS.values())


def zh_unit(text: str, end: int) -> str | None:
    """The unit right after a Chinese number ending at ``end``."""
    match = ZH_UNIT.match(text, end)
    return ZH_UNITS[match.group()] if match else None


def en_unit(text: str, start: int, end: int) -> str | None:
    """The unit after an English number (350 million yuan) or the currency before it (US$5)."""
    match = EN_UNIT_AFTER.match(text, end)
    if match:
        return _EN_CODES[int(match.lastgroup[1:])]
    before = EN_UNIT_BEFORE.search(text, max(0, start - 5), start)
    return _EN_PREFIXES[before.group().rstrip()] if before else None
