"""Consistency: one term rendered two ways, one Chinese paragraph translated two ways."""

from cipeditor.article.model import Pair
from cipeditor.glossary.entry import Entry, Glossary
from cipeditor.qa.issue import Category, Severity
from cipeditor.qa.runner import check_article


def test_abbreviation_after_the_full_name_is_consistent(article, cip_glossary):
    # The clean article names MOST in full, then "MOST"; CIP in full, then "CIP".
    issues = check_article(article, [cip_glossary])
    assert [i for i in issues if i.category == Category.CONSISTENCY] == []


def test_admitted_variant_beside_the_preferred_is_style(article, cip_glossary):
    article.body[0].en = article.body[0].en.replace(
        "Department of International Cooperation", "International Cooperation Department"
    )
    (issue,) = [i for i in check_article(article, [cip_glossary]) if i.category == "consistency"]
    assert (issue.severity, issue.field) == (Severity.INFO, "body")
    assert "International Cooperation Department" in issue.message


def test_two_glossaries_disagreeing_and_both_used_is_a_warning(article, findings, cip_glossary):
    personal = Glossary("mine", (Entry("以色列创新中心", "Israel Innovation Hub"),))
    article.body.append(
        Pair("阮湘平参观了以色列创新中心。", "Ruan Xiangping visited the Israel Innovation Hub.")
    )
    issues = findings(article, personal)
    assert [(i.category, i.severity, i.paragraph) for i in issues] == [
        (Category.CONSISTENCY, Severity.WARNING, 6)
    ]


def test_identical_chinese_paragraphs_translated_differently(article, findings):
    article.body.append(Pair(article.body[1].zh, article.body[1].en.replace("visited", "toured")))
    (issue,) = findings(article)
    assert (issue.category, issue.severity, issue.paragraph) == (
        Category.CONSISTENCY,
        Severity.WARNING,
        6,
    )
    assert "paragraph 2" in issue.message


def test_identical_chinese_paragraphs_translated_alike_are_fine(article, findings):
    article.body.append(Pair(article.body[1].zh, article.body[1].en))
    assert findings(article) == []
