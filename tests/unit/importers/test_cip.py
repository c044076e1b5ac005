"""A .cip article imported as a source gives both sides."""

import pytest

from cipeditor import paths
from cipeditor.article import cipformat
from cipeditor.errors import InputError
from cipeditor.importers import read_document


def test_cip_source_gives_both_sides_and_its_metadata():
    imported = read_document(paths.SAMPLE_ARTICLE)
    assert imported.langs == {"zh", "en"}
    assert imported.article == cipformat.load(paths.SAMPLE_ARTICLE)


def test_damaged_cip_source_is_refused(tmp_path):
    path = tmp_path / "bad.cip"
    path.write_text('{"format": "cipeditor-article", "version": 1, "meta": {', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.cip"):
        read_document(path)
