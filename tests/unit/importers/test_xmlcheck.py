"""XML from elsewhere: nesting deeper than any XLIFF or TMX is refused in plain words."""

import pytest

from cipeditor.errors import InputError
from cipeditor.importers import read_document

XLIFF_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
    'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" '
    'target-language="zh-CN" datatype="plaintext"><body>'
)
XLIFF_TAIL = "</body></file></xliff>"
TMX_HEAD = (
    '<?xml version="1.0"?><tmx version="1.4"><header srclang="en" creationtool="x" '
    'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" '
    'datatype="plaintext"/><body>'
)
TMX_TAIL = "</body></tmx>"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("groups.xlf", XLIFF_HEAD + "<group>" * 20_000 + "</group>" * 20_000 + XLIFF_TAIL),
        (
            "inline.xlf",
            XLIFF_HEAD
            + '<trans-unit id="title"><source>'
            + '<g id="1">' * 300
            + "x"
            + "</g>" * 300
            + "</source></trans-unit>"
            + XLIFF_TAIL,
        ),
        (
            "inline.tmx",
            TMX_HEAD
            + '<tu><tuv xml:lang="en"><seg>'
            + "<hi>" * 300
            + "x"
            + "</hi>" * 300
            + "</seg></tuv></tu>"
            + TMX_TAIL,
        ),
    ],
)
def test_absurdly_deep_xml_is_refused_with_the_depth_and_no_parser_jargon(tmp_path, name, content):
    # Before, lxml's own text came through: "Excessive depth in document: 256, use
    # XML_PARSE_HUGE option".
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: the XML elements are nested ")
    assert "XML_PARSE_HUGE" not in message


def test_ordinary_inline_tags_are_fine(tmp_path):
    path = tmp_path / "fine.xlf"
    path.write_text(
        XLIFF_HEAD
        + '<trans-unit id="title"><source>A <g id="1"><g id="2">bold</g></g> title</source>'
        + "<target>标题</target></trans-unit>"
        + XLIFF_TAIL,
        encoding="utf-8",
    )
    assert read_document(path).article.meta.title.zh == "标题"


@pytest.mark.parametrize("kind", ["xlf", "tmx"])
def test_more_units_than_an_article_holds_are_refused_before_parsing(tmp_path, monkeypatch, kind):
    # Before, translate-toolkit parsed every unit (38 s for 200,000) and the import then
    # wrote an article that could not be opened.
    from cipeditor.importers import xmlcheck

    monkeypatch.setattr(xmlcheck, "MAX_UNITS", 5)
    if kind == "xlf":
        unit = '<trans-unit id="p{n}"><source>Text</source><target>文本</target></trans-unit>'
        head, tail = XLIFF_HEAD, XLIFF_TAIL
    else:
        unit = (
            '<tu><tuv xml:lang="en"><seg>Text</seg></tuv>'
            '<tuv xml:lang="zh-CN"><seg>文本</seg></tuv></tu>'
        )
        head, tail = TMX_HEAD, TMX_TAIL
    path = tmp_path / f"many.{kind}"
    path.write_text(head + "".join(unit.format(n=n) for n in range(6)) + tail, encoding="utf-8")
    with pytest.raises(InputError, match=r"holds 6 translation units; an article holds at most 5"):
        read_document(path)
