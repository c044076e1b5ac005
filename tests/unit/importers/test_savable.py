"""No import writes an article that CIP Editor would then refuse to open.

XLIFF and TMX files can hold texts longer, or more units, than a ``.cip`` file
may; before, such an import succeeded and ``check``/open of its result failed.
"""

from pathlib import Path

import pytest

from cipeditor.article import cipformat
from cipeditor.article.cipformat import MAX_TEXT_LENGTH
from cipeditor.errors import InputError
from cipeditor.exporters import ExportOptions, export
from cipeditor.importers import read_document

ARTICLE = Path(__file__).parents[2] / "data" / "exchange-article.cip"
TOO_LONG = "x" * (MAX_TEXT_LENGTH + 1)


def test_xliff_target_longer_than_an_article_allows_is_refused_naming_the_place(tmp_path):
    article = cipformat.load(ARTICLE)
    article.body[0].en = TOO_LONG  # as a CAT tool might have pasted it
    path = tmp_path / "long.xlf"
    export([article], "xliff", path, ExportOptions())
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value).startswith(f"{path}: body[0].en: ")
    assert f"{MAX_TEXT_LENGTH}" in str(caught.value)


def test_tmx_segment_longer_than_an_article_allows_is_refused(tmp_path):
    path = tmp_path / "long.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
        'segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" srclang="en"/>'
        '<body><tu><tuv xml:lang="en"><seg>Title</seg></tuv><tuv xml:lang="zh-CN"><seg>标题</seg>'
        f'</tuv></tu><tu><tuv xml:lang="en"><seg>{TOO_LONG}</seg></tuv>'
        '<tuv xml:lang="zh-CN"><seg>长</seg></tuv></tu></body></tmx>',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"long\.tmx: .*characters long; the limit is"):
        read_document(path)


def test_an_import_within_the_limits_still_passes(tmp_path):
    path = tmp_path / "fine.xlf"
    export([cipformat.load(ARTICLE)], "xliff", path, ExportOptions())
    assert read_document(path).article.body
