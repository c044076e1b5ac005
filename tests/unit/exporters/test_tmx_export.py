"""TMX memories of one or many articles, read back with translate-toolkit's TMX store."""

from pathlib import Path

import pytest
from translate.misc.xml_helpers import getXMLlang
from translate.storage import tmx

from cipeditor import messages
from cipeditor.article import cipformat
from cipeditor.exporters import ExportOptions, export

ARTICLE = Path(__file__).parents[2] / "data" / "exchange-article.cip"


@pytest.fixture
def articles():
    first = cipformat.load(ARTICLE)
    second = first.copy()
    second.meta.source_lang = "en"
    second.meta.title.zh = "中以常州创新园召开工作座谈会"
    second.meta.title.en = "CIP holds a work conference"
    second.meta.published = second.meta.published.replace(year=2020)
    second.body = second.body[3:6]
    return [first, second]


def complete_pairs(article):
    texts = [article.meta.title, article.meta.summary, article.meta.category, *article.body]
    return [(text.zh, text.en) for text in texts if text.zh and text.en]


def variants(unit):
    return {getXMLlang(node): unit.getNodeText(node) for node in unit.getlanguageNodes()}


def test_memory_of_two_articles_holds_all_their_complete_pairs(articles, tmp_path):
    path = tmp_path / "memory.tmx"
    with messages.collect() as warnings:
        export(articles, "tmx", path, ExportOptions())
    store = tmx.tmxfile.parsefile(str(path))
    expected = complete_pairs(articles[0]) + complete_pairs(articles[1])
    assert len(store.units) == len(expected)
    assert [(variants(u)["zh-CN"], variants(u)["en"]) for u in store.units] == expected
    assert {frozenset(variants(unit)) for unit in store.units} == {frozenset({"zh-CN", "en"})}
    # Summary, quote and list item of the first article, summary and quote of the second;
    # the pair empty on both sides has nothing to lose and is not counted.
    assert warnings == ["5 pairs with an empty side were left out of the translation memory"]


def test_header_and_units_follow_tmx_1_4b(articles, tmp_path):
    path = tmp_path / "memory.tmx"
    export(articles[:1], "tmx", path, ExportOptions())
    store = tmx.tmxfile.parsefile(str(path))
    root = store.document.getroot()
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "zh-CN"
    assert header.get("creationtool") == "CIP Editor"
    assert header.get("segtype") == "paragraph"
    unit = store.units[0].xmlelement
    assert unit.get("creationdate") == "20191102T104010Z"  # 18:40:10 in Shanghai, in UTC
    assert [child.tag for child in unit][-2:] == ["tuv", "tuv"]


def test_units_carry_the_article_title_category_kind_and_note(articles, tmp_path):
    path = tmp_path / "memory.tmx"
    export(articles, "tmx", path, ExportOptions())
    store = tmx.tmxfile.parsefile(str(path))
    props = [
        {(p.get("type"), getXMLlang(p)): p.text for p in unit.xmlelement.iterchildren("prop")}
        for unit in store.units
    ]
    assert props[0][("x-kind", None)] == "title"
    assert props[1][("x-kind", None)] == "category"  # the summary, with no English, is left out
    assert props[2][("x-kind", None)] == "heading"
    assert props[2][("x-title", "zh-CN")] == articles[0].meta.title.zh
    assert props[2][("x-category", "en")] == "Latest News › CIP Dynamic"
    assert props[-1][("x-title", "en")] == "CIP holds a work conference"
    noted = [unit for unit in store.units if unit.getnotes()]
    assert [unit.getnotes() for unit in noted] == [articles[0].body[2].note.strip()]


def test_mixed_source_languages_give_a_header_for_all(articles, tmp_path):
    path = tmp_path / "memory.tmx"
    export(articles, "tmx", path, ExportOptions())
    store = tmx.tmxfile.parsefile(str(path))
    assert store.document.getroot().find("header").get("srclang") == "*all*"
    assert store.units[-1].xmlelement.get("srclang") == "en"
