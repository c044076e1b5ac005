"""Encodings a press office receives: each decodes to the same text, binaries are refused."""

import pytest

from cipeditor import messages
from cipeditor.errors import InputError
from cipeditor.importers.decoding import MAX_TEXT_FILE, decode, read_text

CHINESE = "中以常州创新园\n\n2019年10月29日至30日，阮湘平一行调研园区建设情况。\n"
TRADITIONAL = "中以常州創新園\n\n科技部國際合作司一級巡視員阮湘平一行蒞臨武進國家高新區。\n"


@pytest.mark.parametrize(
    "data",
    [
        CHINESE.encode("utf-8"),
        b"\xef\xbb\xbf" + CHINESE.encode("utf-8"),
        CHINESE.encode("utf-16"),  # with a BOM, in the machine's byte order
        b"\xfe\xff" + CHINESE.encode("utf-16-be"),
        CHINESE.encode("gb18030"),
        CHINESE.replace("\n", "\r\n").encode("gb18030"),
        CHINESE.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "gb18030", "gb18030-crlf", "cr"],
)
def test_common_encodings_give_the_same_text(data):
    assert decode(data, "a.txt") == CHINESE


def test_bomless_utf16_is_recognised_by_its_nul_pattern():
    english = "Ruan Xiangping visits CIP\n\nFrom October 29 to 30, 2019.\n"
    assert decode(english.encode("utf-16-le"), "a.txt") == english
    assert decode(english.encode("utf-16-be"), "a.txt") == english
    assert decode(CHINESE.encode("utf-16-le"), "a.txt") == CHINESE


INDENTED = (
    "中以常州创新园\n\n　　2019年10月29日至30日，科技部一行赴武进国家高新区调研。\n\n"
    "　　常州市领导陪同。\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_chinese_with_full_width_indents_is_text_not_binary(encoding):
    # "　" (U+3000) puts its NUL byte on the side opposite to ASCII's; counting NULs per
    # side called this file binary before.
    assert decode(INDENTED.encode(encoding), "a.txt") == INDENTED


def test_bytes_with_nuls_that_read_as_no_text_in_either_byte_order_are_binary():
    data = bytes(range(256)) * 8
    with pytest.raises(InputError, match="binary"):
        decode(data, "a.txt")


@pytest.mark.parametrize(
    "text", ["中文", "常州", "园区动态", CHINESE, "服务热线：86 0519 86361787"]
)
def test_short_gb18030_file(text):
    assert decode(text.encode("gb18030"), "a.txt") == text


@pytest.mark.parametrize("text", ["中文", "常州", "園區動態", TRADITIONAL])
def test_short_big5_file(text):
    assert decode(text.encode("big5"), "a.txt") == text


def test_gbk_only_characters_decode_as_gb18030():
    text = "镕基与喆的文章，来自中以常州创新园。"  # 镕 and 喆 are outside GB2312
    assert decode(text.encode("gbk"), "a.txt") == text


def test_windows_1252_english():
    text = "“Quoted” — it’s the Park’s café.\n"
    assert decode(text.encode("cp1252"), "a.txt") == text


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 4,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(40)),
        b"\x01\x02\x03\x04\x05\x06text",
    ],
    ids=["all-bytes", "png", "zip", "controls"],
)
def test_binary_is_refused_naming_the_file(data):
    with pytest.raises(InputError) as caught:
        decode(data, "photo.png")
    assert "photo.png" in str(caught.value)
    assert "binary" in str(caught.value)


def test_a_stray_control_character_is_removed_with_a_warning():
    with messages.collect() as notes:
        text = decode(b"A long enough title\x07 for one bell\n", "a.txt")
    assert text == "A long enough title for one bell\n"
    assert len(notes) == 1
    assert "a.txt" in notes[0]
    assert "1 control character" in notes[0]


def test_oversized_file_is_refused_with_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(MAX_TEXT_FILE + 1)
    with pytest.raises(InputError) as caught:
        read_text(path)
    assert "huge.txt" in str(caught.value)
    assert "20 MB" in str(caught.value)


@pytest.mark.parametrize(
    ("break_", "expected"),
    [
        ("\v", "Manual line\nbreak"),  # Word's Shift+Enter, copied as text
        ("\u2028", "Manual line\nbreak"),
        ("\x85", "Manual line\nbreak"),
        ("\u2029", "Manual line\n\nbreak"),
        ("\f", "Manual line\n\nbreak"),
    ],
    ids=["vertical-tab", "line-separator", "nel", "paragraph-separator", "page-break"],
)
def test_other_line_and_paragraph_breaks_become_newlines_not_glued_words(break_, expected):
    with messages.collect() as notes:
        assert decode(f"Manual line{break_}break".encode(), "a.txt") == expected
    assert notes == []


@pytest.mark.parametrize(
    "data",
    [
        b"Title\n\nSome text \xc3\x28 and \xff\xfe bytes in English",  # the hostile corpus file
        b"Caf\xc3 au lait, cut in the middle of a UTF-8 character.",
        b"A stray byte-order mark \xff\xfe in the middle of the text.",
    ],
    ids=["corpus", "cut-character", "stray-bom"],
)
def test_damaged_utf8_is_refused_rather_than_read_as_windows_1252(data):
    # Windows-1252 reads any byte, so before this such files imported as "Ã(" and "ÿþ".
    with pytest.raises(InputError) as caught:
        decode(data, "a.txt")
    assert str(caught.value).startswith("a.txt: not valid UTF-8 text (bad byte at offset ")


@pytest.mark.parametrize(
    "text",
    ["São Paulo and Ångström, naïve façade.\n", "ÂGE and Ãlvaro: “quoted” — 10 €\n"],
)
def test_real_windows_1252_with_capital_accents_still_imports(text):
    assert decode(text.encode("cp1252"), "a.txt") == text
