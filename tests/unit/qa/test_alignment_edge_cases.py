"""Alignment checks on pairs a press release really has: names, numbers, invisible text."""

import pytest

from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.qa.runner import check_article


def issues_for(pair: Pair) -> list[tuple[str, str | None]]:
    article = Article(meta=Meta(title=Bilingual("标题", "Title")), body=[pair])
    return [(issue.check, issue.lang) for issue in check_article(article, [])]


@pytest.mark.parametrize(
    "text",
    [
        "CIP",
        "2019",
        "iPhone 15",
        "86 0519 86361787",
        "www.cip.gov.cn",
        "MOST / JCIC",
        "https://en.cip.gov.cn/news/2019",
        "info@cip.cn",
    ],
)
def test_names_numbers_and_codes_may_read_the_same_on_both_sides(text):
    # Before, each was an *error*, "the Chinese side was copied, not translated", and
    # `check` exited 1 on a correct article.
    assert issues_for(Pair(zh=text, en=text)) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("中以常州创新园", "en"), ("Ruan Xiangping visited CIP.", "zh")],
)
def test_a_sentence_copied_to_the_other_side_is_still_an_error(text, lang):
    assert issues_for(Pair(zh=text, en=text)) == [("copied-side", lang)]


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", " \u200b\u200d "])
def test_a_side_holding_only_invisible_characters_is_empty(invisible):
    # A zero-width space pasted from a web page hid an untranslated paragraph.
    assert issues_for(Pair(zh=invisible, en="Text.")) == [("empty-side", "zh")]
    assert issues_for(Pair(zh=invisible, en=invisible)) == [("empty-pair", None)]
