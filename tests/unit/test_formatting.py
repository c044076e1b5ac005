"""Dates, times and numbers as each language writes them (babel/CLDR)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cipeditor import formatting, ui_language

PUBLISHED = datetime(2019, 11, 2, 18, 40, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
NNBSP = "\u202f"  # CLDR's narrow no-break space before AM/PM, kept on purpose


@pytest.fixture
def interface():
    """Switch the interface language for one test, back to English afterwards."""
    yield ui_language.install_language
    ui_language.install_language("en")


def test_the_english_side_writes_a_12_hour_time():
    text = formatting.format_publication_time(PUBLISHED, "en")
    assert text == f"November 2, 2019, 6:40{NNBSP}PM"
    assert text.replace(NNBSP, " ") == "November 2, 2019, 6:40 PM"


def test_the_chinese_side_writes_the_date_with_characters_and_a_24_hour_time():
    assert formatting.format_publication_time(PUBLISHED, "zh") == "2019年11月2日 18:40"


def test_the_time_is_the_one_of_the_moment_s_own_zone():
    in_london = PUBLISHED.astimezone(ZoneInfo("Europe/London"))
    assert formatting.format_publication_time(in_london, "zh") == "2019年11月2日 10:40"


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "November 2, 2019"), ("zh", "2019年11月2日")]
)
def test_publication_dates(lang, expected):
    assert formatting.format_publication_date(PUBLISHED, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("en", "1,234,567"), ("zh", "1,234,567")])
def test_counts_are_grouped(lang, expected):
    assert formatting.format_count(1234567, lang) == expected


def test_the_interface_formats_in_its_own_language(interface):
    assert formatting.format_interface_datetime(PUBLISHED) == f"November 2, 2019, 6:40{NNBSP}PM"
    interface("zh_CN")
    assert formatting.format_interface_datetime(PUBLISHED) == "2019年11月2日 18:40"
    assert formatting.format_interface_date(PUBLISHED) == "2019年11月2日"
    assert formatting.format_interface_number(12345) == "12,345"
