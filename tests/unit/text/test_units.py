"""Units next to numbers, read the same way in both languages."""

import pytest

from cipeditor.text import numbers_en, numbers_zh


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("投资3.5亿元", "CNY"),
        ("外资5000万美元", "USD"),
        ("占地2.5平方公里", "km2"),
        ("建筑面积12万平方米", "m2"),
        ("全长5公里", "km"),
        ("两千吨", "t"),
        ("厂房5万平方英尺", "ft2"),
        ("高30英尺", "ft"),
        ("增长35%", None),
    ],
)
def test_chinese_units(text, unit):
    (quantity,) = numbers_zh.quantities(text)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("350 million yuan", "CNY"),
        ("RMB 350 million", "CNY"),
        ("US$50 million", "USD"),
        ("50 million US dollars", "USD"),
        ("2.5 square kilometers", "km2"),
        ("120,000 square meters", "m2"),
        ("5 km", "km"),
        ("5 miles", "mi"),
        ("12,000 square feet", "ft2"),
        ("12,000 sq ft", "ft2"),
        ("30 feet", "ft"),
        ("two thousand tons", "t"),
        ("5 months", None),
    ],
)
def test_english_units(text, unit):
    (quantity,) = numbers_en.quantities(text)
    assert quantity.unit == unit
