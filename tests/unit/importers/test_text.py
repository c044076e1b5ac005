"""The plain-text importer: one side, title first, language detected, encodings alike."""

import pytest

from cipeditor.errors import InputError
from cipeditor.importers import read_document
from tests.conftest import SEED_PAGE

CHINESE = "阮湘平一行调研中以常州创新园\n\n第一段，2019年10月29日。\n\n第二段。\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_first_paragraph_is_the_title_and_the_rest_the_body(tmp_path):
    path = write(tmp_path, "a.txt", b"My title\n\nOne.\n\nTwo.\n")
    imported = read_document(path)
    assert imported.langs == {"en"}
    assert imported.article.meta.title.en == "My title"
    assert imported.article.side("en") == ["One.", "Two."]
    assert imported.article.side("zh") == ["", ""]
    assert imported.article.meta.source_lang == "en"


def test_chinese_is_detected(tmp_path):
    imported = read_document(write(tmp_path, "zh.txt", CHINESE.encode()))
    assert imported.langs == {"zh"}
    assert imported.article.meta.title.zh == "阮湘平一行调研中以常州创新园"


def test_gb18030_file_imports_identically_to_its_utf8_twin(tmp_path):
    utf8 = read_document(write(tmp_path, "u.txt", CHINESE.encode("utf-8")))
    gb = read_document(write(tmp_path, "g.txt", CHINESE.encode("gb18030")))
    assert gb.article == utf8.article


def test_big5_and_utf16_files_import_identically(tmp_path):
    text = "中以常州創新園\n\n阮湘平一行蒞臨武進國家高新區。\n"
    reference = read_document(write(tmp_path, "u.txt", text.encode("utf-8"))).article
    for name, encoding in [("b.txt", "big5"), ("w.txt", "utf-16")]:
        assert read_document(write(tmp_path, name, text.encode(encoding))).article == reference


def test_asked_language_wins_with_a_warning_when_the_text_disagrees(tmp_path):
    imported = read_document(write(tmp_path, "zh.txt", CHINESE.encode()), "en")
    assert imported.langs == {"en"}
    assert imported.article.meta.title.en.startswith("阮湘平")
    assert "zh.txt" in imported.warnings[0]


def test_binary_file_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"img\.txt.*binary"):
        read_document(write(tmp_path, "img.txt", bytes(range(256))))


def test_text_with_only_blanks_is_refused(tmp_path):
    with pytest.raises(InputError, match="no text"):
        read_document(write(tmp_path, "blank.txt", b"\n \n\t\n"))


def test_a_web_page_in_a_text_file_is_handed_to_the_page_reader():
    imported = read_document(SEED_PAGE)
    assert imported.article.meta.contact == "86 0519 86361787"
    assert len(imported.article.body) == 5


def test_text_that_could_not_be_saved_as_an_article_is_refused(tmp_path):
    one_line = write(tmp_path, "line.txt", b"Title\n\n" + b"x" * 1_000_001)
    with pytest.raises(InputError, match=r"line\.txt: paragraph 2 is 1000001 characters"):
        read_document(one_line)
    many = write(tmp_path, "many.txt", b"p.\n" * 200_002)
    with pytest.raises(InputError, match=r"many\.txt: 200002 paragraphs"):
        read_document(many)


def test_a_long_hard_wrapped_paragraph_is_joined_quickly(tmp_path):
    wrapped = write(tmp_path, "w.txt", b"Title\n\n" + b"word word word\n" * 50_000)
    body = read_document(wrapped).article.side("en")
    assert len(body) == 1
    assert body[0].count("word") == 150_000


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("report.doc", b"\xd0\xcf\x11\xe0 an old Word file", "Word"),
        ("notes.odt", b"PK\x03\x04 not really a zip", "OpenDocument"),
        ("scan.pdf", b"%PDF-1.7\n", "PDF"),
    ],
)
def test_documents_no_importer_reads_are_refused_not_read_as_text(tmp_path, name, content, kind):
    # Before, they fell through to the text importer: markup or zip bytes became paragraphs.
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_document(path, "en")
    assert str(caught.value).startswith(f"{path}: {kind} files cannot be imported")
    assert ".txt" in str(caught.value)


def test_a_tbx_glossary_is_refused_as_an_article(tmp_path):
    path = tmp_path / "terms.tbx"
    path.write_text('<?xml version="1.0"?><martif type="TBX"/>', encoding="utf-8")
    with pytest.raises(InputError, match=r"terms\.tbx: this is a glossary \(TBX\)"):
        read_document(path)


def test_millions_of_lines_are_refused_with_the_limit_before_splitting(tmp_path):
    # Before, 6.5 million one-letter paragraphs took 11 s and 870 MB to be refused.
    from cipeditor.importers.text import MAX_LINES

    path = tmp_path / "lines.txt"
    path.write_text("a\n\n" * (MAX_LINES // 2 + 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_document(path, "en")
    assert str(caught.value) == (
        f"{path}: the text has {MAX_LINES + 3} lines; the limit is {MAX_LINES} — "
        "split the text into several articles"
    )


def test_a_million_blank_lines_around_the_text_are_just_blank(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("Title\n" + "\n" * 1_000_000 + "The only paragraph.\n", encoding="utf-8")
    article = read_document(path, "en").article
    assert article.meta.title.en == "Title"
    assert [pair.en for pair in article.body] == ["The only paragraph."]
