"""Length and shifts: a sentence missing, a paragraph dropped so that the pairs slide."""

import pytest

from cipeditor.article.model import Pair
from cipeditor.qa.issue import Category, Severity
from cipeditor.qa.length import article_norm
from cipeditor.qa.registry import CheckContext


def test_norm_is_the_articles_own_ratio(article):
    norm = article_norm(CheckContext(article))
    assert 2.0 < norm < 5.0


def test_missing_sentence_is_a_length_warning_on_its_pair(article, findings):
    english = article.body[3].en
    article.body[3].en = english[: english.index(";")] + "."
    issues = [i for i in findings(article) if i.category == Category.LENGTH]
    assert [(i.severity, i.paragraph, i.lang) for i in issues] == [(Severity.WARNING, 3, "en")]
    assert "missing" in issues[0].message


@pytest.mark.parametrize("dropped", range(6))
def test_dropped_english_paragraph_is_an_alignment_problem_on_every_shifted_pair(
    article, findings, dropped
):
    english = [pair.en for pair in article.body]
    del english[dropped]
    for pair, text in zip(article.body, [*english, ""], strict=True):
        pair.en = text
    issues = [i for i in findings(article) if i.field == "body"]
    aligned = {i.paragraph for i in issues if i.category == Category.ALIGNMENT}
    assert aligned == set(range(dropped, 6))
    assert {i.paragraph for i in issues} == set(range(dropped, 6))  # nothing before the drop


def test_dropped_chinese_paragraph_shifts_the_other_way(article, findings):
    chinese = [pair.zh for pair in article.body]
    del chinese[1]
    for pair, text in zip(article.body, [*chinese, ""], strict=True):
        pair.zh = text
    issues = [i for i in findings(article) if i.category == Category.ALIGNMENT]
    assert {3, 4, 5} <= {i.paragraph for i in issues}
    assert any("previous Chinese paragraph" in i.message for i in issues)


def test_short_pairs_are_not_judged(article, findings):
    article.body.append(
        Pair("李林陪同调研。", "Li Lin accompanied the delegation throughout the two-day visit.")
    )
    assert findings(article) == []


def test_a_shift_through_pairs_without_terms_is_followed_by_numbers_and_length(article, findings):
    """三十周年 is "30th anniversary", a heading has no term: the shift is still traced."""
    article.body[2:2] = [
        Pair("聚焦医疗健康与智能制造", "Focus on Medical Health and Intelligent Manufacturing"),
        Pair(
            "双方一致认为，要以明年建交三十周年为契机，进一步拓展合作领域，推动创新合作再上新台阶。",
            "Both sides agreed to take the 30th anniversary of diplomatic relations next year as "
            "an opportunity to further expand cooperation and take innovation cooperation to a "
            "new level.",
        ),
    ]
    english = [pair.en for pair in article.body]
    del english[1]
    for pair, text in zip(article.body, [*english, ""], strict=True):
        pair.en = text
    shifted = {i.paragraph for i in findings(article) if i.check == "shifted-pairs"}
    assert shifted == set(range(1, len(article.body) - 1))
