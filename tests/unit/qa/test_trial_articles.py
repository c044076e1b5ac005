"""The held-back QA trial, rehearsed on articles the checks were not written against.

Three realistic CIP press articles (tests/data/trial: a delegation's visit full
of official titles, a signing ceremony full of numbers, a contest report with
quotes, a heading and a list) with their own glossary. Each clean translation
must raise no error and no warning; each defect planted in a copy must be
reported with the right category on the right paragraph or on the title.
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

VISIT, SIGNING, CONTEST = "delegation-visit", "signing-ceremony", "contest-final"


@pytest.fixture(scope="module")
def glossaries():
    return trial_glossaries("glossary.csv")


@pytest.mark.parametrize("name", [VISIT, SIGNING, CONTEST])
def test_a_clean_translation_has_no_error_or_warning(name, glossaries):
    issues = check_article(load(name), glossaries)
    assert serious(issues) == []
    assert len(issues) <= 2  # info kept sparse


def _title():
    return ("title", None)


# (article, where, lang, text written, text planted, category reported there)
PLANTED = [
    # terminology: a term rendered otherwise, forbidden variants (with and without the term)
    (VISIT, body(4), "en", "the Embassy of Israel in China", "the Israeli mission", "terminology"),
    (
        VISIT,
        body(0),
        "en",
        "Ambassador of Israel to China",
        "Israeli Ambassador in China",
        "terminology",
    ),
    (
        VISIT,
        body(1),
        "en",
        "Israel Center of CIP",
        "Israel Center of Sino-Israel Changzhou Innovation Park",
        "terminology",
    ),
    (
        CONTEST,
        body(4),
        "en",
        "Israel Innovation Authority",
        "Israeli Innovation Agency",
        "terminology",
    ),
    (SIGNING, body(5), "en", "COVID-19 epidemic", "Wuhan pneumonia epidemic", "terminology"),
    (
        SIGNING,
        body(1),
        "en",
        "Israeli Medical Technology Industrial Park",
        "Israeli medical science park",
        "terminology",
    ),
    # consistency: a term rendered two ways
    (VISIT, body(9), "en", "Wujin National High-tech Zone", "Wujin High-tech Zone", "consistency"),
    # title: cut short, a term of the Chinese headline left out, a wrong or outdated title
    (VISIT, _title(), "en", "Visits China-Israel Changzhou Innovation Park", "Visits the", "title"),
    (
        VISIT,
        _title(),
        "en",
        "Amir Levi, Ambassador of Israel to China,",
        "Israeli Ambassador",
        "title",
    ),
    (CONTEST, _title(), "en", "at China-Israel Changzhou Innovation Park", "in Changzhou", "title"),
    (VISIT, body(0), "en", "Chen Xiaodong, Vice Mayor", "Chen Xiaodong, Mayor", "title"),
    (
        VISIT,
        body(0),
        "en",
        "Zhou Bin, Secretary of the Wujin District Party Committee",
        "Zhou Bin, District Mayor of Wujin",
        "title",
    ),
    (
        CONTEST,
        body(3),
        "en",
        "Zhao Gang, Deputy Director-General",
        "Zhao Gang, Director-General",
        "title",
    ),
    (SIGNING, body(7), "en", "Zhang Wei, Deputy Director", "Zhang Wei, Director", "title"),
    # numbers: amounts, dates, 万/亿, ordinals, units, Chinese numerals, phone numbers
    (SIGNING, body(2), "en", "about 500 jobs", "about 600 jobs", "numbers"),
    (SIGNING, body(0), "en", "May 18 to 20, 2020", "May 18 to 21, 2020", "numbers"),
    (SIGNING, body(0), "en", "May 18 to 20, 2020", "June 18 to 20, 2020", "numbers"),
    (SIGNING, body(1), "en", "350 million yuan", "35 million yuan", "numbers"),
    (SIGNING, _title(), "en", "350 Million Yuan", "35 Million Yuan", "numbers"),
    (SIGNING, body(1), "en", "12,000 square meters", "1,200 square meters", "numbers"),
    (SIGNING, body(0), "en", "The third", "The fourth", "numbers"),
    (SIGNING, ("summary", None), "en", "The third", "The fourth", "numbers"),
    (SIGNING, body(1), "en", "12,000 square meters", "12,000 square feet", "numbers"),
    (SIGNING, body(1), "en", "350 million yuan", "350 million US dollars", "numbers"),
    (SIGNING, body(1), "en", "80 mu", "80 hectares", "numbers"),
    (SIGNING, body(0), "en", "30 companies", "13 companies", "numbers"),
    (SIGNING, body(0), "en", "more than 2,000", "more than 200", "numbers"),
    (SIGNING, body(4), "en", "up 15%", "up 1.5%", "numbers"),
    (SIGNING, body(10), "en", "86361787", "86361788", "numbers"),
    (SIGNING, body(5), "en", "January to April", "January to March", "numbers"),
    (SIGNING, body(3), "en", "1.26 billion", "12.6 billion", "numbers"),
    (SIGNING, body(8), "en", "six themed", "seven themed", "numbers"),
    (VISIT, body(6), "en", "more than 70%", "more than 17%", "numbers"),
    (VISIT, body(8), "en", "30th anniversary", "20th anniversary", "numbers"),
    (CONTEST, body(0), "en", "Twelve projects", "Eleven projects", "numbers"),
    (CONTEST, body(10), "en", "five years", "four years", "numbers"),
    (CONTEST, body(0), "en", "On December 6", "On December 16", "numbers"),
    # punctuation: full-width in English, ASCII in Chinese, pairs left open, spaces
    (VISIT, body(2), "en", "meeting, Chen", "meeting，Chen", "punctuation"),
    (CONTEST, body(3), "en", "said: “The", "said：“The", "punctuation"),
    (CONTEST, body(0), "en", "(JCIC)", "（JCIC）", "punctuation"),
    (SIGNING, body(4), "en", "156.", "156；", "punctuation"),
    (VISIT, body(3), "zh", "发展情况。他表示", "发展情况.他表示", "punctuation"),
    (VISIT, body(3), "zh", "他表示，武进区", "他表示,武进区", "punctuation"),
    (CONTEST, body(0), "zh", "（JCIC）", "（JCIC", "punctuation"),
    (CONTEST, body(0), "en", "(JCIC)", "(JCIC", "punctuation"),
    (CONTEST, body(3), "en", "in China.”", "in China.", "punctuation"),
    (CONTEST, body(4), "zh", "市场成果。”", "市场成果。", "punctuation"),
    (CONTEST, body(3), "en", "In his speech,", "In his  speech,", "punctuation"),
    # alignment: Chinese left in the English
    (VISIT, body(6), "en", "Wang Haifeng", "王海峰", "alignment"),
]


@pytest.mark.parametrize("planted", PLANTED, ids=planted_ids(PLANTED))
def test_a_planted_defect_is_reported_in_its_place(planted, glossaries):
    _name, where, _lang, _old, _new, category = planted
    assert where in places(with_defect(planted), glossaries, Category(category))


def test_identical_chinese_paragraphs_translated_differently(glossaries):
    article = load(VISIT)
    retold = (
        "After the meeting, the ambassador's party also toured an Israeli agricultural "
        "technology demonstration base in the park and an Israeli medical device company."
    )
    article.body.append(Pair(article.body[7].zh, retold.replace("the ambassador's", "Levi's")))
    assert body(10) in places(article, glossaries, Category.CONSISTENCY)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_empty_side_is_an_alignment_problem(lang, glossaries):
    article = load(CONTEST)
    article.body[5].set(lang, "")
    assert places(article, glossaries, Category.ALIGNMENT) == {body(5)}


def test_the_chinese_copied_into_the_english_is_an_alignment_problem(glossaries):
    article = load(VISIT)
    article.body[6].en = article.body[6].zh
    assert body(6) in places(article, glossaries, Category.ALIGNMENT)


@pytest.mark.parametrize("name", [VISIT, SIGNING, CONTEST])
def test_an_english_paragraph_dropped_shifts_the_rest_and_is_found(name, glossaries):
    """Wherever the paragraph was dropped, the pairs from there on are reported as shifted."""
    clean = load(name)
    for dropped in range(len(clean.body) - 1):
        article = english_dropped(clean, dropped)
        found = places(article, glossaries, Category.ALIGNMENT)
        last = len(article.body) - 1
        assert body(last) in found  # the emptied last pair
        assert body(dropped) in found or (name, dropped) == (CONTEST, 5), dropped
        assert body(dropped - 1) not in found, dropped


@pytest.mark.parametrize("name", [VISIT, SIGNING, CONTEST])
def test_an_untranslated_paragraph_is_not_taken_for_a_shift(name, glossaries):
    clean = load(name)
    for index in range(len(clean.body)):
        article = clean.copy()
        article.body[index].en = ""
        assert places(article, glossaries, Category.ALIGNMENT) == {body(index)}, index
