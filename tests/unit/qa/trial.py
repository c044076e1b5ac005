"""What the QA trial tests share: the trial articles, where issues are, planting defects."""

from __future__ import annotations

from pathlib import Path

from cipeditor.article import cipformat
from cipeditor.article.model import Article
from cipeditor.glossary.files import read_glossary
from cipeditor.paths import GLOSSARIES
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.runner import check_article

TRIAL = Path(__file__).resolve().parents[2] / "data" / "trial"


def trial_glossaries(*names: str) -> list:
    """The bundled CIP glossary and the trial glossaries ``names`` (glossary.csv…)."""
    return [read_glossary(GLOSSARIES / "cip.csv"), *(read_glossary(TRIAL / n) for n in names)]


def planted_ids(planted: list[tuple]) -> list[str]:
    """Test ids of planted defects (article, category, the defect's first characters)."""
    return [f"{row[0]}-{row[5]}-{row[4][:24]}" for row in planted]


def with_defect(planted: tuple) -> Article:
    """The trial article of a planted defect (name, where, lang, old, new, category), planted."""
    name, where, lang, old, new, _category = planted
    return replace(load(name), where, lang, old, new)


def load(name: str) -> Article:
    return cipformat.load(TRIAL / f"{name}.cip")


def body(index: int) -> tuple:
    return ("body", index)


def places(article: Article, glossaries, category: Category) -> set:
    """Where the issues of ``category`` are: ("title", None) or ("body", 3)…"""
    return {
        (issue.field, issue.paragraph)
        for issue in check_article(article, glossaries)
        if issue.category is category
    }


def serious(issues: list[Issue]) -> list[tuple]:
    """The errors and warnings among ``issues``, as (place, check, message)."""
    return [
        (i.location, i.check, i.message)
        for i in issues
        if i.severity in (Severity.ERROR, Severity.WARNING)
    ]


def replace(article: Article, where: tuple, lang: str, old: str, new: str) -> Article:
    field, paragraph = where
    side = article.body[paragraph] if field == "body" else getattr(article.meta, field)
    text = side.get(lang)
    assert old in text, f"{old!r} not in {text!r}"
    side.set(lang, text.replace(old, new, 1))
    return article


def english_dropped(clean: Article, dropped: int) -> Article:
    """``clean`` with English paragraph ``dropped`` gone: the rest moved up, the last empty."""
    article = clean.copy()
    english = [pair.en for pair in article.body]
    del english[dropped]
    for pair, en in zip(article.body, [*english, ""], strict=True):
        pair.en = en
    return article
