"""Quantities read from English text, with their values and spans."""

from decimal import Decimal

import pytest

from cipeditor.text.numbers_en import quantities
from cipeditor.text.quantity import QuantityKind


def values(text):
    return [q.value for q in quantities(text)]


def read(text):
    return [(q.kind, q.value, text[q.start : q.end], q.certain) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("350 million yuan", Decimal(350_000_000), "350 million"),
        ("1.2 billion", Decimal(1_200_000_000), "1.2 billion"),
        ("12,000 people", Decimal(12_000), "12,000"),
        ("twelve thousand people", Decimal(12_000), "twelve thousand"),
        ("one hundred and five events", Decimal(105), "one hundred and five"),
        ("thirty-five firms", Decimal(35), "thirty-five"),
        ("a US$35m fund", Decimal(35_000_000), "35m"),
    ],
)
def test_amounts(text, value, span):
    assert read(text) == [(QuantityKind.NUMBER, value, span, True)]


@pytest.mark.parametrize("text", ["up 35%", "up 35 percent", "up 35 per cent", "35％"])
def test_percentages(text):
    assert [(q.kind, q.value) for q in quantities(text)] == [(QuantityKind.PERCENT, 35)]


def test_percentage_points_are_plain_numbers():
    assert [(q.kind, q.value) for q in quantities("8.3 percentage points")] == [
        (QuantityKind.NUMBER, Decimal("8.3"))
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("From October 29 to 30, 2019, he visited", [(2019, 10, 29), (2019, 10, 30)]),
        ("29-30 October 2019", [(2019, 10, 29), (2019, 10, 30)]),
        ("Oct. 29-30", [(None, 10, 29), (None, 10, 30)]),
        ("29 October to 2 November 2019", [(2019, 10, 29), (2019, 11, 2)]),
        ("in November 2019", [(2019, 11, None)]),
        ("on October 29", [(None, 10, 29)]),
        ("on October 29th, 2019", [(2019, 10, 29)]),
        ("on the 1st of October", [(None, 10, 1)]),
        ("in October", [(None, 10, None)]),
        ("Time:2019-11-02", [(2019, 11, 2)]),
    ],
)
def test_dates(text, value):
    assert [q.value for q in quantities(text)] == value


def test_may_alone_is_the_verb():
    assert quantities("It May help") == []
    assert [q.value for q in quantities("on May 4")] == [(None, 5, 4)]


@pytest.mark.parametrize(
    ("text", "value", "certain"),
    [
        ("the fourth meeting", 4, True),
        ("the 4th meeting", 4, True),
        ("the twenty-first century", 21, True),
        ("the first park", 1, False),
        ("First-Level Inspector", 1, False),
    ],
)
def test_ordinals(text, value, certain):
    found = quantities(text)
    assert [(q.kind, q.value, q.certain) for q in found] == [(QuantityKind.ORDINAL, value, certain)]


def test_small_spelled_numbers_are_uncertain():
    assert [(q.value, q.certain) for q in quantities("two countries")] == [(2, False)]


@pytest.mark.parametrize(
    ("text", "value"), [("at 6:40 p.m.", (18, 40)), ("at 3 pm", (15, 0)), ("18:40:10", (18, 40))]
)
def test_times(text, value):
    assert [(q.kind, q.value) for q in quantities(text)] == [(QuantityKind.TIME, value)]


def test_phone_number():
    assert read("Service Hotline:86 0519 86361787") == [
        (QuantityKind.PHONE, "86 0519 86361787", "86 0519 86361787", True)
    ]


def test_digits_inside_names_are_uncertain():
    assert [q.certain for q in quantities("the G20 and COVID-19")] == [False, False]


def test_words_containing_number_words_are_not_numbers():
    assert quantities("often done, someone, Tennessee, millions of people") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Project of 350 Million Yuan Signed", Decimal(350_000_000)),
        ("1.26 BILLION YUAN", Decimal(1_260_000_000)),
    ],
)
def test_scale_words_in_a_headline_in_title_case(text, value):
    assert values(text) == [value]
