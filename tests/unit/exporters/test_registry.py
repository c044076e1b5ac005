"""The exporter registry: one front door for every format."""

from __future__ import annotations

import pytest

from cipeditor.article.model import Status
from cipeditor.errors import UserError
from cipeditor.exporters import EXPORTERS, ExportOptions, export, render, takes_many


def test_the_bundled_formats_take_one_article():
    assert {"docx", "html"} <= set(EXPORTERS)
    assert not takes_many("docx") and not takes_many("html")


def test_several_articles_for_a_one_article_format_are_refused(article):
    with pytest.raises(UserError, match="holds one article"):
        render([article, article], "html", ExportOptions(lang="zh"))


def test_unknown_format_and_language_are_user_errors(article):
    with pytest.raises(UserError, match="Unknown export format 'rtf'"):
        render([article], "rtf", ExportOptions())
    with pytest.raises(UserError, match="Unknown export language 'fr'"):
        render([article], "html", ExportOptions(lang="fr"))


def test_export_writes_the_rendered_bytes(article, tmp_path):
    target = tmp_path / "page.html"
    export([article], "html", target, ExportOptions(lang="en"))
    assert target.read_bytes() == render([article], "html", ExportOptions(lang="en"))


@pytest.mark.parametrize("format_name", ["docx", "html"])
def test_publishing_a_language_with_untranslated_pairs_warns_which(article, format_name):
    from cipeditor import messages

    article.body[1].zh = ""
    article.body[2].zh = "  "
    with messages.collect() as notes:
        render([article], format_name, ExportOptions(lang="zh"))
    assert notes == ["the Chinese text is missing in 2 pairs (2, 3); the export has nothing there"]
    with messages.collect() as notes:
        render([article], format_name, ExportOptions(lang="en"))
    assert notes == []


def test_a_complete_translation_exports_without_a_note(article):
    from cipeditor import messages

    with messages.collect() as notes:
        render([article], "html", ExportOptions(lang="both"))
    assert notes == []


@pytest.mark.parametrize("status", [Status.DRAFT, Status.TRANSLATING])
@pytest.mark.parametrize(
    ("format_name", "lang"), [("docx", "zh"), ("docx", "en"), ("html", "zh"), ("html", "both")]
)
def test_publishing_an_unfinished_article_warns_of_its_status(article, status, format_name, lang):
    from cipeditor import messages

    article.meta.status = status
    with messages.collect() as notes:
        render([article], format_name, ExportOptions(lang=lang))
    assert notes == [
        f"the article is marked {status.label}, not reviewed yet; check it before the file "
        "is published"
    ]


@pytest.mark.parametrize(("format_name", "lang"), [("docx", "both"), ("xliff", "both")])
def test_a_draft_goes_to_reviewers_and_translators_without_a_note(article, format_name, lang):
    from cipeditor import messages

    article.meta.status = Status.DRAFT
    with messages.collect() as notes:
        render([article], format_name, ExportOptions(lang=lang))
    assert notes == []


@pytest.mark.parametrize("status", [Status.IN_REVIEW, Status.APPROVED])
def test_an_article_in_review_or_approved_is_published_without_a_note(article, status):
    from cipeditor import messages

    article.meta.status = status
    with messages.collect() as notes:
        render([article], "html", ExportOptions(lang="en"))
    assert notes == []


def test_an_export_that_fails_gives_no_notes_before_its_error(article, tmp_path):
    from cipeditor import messages

    article.meta.status = Status.DRAFT
    article.body[1].en = ""
    (tmp_path / "article.html.j2").write_text("{% if %}", encoding="utf-8")
    with messages.collect() as notes, pytest.raises(UserError, match="line 1"):
        render([article], "html", ExportOptions(lang="en", templates_dir=tmp_path))
    assert notes == []


@pytest.mark.parametrize("format_name", ["docx", "html"])
def test_publishing_a_language_without_its_title_warns(article, format_name):
    from cipeditor import messages

    article.meta.title.en = "  "
    with messages.collect() as notes:
        render([article], format_name, ExportOptions(lang="en"))
    assert notes == ["the English title is empty; the export has no headline"]
    with messages.collect() as notes:
        render([article], format_name, ExportOptions(lang="both"))
    assert notes == ["the English title is empty; the export has no headline"]
    with messages.collect() as notes:
        render([article], format_name, ExportOptions(lang="zh"))
    assert notes == []
