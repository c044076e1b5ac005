"""Terminology: a term left unrendered, a forbidden variant used."""

from cipeditor.article.model import Pair
from cipeditor.glossary.entry import Entry, Glossary
from cipeditor.qa.issue import Category, Severity


def test_term_without_its_rendering_is_an_error_on_the_chinese_term(article, findings):
    article.body[0].en = article.body[0].en.replace("Wujin National High-tech Zone", "the area")
    (issue,) = findings(article)
    assert (issue.category, issue.severity, issue.field, issue.paragraph, issue.lang) == (
        Category.TERMINOLOGY,
        Severity.ERROR,
        "body",
        0,
        "zh",
    )
    assert article.body[0].zh[issue.start : issue.end] == "武进国家高新区"
    assert "Wujin National High-tech Zone" in issue.message


def test_admitted_variant_and_plural_are_accepted(article, findings):
    article.body[1].en = article.body[1].en.replace("the Israel Center", "the Israel Centre")
    assert findings(article) == []


def test_forbidden_variant_is_an_error_with_its_english_span(article, findings):
    article.body[1].en = article.body[1].en.replace(
        "Ruan Xiangping and his team", "Ruan Xiangping, the Level-1 Inspector,"
    )
    (issue,) = findings(article)
    assert (issue.category, issue.severity, issue.paragraph, issue.lang) == (
        Category.TERMINOLOGY,
        Severity.ERROR,
        1,
        "en",
    )
    assert article.body[1].en[issue.start : issue.end] == "Level-1 Inspector"


def test_forbidden_variant_is_reported_even_without_the_chinese_term(article, findings):
    article.body[5].en += " The Science Ministry welcomed this."
    issues = findings(article)
    assert [(i.check, i.paragraph) for i in issues] == [("term-forbidden", 5)]


def test_forbidden_variant_inside_an_allowed_rendering_is_no_offence(article, findings):
    stricter = Glossary(
        "mine",
        (
            Entry(
                "科技部",
                "MOST",
                forbidden=("Ministry of Science",),
                admitted=("Ministry of Science and Technology",),
            ),
        ),
    )
    assert findings(article, stricter) == []


def test_terms_inside_a_persons_title_are_left_to_the_title_check(article, findings):
    # 常州市副市长、武进区委书记李林 → "Li Lin, Deputy Mayor and Secretary of …": the
    # title shortens away the place names, which is how titles are written in English.
    assert "Changzhou" not in article.body[4].en
    assert findings(article) == []


def test_title_parts_are_recognised_whatever_the_punctuation(article, findings):
    article.body[4].zh = article.body[4].zh.replace(
        "常州市副市长、武进区委书记", "常州市副市长，武进区委书记"
    )
    assert findings(article) == []


def test_ranks_before_names_may_be_left_out_of_the_english(article, findings):
    # Chinese press releases give every leader's rank; the English often lists names only.
    article.body[0].zh = article.body[0].zh.replace(
        "领导李林、徐志国", "领导李林，武进区委副书记、区长徐志国"
    )
    assert findings(article) == []


def test_a_place_before_a_name_but_not_part_of_a_rank_is_still_required(article, findings):
    article.body.append(Pair("常州市领导李林陪同。", "Li Lin accompanied them."))
    issues = findings(article)
    assert [(i.check, i.paragraph, article.body[6].zh[i.start : i.end]) for i in issues] == [
        ("term-missing", 6, "常州市")
    ]
