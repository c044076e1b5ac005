"""Replace commands: one undo step, and the document says exactly which texts changed."""

import pytest

from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.article.search import Query, find_all, plan_replace_all, plan_replace_one
from cipeditor.ui.commands.replace import ReplaceAll, ReplaceOne
from cipeditor.ui.document import Document

pytestmark = pytest.mark.gui


def make_document() -> Document:
    meta = Meta(title=Bilingual("园区新闻", "Park news"), tags=["园区", "投资"])
    body = [Pair("园区", "park"), Pair("无关", "nothing"), Pair("园区园区", "the park")]
    return Document(Article(meta=meta, body=body))


def record(document: Document) -> list:
    seen: list = []
    document.pairTextChanged.connect(lambda index, lang: seen.append(("pair", index, lang)))
    document.metaChanged.connect(lambda name: seen.append(("meta", name)))
    return seen


def test_replace_all_announces_each_changed_text_and_undoes_in_one_step():
    document = make_document()
    before = document.article.copy()
    changes = plan_replace_all(document.article, Query("园区"), "开发区")
    seen = record(document)
    document.push(ReplaceAll(document, changes))
    assert document.article.body[2].zh == "开发区开发区"
    assert document.article.meta.tags == ["开发区", "投资"]
    assert seen == [("pair", 0, "zh"), ("pair", 2, "zh"), ("meta", "title"), ("meta", "tags")]
    assert document.undo_stack.undoText() == "Replace 5 occurrences"
    seen.clear()
    document.undo_stack.undo()
    assert document.article == before
    # The same texts are announced again on undo, and nothing else.
    assert seen == [("pair", 0, "zh"), ("pair", 2, "zh"), ("meta", "title"), ("meta", "tags")]


def test_replace_one_changes_only_its_hit():
    document = make_document()
    hit = [m for m in find_all(document.article, Query("园区")) if m.field == "body"][2]
    change = plan_replace_one(document.article, Query("园区"), "开发区", hit)
    seen = record(document)
    document.push(ReplaceOne(document, change))
    assert document.article.body[2].zh == "园区开发区"
    assert seen == [("pair", 2, "zh")]
    document.undo_stack.undo()
    assert document.article.body[2].zh == "园区园区"
