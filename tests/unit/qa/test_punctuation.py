"""Punctuation checks run through the QA runner."""

import pytest

from cipeditor.article.model import Article, Pair
from cipeditor.qa.issue import Category, Severity
from cipeditor.qa.runner import check_article


def punctuation(zh, en):
    article = Article(body=[Pair(zh, en)])
    found = [i for i in check_article(article) if i.category is Category.PUNCTUATION]
    return [
        (i.check, i.severity, i.lang, (zh if i.lang == "zh" else en)[i.start : i.end])
        for i in found
    ]


@pytest.mark.parametrize("mark", list("，。：；（）！？、"))
def test_full_width_punctuation_in_english_is_an_error(mark):
    en = f"China{mark} Israel"
    assert ("full-width-in-english", Severity.ERROR, "en", mark) in punctuation("中国以色列", en)


def test_curly_quotes_are_english_typography_too():
    assert punctuation("他说：“合作共赢。”", "He said, “Win-win cooperation.”") == []


@pytest.mark.parametrize(
    ("zh", "mark"),
    [("中国,以色列", ","), ("双方举行座谈.会议", "."), ("双方举行座谈.", "."), ("时间:下午", ":")],
)
def test_ascii_marks_in_chinese_prose_are_warnings(zh, mark):
    assert punctuation(zh, "text") == [("ascii-in-chinese", Severity.WARNING, "zh", mark)]


@pytest.mark.parametrize(
    "zh",
    [
        "投资3.5亿元",
        "员工1,200人",
        "访问www.cip.gov.cn了解",
        "与Intel Corp.合作",
        "时间:2019-11-02",
    ],
)
def test_ascii_marks_in_numbers_names_and_addresses_are_fine(zh):
    assert punctuation(zh, "text") == []


@pytest.mark.parametrize(
    ("zh", "en", "lang", "mark"),
    [
        ("创新园（CIP", "CIP", "zh", "（"),
        ("创新园", "the Park (CIP", "en", "("),
        ("《倡议", "the Initiative", "zh", "《"),
        ("他说“合作", "He said", "zh", "“"),
        ("合作", "He said “cooperation", "en", "“"),
        ("合作", 'He said "cooperation', "en", '"'),
        ("合作」", "cooperation", "zh", "」"),
        ("合作", "cooperation)", "en", ")"),
    ],
)
def test_unbalanced_brackets_and_quotes_are_warnings(zh, en, lang, mark):
    assert punctuation(zh, en) == [("unbalanced-brackets", Severity.WARNING, lang, mark)]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        (
            "措施：1）加强合作；2）扩大交流。",
            "Measures: 1) more cooperation; 2) more exchanges; b) ...",
        )
    ],
)
def test_list_enumerators_close_nothing(zh, en):
    assert punctuation(zh, en) == []


def test_apostrophes_are_not_closing_quotes():
    assert punctuation("中国的合作", "China’s partners’ cooperation") == []


def test_balanced_pairs_are_fine():
    zh = "中以常州创新园（CIP）落实《倡议》，“先行先试”"
    en = 'The CIP (China-Israel) implements "the Initiative" and ‘early start’ [1].'
    assert punctuation(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en", "lang", "text"),
    [
        ("合作", "China  and Israel", "en", "  "),
        ("合作", "China and Israel , both", "en", " "),
        ("合作", "China and Israel .", "en", " "),
        ("中以 合作", "China-Israel cooperation", "zh", " "),
        ("中以合作， 共赢", "cooperation", "zh", " "),
    ],
)
def test_stray_spaces_are_info(zh, en, lang, text):
    assert punctuation(zh, en) == [("spacing", Severity.INFO, lang, text)]


def test_spaces_around_latin_words_in_chinese_are_fine():
    assert punctuation("中以常州创新园 CIP 建设", "CIP construction") == []


def test_a_space_between_the_parts_of_a_chinese_headline_is_fine():
    from cipeditor.article.model import Bilingual, Meta

    title = Bilingual("总投资3.5亿元 以色列医疗科技产业园项目签约", "Project Signed")
    article = Article(meta=Meta(title=title), body=[Pair("合作", "Cooperation")])
    assert [i for i in check_article(article) if i.category is Category.PUNCTUATION] == []


@pytest.mark.parametrize(("mark", "english"), [("——", "—"), ("……", "…")])
def test_chinese_dash_and_ellipsis_in_english_are_errors(mark, english):
    found = punctuation("人工智能——一套系统……", f"artificial intelligence{mark}an AI system")
    assert [(check, text) for check, _severity, _lang, text in found] == [
        ("full-width-in-english", mark)
    ]
    assert (
        punctuation("人工智能——一套系统……", f"intelligence {english} an AI system{english}") == []
    )
