"""``cipeditor export`` as a user runs it: real subprocesses, real files."""

from __future__ import annotations

import docx
import pytest

from cipeditor.article import cipformat
from cipeditor.exporters.private import without_working_notes
from cipeditor.importers import read_document
from tests.conftest import run_cipeditor
from tests.unit.exporters.press_article import press_article

pytestmark = pytest.mark.slow


def run_cli(*args):
    return run_cipeditor("export", *args, timeout=120)


@pytest.fixture
def saved_article(tmp_path):
    path = tmp_path / "release.cip"
    cipformat.save(press_article(), path)
    return path


def test_export_docx_and_html_then_import_them_back(saved_article, tmp_path):
    for format_name, lang in (("docx", "zh"), ("html", "both")):
        target = tmp_path / f"out.{format_name}"
        result = run_cli(saved_article, "--format", format_name, "--lang", lang, "-o", target)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        imported = read_document(target)
        # Published documents leave the notes on pairs in the office.
        assert cipformat.dumps(imported.article) == cipformat.dumps(
            without_working_notes(cipformat.load(saved_article))
        )
    assert docx.Document(str(tmp_path / "out.docx")).core_properties.language == "zh-CN"


def test_an_existing_output_is_replaced(saved_article, tmp_path):
    target = tmp_path / "out.html"
    target.write_text("old", encoding="utf-8")
    result = run_cli(saved_article, "--format", "html", "--lang", "en", "-o", target)
    assert result.returncode == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html", "release.cip"]


def test_user_templates_are_used(saved_article, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "article.html.j2").write_text("<p>{{ page.title }}</p>", encoding="utf-8")
    target = tmp_path / "out.html"
    result = run_cli(
        saved_article, "--format", "html", "--lang", "zh", "-o", target, "--templates", templates
    )
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8") == f"<p>{press_article().meta.title.zh}</p>"


def test_two_articles_for_a_one_article_format_are_refused(saved_article, tmp_path):
    result = run_cli(saved_article, saved_article, "--format", "docx", "-o", tmp_path / "x.docx")
    assert result.returncode == 2
    assert "holds one article, but 2 were given" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_a_missing_article_and_an_unwritable_output_are_clear_errors(saved_article, tmp_path):
    result = run_cli(tmp_path / "nope.cip", "--format", "docx", "-o", tmp_path / "x.docx")
    assert result.returncode == 2
    assert "nope.cip: no such file" in result.stderr
    result = run_cli(saved_article, "--format", "docx", "-o", tmp_path / "no" / "x.docx")
    assert result.returncode == 2
    assert "Could not save" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_format_is_refused_by_the_parser(saved_article, tmp_path):
    result = run_cli(saved_article, "--format", "pdf", "-o", tmp_path / "x.pdf")
    assert result.returncode == 2
    assert "invalid choice: 'pdf'" in result.stderr


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("release.docx", lambda path: docx.Document(str(path)).paragraphs),
        ("release.HTML", lambda path: "<!DOCTYPE html>" in path.read_text(encoding="utf-8")),
        ("release.xlf", lambda path: b"urn:oasis:names:tc:xliff:document:1.2" in path.read_bytes()),
    ],
)
def test_the_output_name_tells_the_format_when_none_is_named(saved_article, tmp_path, name, check):
    target = tmp_path / name
    result = run_cli(saved_article, "-o", target)
    assert result.returncode == 0, result.stderr
    assert check(target)


def test_an_output_name_that_tells_no_format_asks_for_one(saved_article, tmp_path):
    result = run_cli(saved_article, "-o", tmp_path / "release.pdf")
    assert result.returncode == 2
    assert "Cannot tell the format from the name 'release.pdf'" in result.stderr
    assert "--format" in result.stderr
    assert not (tmp_path / "release.pdf").exists()
