"""Pairing a Chinese and an English import by order, keeping every paragraph."""

from cipeditor.article.model import Article, Bilingual, Kind, Meta, Pair
from cipeditor.importers import Imported, read_document
from cipeditor.importers.pairing import pair_sides
from tests.conftest import DATA, SEED_PAGE


def one_side(lang: str, title: str, paragraphs: list[str]) -> Imported:
    meta = Meta(title=Bilingual(**{lang: title}), source_lang=lang)
    body = [Pair(**{lang: text}) for text in paragraphs]
    return Imported(Article(meta=meta, body=body), frozenset({lang}))


def test_seed_pages_pair_into_one_bilingual_article():
    paired = pair_sides(read_document(DATA / "seed-page-zh.txt"), read_document(SEED_PAGE))
    meta = paired.article.meta
    assert paired.langs == {"zh", "en"}
    assert meta.title.zh.startswith("科技部国际合作司")
    assert meta.title.en.startswith("Ruan Xiangping")
    assert meta.category == Bilingual("最新动态 › 园区动态", "Latest News › CIP Dynamic")
    assert meta.views == 123  # only the Chinese page had a count
    assert meta.source_lang == "zh"
    assert len(paired.article.body) == 5
    assert all(pair.zh and pair.en for pair in paired.article.body)
    assert paired.warnings == []


def test_different_counts_keep_every_paragraph_and_warn_with_both_counts():
    zh = one_side("zh", "标题", ["一", "二", "三"])
    en = one_side("en", "Title", ["One"])
    paired = pair_sides(zh, en)
    assert paired.article.side("zh") == ["一", "二", "三"]
    assert paired.article.side("en") == ["One", "", ""]
    assert len(paired.warnings) == 1
    assert "3" in paired.warnings[0]
    assert "1" in paired.warnings[0]


def test_a_bilingual_import_given_as_chinese_contributes_only_its_chinese():
    bilingual = Imported(
        Article(Meta(title=Bilingual("旧标题", "Old title")), [Pair("旧", "old", Kind.HEADING)]),
        frozenset({"zh", "en"}),
    )
    paired = pair_sides(bilingual, one_side("en", "New title", ["new"]))
    assert paired.article.meta.title == Bilingual("旧标题", "New title")
    assert paired.article.side("zh") == ["旧"]
    assert paired.article.side("en") == ["new"]


def test_one_side_alone_leaves_the_other_empty():
    paired = pair_sides(None, one_side("en", "Title", ["One", "Two"]))
    assert paired.article.side("zh") == ["", ""]
    assert paired.article.meta.source_lang == "en"
    assert paired.warnings == []
