"""The held-back QA trial, rehearsed on articles the checks were not written against.

Three realistic CIP press articles (tests/data/trial: a delegation's visit full
of official titles, a signing ceremony full of numbers, a contest report with
quotes, a heading and a list) with their own glossary. Each clean translation
must raise no error and no warning; each defect planted in a copy must be
reported with the right category on the right paragraph or on the title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Pair
from cipeditor.glossary.files import read_glossary
from cipeditor.paths import GLOSSARIES
from cipeditor.qa.issue import Category, Severity
from cipeditor.qa.runner import check_article

TRIAL = Path(__file__).resolve().parents[2] / "data" / "trial"
VISIT, SIGNING, CONTEST = "delegation-visit", "signing-ceremony", "contest-final"


@pytest.fixture(scope="module")
def glossaries():
    return [read_glossary(GLOSSARIES / "cip.csv"), read_glossary(TRIAL / "glossary.csv")]


def load(name: str) -> Article:
    return cipformat.load(TRIAL / f"{name}.cip")


def places(article: Article, glossaries, category: Category) -> set:
    """Where the issues of ``category`` are: ("title", None) or ("body", 3)…"""
    return {
        (issue.field, issue.paragraph)
        for issue in check_article(article, glossaries)
        if issue.category is category
    }


def replace(article: Article, where: tuple, lang: str, old: str, new: str) -> Article:
    field, paragraph = where
    side = article.body[paragraph] if field == "body" else getattr(article.meta, field)
    text = side.get(lang)
    assert old in text, f"{old!r} not in {text!r}"
    side.set(lang, text.replace(old, new, 1))
    return article


@pytest.mark.parametrize("name", [VISIT, SIGNING, CONTEST])
def test_a_clean_translation_has_no_error_or_warning(name, glossaries):
    issues = check_article(load(name), glossaries)
    assert [
        (i.location, i.check, i.message)
        for i in issues
        if i.severity in (Severity.ERROR, Severity.WARNING)
    ] == []
    assert len(issues) <= 2  # info kept sparse


def _title():
    return ("title", None)


def _body(index):
    return ("body", index)


# (article, where, lang, text written, text planted, category reported there)
PLANTED = [
    # terminology: a term rendered otherwise, forbidden variants (with and without the term)
    (VISIT, _body(4), "en", "the Embassy of Israel in China", "the Israeli mission", "terminology"),
    (
        VISIT,
        _body(0),
        "en",
        "Ambassador of Israel to China",
        "Israeli Ambassador in China",
        "terminology",
    ),
    (
        VISIT,
        _body(1),
        "en",
        "Israel Center of CIP",
        "Israel Center of Sino-Israel Changzhou Innovation Park",
        "terminology",
    ),
    (
        CONTEST,
        _body(4),
        "en",
        "Israel Innovation Authority",
        "Israeli Innovation Agency",
        "terminology",
    ),
    (SIGNING, _body(5), "en", "COVID-19 epidemic", "Wuhan pneumonia epidemic", "terminology"),
    (
        SIGNING,
        _body(1),
        "en",
        "Israeli Medical Technology Industrial Park",
        "Israeli medical science park",
        "terminology",
    ),
    # consistency: a term rendered two ways
    (VISIT, _body(9), "en", "Wujin National High-tech Zone", "Wujin High-tech Zone", "consistency"),
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
    (VISIT, _body(0), "en", "Chen Xiaodong, Vice Mayor", "Chen Xiaodong, Mayor", "title"),
    (
        VISIT,
        _body(0),
        "en",
        "Zhou Bin, Secretary of the Wujin District Party Committee",
        "Zhou Bin, District Mayor of Wujin",
        "title",
    ),
    (
        CONTEST,
        _body(3),
        "en",
        "Zhao Gang, Deputy Director-General",
        "Zhao Gang, Director-General",
        "title",
    ),
    (SIGNING, _body(7), "en", "Zhang Wei, Deputy Director", "Zhang Wei, Director", "title"),
    # numbers: amounts, dates, 万/亿, ordinals, units, Chinese numerals, phone numbers
    (SIGNING, _body(2), "en", "about 500 jobs", "about 600 jobs", "numbers"),
    (SIGNING, _body(0), "en", "May 18 to 20, 2020", "May 18 to 21, 2020", "numbers"),
    (SIGNING, _body(0), "en", "May 18 to 20, 2020", "June 18 to 20, 2020", "numbers"),
    (SIGNING, _body(1), "en", "350 million yuan", "35 million yuan", "numbers"),
    (SIGNING, _title(), "en", "350 Million Yuan", "35 Million Yuan", "numbers"),
    (SIGNING, _body(1), "en", "12,000 square meters", "1,200 square meters", "numbers"),
    (SIGNING, _body(0), "en", "The third", "The fourth", "numbers"),
    (SIGNING, ("summary", None), "en", "The third", "The fourth", "numbers"),
    (SIGNING, _body(1), "en", "12,000 square meters", "12,000 square feet", "numbers"),
    (SIGNING, _body(1), "en", "350 million yuan", "350 million US dollars", "numbers"),
    (SIGNING, _body(1), "en", "80 mu", "80 hectares", "numbers"),
    (SIGNING, _body(0), "en", "30 companies", "13 companies", "numbers"),
    (SIGNING, _body(0), "en", "more than 2,000", "more than 200", "numbers"),
    (SIGNING, _body(4), "en", "up 15%", "up 1.5%", "numbers"),
    (SIGNING, _body(10), "en", "86361787", "86361788", "numbers"),
    (SIGNING, _body(5), "en", "January to April", "January to March", "numbers"),
    (SIGNING, _body(3), "en", "1.26 billion", "12.6 billion", "numbers"),
    (SIGNING, _body(8), "en", "six themed", "seven themed", "numbers"),
    (VISIT, _body(6), "en", "more than 70%", "more than 17%", "numbers"),
    (VISIT, _body(8), "en", "30th anniversary", "20th anniversary", "numbers"),
    (CONTEST, _body(0), "en", "Twelve projects", "Eleven projects", "numbers"),
    (CONTEST, _body(10), "en", "five years", "four years", "numbers"),
    (CONTEST, _body(0), "en", "On December 6", "On December 16", "numbers"),
    # punctuation: full-width in English, ASCII in Chinese, pairs left open, spaces
    (VISIT, _body(2), "en", "meeting, Chen", "meeting，Chen", "punctuation"),
    (CONTEST, _body(3), "en", "said: “The", "said：“The", "punctuation"),
    (CONTEST, _body(0), "en", "(JCIC)", "（JCIC）", "punctuation"),
    (SIGNING, _body(4), "en", "156.", "156；", "punctuation"),
    (VISIT, _body(3), "zh", "发展情况。他表示", "发展情况.他表示", "punctuation"),
    (VISIT, _body(3), "zh", "他表示，武进区", "他表示,武进区", "punctuation"),
    (CONTEST, _body(0), "zh", "（JCIC）", "（JCIC", "punctuation"),
    (CONTEST, _body(0), "en", "(JCIC)", "(JCIC", "punctuation"),
    (CONTEST, _body(3), "en", "in China.”", "in China.", "punctuation"),
    (CONTEST, _body(4), "zh", "市场成果。”", "市场成果。", "punctuation"),
    (CONTEST, _body(3), "en", "In his speech,", "In his  speech,", "punctuation"),
    # alignment: Chinese left in the English
    (VISIT, _body(6), "en", "Wang Haifeng", "王海峰", "alignment"),
]


@pytest.mark.parametrize(
    "planted", PLANTED, ids=[f"{row[0]}-{row[5]}-{row[4][:24]}" for row in PLANTED]
)
def test_a_planted_defect_is_reported_in_its_place(planted, glossaries):
    name, where, lang, old, new, category = planted
    article = replace(load(name), where, lang, old, new)
    assert where in places(article, glossaries, Category(category))


def test_identical_chinese_paragraphs_translated_differently(glossaries):
    article = load(VISIT)
    retold = (
        "After the meeting, the ambassador's party also toured an Israeli agricultural "
        "technology demonstration base in the park and an Israeli medical device company."
    )
    article.body.append(Pair(article.body[7].zh, retold.replace("the ambassador's", "Levi's")))
    assert _body(10) in places(article, glossaries, Category.CONSISTENCY)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_an_empty_side_is_an_alignment_problem(lang, glossaries):
    article = load(CONTEST)
    article.body[5].set(lang, "")
    assert places(article, glossaries, Category.ALIGNMENT) == {_body(5)}


def test_the_chinese_copied_into_the_english_is_an_alignment_problem(glossaries):
    article = load(VISIT)
    article.body[6].en = article.body[6].zh
    assert _body(6) in places(article, glossaries, Category.ALIGNMENT)


@pytest.mark.parametrize("name", [VISIT, SIGNING, CONTEST])
def test_an_english_paragraph_dropped_shifts_the_rest_and_is_found(name, glossaries):
    """Wherever the paragraph was dropped, the pairs from there on are reported as shifted."""
    clean = load(name)
    for dropped in range(len(clean.body) - 1):
        article = clean.copy()
        english = [pair.en for pair in article.body]
        del english[dropped]
        for pair, en in zip(article.body, [*english, ""], strict=True):
            pair.en = en
        found = places(article, glossaries, Category.ALIGNMENT)
        last = len(article.body) - 1
        assert _body(last) in found  # the emptied last pair
        assert _body(dropped) in found or (name, dropped) == (CONTEST, 5), dropped
        assert _body(dropped - 1) not in found, dropped


@pytest.mark.parametrize("name", [VISIT, SIGNING, CONTEST])
def test_an_untranslated_paragraph_is_not_taken_for_a_shift(name, glossaries):
    clean = load(name)
    for index in range(len(clean.body)):
        article = clean.copy()
        article.body[index].en = ""
        assert places(article, glossaries, Category.ALIGNMENT) == {_body(index)}, index
