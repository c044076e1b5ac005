"""Fixtures for the glossary checks: the clean bilingual article and the bundled CIP glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from cipeditor.article import cipformat
from cipeditor.article.model import Article
from cipeditor.glossary.entry import Glossary
from cipeditor.glossary.files import read_glossary
from cipeditor.paths import GLOSSARIES
from cipeditor.qa.issue import Issue, Severity
from cipeditor.qa.runner import check_article

CLEAN_ARTICLE = Path(__file__).resolve().parents[2] / "data" / "clean-article.cip"


@pytest.fixture(scope="session")
def cip_glossary() -> Glossary:
    return read_glossary(GLOSSARIES / "cip.csv")


@pytest.fixture
def article() -> Article:
    """A fresh copy of the clean article, to plant one defect in."""
    return cipformat.load(CLEAN_ARTICLE)


@pytest.fixture
def findings(cip_glossary):
    """The errors and warnings of an article checked against the CIP glossary."""

    def run(article: Article, *extra: Glossary) -> list[Issue]:
        return [
            issue
            for issue in check_article(article, [cip_glossary, *extra])
            if issue.severity in (Severity.ERROR, Severity.WARNING)
        ]

    return run
