"""The held-back QA trial, rehearsed a second time on three other kinds of article.

tests/data/trial holds, next to round one's articles, a policy announcement with
a numbered list of measures (percentages, ranges, fractions, 万/亿 and US
dollars, quarters, year-on-year growth), a government work meeting full of
officials whose titles changed over time, and a technology expo (Latin product
names inside Chinese, times of day, weekdays, durations, ordinals, 《》, ——,
……, a quote inside a quote), with their own glossary (glossary-2.csv). Each
clean translation must raise no error and no warning; each defect planted in a
copy must be reported with the right category on the right paragraph or on the
title.
"""

from __future__ import annotations

import pytest

from cipeditor.article.model import Pair
from cipeditor.qa.issue import Category
from cipeditor.qa.runner import check_article
from tests.unit.qa.trial import (
    body,
    english_dropped,
    load,
    places,
    planted_ids,
    serious,
    trial_glossaries,
    with_defect,
)

POLICY, MEETING, EXPO = "support-measures", "work-meeting", "technology-expo"


@pytest.fixture(scope="module")
def glossaries():
    return trial_glossaries("glossary.csv", "glossary-2.csv")


@pytest.mark.parametrize("name", [POLICY, MEETING, EXPO])
def test_a_clean_translation_has_no_error_or_warning(name, glossaries):
    issues = check_article(load(name), glossaries)
    assert serious(issues) == []
    assert len(issues) <= 2  # info kept sparse


TITLE = ("title", None)
SUMMARY = ("summary", None)


# (article, where, lang, text written, text planted, category reported there)
PLANTED = [
    # terminology: a term rendered otherwise, forbidden variants
    (POLICY, body(0), "en", "Administrative Committee", "Administration Committee", "terminology"),
    (POLICY, body(9), "en", "operating revenue", "business income", "terminology"),
    (MEETING, body(5), "en", "Tel Aviv University", "Tel-Aviv University", "terminology"),
    (
        EXPO,
        body(3),
        "en",
        "Technion – Israel Institute",
        "Israel Polytechnic Institute",
        "terminology",
    ),
    (
        EXPO,
        body(9),
        "en",
        "China-Israel Innovative Technology Expo",
        "Sino-Israel Innovation Technology Fair",
        "terminology",
    ),
    # consistency: a term rendered two ways
    (
        POLICY,
        body(11),
        "en",
        "Wujin National High-tech Zone",
        "Wujin High-tech Zone",
        "consistency",
    ),
    (
        MEETING,
        body(10),
        "en",
        "Wujin National High-tech Zone",
        "Wujin High-tech Zone",
        "consistency",
    ),
    # title: cut short, a term of the Chinese headline left out, a wrong or outdated title
    (POLICY, TITLE, "en", "in China-Israel Changzhou Innovation Park", "in the", "title"),
    (MEETING, TITLE, "en", "of China-Israel Changzhou Innovation Park", "of the Park", "title"),
    (EXPO, TITLE, "en", "12th China-Israel Innovative Technology Expo", "12th Expo", "title"),
    (
        MEETING,
        body(0),
        "en",
        "Xu Zhiqiang, Deputy Secretary of the Changzhou Municipal Party Committee and Mayor",
        "Xu Zhiqiang, Vice Mayor",
        "title",
    ),
    (
        MEETING,
        body(1),
        "en",
        "Wu Xiaoyan, District Mayor",
        "Wu Xiaoyan, Deputy District Mayor",
        "title",
    ),
    (MEETING, body(0), "en", "Yang Minghua, Vice Governor", "Yang Minghua, Governor", "title"),
    (MEETING, SUMMARY, "en", "Yang Minghua, Vice Governor", "Yang Minghua, Governor", "title"),
    (MEETING, body(7), "en", "Qian Lixin (Chairman of", "Qian Lixin (CEO of", "title"),
    (
        EXPO,
        body(2),
        "en",
        "Amir Levi, Ambassador of Israel to China",
        "Amir Levi, Consul General of Israel in Shanghai",
        "title",
    ),
    # numbers: percentages, ranges, fractions, 万/亿, currencies, quarters, dates, times, ordinals
    (POLICY, body(2), "en", "10% to 15%", "10% to 20%", "numbers"),
    (POLICY, body(2), "en", "5 million yuan", "500 million yuan", "numbers"),
    (POLICY, body(3), "en", "50% of", "15% of", "numbers"),
    (POLICY, body(3), "en", "10 million yuan", "1 million yuan", "numbers"),
    (POLICY, body(5), "en", "one third", "one quarter", "numbers"),
    (POLICY, body(5), "en", "1.5 million yuan", "15 million yuan", "numbers"),
    (POLICY, body(5), "en", "over three years", "over two years", "numbers"),
    (POLICY, body(6), "en", "20,000 to 50,000 yuan", "2,000 to 50,000 yuan", "numbers"),
    (POLICY, body(8), "en", "150 million US dollars", "150 million yuan", "numbers"),
    (POLICY, body(8), "en", "150 million US dollars", "US$15 million", "numbers"),
    (POLICY, body(8), "en", "no more than 5%", "no more than 15%", "numbers"),
    (POLICY, body(9), "en", "first quarter", "second quarter", "numbers"),
    (POLICY, body(9), "en", "eight new", "nine new", "numbers"),
    (POLICY, body(9), "en", "first half", "second half", "numbers"),
    (POLICY, body(9), "en", "460 million", "46 million", "numbers"),
    (POLICY, body(9), "en", "up 12.5%", "up 1.25%", "numbers"),
    (POLICY, body(9), "en", "doubled", "tripled", "numbers"),
    (POLICY, body(10), "en", "156 Israeli", "165 Israeli", "numbers"),
    (POLICY, body(10), "en", "about 30%", "about 3%", "numbers"),
    (POLICY, body(10), "en", "more than half", "more than a third", "numbers"),
    (POLICY, body(11), "en", "by 2025", "by 2035", "numbers"),
    (POLICY, body(11), "en", "to 300", "to 30", "numbers"),
    (POLICY, body(12), "en", "August 1, 2020", "August 11, 2020", "numbers"),
    (POLICY, body(12), "en", "0519-86361787", "0519-86361788", "numbers"),
    (POLICY, TITLE, "en", "Ten Measures", "Eleven Measures", "numbers"),
    (MEETING, body(0), "en", "September 23", "September 22", "numbers"),
    (MEETING, body(5), "en", "In 2019", "In 2018", "numbers"),
    (MEETING, body(9), "en", "six priority", "five priority", "numbers"),
    (MEETING, body(9), "en", "for 2021", "for 2020", "numbers"),
    (EXPO, body(0), "en", "9:30 a.m.", "10:30 a.m.", "numbers"),
    (EXPO, body(0), "en", "9:30 a.m.", "9:30 p.m.", "numbers"),
    (EXPO, body(0), "en", "Tuesday", "Wednesday", "numbers"),
    (EXPO, body(0), "en", "three-day", "two-day", "numbers"),
    (EXPO, body(0), "en", "12th", "11th", "numbers"),
    (EXPO, body(0), "en", "20,000 square meters", "2,000 square meters", "numbers"),
    (EXPO, body(0), "en", "more than 120", "more than 100", "numbers"),
    (EXPO, body(1), "en", "has three exhibition", "has four exhibition", "numbers"),
    (EXPO, body(4), "en", "14th Five-Year Plan", "13th Five-Year Plan", "numbers"),
    (EXPO, body(4), "en", "1 billion yuan", "100 million yuan", "numbers"),
    (EXPO, body(5), "en", "about 230 million", "about 23 million", "numbers"),
    (EXPO, body(8), "en", "Thursday, April 22", "Thursday, April 23", "numbers"),
    (EXPO, body(8), "en", "to 5 p.m.", "to 6 p.m.", "numbers"),
    (EXPO, body(8), "en", "30,000 visitors", "3,000 visitors", "numbers"),
    (EXPO, body(9), "en", "since 2010", "since 2011", "numbers"),
    (EXPO, TITLE, "en", "12th", "11th", "numbers"),
    (EXPO, SUMMARY, "en", "three-day", "four-day", "numbers"),
    # punctuation: full-width in English, ASCII in Chinese, pairs left open, spaces
    (POLICY, body(2), "en", "(1)", "（1）", "punctuation"),
    (POLICY, body(3), "zh", "的，按其", "的,按其", "punctuation"),
    (POLICY, body(12), "en", "Enquiries: 0519", "Enquiries：0519", "punctuation"),
    (MEETING, body(8), "zh", "发言。他说", "发言.他说", "punctuation"),
    (MEETING, body(7), "en", "Qian Lixin (Chairman", "Qian Lixin （Chairman", "punctuation"),
    (MEETING, body(7), "zh", "钱立新（常州", "钱立新(常州", "punctuation"),
    (MEETING, body(8), "en", "home in China.”", "home in China.", "punctuation"),
    (EXPO, body(2), "en", "‘win-win cooperation’", "‘win-win cooperation", "punctuation"),
    (EXPO, body(2), "zh", "‘合作共赢’", "‘合作共赢", "punctuation"),
    (EXPO, body(4), "zh", "规划》", "规划", "punctuation"),
    (EXPO, body(3), "en", "intelligence — an", "intelligence——an", "punctuation"),
    (EXPO, body(7), "en", "impressive…", "impressive……", "punctuation"),
    (EXPO, body(0), "en", "April 20, the", "April 20,  the", "punctuation"),
    (EXPO, body(1), "en", "modern agriculture. The", "modern agriculture。The", "punctuation"),
    # alignment: Chinese left in the English
    (MEETING, body(3), "en", "Xu Zhiqiang", "许志强", "alignment"),
]


@pytest.mark.parametrize("planted", PLANTED, ids=planted_ids(PLANTED))
def test_a_planted_defect_is_reported_in_its_place(planted, glossaries):
    _name, where, _lang, _old, _new, category = planted
    assert where in places(with_defect(planted), glossaries, Category(category))


def test_identical_chinese_paragraphs_translated_differently(glossaries):
    article = load(POLICY)
    retold = article.body[6].en.replace("will each receive", "are each entitled to")
    article.body.append(Pair(article.body[6].zh, retold))
    assert body(len(article.body) - 1) in places(article, glossaries, Category.CONSISTENCY)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_empty_side_is_an_alignment_problem(lang, glossaries):
    article = load(MEETING)
    article.body[4].set(lang, "")
    assert places(article, glossaries, Category.ALIGNMENT) == {body(4)}


@pytest.mark.parametrize("name", [POLICY, MEETING, EXPO])
def test_an_english_paragraph_dropped_shifts_the_rest_and_is_found(name, glossaries):
    """Wherever the paragraph was dropped, the pairs from there on are reported as shifted."""
    clean = load(name)
    missed = []
    for dropped in range(len(clean.body) - 1):
        article = english_dropped(clean, dropped)
        found = places(article, glossaries, Category.ALIGNMENT)
        last = len(article.body) - 1
        if body(last) not in found or body(dropped) not in found:
            missed.append(dropped)
        assert body(dropped - 1) not in found, dropped
    assert missed == []


@pytest.mark.parametrize("name", [POLICY, MEETING, EXPO])
def test_an_untranslated_paragraph_is_not_taken_for_a_shift(name, glossaries):
    clean = load(name)
    for index in range(len(clean.body)):
        article = clean.copy()
        article.body[index].en = ""
        assert places(article, glossaries, Category.ALIGNMENT) == {body(index)}, index
