"""Web pages from elsewhere: the article comes in, the page's chrome and scripts do not."""

from __future__ import annotations

import pytest

from cipeditor.article.model import Kind
from cipeditor.errors import InputError
from cipeditor.importers import read_document

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Site name | CIP hosts innovation conference</title>
<meta name="description" content="Three hundred delegates came.">
<meta name="author" content="CIP Press Office">
<meta name="keywords" content="CIP, innovation">
<script>document.write("<p>injected</p>")</script><style>p { color: red }</style>
</head><body>
<header><p>Service Hotline: 86 0519 86361787</p>
<nav><ul><li>Home</li><li>News</li></ul></nav></header>
<h1>CIP hosts   innovation
conference</h1>
<p>On November 5, CIP held its fifth <b>innovation</b> conference.</p>
<h2>Results</h2>
<ul><li>Twenty projects signed.</li><li><p>An initiative published.</p></li></ul>
<blockquote><p>Innovation is the core of cooperation.</p><p>We will go on.</p></blockquote>
<blockquote>A short quote.</blockquote>
<p>First line<br>second line</p>
<aside><p>Related articles</p></aside>
<footer><p>Copyright 2019</p></footer>
<script>alert(1)</script>
</body></html>
"""


def test_a_web_page_comes_in_without_its_chrome(tmp_path):
    target = tmp_path / "news.html"
    target.write_text(PAGE, encoding="utf-8")
    imported = read_document(target)
    article = imported.article
    assert imported.langs == {"en"}
    assert article.meta.title.en == "CIP hosts innovation conference"
    assert article.meta.summary.en == "Three hundred delegates came."
    assert article.meta.author == "CIP Press Office"
    assert article.meta.tags == ["CIP", "innovation"]
    assert [(p.kind, p.en) for p in article.body] == [
        (Kind.PARAGRAPH, "On November 5, CIP held its fifth innovation conference."),
        (Kind.HEADING, "Results"),
        (Kind.LIST_ITEM, "Twenty projects signed."),
        (Kind.LIST_ITEM, "An initiative published."),
        (Kind.QUOTE, "Innovation is the core of cooperation."),
        (Kind.QUOTE, "We will go on."),
        (Kind.QUOTE, "A short quote."),
        (Kind.PARAGRAPH, "First line\nsecond line"),
    ]


def test_title_from_title_element_and_chinese_line_breaks_joined(tmp_path):
    target = tmp_path / "cn.htm"
    target.write_bytes(
        "<html><head><title>创新大会</title></head><body><article><p>中以常州创新园\n举办"
        "第五届创新大会。</p></article></body></html>".encode("gb18030")
    )
    imported = read_document(target)
    assert imported.langs == {"zh"}
    assert imported.article.meta.title.zh == "创新大会"
    assert imported.article.body[0].zh == "中以常州创新园举办第五届创新大会。"


def test_an_own_page_with_a_broken_data_island_is_an_input_error(tmp_path):
    target = tmp_path / "broken.html"
    target.write_text(
        '<html><head><script type="application/json" id="cipeditor-article">{"format":'
        "</script></head><body></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"broken\.html \(#cipeditor-article\).*not valid JSON"):
        read_document(target)


def test_an_empty_file_is_refused(tmp_path):
    target = tmp_path / "empty.html"
    target.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.html.*empty"):
        read_document(target)


def test_a_page_without_article_text_is_refused(tmp_path):
    target = tmp_path / "menu.html"
    target.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    with pytest.raises(InputError, match=r"menu\.html: no article text found"):
        read_document(target)


def test_binary_posing_as_a_page_is_refused(tmp_path):
    target = tmp_path / "photo.html"
    target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match=r"photo\.html"):
        read_document(target)


def test_entity_declarations_are_refused(tmp_path):
    target = tmp_path / "lol.html"
    target.write_text(
        '<!DOCTYPE html [<!ENTITY a "aaaa">]><html><body><p>&a;</p></body></html>', "utf-8"
    )
    with pytest.raises(InputError, match=r"lol\.html: the page declares XML entities"):
        read_document(target)
