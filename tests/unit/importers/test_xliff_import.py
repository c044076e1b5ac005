"""XLIFF import: exact round trips, edits and states from a CAT tool, hostile files refused."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from translate.storage import xliff, xliff2

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Kind, Meta, Pair, Status
from cipeditor.errors import InputError
from cipeditor.exporters import ExportOptions, export
from cipeditor.exporters.xliff import xliff_bytes
from cipeditor.importers import read_document
from cipeditor.importers import xliff as xliff_importer

ARTICLE = Path(__file__).parents[2] / "data" / "exchange-article.cip"


@pytest.fixture
def article():
    return cipformat.load(ARTICLE)


def round_trip(article, path, version=1):
    export([article], "xliff2" if version == 2 else "xliff", path, ExportOptions())
    return read_document(path)


@pytest.mark.parametrize("version", [1, 2])
@pytest.mark.parametrize("source_lang", ["zh", "en"])
@pytest.mark.parametrize("status", list(Status))
def test_export_then_import_gives_the_same_article(article, tmp_path, version, source_lang, status):
    article.meta.source_lang = source_lang
    article.meta.status = status
    imported = round_trip(article, tmp_path / "press.xlf", version)
    assert imported.article == article
    assert imported.langs == {"zh", "en"}


def test_an_empty_article_survives_too(tmp_path):
    article = Article(Meta(status=Status.TRANSLATING))
    assert round_trip(article, tmp_path / "empty.xliff").article == article


# Every character XML 1.0 can hold (the others are left out with a warning, tested with the export).
XML_CHARACTERS = st.characters(
    codec="utf-8",
    exclude_categories=["Cc", "Cs"],
    include_characters="\t\n\r",
    exclude_characters="\ufffe\uffff",
)


@settings(max_examples=30, deadline=None)
@given(
    texts=st.lists(
        st.tuples(
            st.text(XML_CHARACTERS),
            st.text(XML_CHARACTERS),
            st.sampled_from(list(Kind)),
        ),
        max_size=4,
    )
)
def test_any_printable_text_and_whitespace_survives(tmp_path_factory, texts):
    body = [Pair(zh, en, kind) for zh, en, kind in texts]
    body.append(Pair("  两个空格\n换行\t制表 ", " two  spaces\nline\ttab ", note=" a\n note "))
    article = Article(Meta(status=Status.TRANSLATING), body)
    path = tmp_path_factory.mktemp("xlf") / "a.xlf"
    for version in (1, 2):
        assert round_trip(article, path, version).article == article


def test_target_edited_and_approved_in_a_cat_tool_comes_back(article, tmp_path):
    path = tmp_path / "press.xlf"
    article.meta.status = Status.TRANSLATING
    export([article], "xliff", path, ExportOptions())

    store = xliff.xlifffile.parsefile(str(path))  # what Weblate/Virtaal do with the file
    unit = next(u for u in store.units if u.xmlelement.get("id") == "p4")
    unit.target = "“CIP is the first innovation demonstration park.”"
    unit.set_state_n(unit.S_SIGNED_OFF)
    unit.addnote("Quotation checked against the speech.", origin="translator")
    path.write_bytes(bytes(store))

    imported = read_document(path).article
    assert imported.body[3].en == "“CIP is the first innovation demonstration park.”"
    assert imported.body[3].kind == Kind.QUOTE  # the kind survives the CAT tool
    assert imported.body[3].note == "English still to do\nQuotation checked against the speech."
    assert imported.meta.status == Status.IN_REVIEW  # one unit approved, the others not
    article.body[3].en = imported.body[3].en
    article.body[3].note = imported.body[3].note
    article.meta.status = imported.meta.status
    assert imported == article


def set_states(path, state, approved):
    store = xliff.xlifffile.parsefile(str(path))
    for unit in store.units:
        if unit.target:
            unit.get_target_dom().set("state", state)
            unit.markapproved(approved)
    path.write_bytes(bytes(store))


@pytest.mark.parametrize(
    "case",
    [
        (Status.IN_REVIEW, "signed-off", True, Status.APPROVED),
        (Status.TRANSLATING, "translated", True, Status.APPROVED),  # approved="yes" counts
        (Status.TRANSLATING, "needs-review-translation", False, Status.IN_REVIEW),
        (Status.APPROVED, "translated", False, Status.TRANSLATING),  # approval withdrawn
        (Status.DRAFT, "new", False, Status.DRAFT),
    ],
)
def test_unit_states_set_in_a_cat_tool_give_the_article_status(article, tmp_path, case):
    before, state, approved, after = case
    path = tmp_path / "press.xlf"
    article.meta.status = before
    export([article], "xliff", path, ExportOptions())
    set_states(path, state, approved)
    assert read_document(path).article.meta.status == after


def test_units_waiting_for_review_are_named_in_a_warning(article, tmp_path):
    article.meta.status = Status.IN_REVIEW
    imported = round_trip(article, tmp_path / "press.xlf")
    assert len(imported.warnings) == 1
    assert "9 units still need review: title, category, p1, p2" in imported.warnings[0]


def test_xliff2_segments_final_in_a_cat_tool_approve_the_article(article, tmp_path):
    path = tmp_path / "press.xlf"
    article.meta.status = Status.IN_REVIEW
    export([article], "xliff2", path, ExportOptions())
    store = xliff2.Xliff2File.parsefile(str(path))
    for unit in store.units:
        unit.xmlelement.set("state", "final")
    store.units[4].target = "An edited first paragraph."
    store.units[4].addnote("Shorter, as the editor asked.")
    path.write_bytes(bytes(store))
    imported = read_document(path).article
    assert imported.meta.status == Status.APPROVED
    assert imported.body[1].en == "An edited first paragraph."
    assert imported.body[1].note == "Shorter, as the editor asked."


def test_xliff2_unit_split_into_sentence_segments_is_joined_again(tmp_path):
    path = tmp_path / "split.xlf"
    path.write_text(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" '
        'trgLang="en"><file id="f1"><unit id="p1">'
        "<segment><source>第一句。</source><target>One.</target></segment>"
        "<ignorable><source>\u3000</source><target> </target></ignorable>"
        "<segment><source>第二句。</source><target>Two.</target></segment>"
        "</unit></file></xliff>",
        encoding="utf-8",
    )
    imported = read_document(path).article
    assert imported.body == [Pair("第一句。\u3000第二句。", "One. Two.")]


def test_a_foreign_xliff_without_our_header_imports_its_texts(tmp_path):
    path = tmp_path / "agency.xliff"
    path.write_text(
        '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="x.docx" source-language="en-US" target-language="zh-Hans" '
        'datatype="plaintext"><body>'
        '<trans-unit id="1"><source>Hello</source><target state="translated">你好</target>'
        '<note from="translator">checked</note></trans-unit>'
        '<trans-unit id="2" translate="no"><source>CIP</source></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    imported = read_document(path).article
    assert imported.meta.source_lang == "en"
    assert imported.body == [Pair("你好", "Hello", note="checked")]
    assert imported.meta.status == Status.TRANSLATING


HOSTILE = {
    "billion laughs": (
        b'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        b'source-language="zh-CN" target-language="en" datatype="plaintext"><body>'
        b'<trans-unit id="p1"><source>&c;</source></trans-unit></body></file></xliff>',
        "entities",
    ),
    "XXE": (
        b'<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        b'source-language="zh-CN" target-language="en" datatype="plaintext"><body>'
        b'<trans-unit id="p1"><source>&x;</source></trans-unit></body></file></xliff>',
        "entities",
    ),
    "truncated": (None, "not well-formed XML"),
    "binary": (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)), "binary file"),
    "not XLIFF": (b'<?xml version="1.0"?><tmx version="1.4"><body/></tmx>', "not XLIFF"),
    "other languages": (
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        b'source-language="de" target-language="fr" datatype="plaintext"><body/></file></xliff>',
        "translates de into fr",
    ),
    "no units": (
        b'<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh-CN">'
        b'<file id="f1"/></xliff>',
        "holds no translation units",
    ),
    "too deep": (
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        b'source-language="zh-CN" target-language="en" datatype="plaintext"><body>'
        + b"<group>" * 5000
        + b"</group>" * 5000
        + b"</body></file></xliff>",
        "the XML elements are nested 5003 levels deep",
    ),
    "damaged header": (
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        b'source-language="zh-CN" target-language="en" datatype="plaintext"><header>'
        b'<note from="cipeditor">{"format": "cipeditor-article"</note></header><body/></file>'
        b"</xliff>",
        "metadata in the file header is damaged",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_or_broken_files_are_refused_with_one_clear_error(article, tmp_path, name):
    data, problem = HOSTILE[name]
    if data is None:
        data = xliff_bytes(article)[:-200]
    path = tmp_path / "bad.xlf"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)
    assert "root:x:0:0" not in str(caught.value)


def test_oversized_file_is_refused_before_parsing(article, tmp_path, monkeypatch):
    monkeypatch.setattr(xliff_importer, "MAX_FILE_SIZE", 1000)
    path = tmp_path / "big.xlf"
    export([article], "xliff", path, ExportOptions())
    with pytest.raises(InputError, match=r"the XLIFF file is .* MB; the limit is"):
        read_document(path)


def test_xliff12_target_segmented_by_a_cat_tool_reads_as_plain_text(tmp_path):
    path = tmp_path / "segmented.xlf"
    path.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
        'source-language="zh-CN" target-language="en" datatype="plaintext"><body>'
        '<trans-unit id="p1"><source>第一句。第二句。</source><seg-source>'
        '<mrk mtype="seg" mid="1">第一句。</mrk>'
        '<mrk mtype="seg" mid="2">第二句。</mrk></seg-source>'
        '<target state="translated"><mrk mtype="seg" mid="1">One.</mrk> '
        '<mrk mtype="seg" mid="2">Two <g id="1">bold</g>.</mrk></target></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    assert read_document(path).article.body == [Pair("第一句。第二句。", "One. Two bold.")]
