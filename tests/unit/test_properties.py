"""Property tests: the .cip format round-trips any article; readers fail only with InputError."""

import json
from datetime import UTC, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cipeditor import messages
from cipeditor.article import cipformat
from cipeditor.article.model import AcceptedIssue, Article, Bilingual, Kind, Meta, Pair, Status
from cipeditor.errors import InputError
from cipeditor.importers import text as text_importer
from cipeditor.importers.decoding import decode

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any Unicode a user can type or paste, control characters included; lone surrogates
# cannot be written as UTF-8 and no editor produces them.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
bilinguals = st.builds(Bilingual, texts, texts)
offsets = st.sampled_from(
    [timezone(timedelta(hours=8)), UTC, timezone(timedelta(hours=-3, minutes=-30))]
)
metas = st.builds(
    Meta,
    title=bilinguals,
    summary=bilinguals,
    category=bilinguals,
    published=st.none() | st.datetimes(timezones=offsets),
    views=st.none() | st.integers(0, cipformat.MAX_VIEWS),
    author=texts,
    source=texts,
    contact=texts,
    tags=st.lists(texts, max_size=4),
    status=st.sampled_from(Status),
    source_lang=st.sampled_from(["zh", "en"]),
)
indexes = st.none() | st.integers(0, 10_000)
articles = st.builds(
    Article,
    meta=metas,
    body=st.lists(st.builds(Pair, texts, texts, st.sampled_from(Kind), texts), max_size=6),
    accepted=st.lists(
        st.builds(
            AcceptedIssue,
            check=texts,
            field=texts,
            paragraph=indexes,
            lang=st.sampled_from([None, "zh", "en"]),
            text=texts,
            start=indexes,
        ),
        max_size=3,
    ),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
META_FIELDS = [
    "title",
    "summary",
    "category",
    "published",
    "views",
    "author",
    "source",
    "contact",
    "tags",
    "status",
    "source_lang",
]


@FAST
@given(articles)
def test_dumps_loads_round_trip(article):
    text = cipformat.dumps(article)
    loaded = cipformat.loads(text.encode("utf-8"))
    assert loaded == article
    assert cipformat.dumps(loaded) == text


@FAST
@given(st.binary(max_size=2000))
def test_loads_of_arbitrary_bytes_raises_only_input_error(data):
    try:
        article = cipformat.loads(data, source="x.cip")
    except InputError as error:
        assert str(error).startswith("x.cip: ")
    else:
        assert isinstance(article, Article)


@FAST
@given(json_values)
def test_loads_of_arbitrary_json_raises_only_input_error(value):
    try:
        cipformat.loads(json.dumps(value), source="x.cip")
    except InputError as error:
        assert str(error).startswith("x.cip: ")
    else:
        raise AssertionError("a value that is not an article object was accepted")


@FAST
@given(st.sampled_from([*META_FIELDS, "body", "version", "format"]), json_values)
def test_a_valid_article_with_one_field_replaced_loads_or_is_refused(name, value):
    document = json.loads(cipformat.dumps(Article(body=[Pair("一", "one")])))
    if name in META_FIELDS:
        document["meta"][name] = value
    else:
        document[name] = value
    try:
        cipformat.loads(json.dumps(document))
    except InputError as error:
        assert error.path == "<article>"


@FAST
@given(st.binary(max_size=2000))
def test_text_importer_on_arbitrary_bytes_raises_only_input_error(data):
    with messages.collect():
        try:
            imported = text_importer.parse(decode(data, "x.txt"), None, source="x.txt")
        except InputError as error:
            assert error.path == "x.txt"
        else:
            assert len(imported.langs) == 1


PAGE_LINES = [
    "Service Hotline:86 0519 86361787",
    "服务热线：",
    "Latest News",
    "当前位置：首页 › 最新动态 › ",
    "Time:2019-11-02 18:40:10View count:",
    "发布时间：2019年13月40日 99:99 浏览次数：99999999999999999999999",
    "来源：",
    "Views: 12",
    "上一篇：",
    "",
]


@FAST
@given(st.lists(st.sampled_from(PAGE_LINES) | texts, max_size=12))
def test_page_like_text_imports_or_is_refused(lines):
    try:
        imported = text_importer.parse("\n".join(lines), None, source="p.txt")
    except InputError as error:
        assert error.path == "p.txt"
    else:
        article = imported.article
        assert cipformat.loads(cipformat.dumps(article)) == article
