"""Property tests: the quantity readers take any text without failing, and spans stay valid."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from cipeditor.text import numbers_en, numbers_zh
from cipeditor.text.chinese_numerals import NUMERAL_CHARS, read_numeral

_PIECES = [
    *list(NUMERAL_CHARS + "0123456789０１２.,%％:：-+()至到年月日号第点百分之上下午时个家 "),
    "October ",
    "May",
    " million",
    "first",
    "twenty",
    " to ",
    " percent",
    "亿元",
    " p.m.",
]
_MIXED = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@given(_MIXED)
def test_readers_never_fail_and_spans_are_inside_the_text(text):
    for reader in (numbers_zh.quantities, numbers_en.quantities):
        found = reader(text)
        for quantity in found:
            assert 0 <= quantity.start < quantity.end <= len(text)
        starts = [q.start for q in found]
        assert starts == sorted(starts)


@given(st.text(alphabet=NUMERAL_CHARS, max_size=12))
def test_numeral_reader_reads_a_prefix(text):
    read = read_numeral(text)
    if read is not None:
        value, length = read
        assert value >= 0
        assert 1 <= length <= len(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_english_numbers_read_back(number):
    (quantity,) = numbers_en.quantities(f"exactly {number:,} people")
    assert quantity.value == Decimal(number)


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(["万", "亿"]))
def test_wan_and_yi_multiply(number, scale):
    (quantity,) = numbers_zh.quantities(f"共{number}{scale}人")
    assert quantity.value == number * (10**4 if scale == "万" else 10**8)
