"""DOCX export: opened with python-docx and inspected down to the XML of the styles."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from cipeditor import messages
from cipeditor.article.model import Article, Kind
from cipeditor.exporters import ExportOptions, render
from cipeditor.exporters.docx_styles import CJK_BODY, CJK_HEADING, LATIN_BODY
from tests.unit.exporters.press_article import sparse_article


def export_docx(article, lang):
    return docx.Document(io.BytesIO(render([article], "docx", ExportOptions(lang=lang))))


def fonts_and_lang(style_rpr):
    fonts = style_rpr.find(qn("w:rFonts"))
    lang = style_rpr.find(qn("w:lang"))
    return fonts.get(qn("w:eastAsia")), fonts.get(qn("w:ascii")), lang.get(qn("w:eastAsia"))


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_styles_and_defaults_carry_the_chinese_font_and_language(article, lang):
    document = export_docx(article, lang)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    default_rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert fonts_and_lang(default_rpr) == (CJK_BODY, LATIN_BODY, "zh-CN")
    for name in ("Normal", "Body Text", "Quote", "List Bullet"):
        east_asia, _latin, tag = fonts_and_lang(document.styles[name].element.rPr)
        assert east_asia and tag == "zh-CN", name
    assert fonts_and_lang(document.styles["Title"].element.rPr)[0] == CJK_HEADING
    # Word's theme fonts would override the named ones: none may be left in the styles.
    assert "eastAsiaTheme" not in document.styles.element.xml
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    assert theme_lang.get(qn("w:eastAsia")) == "zh-CN"


def test_chinese_press_release_uses_word_styles_for_each_kind(article):
    document = export_docx(article, "zh")
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    texts = [text for _style, text in styled]
    assert styled[0] == ("CIP Dateline", "最新动态 › 园区动态\t2019年11月2日")
    assert ("Title", article.meta.title.zh) in styled
    assert ("Subtitle", article.meta.summary.zh) in styled
    for pair in article.body:
        expected = {
            Kind.PARAGRAPH: "Body Text",
            Kind.HEADING: "Heading 1",
            Kind.QUOTE: "Quote",
            Kind.LIST_ITEM: "List Bullet",
        }[pair.kind]
        assert (expected, pair.zh) in styled
    assert texts[-1] == "联系方式：" + article.meta.contact
    assert not any(pair.en in texts for pair in article.body)


def test_english_press_release_has_the_english_date_and_text(article):
    document = export_docx(article, "en")
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Latest News › CIP Dynamic\tNovember 2, 2019"
    assert article.body[0].en in texts
    assert texts[-1] == "Contact: " + article.meta.contact


def test_chinese_runs_hint_the_east_asian_font(article):
    document = export_docx(article, "zh")
    body = next(p for p in document.paragraphs if p.text == article.body[0].zh)
    assert body.runs[0]._r.rPr.rFonts.get(qn("w:hint")) == "eastAsia"


def test_core_properties_come_from_the_metadata(article):
    properties = export_docx(article, "zh").core_properties
    assert properties.title == article.meta.title.zh
    assert properties.author == article.meta.author
    assert properties.language == "zh-CN"
    assert properties.keywords == "CIP; China-Israel; 中以合作"  # as Word's Tags field has them
    assert properties.subject == article.meta.category.zh
    assert properties.created.isoformat() == "2019-11-02T10:40:10+00:00"  # 18:40 in Shanghai
    assert properties.modified == properties.created
    both = export_docx(article, "both").core_properties
    assert both.language == "zh-CN, en-US"
    assert article.meta.title.en in both.title


@pytest.mark.parametrize("lang", ["en", "both"])
def test_a_long_summary_is_shortened_in_the_properties_not_refused(article, lang):
    article.meta.summary.en = "A long summary of the visit. " * 20  # 580 characters
    properties = export_docx(article, lang).core_properties
    assert properties.comments.startswith(
        "A long summary" if lang == "en" else article.meta.summary.zh
    )
    assert len(properties.comments) == 255


def test_bilingual_table_has_one_row_per_pair_after_a_repeated_header(article):
    document = export_docx(article, "both")
    table = document.tables[-1]
    assert len(table.rows) == len(article.body) + 1
    assert [c.text for c in table.rows[0].cells] == ["序号 No.", "中文 Chinese", "English 英文"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    for number, (row, pair) in enumerate(zip(table.rows[1:], article.body, strict=True), 1):
        assert [c.text for c in row.cells] == [str(number), pair.zh, pair.en]
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape


def test_bilingual_header_block_shows_the_metadata_in_both_languages(article):
    document = export_docx(article, "both")
    meta_table = document.tables[0]
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in meta_table.rows}
    assert rows["发布日期\nPublished"] == ["2019年11月2日", "November 2, 2019"]
    assert rows["栏目\nCategory"] == [article.meta.category.zh, article.meta.category.en]
    assert [p.text for p in document.paragraphs[:2]] == [
        article.meta.title.zh,
        article.meta.title.en,
    ]


def test_line_breaks_and_tabs_become_word_breaks(article):
    article.body[0].zh = "第一行\n第二行\t制表"
    document = export_docx(article, "zh")
    paragraph = next(p for p in document.paragraphs if p.text.startswith("第一行"))
    assert paragraph.text == "第一行\n第二行\t制表"
    assert paragraph._p.xpath(".//w:br") and paragraph._p.xpath(".//w:tab")


def test_control_characters_are_removed_with_a_warning(article):
    article.body[1].en = "bell\x07 and escape\x1b and a lone \ud800 surrogate"
    article.meta.title.zh = "标题\x00"
    with messages.collect() as warnings:
        document = export_docx(article, "both")
    assert "bell and escape and a lone  surrogate" in [
        c.text for row in document.tables[-1].rows for c in row.cells
    ]
    assert len(warnings) == 1
    assert "4 control characters" in warnings[0]
    assert "body[1].en" in warnings[0] and "meta.title.zh" in warnings[0]


def test_the_article_is_embedded_in_a_custom_xml_part(article):
    data = render([article], "docx", ExportOptions(lang="zh"))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        item = archive.read("customXml/item1.xml").decode("utf-8")
    assert "customXml/itemProps1.xml" in names
    assert "urn:x-cipeditor:article" in item and "cipeditor-article" in item


def test_five_thousand_pairs_export_quickly_and_completely(article):
    import time

    article.body = (article.body * 600)[:5000]
    started = time.perf_counter()
    data = render([article], "docx", ExportOptions(lang="both"))
    elapsed = time.perf_counter() - started
    document = docx.Document(io.BytesIO(data))
    assert len(document.tables[-1].rows) == 5001
    assert elapsed < 15  # generous for a shared machine; benchmarks/ measures it properly


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_an_empty_or_half_translated_article_exports(lang):
    for item in (Article(), sparse_article()):
        document = export_docx(item, lang)
        assert document.core_properties.language
    texts = [p.text for p in export_docx(sparse_article(), "zh").paragraphs]
    assert "只有中文的段落。" in texts and "English only quote" not in texts


def test_pages_are_numbered_in_the_footer(article):
    footer = export_docx(article, "en").sections[0].footer
    assert footer._element.xpath(".//w:fldSimple[@w:instr='PAGE']")


def test_unicode_line_and_paragraph_separators_become_word_breaks(article):
    # Inside a w:t, LibreOffice shows nothing for them and glues the words together.
    article.body[0].en = "first line\u2028second line\u2029third line"
    document = export_docx(article, "en")
    paragraph = next(p for p in document.paragraphs if p.text.startswith("first line"))
    assert paragraph.text == "first line\nsecond line\nthird line"
    assert len(paragraph._p.xpath(".//w:br")) == 2


def test_a_list_ends_with_a_paragraphs_space_and_its_items_sit_tight(article):
    document = export_docx(article, "zh")
    bullet, body = document.styles["List Bullet"], document.styles["Body Text"]
    assert bullet.paragraph_format.space_after == body.paragraph_format.space_after
    assert bullet.element.pPr.find(qn("w:contextualSpacing")) is not None


def test_review_table_cells_of_quotes_and_list_items_have_no_gap_at_their_foot(article):
    document = export_docx(article, "both")
    rows = document.tables[-1].rows[1:]
    for number, pair in enumerate(article.body):
        for cell in rows[number].cells[1:]:
            paragraph = cell.paragraphs[0]
            after = paragraph.paragraph_format.space_after
            if after is None:
                after = paragraph.style.paragraph_format.space_after
            assert not after, (number, pair.kind)
    assert {pair.kind for pair in article.body} >= {Kind.QUOTE, Kind.LIST_ITEM}
