"""Structural edits keep the two sides aligned."""

import pytest

from cipeditor.article.model import Article, Kind, Pair
from cipeditor.article.operations import (
    delete_pair,
    insert_pair,
    merge_pairs,
    move_pair,
    set_kind,
    split_pair,
    swap_sides,
)
from cipeditor.errors import UserError


def make(*pairs: tuple[str, str]) -> Article:
    return Article(body=[Pair(zh, en) for zh, en in pairs])


def test_insert_empty_pair_in_the_middle():
    article = make(("一", "one"), ("三", "three"))
    insert_pair(article, 1)
    assert article.side("zh") == ["一", "", "三"]
    assert article.side("en") == ["one", "", "three"]


def test_insert_at_end_and_refuse_beyond():
    article = make(("一", "one"))
    insert_pair(article, 1, Pair("二", "two"))
    assert article.side("en") == ["one", "two"]
    with pytest.raises(UserError, match="no pair 4"):
        insert_pair(article, 3)


def test_delete_returns_the_pair_for_undo():
    article = make(("一", "one"), ("二", "two"))
    removed = delete_pair(article, 0)
    assert removed == Pair("一", "one")
    assert article.side("zh") == ["二"]


def test_move_pair_down_and_up():
    article = make(("一", "one"), ("二", "two"), ("三", "three"))
    move_pair(article, 0, 2)
    assert article.side("en") == ["two", "three", "one"]
    move_pair(article, 2, 0)
    assert article.side("zh") == ["一", "二", "三"]


def test_split_each_side_at_its_own_offset():
    article = make(("第一句。第二句。", "First sentence. Second sentence."))
    second = split_pair(article, 0, {"zh": 4, "en": 16})
    assert article.side("zh") == ["第一句。", "第二句。"]
    assert article.side("en") == ["First sentence.", "Second sentence."]
    assert second is article.body[1]


def test_split_one_side_leaves_the_other_whole_and_aligned():
    article = make(("甲乙", "A B"), ("丙", "C"))
    split_pair(article, 0, {"zh": 1})
    assert article.side("zh") == ["甲", "乙", "丙"]
    assert article.side("en") == ["A B", "", "C"]


def test_split_keeps_kind_and_refuses_bad_offset():
    article = Article(body=[Pair("标题", "Title", Kind.HEADING)])
    split_pair(article, 0, {"zh": 1, "en": 2})
    assert article.body[1].kind is Kind.HEADING
    with pytest.raises(UserError, match="character 99"):
        split_pair(article, 0, {"en": 99})


def test_merge_joins_english_with_space_and_chinese_without():
    article = make(("第一句。", "First."), ("第二句。", "Second."), ("三", "three"))
    originals = merge_pairs(article, 0)
    assert article.side("zh") == ["第一句。第二句。", "三"]
    assert article.side("en") == ["First. Second.", "three"]
    assert originals[1] == Pair("第二句。", "Second.")


def test_merge_last_pair_is_refused():
    article = make(("一", "one"))
    with pytest.raises(UserError):
        merge_pairs(article, 0)


def test_split_then_merge_restores_text():
    article = make(("甲。乙。", "A. B."))
    split_pair(article, 0, {"zh": 2, "en": 2})
    merge_pairs(article, 0)
    assert article.body[0] == Pair("甲。乙。", "A. B.")


def test_swap_sides_and_set_kind():
    article = make(("English pasted here", "中文"))
    swap_sides(article, 0)
    assert article.body[0].zh == "中文"
    assert set_kind(article, 0, Kind.QUOTE) is Kind.PARAGRAPH
    assert article.body[0].kind is Kind.QUOTE
