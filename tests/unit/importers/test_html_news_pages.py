"""News pages saved from Chinese and English sites: the article and its metadata come in,
the site's menus, breadcrumb, date line and page links do not become paragraphs."""

from __future__ import annotations

from datetime import datetime

from cipeditor.article.model import DEFAULT_TIMEZONE, Kind
from cipeditor.importers import read_document

CHINESE_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>阮湘平一行调研中以常州创新园_园区动态_中以常州创新园</title></head>
<body>
<div class="top"><div class="hotline">服务热线：86 0519 86361787</div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/news">最新动态</a></li>
<li><a href="/about">园区概况</a></li></ul></div>
<div class="weizhi">当前位置：<a href="/">首页</a> &gt;
<a href="/news">最新动态</a> &gt; 园区动态</div>
<div class="content">
<div class="title">阮湘平一行调研中以常州创新园</div>
<div class="info">发布时间：2019-11-02 18:40:10 浏览次数：123</div>
<div class="text">
<p>　　11月1日下午，省政府一级巡视员阮湘平一行来到中以常州创新园调研。</p>
<p>　　阮湘平一行参观了园区展厅。<br>　　随后召开座谈会。</p>
<p style="text-align:center"><img src="a.jpg"></p><p>&nbsp;</p>
</div>
<div class="fenye">上一篇：<a href="#">园区举办活动</a><br>下一篇：<a href="#">另一条</a></div>
</div>
<div class="footer">版权所有：中以常州创新园 地址：江苏省常州市武进区</div>
</body></html>
"""

ENGLISH_PAGE = """<html><head><meta charset="utf-8"><title>CIP</title></head><body>
<div id="top"><span>Service Hotline:86 0519 86361787</span></div>
<div id="menu"><ul><li><a>Home</a></li><li><a>About CIP</a></li><li><a>News</a></li></ul></div>
<div class="location">Location: <a>Home</a> &gt; <a>Latest News</a> &gt; CIP Dynamic</div>
<table><tr><td class="tit">Ruan Xiangping visits CIP</td></tr>
<tr><td>Time:2019-11-02 18:40:10View count:</td></tr>
<tr><td class="con">On the afternoon of November 1, Ruan Xiangping visited CIP.<br><br>He
toured the exhibition hall.<br>Liu Yun accompanied the visit.</td></tr></table>
<div class="pages">Previous: Something<br>Next: Other</div>
<div id="footer">Copyright CIP 2019</div></body></html>
"""


def test_a_chinese_news_page_in_gb2312_gives_its_article_and_metadata(tmp_path):
    target = tmp_path / "news.html"
    target.write_bytes(CHINESE_PAGE.encode("gb2312"))
    article = read_document(target).article
    meta = article.meta
    assert meta.title.zh == "阮湘平一行调研中以常州创新园"
    assert meta.category.zh == "最新动态 › 园区动态"
    assert meta.published == datetime(2019, 11, 2, 18, 40, 10, tzinfo=DEFAULT_TIMEZONE)
    assert meta.views == 123
    assert meta.contact == "86 0519 86361787"
    assert [(p.kind, p.zh) for p in article.body] == [
        (Kind.PARAGRAPH, "11月1日下午，省政府一级巡视员阮湘平一行来到中以常州创新园调研。"),
        (Kind.PARAGRAPH, "阮湘平一行参观了园区展厅。"),
        (Kind.PARAGRAPH, "随后召开座谈会。"),
    ]


def test_an_english_page_laid_out_in_a_table_with_br_lines(tmp_path):
    target = tmp_path / "news.htm"
    target.write_text(ENGLISH_PAGE, encoding="utf-8")
    article = read_document(target).article
    assert article.meta.title.en == "Ruan Xiangping visits CIP"
    assert article.meta.category.en == "Latest News › CIP Dynamic"
    assert article.meta.published == datetime(2019, 11, 2, 18, 40, 10, tzinfo=DEFAULT_TIMEZONE)
    assert article.meta.views is None
    assert [p.en for p in article.body] == [
        "On the afternoon of November 1, Ruan Xiangping visited CIP.",
        "He toured the exhibition hall.",
        "Liu Yun accompanied the visit.",
    ]


def test_text_in_a_div_without_paragraph_tags_is_not_lost(tmp_path):
    target = tmp_path / "plain.html"
    target.write_text(
        "<html><body><h1>园区新闻</h1><div class='article'>　　第一段。<br>　　第二段，"
        "<b>加粗</b>文字。<br><br><span>第三段。</span></div></body></html>",
        encoding="utf-8",
    )
    imported = read_document(target)
    assert imported.article.meta.title.zh == "园区新闻"
    assert [p.zh for p in imported.article.body] == ["第一段。", "第二段，加粗文字。", "第三段。"]


def test_a_site_menu_outside_nav_is_not_taken_for_list_items(tmp_path):
    target = tmp_path / "menu.html"
    target.write_text(
        "<html><body><div class='nav'><ul><li>Home</li><li>News</li></ul></div>"
        "<h1>Conference opens</h1><p>The conference opened.</p>"
        "<ul><li>Twenty projects.</li></ul><div class='copyright'>© CIP</div></body></html>",
        encoding="utf-8",
    )
    body = read_document(target).article.body
    assert [(p.kind, p.en) for p in body] == [
        (Kind.PARAGRAPH, "The conference opened."),
        (Kind.LIST_ITEM, "Twenty projects."),
    ]


def test_without_a_headline_the_title_element_loses_the_site_name(tmp_path):
    target = tmp_path / "title.html"
    target.write_text(
        "<html><head><title>园区举办创新大会_园区动态_中以常州创新园</title></head>"
        "<body><p>大会开幕。</p></body></html>",
        encoding="utf-8",
    )
    assert read_document(target).article.meta.title.zh == "园区举办创新大会"
