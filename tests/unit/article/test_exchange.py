"""The mapping between an article and translation units: languages, kinds, states."""

import pytest

from cipeditor.article import exchange
from cipeditor.article.exchange import UnitState
from cipeditor.article.model import Kind, Status


@pytest.mark.parametrize(
    ("tag", "lang"),
    [("zh-CN", "zh"), ("zh_Hans_CN", "zh"), ("ZH-tw", "zh"), ("en-US", "en"), ("EN", "en")],
)
def test_language_tags_of_cat_tools_name_our_languages(tag, lang):
    assert exchange.article_lang(tag) == lang


@pytest.mark.parametrize("tag", ["de-DE", "", None, "*all*", "eng"])
def test_other_languages_are_not_ours(tag):
    assert exchange.article_lang(tag) is None


def test_kinds_travel_as_custom_resource_types():
    assert exchange.kind_type(Kind.LIST_ITEM) == "x-list-item"
    assert exchange.kind_from_type("x-list-item") == Kind.LIST_ITEM
    assert exchange.kind_from_type("cip:heading") == Kind.HEADING
    assert exchange.kind_from_type("button") == Kind.PARAGRAPH  # a restype from elsewhere
    assert exchange.kind_from_type(None) == Kind.PARAGRAPH


def state(approved=False, review=False, target=True):
    return UnitState("p1", target, approved, review)


@pytest.mark.parametrize(
    ("states", "recorded", "expected"),
    [
        ([state(approved=True), state(approved=True, target=False)], Status.DRAFT, Status.APPROVED),
        ([state(approved=True), state()], Status.APPROVED, Status.IN_REVIEW),
        ([state(), state(review=True)], Status.TRANSLATING, Status.IN_REVIEW),
        ([state(), state()], Status.APPROVED, Status.TRANSLATING),
        ([state(), state()], Status.IN_REVIEW, Status.IN_REVIEW),
        ([state(target=False)], Status.DRAFT, Status.DRAFT),  # nothing translated, nothing approved
        ([], Status.TRANSLATING, Status.TRANSLATING),
    ],
)
def test_unit_states_decide_the_article_status(states, recorded, expected):
    assert exchange.status_from_units(states, recorded) == expected
