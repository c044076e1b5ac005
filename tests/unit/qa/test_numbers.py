"""Numbers checks run through the QA runner: planted defects found, clean translations quiet."""

import json
from pathlib import Path

import pytest

from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.qa.issue import Category, Severity
from cipeditor.qa.runner import check_article

DATA = Path(__file__).resolve().parents[2] / "data"
# Faithful translations in press-release style: the seed article and others with
# amounts, percentages, dates, times and ordinals. None may raise a finding.
CLEAN_PAIRS = json.loads((DATA / "clean-pairs.json").read_text(encoding="utf-8"))


def numbers_issues(article):
    return [i for i in check_article(article) if i.category is Category.NUMBERS]


def one_pair(zh, en):
    return Article(body=[Pair("第一段。", "The first paragraph."), Pair(zh, en)])


def spanned(article, issue):
    side = article.body[issue.paragraph] if issue.field == "body" else article.meta.title
    return side.get(issue.lang)[issue.start : issue.end]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        (
            "2019年10月29日至30日，阮湘平到常州调研。",
            "From October 29 to 30, 2019, Ruan visited Changzhou.",
        ),
        (
            "2019年10月29日至30日，阮湘平到常州调研。",
            "On 29-30 October 2019, Ruan visited Changzhou.",
        ),
        ("10月29日至30日，阮湘平到常州调研。", "On Oct. 29-30, Ruan visited Changzhou."),
        ("中以创新合作联合委员会第四次会议", "the fourth meeting of the JCIC"),
        ("总投资3.5亿元", "a total investment of 350 million yuan"),
        ("员工1.2万人", "12,000 employees"),
        ("三十家企业", "thirty companies"),
        ("两千名代表", "2,000 delegates"),
        ("2019年11月", "November 2019"),
        ("10月29日", "October 29"),
        ("2019年，园区于10月29日开园。", "The park opened on October 29, 2019."),
        ("今年10月29日", "on October 29, 2019"),
        ("两国代表", "representatives of the two countries"),
        ("一级巡视员阮湘平", "Ruan Xiangping, First-Level Inspector"),
        ("新增35家企业，这些企业来自以色列。", "35 firms settled; the 35 firms are Israeli."),
        ("30日上午，双方举行座谈。", "On the morning of the 30th, the two sides held talks."),
        ("其中以色列项目占四成。", "Israeli projects account for 40%."),
        ("近千家企业", "nearly 1,000 companies"),
        ("营收同比增长1倍", "revenue doubled year on year"),
        ("10月29日和30日", "on October 29 and 30"),
        ("29日至30日", "on the 29th and 30th"),
    ],
)
def test_examples_of_the_issue_match(zh, en):
    assert numbers_issues(one_pair(zh, en)) == []


@pytest.mark.parametrize(("zh", "en"), CLEAN_PAIRS)
def test_clean_translations_raise_nothing(zh, en):
    found = [
        issue
        for issue in check_article(one_pair(zh, en))
        if issue.category in (Category.NUMBERS, Category.PUNCTUATION)
    ]
    assert found == []


def test_clean_article_as_a_whole_is_quiet():
    article = Article(body=[Pair(zh, en) for zh, en in CLEAN_PAIRS])
    assert [i for i in check_article(article) if i.severity is not Severity.INFO] == []


@pytest.mark.parametrize(
    ("zh", "en", "expected"),
    [
        (
            "2019年10月29日至30日，阮湘平到常州调研。",
            "From October 29 to 31, 2019, Ruan visited Changzhou.",
            ("date-mismatch", "en", "October 29 to 31, 2019", "2019年10月29日至30日"),
        ),
        (
            "2019年10月29日至30日，阮湘平到常州调研。",
            "On October 29, 2019, Ruan visited Changzhou.",
            ("date-mismatch", "zh", "2019年10月29日至30日", "no counterpart in the English"),
        ),
        ("第四次会议", "the third meeting", ("ordinal-mismatch", "en", "third", "第四")),
        (
            "总投资3.5亿元",
            "investment of 35 million yuan",
            ("numbers-mismatch", "en", "35 million", "350,000,000"),
        ),
        ("员工1.2万人", "1,200 employees", ("numbers-mismatch", "en", "1,200", "12,000")),
        ("三十家企业", "thirteen companies", ("numbers-mismatch", "en", "thirteen", "三十")),
        ("两千人", "two hundred people", ("numbers-mismatch", "en", "two hundred", "2,000")),
        ("增长35%", "up 53%", ("numbers-mismatch", "en", "53%", "35%")),
        ("2019年11月", "December 2019", ("date-mismatch", "en", "December 2019", "2019年11月")),
        (
            "会议于下午3点开始",
            "The meeting began at 4 p.m.",
            ("numbers-mismatch", "en", "4 p.m.", "15:00"),
        ),
        (
            "服务热线：86 0519 86361787",
            "Service Hotline: 86 0519 86361788",
            ("numbers-mismatch", "en", "86 0519 86361788", "86361787"),
        ),
        ("增长35%", "up 35%, with 12 new firms", ("numbers-mismatch", "en", "12", "Chinese")),
        (
            "新增企业12家",
            "new companies were registered",
            ("numbers-mismatch", "zh", "12", "English"),
        ),
    ],
)
def test_planted_defects_are_found(zh, en, expected):
    check, lang, span, words = expected
    article = one_pair(zh, en)
    found = numbers_issues(article)
    assert len(found) == 1
    issue = found[0]
    assert (issue.check, issue.severity, issue.field, issue.paragraph, issue.lang) == (
        check,
        Severity.ERROR,
        "body",
        1,
        lang,
    )
    assert spanned(article, issue) == span
    assert words in issue.message


def test_defect_in_the_title_is_reported_on_the_title():
    article = Article(
        meta=Meta(
            title=Bilingual(
                "第五届中以创新大会开幕", "Sixth China-Israel Innovation Conference Opens"
            )
        )
    )
    found = numbers_issues(article)
    assert [(i.check, i.field, i.paragraph, spanned(article, i)) for i in found] == [
        ("ordinal-mismatch", "title", None, "Sixth")
    ]


def test_empty_side_is_left_to_the_alignment_checks():
    assert numbers_issues(one_pair("新增企业12家", "")) == []


def test_english_source_reports_on_the_chinese():
    article = one_pair("增长53%", "up 35%")
    article.meta.source_lang = "en"
    (issue,) = numbers_issues(article)
    assert (issue.lang, spanned(article, issue)) == ("zh", "53%")


@pytest.mark.parametrize(
    ("zh", "en", "span"),
    [
        ("外资5000万美元", "foreign capital of 50 million yuan", "50 million"),
        ("全长5公里", "5 miles long", "5"),
        ("建筑面积1.2万平方米", "a floor area of 12,000 square feet", "12,000"),
    ],
)
def test_same_number_in_another_unit_is_a_warning(zh, en, span):
    article = one_pair(zh, en)
    (issue,) = numbers_issues(article)
    assert (issue.check, issue.severity, issue.lang) == ("unit-mismatch", Severity.WARNING, "en")
    assert spanned(article, issue) == span


def test_a_year_is_shown_as_written_in_the_message():
    (issue,) = numbers_issues(one_pair("大赛自2015年起举办", "held since 2016"))
    assert "“2015年”" in issue.message and "2,015" not in issue.message


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        (
            "其中三分之一在落户时发放，其余分三年发放",
            "one third on arrival, the rest over three years",
        ),
        ("约三分之二的企业", "about two-thirds of the companies"),
        ("四分之一的项目", "a quarter of the projects"),
        ("前三季度，企业新增35家", "In the first three quarters, 35 companies settled"),
        (
            "今年第一季度新增8家；上半年营收增长12.5%",
            "eight in the first quarter; revenue up 12.5% in the first half",
        ),
        ("出口额翻一番", "exports doubled"),
        ("4月20日（星期二）上午9时30分", "at 9:30 a.m. on Tuesday, April 20"),
        ("展会周一至周五开放", "the expo is open Monday to Friday"),
        ("每周一次", "once a week"),
        ("设三大展区", "with three exhibition areas"),
        ("（三）对引进人才，分三年发放", "(3) Talent recruited will be paid over three years"),
        ("一、资金扶持", "I. Funding Support"),
    ],
)
def test_fractions_halves_quarters_weekdays_and_list_labels_match(zh, en):
    assert numbers_issues(one_pair(zh, en)) == []


@pytest.mark.parametrize(
    ("zh", "en", "span"),
    [
        ("其中三分之一在落户时发放", "one quarter of which is paid on arrival", "one quarter"),
        ("半数以上设立了研发中心", "more than a third of them have R&D centers", "third"),
        ("今年第一季度新增8家", "eight in the second quarter of this year", "second"),
        (
            "第一季度新增8家；上半年营收增长",
            "eight in the first quarter; revenue in the second half",
            "second",
        ),
        ("出口额翻一番", "exports tripled", "tripled"),
        ("4月20日（星期二）开幕", "opened on Wednesday, April 20", "Wednesday"),
        ("设三大展区", "with four exhibition areas", "four"),
        ("（三）对引进人才，分三年发放", "(3) Talent recruited will be paid over two years", "two"),
    ],
)
def test_wrong_fractions_periods_weekdays_and_counts_are_found(zh, en, span):
    article = one_pair(zh, en)
    assert span in {spanned(article, issue) for issue in numbers_issues(article)}
