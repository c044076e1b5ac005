"""A clean, correct translation must raise no error and no warning: false alarms cost trust."""

from cipeditor.glossary.files import read_glossary
from cipeditor.paths import GLOSSARIES
from cipeditor.qa.issue import Severity
from cipeditor.qa.runner import check_article


def test_clean_article_has_no_error_or_warning(article, findings):
    assert findings(article) == []


def test_clean_article_with_team_and_personal_glossary(article, findings):
    personal = read_glossary(GLOSSARIES / "personal-sample.csv")
    assert findings(article, personal) == []


def test_clean_article_without_glossary_has_no_error_or_warning(article):
    issues = check_article(article, [])
    assert [i for i in issues if i.severity != Severity.INFO] == []
