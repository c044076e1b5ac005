"""The .cip file: canonical output, strict validation, clear refusals."""

import json
from datetime import datetime, timedelta, timezone

import pytest

from cipeditor.article import cipformat
from cipeditor.article.model import AcceptedIssue, Article, Bilingual, Kind, Meta, Pair, Status
from cipeditor.errors import InputError

SHANGHAI = timezone(timedelta(hours=8))


def sample() -> Article:
    meta = Meta(
        title=Bilingual("阮湘平一行调研中以常州创新园", "Ruan Xiangping visits CIP"),
        category=Bilingual("最新动态 › 园区动态", "Latest News › CIP Dynamic"),
        published=datetime(2019, 11, 2, 18, 40, 10, tzinfo=SHANGHAI),
        views=1234,
        contact="86 0519 86361787",
        tags=["科技部", "MOST"],
        status=Status.IN_REVIEW,
        source_lang="zh",
    )
    body = [Pair("第一段。", "First paragraph."), Pair("小标题", "Heading", Kind.HEADING, "check")]
    return Article(meta, body, [AcceptedIssue("empty-side", "body", 1, "en", "Heading")])


def write(tmp_path, document) -> str:
    path = tmp_path / "a.cip"
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_save_load_roundtrip_gives_same_article_and_bytes(tmp_path):
    path = tmp_path / "a.cip"
    cipformat.save(sample(), path)
    first = path.read_bytes()
    loaded = cipformat.load(path)
    assert loaded == sample()
    cipformat.save(loaded, path)
    assert path.read_bytes() == first


def test_file_is_readable_utf8_json_with_stable_key_order(tmp_path):
    text = cipformat.dumps(sample())
    assert "阮湘平" in text  # not \u-escaped, so it diffs well
    document = json.loads(text)
    assert list(document) == ["format", "version", "meta", "body", "accepted"]
    assert list(document["body"][0]) == ["kind", "zh", "en"]
    assert document["meta"]["published"] == "2019-11-02T18:40:10+08:00"


def test_newer_version_is_refused_with_update_hint(tmp_path):
    document = json.loads(cipformat.dumps(sample()))
    document["version"] = 999
    with pytest.raises(InputError, match=r"newer CIP Editor.*version 999.*update"):
        cipformat.load(write(tmp_path, document))


@pytest.mark.parametrize(
    ("change", "place"),
    [
        (lambda d: d["meta"].__setitem__("views", "many"), "meta.views"),
        (lambda d: d["meta"].__setitem__("views", True), "meta.views"),
        (lambda d: d["meta"].__setitem__("views", -1), "meta.views"),
        (lambda d: d["meta"].__setitem__("status", "done"), "meta.status"),
        (lambda d: d["meta"].__setitem__("published", "yesterday"), "meta.published"),
        (lambda d: d["meta"].__setitem__("published", "2019-11-02T18:40:10"), "meta.published"),
        (lambda d: d["meta"]["title"].__setitem__("en", 5), "meta.title.en"),
        (lambda d: d["body"][1].__setitem__("kind", "table"), "body[1].kind"),
        (lambda d: d["body"][0].pop("zh"), "body[0]"),
        (lambda d: d["body"][1].__setitem__("kind", ["heading"]), "body[1].kind"),
        (lambda d: d["body"][0].__setitem__("note", 3), "body[0].note"),
        (lambda d: d["body"][0].__setitem__("en", None), "body[0].en"),
        (lambda d: d["body"][0].__setitem__("colour", "red"), "body[0].colour"),
        (lambda d: d["body"].append([]), "body[2]"),
        (lambda d: d.__setitem__("body", {}), "body"),
        (lambda d: d["meta"].__setitem__("colour", "red"), "meta.colour"),
    ],
)
def test_bad_field_is_named(tmp_path, change, place):
    document = json.loads(cipformat.dumps(sample()))
    change(document)
    with pytest.raises(InputError) as raised:
        cipformat.load(write(tmp_path, document))
    assert f"a.cip: {place}: " in str(raised.value)


def test_truncated_json_names_line_and_column(tmp_path):
    text = cipformat.dumps(sample())
    with pytest.raises(InputError, match=r"a.cip: line \d+, column \d+: not valid JSON"):
        cipformat.load(write(tmp_path, text[: len(text) // 2]))


def test_deep_nesting_is_refused_not_crashing(tmp_path):
    with pytest.raises(InputError, match=r"a\.cip"):
        cipformat.load(write(tmp_path, "[" * 200_000 + "]" * 200_000))


def test_not_utf8_and_not_an_article(tmp_path):
    path = tmp_path / "b.cip"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="not UTF-8"):
        cipformat.load(path)
    with pytest.raises(InputError, match="not a CIP Editor article"):
        cipformat.load(write(tmp_path, {"format": "x", "version": 1, "meta": {}, "body": []}))


def test_status_alias_in_review_is_accepted(tmp_path):
    document = json.loads(cipformat.dumps(sample()))
    document["meta"]["status"] = "in review"
    assert cipformat.load(write(tmp_path, document)).meta.status is Status.IN_REVIEW


def test_missing_empty_and_folder_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        cipformat.load(tmp_path / "missing.cip")
    with pytest.raises(InputError, match="folder"):
        cipformat.load(tmp_path)
    (tmp_path / "empty.cip").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        cipformat.load(tmp_path / "empty.cip")


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(cipformat, "MAX_FILE_SIZE", 100)
    with pytest.raises(InputError, match="limit is"):
        cipformat.load(write(tmp_path, cipformat.dumps(sample())))


@pytest.mark.parametrize("escape", ["\\ud800", "\\udc80", "x\\udfff"])
def test_lone_surrogate_escape_is_refused_at_load_not_at_save(tmp_path, escape):
    # json.loads accepts "\ud800"; before the fix the article loaded and then could not be
    # saved ("surrogates not allowed"), so an import of it failed as an internal error.
    text = cipformat.dumps(sample()).replace('"Ruan Xiangping visits CIP"', f'"{escape}"')
    path = tmp_path / "surrogate.cip"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        cipformat.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: meta.title.en: ")
    assert "surrogate" in message


def test_valid_escaped_surrogate_pair_is_a_real_character(tmp_path):
    text = cipformat.dumps(sample()).replace('"Ruan Xiangping visits CIP"', '"\\ud83d\\ude00"')
    assert cipformat.loads(text).meta.title.en == "\U0001f600"


def test_number_with_thousands_of_digits_is_refused_without_python_jargon(tmp_path):
    text = cipformat.dumps(sample()).replace('"views": 1234', '"views": ' + "9" * 5000)
    with pytest.raises(InputError) as caught:
        cipformat.loads(text, source="huge.cip")
    assert str(caught.value).startswith("huge.cip: ")
    assert "set_int_max_str_digits" not in str(caught.value)


@pytest.mark.parametrize("content", ["Ruan Xiangping visits CIP\n\nText.", "[1, 2]", "null"])
def test_a_file_that_is_not_a_json_object_is_called_not_an_article(content):
    # Before, a text file given to `check` was "damaged or truncated; open its backup".
    with pytest.raises(InputError) as caught:
        cipformat.loads(content, source="page.txt")
    message = str(caught.value)
    assert message.startswith("page.txt: this is not a CIP Editor article")
    assert "cipeditor import" in message
    assert "backup" not in message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_an_article_saved_as_utf16_is_named_as_such(encoding):
    data = cipformat.dumps(sample()).encode(encoding)
    with pytest.raises(InputError) as caught:
        cipformat.loads(data, source="a.cip")
    assert str(caught.value) == (
        "a.cip: the article is saved as UTF-16 text; articles are UTF-8 — "
        "save it again with the encoding UTF-8"
    )


def test_utf8_with_a_byte_order_mark_still_loads():
    assert cipformat.loads(b"\xef\xbb\xbf" + cipformat.dumps(sample()).encode()) == sample()
