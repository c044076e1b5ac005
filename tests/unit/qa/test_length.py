"""Length and shifts: a sentence missing, a paragraph dropped so that the pairs slide."""

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


def test_dropped_english_paragraph_is_reported_on_the_shifted_pairs(article, findings):
    english = [pair.en for pair in article.body]
    del english[1]
    for pair, text in zip(article.body, [*english, ""], strict=True):
        pair.en = text
    issues = findings(article)
    flagged = {i.paragraph for i in issues if i.category in (Category.ALIGNMENT, Category.LENGTH)}
    assert {1, 5} <= flagged  # the first shifted pair and the empty last one
    # Every pair from the drop on is reported in some way; none before it.
    assert {i.paragraph for i in issues if i.field == "body"} == {1, 2, 3, 4, 5}


def test_short_pairs_are_not_judged(article, findings):
    article.body.append(
        Pair("李林陪同调研。", "Li Lin accompanied the delegation throughout the two-day visit.")
    )
    assert findings(article) == []
