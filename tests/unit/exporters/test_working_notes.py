"""Notes on pairs and accepted QA decisions stay in the press office: a published page or
press release must not carry them, not even inside the embedded article."""

from __future__ import annotations

import io
import zipfile

import pytest

from cipeditor.article.model import AcceptedIssue
from cipeditor.exporters import ExportOptions, render
from cipeditor.importers import read_document

NOTE = "Do not publish before the ministry confirms Mr Ruan's title"
ACCEPTED_TEXT = "accepted-by-the-reviewer"


@pytest.fixture
def noted(article):
    article.body[2].note = NOTE
    article.accepted.append(
        AcceptedIssue("spacing", "body", 3, "en", ACCEPTED_TEXT + " " + article.body[3].en)
    )
    return article


def everything_in(data: bytes, format_name: str) -> str:
    """Every character of the file: all parts of a DOCX, the whole source of a page."""
    if format_name == "html":
        return data.decode("utf-8")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "".join(package.read(name).decode("utf-8") for name in package.namelist())


@pytest.mark.parametrize(
    ("format_name", "lang"),
    [("html", "zh"), ("html", "en"), ("html", "both"), ("docx", "zh"), ("docx", "en")],
)
def test_published_documents_carry_no_notes_or_review_decisions(noted, format_name, lang):
    data = render([noted], format_name, ExportOptions(lang=lang))
    text = everything_in(data, format_name)
    assert NOTE not in text
    assert ACCEPTED_TEXT not in text
    assert noted.body[2].get("en" if lang == "en" else "zh") in text  # the noted pair is there


def test_the_published_article_still_imports_back_with_its_text(noted, tmp_path):
    target = tmp_path / "release.html"
    target.write_bytes(render([noted], "html", ExportOptions(lang="zh")))
    imported = read_document(target).article
    assert [pair.note for pair in imported.body] == [""] * len(noted.body)
    assert imported.accepted == []
    assert imported.side("zh") == noted.side("zh") and imported.meta == noted.meta


def test_the_review_table_keeps_them_for_the_reviewers(noted, tmp_path):
    target = tmp_path / "review.docx"
    target.write_bytes(render([noted], "docx", ExportOptions(lang="both")))
    imported = read_document(target).article
    assert imported.body[2].note == NOTE
    assert imported.accepted == noted.accepted
