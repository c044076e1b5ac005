"""Damaged XLIFF and TMX files: whatever the damage, the importers answer with an InputError."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cipeditor.article import cipformat
from cipeditor.errors import InputError
from cipeditor.exporters.tmx import tmx_bytes
from cipeditor.exporters.xliff import xliff_bytes
from cipeditor.exporters.xliff2 import xliff2_bytes
from cipeditor.importers import Imported, read_document

ARTICLE = cipformat.load(Path(__file__).parents[2] / "data" / "exchange-article.cip")
SAMPLES = {
    ".xlf": xliff_bytes(ARTICLE),
    ".xliff": xliff2_bytes(ARTICLE),
    ".tmx": tmx_bytes([ARTICLE])[0],
}


@st.composite
def damaged(draw):
    suffix = draw(st.sampled_from(sorted(SAMPLES)))
    data = bytearray(SAMPLES[suffix])
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["cut", "flip", "insert"]))
        if action == "cut":
            del data[at : at + draw(st.integers(1, 200))]
        elif action == "flip":
            data[at] = draw(st.integers(0, 255))
        else:
            data[at:at] = draw(st.sampled_from([b"<", b"&", b"]]>", b"<!ENTITY x 'y'>", b"\0"]))
    return suffix, bytes(data or b"x")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=damaged())
def test_damage_gives_an_input_error_or_an_article(tmp_path_factory, case):
    suffix, data = case
    path = tmp_path_factory.mktemp("fuzz") / f"damaged{suffix}"
    path.write_bytes(data)
    try:
        result = read_document(path)
    except InputError as error:
        assert str(path) in str(error)
    else:
        assert isinstance(result, Imported)
