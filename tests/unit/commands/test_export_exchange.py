"""``cipeditor export`` writes the exchange formats, and ``import`` reads them back."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cipeditor.article import cipformat
from cipeditor.importers import importer_for
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "samples" / "cip-ruan-xiangping-visit.cip"


def cli(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cipeditor", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize(("format_name", "name"), [("xliff", "a.xlf"), ("xliff2", "b.xlf")])
def test_xliff_export_and_import_give_back_the_article(tmp_path, format_name, name):
    exported = tmp_path / name
    assert cli("export", str(SAMPLE), "--format", format_name, "-o", str(exported)).returncode == 0
    back = tmp_path / "back.cip"
    result = cli("import", str(exported), "-o", str(back))
    assert result.returncode == 0, result.stderr
    assert cipformat.load(back) == cipformat.load(SAMPLE)


@pytest.mark.slow
def test_tmx_of_two_articles_holds_the_pairs_of_both(tmp_path):
    other = tmp_path / "other.cip"
    article = cipformat.load(SAMPLE)
    article.body = article.body[:2]
    cipformat.save(article, other)
    memory = tmp_path / "memory.tmx"
    result = cli("export", str(SAMPLE), str(other), "--format", "tmx", "-o", str(memory))
    assert result.returncode == 0, result.stderr
    assert memory.read_text(encoding="utf-8").count("<tu ") == (5 + 3) + (2 + 3)


@pytest.mark.slow
def test_language_choice_is_refused_for_bilingual_formats(tmp_path):
    result = cli(
        "export", str(SAMPLE), "--format", "xliff", "--lang", "zh", "-o", str(tmp_path / "a.xlf")
    )
    assert result.returncode == 2
    assert "always holds both languages" in result.stderr
    assert not (tmp_path / "a.xlf").exists()


def test_unknown_extension_is_recognised_by_content(tmp_path):
    renamed = tmp_path / "article.backup"
    renamed.write_bytes(SAMPLE.read_bytes())
    assert importer_for(renamed) == "cip"
    page = tmp_path / "page.download"
    page.write_text("<!DOCTYPE html><html><body><p>x</p></body></html>", encoding="utf-8")
    assert importer_for(page) == "html"
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nplain text", encoding="utf-8")
    assert importer_for(notes) == "text"
