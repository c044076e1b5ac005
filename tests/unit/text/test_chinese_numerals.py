"""Chinese numerals read as numbers, and words that only look like numerals left alone."""

import pytest

from cipeditor.text.chinese_numerals import read_digit_string, read_numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("三十", 30),
        ("两千", 2000),
        ("一百零五", 105),
        ("十二", 12),
        ("二十", 20),
        ("三十五万", 350_000),
        ("五千万", 50_000_000),
        ("一千二百三十四", 1234),
        ("一万五", 15_000),
        ("三千五", 3500),
        ("十万亿", 10**13),
    ],
)
def test_whole_numerals(text, value):
    assert read_numeral(text) == (value, len(text))


@pytest.mark.parametrize(
    ("text", "value", "length"),
    [("十二五", 12, 2), ("三四", 3, 1), ("五一", 5, 1), ("一百多", 100, 2)],
)
def test_reads_only_the_numeral_at_the_start(text, value, length):
    assert read_numeral(text) == (value, length)


@pytest.mark.parametrize("text", ["万一", "千万", "百", "亿元", "一"[1:]])
def test_words_that_are_not_numbers(text):
    assert read_numeral(text) is None


def test_years_written_digit_by_digit():
    assert read_digit_string("二〇一九") == 2019
    assert read_digit_string("两千") is None
