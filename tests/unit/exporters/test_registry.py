"""The exporter registry: one front door for every format."""

from __future__ import annotations

import pytest

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
