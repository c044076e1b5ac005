"""Find and replace over the whole article, without a window."""

import pytest

from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.article.search import (
    MAX_MATCHES,
    PatternError,
    Query,
    Scope,
    apply_changes,
    find_all,
    plan_replace_all,
    replace_all,
    replace_one,
)
from cipeditor.article.textfields import TextRef


def sample() -> Article:
    return Article(
        meta=Meta(
            title=Bilingual("中新天津生态城园区动态", "CIP Dynamic: Tianjin Eco-City"),
            summary=Bilingual("园区新闻", "News from the CIP park"),
            category=Bilingual("最新动态 › 园区动态", "Latest News › CIP Dynamic"),
            author="Wang Li",
            source="CIP office",
            contact="press@cip.example",
            tags=["CIP", "园区"],
        ),
        body=[
            Pair("苏州工业园区（CIP）成立于1994年。", "The CIP was founded in 1994."),
            Pair("园区有3000家企业。", "CIPs and other parks: 3000 companies."),
        ],
    )


def places(matches):
    return [(m.field, m.paragraph, m.lang, m.start, m.end) for m in matches]


def test_plain_search_covers_metadata_and_both_sides_in_reading_order():
    hits = find_all(sample(), Query("cip"))
    assert [(m.field, m.lang) for m in hits] == [
        ("title", "en"),
        ("summary", "en"),
        ("category", "en"),
        ("source", None),
        ("contact", None),
        ("tags", None),
        ("body", "zh"),
        ("body", "en"),
        ("body", "en"),
    ]
    assert hits[6].text == "CIP"


def test_chinese_text_is_found_with_offsets_in_characters():
    hits = find_all(sample(), Query("园区", scope=Scope.ZH))
    body = [m for m in hits if m.field == "body"]
    assert places(body) == [("body", 0, "zh", 4, 6), ("body", 1, "zh", 0, 2)]
    assert {m.field for m in hits} == {"title", "summary", "category", "body"}


def test_case_sensitive():
    article = sample()
    assert find_all(article, Query("cip", case_sensitive=True, scope=Scope.EN)) == []
    assert len(find_all(article, Query("CIP", case_sensitive=True, scope=Scope.EN))) == 5


def test_whole_word_latin_edges_only():
    article = Article(body=[Pair("CIP园区和CIPs", "CIP, CIPs and the CIP.")])
    hits = find_all(article, Query("CIP", whole_word=True))
    # "CIP园区" counts (a Chinese character is a boundary); "CIPs" does not.
    assert places(hits) == [
        ("body", 0, "zh", 0, 3),
        ("body", 0, "en", 0, 3),
        ("body", 0, "en", 18, 21),
    ]


def test_whole_word_has_no_effect_inside_chinese():
    article = Article(body=[Pair("工业园区园区", "")])
    assert len(find_all(article, Query("园区", whole_word=True))) == 2


def test_whole_word_with_a_regex():
    article = Article(body=[Pair("", "in 1994, 19945 and 1994年")])
    hits = find_all(article, Query(r"\d{4}", regex=True, whole_word=True))
    assert [m.text for m in hits] == ["1994", "1994"]


def test_scope_english_leaves_chinese_and_one_language_fields_out():
    hits = find_all(sample(), Query("CIP", scope=Scope.EN))
    assert {m.lang for m in hits} == {"en"}
    assert {m.field for m in hits} == {"title", "summary", "category", "body"}


def test_regex_metacharacters_are_literal_in_plain_mode():
    article = Article(body=[Pair("价格（元）", "a.b and axb")])
    assert [m.text for m in find_all(article, Query("a.b"))] == ["a.b"]
    assert [m.text for m in find_all(article, Query("（元）"))] == ["（元）"]


def test_bad_regex_reports_the_position():
    with pytest.raises(PatternError, match="position 4") as caught:
        find_all(sample(), Query("CIP(", regex=True))
    assert caught.value.position == 3  # the cursor goes before the "("


def test_runaway_regex_is_refused_but_ordinary_repetition_is_not():
    with pytest.raises(PatternError, match="forever"):
        find_all(sample(), Query(r"(\w+\s?)+$", regex=True))
    with pytest.raises(PatternError):
        find_all(sample(), Query(r"(?:a*)*b", regex=True))
    assert find_all(sample(), Query(r"(?:\w+\s)+1994", regex=True, scope=Scope.EN))


def test_number_of_matches_is_capped():
    article = Article(body=[Pair("园" * (MAX_MATCHES + 50), "")])
    assert len(find_all(article, Query("园"))) == MAX_MATCHES
    assert len(find_all(article, Query("园"), limit=10)) == 10


def test_empty_matches_are_skipped():
    assert find_all(sample(), Query("q*", regex=True)) == []
    assert find_all(sample(), Query("")) == []


def test_replace_all_with_regex_groups_everywhere():
    article = sample()
    changes = replace_all(article, Query(r"(\d{4})", regex=True), r"\g<1> (\1)")
    assert article.body[0].zh == "苏州工业园区（CIP）成立于1994 (1994)年。"
    assert article.body[1].en == "CIPs and other parks: 3000 (3000) companies."
    assert sum(change.count for change in changes) == 4


def test_dollar_group_references_work_as_in_other_editors():
    article = Article(body=[Pair("", "Li Lin, Deputy Mayor; Xu Zhiguo, Director")])
    query = Query(r"(?P<name>\w+ \w+), (\w+ ?\w*)", regex=True, scope=Scope.EN)
    replace_all(article, query, r"$2 ${name} (\1) costs $$5")
    assert article.body[0].en == (
        "Deputy Mayor Li Lin (Li Lin) costs $5; Director Xu Zhiguo (Xu Zhiguo) costs $5"
    )


def test_a_dollar_reference_to_a_missing_group_is_a_clear_error():
    article = Article(body=[Pair("", "5 million")])
    with pytest.raises(PatternError, match="The replacement cannot be used"):
        replace_all(article, Query(r"(\d+)", regex=True), "$2 yuan")
    assert article.body[0].en == "5 million"


def test_replace_all_plain_is_literal_and_undoable():
    article = sample()
    before = article.copy()
    changes = replace_all(article, Query("CIP", whole_word=True), r"\1 Suzhou Industrial Park")
    assert article.meta.tags == [r"\1 Suzhou Industrial Park", "园区"]
    assert article.body[1].en.startswith("CIPs")
    apply_changes(article, changes, undo=True)
    assert article == before


def test_replace_all_chinese_in_one_side_only():
    article = sample()
    changes = replace_all(article, Query("园区", scope=Scope.ZH), "开发区")
    assert article.meta.title.zh == "中新天津生态城开发区动态"
    assert article.meta.tags == ["CIP", "园区"]
    assert {change.ref.lang for change in changes} == {"zh"}


def test_bad_group_reference_in_replacement():
    with pytest.raises(PatternError, match="replacement"):
        plan_replace_all(sample(), Query(r"(\d+)", regex=True), r"\2")


def test_replace_one_replaces_only_that_hit():
    article = sample()
    hits = find_all(article, Query("园区", scope=Scope.ZH))
    second_body_hit = [m for m in hits if m.field == "body"][1]
    change = replace_one(article, Query("园区", scope=Scope.ZH), "本园", second_body_hit)
    assert change.ref == TextRef("body", 1, "zh")
    assert article.body[1].zh == "本园有3000家企业。"
    assert article.body[0].zh == "苏州工业园区（CIP）成立于1994年。"


def test_replace_one_of_a_hit_that_is_gone():
    article = sample()
    hit = find_all(article, Query("1994", scope=Scope.EN))[0]
    article.body[0].en = "Founded long ago."
    assert replace_one(article, Query("1994", scope=Scope.EN), "x", hit) is None


def test_a_line_break_in_the_replacement_is_refused_in_pairs_and_one_line_fields():
    article = sample()
    for where in (Scope.EN, Scope.ALL):
        query = Query("CIP", scope=where, regex=True, case_sensitive=True)
        with pytest.raises(PatternError, match="line break"):
            replace_all(article, query, r"\n")
    assert article.body[0].en == "The CIP was founded in 1994."
    assert article.meta.title.en == "CIP Dynamic: Tianjin Eco-City"


def test_the_summary_may_take_a_line_break_and_a_break_already_there_may_stay():
    article = sample()
    article.body[1].en = "CIPs and other parks:\n3000 companies."
    replace_all(article, Query("News from", regex=True), r"News\nfrom")
    assert article.meta.summary.en == "News\nfrom the CIP park"
    replace_all(article, Query(r"parks:(\s)3000", regex=True), r"parks,\g<1>3,000")
    assert article.body[1].en == "CIPs and other parks,\n3,000 companies."
