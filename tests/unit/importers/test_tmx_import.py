"""TMX import: an article from the pairs of a memory; hostile files refused."""

from datetime import datetime
from pathlib import Path

import pytest

from cipeditor.article import cipformat
from cipeditor.article.model import DEFAULT_TIMEZONE, Kind, Pair
from cipeditor.errors import InputError
from cipeditor.exporters import ExportOptions, export
from cipeditor.importers import read_document
from cipeditor.importers import tmx as tmx_importer

ARTICLE = Path(__file__).parents[2] / "data" / "exchange-article.cip"


@pytest.fixture
def article():
    return cipformat.load(ARTICLE)


def write(tmp_path, body, header='srclang="en"'):
    path = tmp_path / "memory.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
        f'<tmx version="1.4"><header creationtool="memoQ" creationtoolversion="9" '
        f'segtype="sentence" o-tmf="memoQ" adminlang="en" datatype="plaintext" {header}/>'
        f"<body>{body}</body></tmx>",
        encoding="utf-8",
    )
    return path


def test_our_memory_gives_back_the_complete_pairs_and_the_metadata(article, tmp_path):
    path = tmp_path / "memory.tmx"
    export([article], "tmx", path, ExportOptions())
    imported = read_document(path)
    complete = [pair for pair in article.body if pair.zh and pair.en]
    assert imported.article.body == complete  # kinds and notes included
    assert imported.article.meta.title == article.meta.title
    assert imported.article.meta.category == article.meta.category
    assert imported.article.meta.published == article.meta.published
    assert imported.article.meta.source_lang == "zh"
    assert imported.langs == {"zh", "en"}


def test_memory_of_two_articles_keeps_the_second_title_as_a_heading(article, tmp_path):
    second = article.copy()
    second.meta.title.zh, second.meta.title.en = "第二篇", "The second"
    path = tmp_path / "memory.tmx"
    export([article, second], "tmx", path, ExportOptions())
    body = read_document(path).article.body
    complete = [pair for pair in article.body if pair.zh and pair.en]
    assert body == [*complete, Pair("第二篇", "The second", Kind.HEADING), *complete]


def test_a_cat_tool_memory_with_variants_and_other_languages(tmp_path):
    path = write(
        tmp_path,
        '<tu creationdate="20200102T030405Z"><tuv xml:lang="EN-US"><seg>Hello</seg></tuv>'
        '<tuv xml:lang="de-DE"><seg>Hallo</seg></tuv><tuv xml:lang="zh-TW"><seg>你好</seg></tuv>'
        '<tuv xml:lang="zh-CN"><seg>您好</seg></tuv></tu>'
        '<tu><tuv xml:lang="en-GB"><seg>Only English</seg></tuv></tu>'
        '<tu><tuv xml:lang="zh"><seg>只有中文</seg></tuv>'
        '<tuv xml:lang="fr"><seg>Seul</seg></tuv></tu>'
        '<tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv>'
        '<tuv xml:lang="de"><seg>Tag</seg></tuv></tu>',
    )
    imported = read_document(path)
    assert imported.article.body == [
        Pair("你好", "Hello"),  # the first Chinese variant, whatever the region
        Pair("", "Only English"),
        Pair("只有中文", ""),
    ]
    assert imported.article.meta.source_lang == "en"
    assert imported.article.meta.published == datetime(
        2020, 1, 2, 11, 4, 5, tzinfo=DEFAULT_TIMEZONE
    )
    assert imported.warnings == [f"{path}: 1 unit without Chinese or English was ignored"]


def test_memory_without_chinese_or_english_is_refused(tmp_path):
    path = write(tmp_path, '<tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>')
    with pytest.raises(InputError, match="no Chinese or English segments"):
        read_document(path)


HOSTILE = {
    "billion laughs": (
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><tmx version="1.4"><header srclang="en"/>'
        b'<body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>',
        "entities",
    ),
    "XXE": (
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg>'
        b"</tuv></tu></body></tmx>",
        "entities",
    ),
    "external DTD entity": (
        b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://example.com/x.dtd">%p;]>'
        b'<tmx version="1.4"><header srclang="en"/><body/></tmx>',
        "entities",
    ),
    "truncated": (
        b'<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:la',
        "not well-formed XML",
    ),
    "binary": (bytes(range(256)) * 4, "binary file"),
    "text": ("这不是XML。".encode(), "not well-formed XML"),
    "XLIFF": (
        b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>',
        "not a TMX translation memory",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_or_broken_files_are_refused_with_one_clear_error(tmp_path, name):
    data, problem = HOSTILE[name]
    path = tmp_path / "bad.tmx"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


def test_oversized_memory_is_refused_before_parsing(article, tmp_path, monkeypatch):
    monkeypatch.setattr(tmx_importer, "MAX_FILE_SIZE", 1000)
    path = tmp_path / "memory.tmx"
    export([article], "tmx", path, ExportOptions())
    with pytest.raises(InputError, match=r"the translation memory is .* MB; the limit is"):
        read_document(path)
