"""Our own DOCX and HTML exports come back as the article that was exported."""

from __future__ import annotations

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cipeditor import messages
from cipeditor.article import cipformat
from cipeditor.exporters import ExportOptions, export
from cipeditor.exporters.cleaning import strip_forbidden
from cipeditor.exporters.private import without_working_notes
from cipeditor.importers import read_document


@pytest.mark.parametrize("format_name", ["docx", "html"])
@pytest.mark.parametrize("lang", ["zh", "en", "both"])
@pytest.mark.parametrize("which", ["article", "hostile", "sparse"])
def test_export_then_import_gives_the_same_article(request, tmp_path, format_name, lang, which):
    original = request.getfixturevalue(which)
    original.body[1].en = "two lines\nwith a\ttab and  double  spaces "
    target = tmp_path / f"out.{format_name}"
    export([original], format_name, target, ExportOptions(lang=lang))
    imported = read_document(target)
    if not (format_name == "docx" and lang == "both"):  # published: no working notes
        original = without_working_notes(original)
    assert cipformat.dumps(imported.article) == cipformat.dumps(original)
    assert imported.langs == {"zh", "en"}
    assert imported.warnings == []


def test_text_edited_in_word_after_export_is_taken_with_a_warning(article, tmp_path):
    target = tmp_path / "review.docx"
    export([article], "docx", target, ExportOptions(lang="both"))
    document = docx.Document(str(target))
    cell = document.tables[-1].rows[2].cells[2]  # pair 2, English
    cell.paragraphs[0].runs[0].text = "Corrected in Word."
    document.save(str(target))
    imported = read_document(target)
    assert imported.article.body[1].en == "Corrected in Word."
    assert imported.article.body[0].en == article.body[0].en
    assert imported.article.meta == article.meta
    assert len(imported.warnings) == 1 and "2 (en)" in imported.warnings[0]


def test_text_edited_in_the_html_is_taken_with_a_warning(article, tmp_path):
    target = tmp_path / "page.html"
    export([article], "html", target, ExportOptions(lang="zh"))
    page = target.read_text(encoding="utf-8")
    target.write_text(page.replace(">区委书记、副市长李林表示", ">李林表示"), encoding="utf-8")
    imported = read_document(target)
    assert imported.article.body[-1].zh.startswith("李林表示")
    assert imported.article.body[-1].en == article.body[-1].en
    assert "9 (zh)" in imported.warnings[0]


def test_reflowed_white_space_is_not_an_edit(article, tmp_path):
    target = tmp_path / "page.html"
    export([article], "html", target, ExportOptions(lang="en"))
    page = target.read_text(encoding="utf-8")
    assert ">Ruan Xiangping and his team" in page
    target.write_text(
        page.replace(">Ruan Xiangping and his team", ">Ruan Xiangping\n   and his team")
    )
    imported = read_document(target)
    assert imported.warnings == []
    assert imported.article.body[1].en == article.body[1].en


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=60))
@pytest.mark.parametrize("format_name", ["docx", "html"])
def test_any_text_survives_the_round_trip_less_what_documents_cannot_hold(
    article, tmp_path, format_name, text
):
    article.body[0].zh = text
    article.meta.title.en = text
    target = tmp_path / f"any.{format_name}"
    with messages.collect():
        export([article], format_name, target, ExportOptions(lang="both"))
    imported = read_document(target)
    expected, _count = strip_forbidden(text)
    assert imported.article.body[0].zh == expected
    assert imported.article.meta.title.en == expected


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_line_and_paragraph_separators_come_back_from_our_html(article, tmp_path, separator):
    article.body[0].zh = f"第一行{separator}第二行"
    target = tmp_path / "separators.html"
    export([article], "html", target, ExportOptions(lang="both"))
    assert read_document(target).article.body[0].zh == article.body[0].zh


def test_a_page_whose_data_island_was_stripped_still_gives_pairs_and_kinds(article, tmp_path):
    target = tmp_path / "cms.html"
    export([article], "html", target, ExportOptions(lang="both"))
    page = target.read_text(encoding="utf-8")
    start = page.index('<script type="application/json"')
    end = page.index("</script>", start) + len("</script>")
    target.write_text(page[:start] + page[end:], encoding="utf-8")
    imported = read_document(target)
    assert [(p.kind, p.zh, p.en) for p in imported.article.body] == [
        (p.kind, p.zh, p.en) for p in article.body
    ]
    assert imported.article.meta.title == article.meta.title
    assert imported.langs == {"zh", "en"}
    assert "lost its embedded article data" in imported.warnings[0]
