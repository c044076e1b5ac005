"""The copied text of an article page: metadata from its furniture, only the article as body."""

from datetime import datetime

import pytest

from cipeditor.article.model import DEFAULT_TIMEZONE
from cipeditor.importers import read_document
from cipeditor.importers.text import parse as parse_text
from cipeditor.importers.webpage import looks_like_webpage, parse
from tests.conftest import DATA, SEED_PAGE

SEED_TIME = datetime(2019, 11, 2, 18, 40, 10, tzinfo=DEFAULT_TIMEZONE)


def test_the_english_seed_page():
    imported = read_document(SEED_PAGE)
    meta = imported.article.meta
    assert imported.langs == {"en"}
    assert meta.title.en == (
        "Ruan Xiangping, First-Level Inspector of the Department of International "
        "Cooperation of the Chinese"
    )
    assert meta.published.isoformat() == "2019-11-02T18:40:10+08:00"
    assert meta.category.en == "Latest News › CIP Dynamic"
    assert meta.contact == "86 0519 86361787"
    assert meta.views is None
    body = imported.article.side("en")
    assert len(body) == 5
    assert body[0].startswith("From October 29 to 30, 2019")
    assert body[-1].endswith("municipal deployment requirements.")
    assert imported.warnings == []


def test_the_chinese_page():
    imported = read_document(DATA / "seed-page-zh.txt")
    meta = imported.article.meta
    assert imported.langs == {"zh"}
    assert meta.title.zh == "科技部国际合作司一级巡视员阮湘平一行调研中以常州创新园"
    assert meta.category.zh == "最新动态 › 园区动态"
    assert meta.published == SEED_TIME
    assert meta.views == 123
    assert meta.source == "中以常州创新园"
    assert meta.contact == "86 0519 86361787"
    body = imported.article.side("zh")
    assert len(body) == 5
    assert body[0].startswith("2019年10月29日至30日")  # the full-width indent is gone
    assert not any("上一篇" in paragraph or "下一篇" in paragraph for paragraph in body)


@pytest.mark.parametrize(
    ("line", "published", "views"),
    [
        ("Time:2019-11-02 18:40:10View count:", SEED_TIME, None),
        ("Release time: 2019-11-02 18:40:10  Views: 1,234", SEED_TIME, 1234),
        ("发布时间：2019-11-02 18:40:10浏览次数：88", SEED_TIME, 88),
        ("发布时间：2019年11月2日 18:40:10 浏览次数：", SEED_TIME, None),
        ("日期：2019-11-02", datetime(2019, 11, 2, tzinfo=DEFAULT_TIMEZONE), None),
    ],
)
def test_date_line_variants(line, published, views):
    text = f"Hotline: 1\nNews\nHeadline\n{line}\n\nBody one.\n\nBody two.\n"
    article = parse(text, None).article
    assert article.meta.published == published
    assert article.meta.views == views
    assert article.meta.title.en == "Headline"
    assert article.side("en") == ["Body one.", "Body two."]


def test_source_and_author_lines_next_to_the_date():
    text = (
        "新闻中心\n标题\n来源：武进国家高新区\n发布时间：2019-11-02\n作者：办公室\n\n正文第一段。\n"
    )
    imported = parse(text, None)
    meta = imported.article.meta
    assert (meta.source, meta.author) == ("武进国家高新区", "办公室")
    assert meta.title.zh == "标题"
    assert meta.category.zh == "新闻中心"
    assert imported.article.side("zh") == ["正文第一段。"]


def test_breadcrumb_on_one_line_without_home_and_repeats():
    text = "当前位置：首页 > 最新动态 > 最新动态 > 园区动态\n标题\n发布时间：2019-11-02\n正文。\n"
    assert parse(text, None).article.meta.category.zh == "最新动态 › 园区动态"


def test_impossible_date_is_left_empty_with_a_warning():
    imported = parse("News\nHeadline\nTime: 2019-02-30 10:00\n\nBody.\n", "en")
    assert imported.article.meta.published is None
    assert "2019-02-30" in imported.warnings[0]


def test_plain_text_is_not_taken_for_a_page():
    assert not looks_like_webpage("Title\n\nTime: is what we lack.\n")
    assert not looks_like_webpage("Time: 2019-11-02\nno headline above the date line\n")


def test_page_without_headline_keeps_the_hotline_out_of_the_title():
    imported = parse("服务热线：0519 1234\n发布时间：2019-11-02\n\n正文。\n", None)
    assert imported.article.meta.title.zh == ""
    assert imported.article.meta.contact == "0519 1234"
    assert imported.article.side("zh") == ["正文。"]


def test_an_implausible_view_count_is_quoted_as_written_with_the_file_name():
    # Before, the warning showed 1000000000000001 (the limit plus one), not what the page said,
    # and did not say which file.
    page = SEED_PAGE.read_text(encoding="utf-8").replace(
        "View count:", "View count:99999999999999999999"
    )
    imported = parse(page, None, source="page.txt")
    assert imported.article.meta.views is None
    assert imported.warnings == [
        "page.txt: the view count 99999999999999999999 is implausible and was left out"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "CIP Innovation Forum 2019\n\nThe forum opens next week.\n\nTime: 2019-11-05 09:00\n"
        "Place: CIP Conference Hall\n\nRegistration is free.\n",
        "中以创新论坛\n\n论坛下周开幕。\n\n时间：2019-11-05 09:00\n"
        "地点：园区会议中心\n\n免费报名。\n",
    ],
    ids=["en", "zh"],
)
def test_a_notice_with_a_time_line_is_plain_text_and_keeps_every_line(text):
    # Before, it was taken for a web page: the title became the category, the event time the
    # publication date, and the "Time:" line vanished from the body.
    article = parse_text(text, None, source="notice.txt").article
    lang = article.meta.source_lang
    assert article.meta.title.get(lang) == text.split("\n")[0]
    assert article.meta.published is None
    kept = "\n".join([article.meta.title.get(lang), *article.side(lang)])
    for line in filter(None, text.split("\n")):
        assert line in kept


def test_with_a_location_line_the_menu_lines_around_it_are_not_the_category():
    text = (
        "服务热线：86 0519 86361787\n首页\n园区概况\n最新动态\n"
        "当前位置：首页 > 最新动态 > 园区动态\n园区举办创新大会\n"
        "发布时间：2019-11-05 09:00 浏览次数：12\n大会开幕。\n"
    )
    imported = parse(text, None)
    assert imported.article.meta.category.zh == "最新动态 › 园区动态"
    assert [p.zh for p in imported.article.body] == ["大会开幕。"]
