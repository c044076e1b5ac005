"""A term named in full once, then referred to briefly: no missing term, but only then.

Other translators write "the park", "Chen", "the ambassador" or "the
delegation" (阮湘平一行) once a name has been given in full; a short form that
does not point back at a name given before stays a missing term.
"""

import pytest

from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.glossary.entry import Entry, EntryType, Glossary, OfficialTitle
from cipeditor.qa.issue import Category
from cipeditor.qa.runner import check_article

GLOSSARY = Glossary(
    "later mention",
    (
        Entry(
            "陈晓东",
            "Chen Xiaodong",
            type=EntryType.PERSON,
            titles=(OfficialTitle("常州市副市长", "Vice Mayor of Changzhou"),),
        ),
        Entry("李林", "Li Lin", type=EntryType.PERSON),
        Entry("阿米尔·列维", "Amir Levi", ("列维",), type=EntryType.PERSON),
        Entry("大使", "Ambassador", type=EntryType.TITLE),
        Entry(
            "中以常州创新园",
            "China-Israel Changzhou Innovation Park",
            admitted=("CIP",),
            type=EntryType.ORGANISATION,
        ),
        Entry("管委会", "Administrative Committee", type=EntryType.ORGANISATION),
    ),
)
FIRST = Pair(
    "以色列驻华大使阿米尔·列维访问中以常州创新园，常州市副市长陈晓东、李林和管委会领导陪同。",
    "Amir Levi, Israeli Ambassador to China, visited the China-Israel Changzhou Innovation "
    "Park, accompanied by Chen Xiaodong, Vice Mayor of Changzhou, Li Lin and leaders of the "
    "Administrative Committee.",
)


def missing(zh, en, first=FIRST, summary=("", "")):
    article = Article(meta=Meta(summary=Bilingual(*summary)), body=[first, Pair(zh, en)])
    return [
        issue.message
        for issue in check_article(article, [GLOSSARY])
        if issue.category is Category.TERMINOLOGY and issue.paragraph == 1
    ]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("陈晓东表示欢迎。", "Chen welcomed the guests."),
        ("陈晓东表示欢迎。", "Mr Chen welcomed the guests."),
        ("陈晓东表示欢迎。", "The vice mayor welcomed the guests."),
        ("列维大使一行参观了园区。", "The delegation toured the park."),
        ("列维大使一行参观了园区。", "The ambassador and his delegation toured the park."),
        ("列维大使一行参观了园区。", "Levi toured the park."),
        ("列维大使表示感谢。", "Ambassador Levi thanked his hosts."),
        ("中以常州创新园已成为重要平台。", "The park has become an important platform."),
        ("管委会将提供服务。", "The committee will provide services."),
        ("李林表示同意。", "Li agreed."),
    ],
)
def test_a_short_reference_after_the_full_name_is_no_missing_term(zh, en):
    assert missing(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        # another person of the same family name
        ("李林表示同意。", "Li Lei agreed."),
        ("列维大使表示感谢。", "Daniel Levi thanked his hosts."),
        # another name with the same head noun, not a short form of this one
        ("管委会将提供服务。", "The Administration Committee will provide services."),
        # no reference at all
        ("列维大使一行参观了园区。", "They toured the park."),
        ("陈晓东表示欢迎。", "He welcomed the guests."),
        # 一行 said in Chinese, but no group in the English: the name is gone
        ("陈晓东一行参观了园区。", "The visitors toured the park."),
    ],
)
def test_a_wrong_or_missing_name_is_still_reported(zh, en):
    assert missing(zh, en) != []


def test_a_short_form_needs_the_full_name_in_an_earlier_paragraph():
    earlier = Pair("园区发展迅速。", "The park is growing fast.")
    assert missing("中以常州创新园已成为重要平台。", "The park is an important platform.", earlier)
    # nor does the summary count: the body introduces its own names
    summary = (FIRST.zh, FIRST.en)
    assert missing("陈晓东表示欢迎。", "Chen welcomed the guests.", earlier, summary)


def test_the_first_paragraph_has_no_earlier_mention():
    article = Article(body=[Pair("陈晓东表示欢迎。", "Chen welcomed the guests.")])
    assert [i.check for i in check_article(article, [GLOSSARY])] == ["term-missing"]
