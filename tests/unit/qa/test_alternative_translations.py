"""Correct translations written by someone else than the people who tuned the checks.

tests/data/trial/alt holds the Chinese of the sample and of the trial articles
with other English translations, the way other translators and editors write:
British and American dates ("29-30 October 2019", "Oct. 29-30, 2019"),
amounts ("RMB 350m", "¥500 million", "12 000 m²", "some 2,000"), titles in
lower case after the name, short second mentions ("Ruan", "the inspector",
"the park", "the delegation"), British quotes, dashes with spaces, a colon
before a list, sentences merged and split, headlines in sentence case. Each
must raise no error and no warning.
"""

import pytest

from cipeditor.article import cipformat
from cipeditor.qa.runner import check_article
from tests.unit.qa.trial import TRIAL, serious, trial_glossaries

ALTERNATIVES = sorted((TRIAL / "alt").glob("*.cip"))


@pytest.fixture(scope="module")
def glossaries():
    return trial_glossaries("glossary.csv", "glossary-2.csv")


def test_every_article_has_an_alternative():
    written = {path.stem.rsplit("-", 1)[0] for path in ALTERNATIVES}
    assert written >= {path.stem for path in TRIAL.glob("*.cip")} | {"ruan-visit"}


@pytest.mark.parametrize("path", ALTERNATIVES, ids=lambda path: path.stem)
def test_an_alternative_translation_has_no_error_or_warning(path, glossaries):
    issues = check_article(cipformat.load(path), glossaries)
    assert serious(issues) == []
