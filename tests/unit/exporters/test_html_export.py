"""HTML export: languages, metadata, a page with no script and no outside resource,
and article text that can never become markup."""

from __future__ import annotations

import json
import re

import lxml.html
import pytest

from cipeditor import messages
from cipeditor.errors import UserError
from cipeditor.exporters import ExportOptions, render
from tests.unit.exporters.press_article import HOSTILE, sparse_article


def export_html(article, lang, templates_dir=None):
    options = ExportOptions(lang=lang, templates_dir=templates_dir)
    return render([article], "html", options).decode("utf-8")


def parse(page):
    return lxml.html.document_fromstring(page)


@pytest.mark.parametrize(("lang", "tag"), [("zh", "zh-Hans"), ("en", "en")])
def test_page_language_and_metadata(article, lang, tag):
    root = parse(export_html(article, lang))
    assert root.get("lang") == tag
    assert root.findtext(".//title") == article.meta.title.get(lang)
    description = root.xpath("//meta[@name='description']/@content")
    assert description == [article.meta.summary.get(lang)]
    assert root.xpath("//meta[@name='author']/@content") == [article.meta.author]
    assert root.xpath("//time/@datetime") == ["2019-11-02T18:40:10+08:00"]
    date_text = {"zh": "2019年11月2日", "en": "November 2, 2019"}[lang]
    assert root.xpath("//time/text()") == [date_text]
    assert root.findtext(".//h1") == article.meta.title.get(lang)


@pytest.mark.parametrize(
    ("lang", "dateline", "byline"),
    [
        (
            "zh",
            "最新动态 › 园区动态 2019年11月2日",
            "来源：China-Israel Changzhou Innovation Park　作者：CIP Press Office",
        ),
        (
            "en",
            "Latest News › CIP Dynamic November 2, 2019",
            "Source: China-Israel Changzhou Innovation Park  ·  Author: CIP Press Office",
        ),
    ],
)
def test_header_words_stay_apart_without_the_stylesheet(article, lang, dateline, byline):
    # Pasted into a CMS, read in a reader view or in the editor's preview, the page has no
    # flex line or ::before content: the words themselves must be apart.
    root = parse(export_html(article, lang))
    assert root.xpath("//p[@class='dateline']")[0].text_content() == dateline
    assert root.xpath("//p[@class='byline']")[0].text_content() == byline
    both = parse(export_html(article, "both"))
    head = both.xpath("//div[@class='pair-head']")[0].text_content()
    assert head.split() == ["No.", "中文", "English"]


def test_one_language_page_shows_the_body_in_its_structure(article):
    root = parse(export_html(article, "zh"))
    assert [h.text_content() for h in root.xpath("//h2")] == ["座谈交流"]
    assert root.xpath("//blockquote/p/text()") == [article.body[5].zh]
    items = root.xpath("//ul")
    assert len(items) == 1 and [li.text for li in items[0]] == ["拓展合作领域", "实现互利共赢"]
    body_text = root.find("body").text_content()
    assert article.body[0].zh in body_text and article.body[0].en not in body_text
    assert root.xpath("//p[@class='contact']/text()") == ["联系方式：" + article.meta.contact]


def test_bilingual_page_puts_lang_on_every_block(article):
    root = parse(export_html(article, "both"))
    blocks = root.xpath("//*[@data-pair]")
    assert len(blocks) == 2 * len(article.body)
    for block in blocks:
        expected = "zh-Hans" if block.get("data-lang") == "zh" else "en"
        assert block.get("lang") == expected
        pair = article.body[int(block.get("data-pair"))]
        assert block.text_content() == pair.get(block.get("data-lang"))
    assert {h1.get("lang") for h1 in root.xpath("//h1/ancestor::*[@lang][1]")} == {"zh-Hans", "en"}


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_no_script_no_outside_resource(article, lang):
    page = export_html(article, lang)
    root = parse(page)
    scripts = root.xpath("//script")
    assert sorted(s.get("type") for s in scripts) == ["application/json", "application/ld+json"]
    assert not root.xpath("//*[@src] | //link | //iframe | //img | //object | //embed")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:|//|javascript:)""", page, re.I)
    assert not re.search(r"@import|url\(", page)
    assert not root.xpath("//@*[starts-with(name(), 'on')]")


@pytest.mark.parametrize("lang", ["zh", "en", "both"])
def test_hostile_text_stays_text(hostile, lang):
    page = export_html(hostile, lang)
    root = parse(page)
    assert len(root.xpath("//script")) == 2
    assert not root.xpath("//a | //b | //@onmouseover | //@x")
    shown = root.find("body").text_content()
    for text in HOSTILE:  # every body pair starts with one of them, shown as typed
        assert text in shown
    assert root.xpath("//meta[@name='author']/@content") == [hostile.meta.author]


def test_json_ld_describes_the_news_article_and_cannot_close_its_script(hostile):
    page = export_html(hostile, "en")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = json.loads(block)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == hostile.meta.title.en
    assert data["datePublished"] == "2019-11-02T18:40:10+08:00"
    assert data["inLanguage"] == "en"


def json_ld(page: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def test_a_long_headline_is_cut_for_json_ld_at_a_word_with_an_ellipsis(article):
    # Before: cut at 110 characters wherever that fell ("… Technology, Vis").
    article.meta.title.en = (
        "Ruan Xiangping, First-Level Inspector of the Department of International "
        "Cooperation of the Chinese Ministry of Science and Technology, Visits CIP"
    )
    headline = json_ld(export_html(article, "en"))["headline"]
    assert headline == (
        "Ruan Xiangping, First-Level Inspector of the Department of International "
        "Cooperation of the Chinese Ministry…"
    )
    assert len(headline) <= 110
    article.meta.title.zh = "中以常州创新园" * 20
    headline = json_ld(export_html(article, "zh"))["headline"]
    assert headline == article.meta.title.zh[:109] + "…"
    assert json_ld(export_html(article, "both"))["alternativeHeadline"] == article.meta.title.en


def test_print_stylesheet_and_cjk_fonts_are_embedded(article):
    style = parse(export_html(article, "zh")).findtext(".//style")
    assert "@media print" in style
    assert "Noto Serif CJK SC" in style and "SimSun" in style


def test_control_characters_are_removed_with_a_warning(article):
    article.body[0].zh = "控制\x01字符\x7f"
    with messages.collect() as warnings:
        page = export_html(article, "zh")
    assert "控制字符" in page and "\x01" not in page and "\x7f" not in page
    assert len(warnings) == 1 and "body[0].zh" in warnings[0]


def test_line_breaks_inside_a_paragraph_become_br(article):
    article.body[0].en = "first line\nsecond line"
    root = parse(export_html(article, "en"))
    paragraph = root.xpath("//p[@data-pair='0']")[0]
    assert paragraph.xpath("br") and paragraph.text == "first line"


def test_a_user_template_overrides_the_bundled_one(article, tmp_path):
    (tmp_path / "article.html.j2").write_text(
        '{% extends "base.html.j2" %}{% block article %}<main><h1>{{ page.title }}</h1>'
        "<p>{{ items[0].zh }}</p></main>{% endblock %}",
        encoding="utf-8",
    )
    article.body[0].zh = "<b>粗体</b>"
    root = parse(export_html(article, "zh", tmp_path))
    assert root.xpath("//main/p/text()") == ["<b>粗体</b>"]  # still escaped
    assert root.findtext(".//style")  # the bundled base and CSS are still used


def test_a_broken_user_template_is_a_clear_error(article, tmp_path):
    (tmp_path / "article.html.j2").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(UserError, match=r"article\.html\.j2 \(line 1\)"):
        export_html(article, "zh", tmp_path)
    (tmp_path / "article.html.j2").write_text("{{ no_such_variable }}", encoding="utf-8")
    with pytest.raises(UserError, match="no_such_variable"):
        export_html(article, "zh", tmp_path)


def test_a_misspelt_name_in_a_user_template_is_named_with_its_file_and_line(article, tmp_path):
    # Before: "The template article.html.j2 (line ?) could not be used: …", though the
    # guide promises the line of a typo.
    (tmp_path / "article.html.j2").write_text(
        '{% extends "base.html.j2" %}{% block article %}\n<h1>{{ page.titel }}</h1>\n'
        "{% endblock %}",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as caught:
        export_html(article, "zh", tmp_path)
    assert f"{tmp_path / 'article.html.j2'} (line 2) could not be used" in str(caught.value)
    assert "titel" in str(caught.value)


def test_a_user_template_not_in_utf8_is_named_with_the_fix(article, tmp_path):
    (tmp_path / "article.html.j2").write_text('{% include "part.html.j2" %}', encoding="utf-8")
    (tmp_path / "part.html.j2").write_bytes("<p>{{ page.title }}，完</p>".encode("gb18030"))
    with pytest.raises(UserError) as caught:
        export_html(article, "zh", tmp_path)
    assert str(caught.value) == (
        f"The template {tmp_path / 'part.html.j2'} is not UTF-8 text; save it again as UTF-8"
    )
    with pytest.raises(UserError, match="does not exist"):
        export_html(article, "zh", tmp_path / "missing")


def test_untranslated_pairs_keep_their_place_and_titles_are_never_empty():
    root = parse(export_html(sparse_article(), "both"))
    assert root.findtext(".//title") == "无标题"
    empty = root.xpath("//p[@class='empty']")
    assert [(p.get("data-pair"), p.get("data-lang")) for p in empty] == [
        ("0", "en"),
        ("1", "zh"),
        ("2", "zh"),
        ("2", "en"),
        ("3", "en"),
    ]
    assert [h1.text for h1 in root.xpath("//h1[@class='untitled']")] == ["无标题", "Untitled"]
    english = parse(export_html(sparse_article(), "en"))
    assert english.findtext(".//title") == "Untitled"
    assert [b.text_content() for b in english.xpath("//*[@data-pair]")] == ["English only quote"]


def test_the_chinese_untitled_placeholder_is_not_slanted():
    # Chinese has no italic: a browser would slant the glyphs, as the DOCX never does.
    style = parse(export_html(sparse_article(), "both")).findtext(".//style")
    assert "h1.untitled { color: var(--muted); font-style: italic; }" in style
    assert "h1.untitled:lang(zh) { font-style: normal; }" in style


@pytest.mark.parametrize("lang", ["en", "both"])
def test_unicode_line_and_paragraph_separators_become_br(article, lang):
    # Browsers show U+2028 as a space: the break the writer meant would be lost.
    article.body[0].en = "first line\u2028second line\u2029third line"
    root = parse(export_html(article, lang))
    paragraph = root.xpath("//p[@data-pair='0' and @data-lang='en']")[0]
    assert len(paragraph.xpath("br")) == 2 and paragraph.text == "first line"


def test_the_bilingual_page_labels_the_contact_in_both_languages(article):
    article.meta.contact = "86 0519 86361787"
    (contact,) = parse(export_html(article, "both")).find_class("contact")
    assert contact.text_content() == "联系方式 / Contact: 86 0519 86361787"
    assert [span.get("lang") for span in contact.iter("span")] == ["zh-Hans", "en"]
