"""Quantities read from Chinese text, with their values and spans."""

from decimal import Decimal

import pytest

from cipeditor.text.numbers_zh import quantities
from cipeditor.text.quantity import QuantityKind


def read(text):
    return [(q.kind, q.value, text[q.start : q.end], q.certain) for q in quantities(text)]


def values(text):
    return [q.value for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("总投资3.5亿元", Decimal(350_000_000), "3.5亿"),
        ("员工1.2万人", Decimal(12_000), "1.2万"),
        ("外资5000万美元", Decimal(50_000_000), "5000万"),
        ("12,000人", Decimal(12_000), "12,000"),
        ("１２３人", Decimal(123), "１２３"),
        ("三十家企业", Decimal(30), "三十"),
        ("两千余人", Decimal(2000), "两千"),
        ("一百零五场", Decimal(105), "一百零五"),
        ("三点五亿元", Decimal(350_000_000), "三点五亿"),
    ],
)
def test_amounts(text, value, span):
    assert read(text) == [(QuantityKind.NUMBER, value, span, True)]


@pytest.mark.parametrize("text", ["增长35%", "增长３５％", "增长百分之三十五", "增长百分之35"])
def test_percentages(text):
    assert [(q.kind, q.value) for q in quantities(text)] == [(QuantityKind.PERCENT, 35)]


def test_date_range_gives_both_days_with_the_whole_span():
    text = "2019年10月29日至30日，阮湘平到常州调研"
    found = read(text)
    assert [value for _, value, _, _ in found] == [(2019, 10, 29), (2019, 10, 30)]
    assert {span for _, _, span, _ in found} == {"2019年10月29日至30日"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2019年11月", [(2019, 11, None)]),
        ("10月29日", [(None, 10, 29)]),
        ("二〇一九年十月一日", [(2019, 10, 1)]),
        ("10月29日至11月2日", [(None, 10, 29), (None, 11, 2)]),
        ("时间：2019-11-02", [(2019, 11, 2)]),
    ],
)
def test_dates(text, value):
    assert values(text) == value


def test_a_year_alone_is_a_number():
    assert read("2019年，") == [(QuantityKind.NUMBER, 2019, "2019年", True)]


def test_ordinals():
    assert read("第四次会议") == [(QuantityKind.ORDINAL, 4, "第四", True)]
    # 第一 is often rendered without "first" (第一时间 "at once"): it may go unmatched.
    assert read("第一时间") == [(QuantityKind.ORDINAL, 1, "第一", False)]


@pytest.mark.parametrize(
    "text", ["统一", "一些", "一起", "唯一", "一级巡视员", "两国", "进一步", "三星"]
)
def test_numeral_characters_in_words_are_uncertain(text):
    assert all(not q.certain for q in quantities(text))


def test_a_numeral_with_a_measure_word_counts():
    assert read("三家企业") == [(QuantityKind.NUMBER, 3, "三", True)]


def test_approximations_and_plan_names_are_uncertain():
    assert [q.certain for q in quantities("三四个")] == [False, False]
    assert [(q.value, q.certain) for q in quantities("十二五规划")] == [(12, False), (5, False)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("18:40", (18, 40)), ("18：40", (18, 40)), ("下午3点半", (15, 30)), ("18时40分", (18, 40))],
)
def test_times(text, value):
    assert [(q.kind, q.value) for q in quantities(text)] == [(QuantityKind.TIME, value)]


def test_three_points_are_not_a_time():
    assert read("提出3点意见") == [(QuantityKind.NUMBER, 3, "3", True)]


def test_phone_numbers_are_digit_strings():
    found = read("服务热线：86 0519 86361787")
    assert found == [(QuantityKind.PHONE, "86 0519 86361787", "86 0519 86361787", True)]


def test_digits_inside_names_are_uncertain():
    assert [q.certain for q in quantities("G20峰会和5G网络")] == [False, False]


@pytest.mark.parametrize(
    ("text", "months"),
    [("今年1至4月，园区新增企业42家", [1, 4]), ("2020年1-4月", [1, 4]), ("一至三月", [1, 3])],
)
def test_a_range_of_months(text, months):
    dates = [q for q in quantities(text) if q.kind is QuantityKind.DATE]
    assert [q.value[1] for q in dates] == months


def test_a_number_before_a_month_that_is_no_range_stays_a_number():
    assert [(q.kind, q.value) for q in quantities("15至4月")] == [
        (QuantityKind.NUMBER, Decimal(15)),
        (QuantityKind.DATE, (None, 4, None)),
    ]
