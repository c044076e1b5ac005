"""Word documents from elsewhere, and Word files that are not what they claim to be."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from cipeditor.article.model import Kind
from cipeditor.errors import InputError
from cipeditor.importers import read_document


def drafted_in_word(path, *, title_style=True):
    document = docx.Document()
    document.core_properties.author = "Press Office"
    document.core_properties.keywords = "CIP; innovation"
    if title_style:
        document.add_paragraph("中以常州创新园举办创新大会", style="Title")
        document.add_paragraph("大会吸引了来自两国的三百余名代表。", style="Subtitle")
    else:
        document.add_paragraph("中以常州创新园举办创新大会")
    document.add_paragraph("11月5日，中以常州创新园举办第五届创新大会。")
    document.add_paragraph("")
    document.add_heading("主要成果", level=2)
    document.add_paragraph("签约项目二十个。", style="List Bullet")
    document.add_paragraph("发布合作倡议。", style="List Number")
    document.add_paragraph("“创新是合作的核心。”", style="Quote")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "表格内容"
    table.rows[0].cells[1].text = "第二格"
    document.save(str(path))
    return path


def test_a_document_drafted_in_word_comes_in_by_its_styles(tmp_path):
    imported = read_document(drafted_in_word(tmp_path / "draft.docx"))
    article = imported.article
    assert imported.langs == {"zh"}
    assert article.meta.title.zh == "中以常州创新园举办创新大会"
    assert article.meta.summary.zh == "大会吸引了来自两国的三百余名代表。"
    assert article.meta.author == "Press Office"
    assert article.meta.tags == ["CIP", "innovation"]
    assert [(p.kind, p.zh) for p in article.body] == [
        (Kind.PARAGRAPH, "11月5日，中以常州创新园举办第五届创新大会。"),
        (Kind.HEADING, "主要成果"),
        (Kind.LIST_ITEM, "签约项目二十个。"),
        (Kind.LIST_ITEM, "发布合作倡议。"),
        (Kind.QUOTE, "“创新是合作的核心。”"),
        (Kind.PARAGRAPH, "表格内容"),
        (Kind.PARAGRAPH, "第二格"),
    ]
    assert all(p.en == "" for p in article.body)


def test_without_a_title_style_the_first_paragraph_is_the_title(tmp_path):
    imported = read_document(drafted_in_word(tmp_path / "plain.docx", title_style=False))
    assert imported.article.meta.title.zh == "中以常州创新园举办创新大会"
    assert imported.article.body[0].zh.startswith("11月5日")


def test_the_requested_side_is_filled(tmp_path):
    imported = read_document(drafted_in_word(tmp_path / "draft.docx"), "en")
    assert imported.langs == {"en"}
    assert imported.article.meta.title.en == "中以常州创新园举办创新大会"


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    fake = tmp_path / "letter.docx"
    fake.write_text("Dear editor, this is plain text.", encoding="utf-8")
    with pytest.raises(InputError, match=r"letter\.docx.*not a zip package"):
        read_document(fake)


def test_a_zip_without_a_document_is_refused(tmp_path):
    target = tmp_path / "photos.docx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("photo.txt", "not a document")
    with pytest.raises(InputError, match=r"photos\.docx.*word/document\.xml is missing"):
        read_document(target)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path):
    target = tmp_path / "bomb.docx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/padding.xml", b"\0" * (80 * 1024 * 1024))
    assert target.stat().st_size < 200_000
    with pytest.raises(InputError, match=r"bomb\.docx: word/padding\.xml: .*zip bomb"):
        read_document(target)


def test_too_many_parts_are_refused(tmp_path):
    target = tmp_path / "many.docx"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(2_001):
            archive.writestr(f"word/media/{number}.bin", b"x")
    with pytest.raises(InputError, match=r"many\.docx.*2002 parts; the limit is 2000"):
        read_document(target)


def test_entity_declarations_are_refused(tmp_path):
    source = io.BytesIO()
    docx.Document().save(source)
    target = tmp_path / "laughs.docx"
    with (
        zipfile.ZipFile(io.BytesIO(source.getvalue())) as original,
        zipfile.ZipFile(target, "w") as copy,
    ):
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(
                    b"?>",
                    b'?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>',
                    1,
                )
            copy.writestr(item, data)
    with pytest.raises(InputError, match=r"laughs\.docx: word/document\.xml: .*entities"):
        read_document(target)


def test_a_damaged_document_part_is_an_input_error(tmp_path):
    target = tmp_path / "damaged.docx"
    source = io.BytesIO()
    docx.Document().save(source)
    with (
        zipfile.ZipFile(io.BytesIO(source.getvalue())) as original,
        zipfile.ZipFile(target, "w") as copy,
    ):
        for item in original.infolist():
            data = original.read(item)
            copy.writestr(item, data[:50] if item.filename == "word/document.xml" else data)
    with pytest.raises(InputError, match=r"damaged\.docx.*cannot be read"):
        read_document(target)


def test_a_highly_compressed_part_is_refused_even_under_the_size_limits(tmp_path):
    target = tmp_path / "dense.docx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/dense.xml", b" " * (20 * 1024 * 1024))  # 20 MB, about 1000:1
    with pytest.raises(InputError, match=r"dense\.docx: word/dense\.xml: .*zip bomb"):
        read_document(target)
