"""XLIFF exports as CAT tools see them: parsed back with translate-toolkit's own stores."""

from pathlib import Path

import pytest
from translate.storage import xliff, xliff2

from cipeditor import messages
from cipeditor.article import cipformat
from cipeditor.article.model import Status
from cipeditor.exporters import ExportOptions, export

ARTICLE = Path(__file__).parents[2] / "data" / "exchange-article.cip"


@pytest.fixture
def article():
    return cipformat.load(ARTICLE)


def export_1(article, tmp_path):
    path = tmp_path / "press.xlf"
    export([article], "xliff", path, ExportOptions())
    return xliff.xlifffile.parsefile(str(path))


def test_one_unit_per_pair_and_meta_field_with_stable_ids(article, tmp_path):
    store = export_1(article, tmp_path)
    ids = [unit.xmlelement.get("id") for unit in store.units]
    body_ids = [f"p{n}" for n in range(1, len(article.body) + 1)]
    assert ids == ["title", "summary", "category", *body_ids]
    assert [unit.xmlelement.get("resname") for unit in store.units] == ids


def test_version_and_languages_follow_the_source_language(article, tmp_path):
    store = export_1(article, tmp_path)
    root = store.document.getroot()
    assert root.get("version") == "1.2"
    assert root.nsmap[None] == "urn:oasis:names:tc:xliff:document:1.2"
    assert (store.sourcelanguage, store.targetlanguage) == ("zh-CN", "en")
    title = store.units[0]
    assert (title.source, title.target) == (article.meta.title.zh, article.meta.title.en)

    article.meta.source_lang = "en"
    store = export_1(article, tmp_path)
    assert (store.sourcelanguage, store.targetlanguage) == ("en", "zh-CN")
    assert store.units[3].source == article.body[0].en


def test_kinds_notes_and_empty_sides_are_in_the_units(article, tmp_path):
    units = export_1(article, tmp_path).units[3:]
    assert [unit.getrestype() for unit in units] == [f"x-{pair.kind}" for pair in article.body]
    assert units[2].getnotes() == article.body[2].note  # kept verbatim, leading spaces too
    quote = units[3]
    assert quote.source.startswith("“") and quote.target == ""
    assert units[-1].source == units[-1].target == ""


def test_header_records_the_tool_and_the_remaining_metadata(article, tmp_path):
    store = export_1(article, tmp_path)
    header = store.getheadernode(store.body.getparent())
    assert header.find(store.namespaced("tool")).get("tool-name") == "CIP Editor"
    note = header.find(store.namespaced("note"))
    assert note.get("from") == "cipeditor"
    for value in ("2019-11-02T18:40:10+08:00", "1234", "园区办公室", "中以合作", "official-title"):
        assert value in note.text


@pytest.mark.parametrize(
    ("status", "state", "approved"),
    [
        (Status.DRAFT, "new", False),
        (Status.TRANSLATING, "translated", False),
        (Status.IN_REVIEW, "needs-review-translation", False),
        (Status.APPROVED, "final", True),
    ],
)
def test_article_status_becomes_unit_states(article, tmp_path, status, state, approved):
    article.meta.status = status
    units = export_1(article, tmp_path).units
    translated = [unit for unit in units if unit.target]
    assert {unit.get_target_dom().get("state") for unit in translated} == {state}
    assert {unit.isapproved() for unit in translated} == {approved}
    untranslated = [unit for unit in units if not unit.target]
    assert {unit.get_target_dom().get("state") for unit in untranslated} == {"needs-translation"}
    assert not any(unit.isapproved() for unit in untranslated)


def test_control_characters_are_left_out_with_a_warning(article, tmp_path):
    article.body[1].zh = "第一\x0b段\x01"
    article.body[2].note = "bell\x07"
    with messages.collect() as warnings:
        store = export_1(article, tmp_path)
    assert store.units[4].source == "第一段"
    assert store.units[5].getnotes() == "bell"
    assert warnings == ["3 control characters that XML cannot hold were left out of the export"]


def test_xliff2_export_is_read_by_translate_toolkit(article, tmp_path):
    path = tmp_path / "press.xlf"
    export([article], "xliff2", path, ExportOptions())
    store = xliff2.Xliff2File.parsefile(str(path))
    root = store.document.getroot()
    assert root.get("version") == "2.0"
    assert (store.sourcelanguage, store.targetlanguage) == ("zh-CN", "en")
    ids = [unit.getid() for unit in store.units]
    assert ids[:4] == ["title", "summary", "category", "p1"]
    assert len(ids) == 3 + len(article.body)
    p3 = store.units[5]
    assert (p3.source, p3.target) == (article.body[2].zh, article.body[2].en)
    assert p3.getunitelement().get("type") == "cip:paragraph"
    # Notes sit in the unit, before its segment, as XLIFF 2.0 requires.
    unit_node = p3.getunitelement()
    assert unit_node[0].tag == store.namespaced("notes")
    assert unit_node[0][0].text == article.body[2].note


def test_export_into_a_missing_folder_is_refused_with_the_name(article, tmp_path):
    from cipeditor.errors import OutputError

    with pytest.raises(OutputError, match=r"press\.xlf"):
        export([article], "xliff", tmp_path / "missing" / "press.xlf", ExportOptions())


@pytest.mark.parametrize("format_name", ["xliff", "xliff2"])
def test_the_xliff_file_names_the_article_it_was_made_from(article, tmp_path, format_name):
    from lxml import etree

    path = tmp_path / "press.xlf"
    export([article], format_name, path, ExportOptions(source_name="press-release.cip"))
    files = etree.parse(str(path)).getroot().findall("{*}file")
    assert [node.get("original") for node in files] == ["press-release.cip"]
