"""What ``-o`` may name: a folder is refused before any work, ``-`` is standard output,
and a name whose extension says another format than the one written is refused."""

from __future__ import annotations

import io
import zipfile

import pytest

from cipeditor import paths
from cipeditor.article import cipformat
from cipeditor.cli import main
from cipeditor.importers import read_document
from cipeditor.paths import GLOSSARIES
from tests.conftest import SEED_PAGE

SAMPLE = paths.SAMPLE_ARTICLE


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(
    "command",
    [
        ["import", str(SEED_PAGE), "-o", "{out}"],
        ["export", str(SAMPLE), "-o", "{out}"],
        ["export", str(SAMPLE), "--format", "html", "-o", "{out}"],
        ["glossary", "convert", str(GLOSSARIES / "cip.csv"), "{out}"],
    ],
    ids=["import", "export", "export-html", "glossary"],
)
def test_a_missing_folder_with_a_slash_is_refused_not_written_as_a_file(tmp_path, capsys, command):
    # Before: `import page.txt -o notyet/` wrote a file called "notyet".
    folder = tmp_path / "notyet"
    assert main([arg.format(out=f"{folder}/") for arg in command]) == 2
    assert not folder.exists()
    assert "names a folder; give -o a file name, such as" in _one_line_error(capsys)


def test_an_existing_folder_is_named_as_a_folder_with_a_file_name_to_use(tmp_path, capsys):
    # Before: "adir exists already; use --force to replace it" (and --force then failed).
    folder = tmp_path / "adir"
    folder.mkdir()
    assert main(["import", str(SEED_PAGE), "-o", str(folder), "--force"]) == 2
    assert f"{folder / 'seed-page-en.cip'}" in _one_line_error(capsys)
    assert main(["export", str(SAMPLE), "-o", str(folder)]) == 2
    assert f"{folder / (SAMPLE.stem + '.docx')}" in _one_line_error(capsys)
    assert list(folder.iterdir()) == []


def test_import_refuses_to_write_an_article_under_a_document_extension(tmp_path, capsys):
    # Before: `import page.txt -o page-en.txt` wrote JSON that a later import read as text.
    target = tmp_path / "page-en.txt"
    assert main(["import", str(SEED_PAGE), "-o", str(target)]) == 2
    err = _one_line_error(capsys)
    assert f"name it {tmp_path / 'page-en.cip'}" in err
    assert "cipeditor export" in err
    assert not target.exists()


def test_import_to_standard_output_writes_the_article_and_no_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(SEED_PAGE), "-o", "-"]) == 0
    article = cipformat.loads(capsys.readouterr().out)
    assert article.meta.title.en.startswith("Ruan Xiangping")
    assert list(tmp_path.iterdir()) == []  # not a file called "-"


def test_export_to_standard_output_needs_a_format(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(SAMPLE), "-o", "-"]) == 2
    assert "say which format with --format" in _one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []


def test_export_html_to_standard_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(SAMPLE), "--lang", "en", "--format", "html", "-o", "-"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>")
    assert "Ruan Xiangping" in page
    assert list(tmp_path.iterdir()) == []


def test_export_docx_to_a_pipe_is_a_whole_word_file(tmp_path, capsysbinary, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["export", str(SAMPLE), "--format", "docx", "-o", "-"]) == 0
    data = capsysbinary.readouterr().out
    assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert list(tmp_path.iterdir()) == []
    target = tmp_path / "piped.docx"
    target.write_bytes(data)
    imported = read_document(target, None)
    assert imported.article.meta.title.en == cipformat.load(SAMPLE).meta.title.en


@pytest.mark.parametrize(
    ("name", "format_name", "says"),
    [
        ("out.docx", "html", "out.docx ends in .docx, which is not the html format"),
        ("out.html", "docx", "name the file {tmp}/out.docx, or leave out --format"),
        ("out.tmx", "xliff", "out.tmx ends in .tmx"),
    ],
)
def test_an_extension_that_contradicts_the_format_is_refused(
    tmp_path, capsys, name, format_name, says
):
    # Before: `export -o out.docx --format html` wrote a web page called out.docx.
    target = tmp_path / name
    assert main(["export", str(SAMPLE), "--format", format_name, "-o", str(target)]) == 2
    assert says.format(tmp=tmp_path) in _one_line_error(capsys)
    assert not target.exists()


@pytest.mark.parametrize(
    ("name", "format_name"),
    [("out.xlf", "xliff2"), ("out.xliff", "xliff2"), ("press-release", "html")],
)
def test_a_format_that_the_extension_allows_or_does_not_tell_is_written(
    tmp_path, name, format_name
):
    target = tmp_path / name
    assert main(["export", str(SAMPLE), "--format", format_name, "-o", str(target)]) == 0
    assert target.stat().st_size > 0


def test_a_glossary_is_not_converted_onto_itself(tmp_path, capsys, monkeypatch):
    # Before: `glossary convert my.csv my.csv` rewrote the user's file (BOM, line ends, quoting).
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "my.csv"
    source.write_bytes((GLOSSARIES / "cip.csv").read_bytes())
    assert main(["glossary", "convert", "my.csv", f"./{source.name}"]) == 2
    assert "./my.csv is the file being converted" in _one_line_error(capsys)
    assert source.read_bytes() == (GLOSSARIES / "cip.csv").read_bytes()


@pytest.mark.parametrize("name", ["visit.cip", "visit"])
def test_export_never_replaces_the_article_it_reads(tmp_path, capsys, name):
    # Before: `export visit.cip --format html -o visit.cip` replaced the article with the page.
    article = tmp_path / name
    article.write_bytes(SAMPLE.read_bytes())
    assert main(["export", str(article), "--format", "html", "-o", str(article)]) == 2
    assert f"name the file {tmp_path / 'visit.html'}" in _one_line_error(capsys)
    assert article.read_bytes() == SAMPLE.read_bytes()


def test_export_does_not_write_a_page_under_the_cip_extension(tmp_path, capsys):
    target = tmp_path / "page.cip"
    assert main(["export", str(SAMPLE), "--format", "html", "-o", str(target)]) == 2
    assert "must not be a .cip file" in _one_line_error(capsys)
    assert not target.exists()
