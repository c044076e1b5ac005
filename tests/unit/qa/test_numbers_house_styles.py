"""Numbers written in other house styles than ours: read right, and wrong ones still found.

Found by translating the trial articles again the way other translators and
editors write (tests/data/trial/alt): spaces grouping thousands, British
times, "three in ten", "the first four months", numbered headings, and the
year a 同比 figure is compared with.
"""

import pytest

from cipeditor.article.model import Article, Pair
from cipeditor.qa.issue import Category
from cipeditor.qa.runner import check_article


def numbers_issues(article):
    return [i for i in check_article(article) if i.category is Category.NUMBERS]


def one_pair(zh, en):
    return Article(body=[Pair("第一段。", "The first paragraph."), Pair(zh, en)])


def spans(zh, en):
    article = one_pair(zh, en)
    return [
        article.body[1].get(issue.lang)[issue.start : issue.end]
        for issue in numbers_issues(article)
    ]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("建筑面积1.2万平方米", "a floor area of 12 000 m²"),
        ("建筑面积1.2万平方米", "a floor area of 12\u202f000 sq m."),
        ("上午9时30分开幕", "opened at 9.30am"),
        ("上午9时30分开幕", "opened at 9.30 a.m."),
        ("下午2时30分闭幕", "closed at 2.30pm"),
        ("约三成为医疗健康企业", "about three in ten are in medicine and health"),
        ("七成以上为高科技项目", "more than seven out of ten are high-tech"),
        ("今年1至4月，新增注册企业42家", "In the first four months of this year, 42 companies"),
        ("一、资金扶持", "1. Funding"),
        (
            "2019年10月29日至30日，阮湘平到常州调研。",
            "On the 29th and 30th of October 2019, Ruan visited Changzhou.",
        ),
        ("该项目总投资3.5亿元。", "The project involves 350 million yuan (about US$50 million)."),
        ("单个项目一般不超过5%", "no more than 5 pct in any one project"),
        (
            "2019年，园区实现营业收入45.8亿元，同比增长15%",
            "In 2019 revenue reached RMB 4.58bn, 15 per cent more than in 2018",
        ),
    ],
)
def test_other_house_styles_raise_nothing(zh, en):
    assert spans(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en", "span"),
    [
        ("建筑面积1.3万平方米", "a floor area of 12 000 m²", "12 000"),
        ("上午10时30分开幕", "opened at 9.30am", "9.30am"),
        (
            "2019年10月29日至30日调研",
            "on the 29th and 30th of November 2019",
            "29th and 30th of November 2019",
        ),
        ("总投资3.5亿元（约合5000万美元）", "350 million yuan (about US$60 million)", "60 million"),
        ("约三成为医疗健康企业", "about four in ten are in medicine and health", "four in ten"),
        (
            "今年1至5月，新增注册企业42家",
            "In the first four months of this year, 42 companies",
            "first four months",
        ),
        (
            "2019年，园区实现营业收入45.8亿元，同比增长15%",
            "In 2019 revenue reached RMB 4.58bn, 15 per cent more than in 2017",
            "2017",
        ),
        (
            "2019年，园区实现营业收入45.8亿元，增长15%",
            "In 2019 revenue reached RMB 4.58bn, 15 per cent more than in 2018",
            "2018",
        ),
    ],
)
def test_wrong_numbers_in_those_styles_are_still_found(zh, en, span):
    assert span in spans(zh, en)


def test_a_range_of_months_missing_is_reported_once():
    assert spans("今年1至4月，新增注册企业42家", "This year, 42 new companies registered") == [
        "1至4月"
    ]
