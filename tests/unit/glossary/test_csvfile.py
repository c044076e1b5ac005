"""Glossary CSV: columns, variants, titles, BOM, and bad rows reported by line."""

from datetime import date

import pytest

from cipeditor.errors import InputError
from cipeditor.glossary import csvfile
from cipeditor.glossary.entry import EntryType, Glossary, OfficialTitle
from cipeditor.glossary.files import read_glossary, write_glossary
from cipeditor.paths import GLOSSARIES

HEADER = "zh,en,type,zh_variants,admitted,forbidden,note,case_sensitive,titles\n"


def parse(text: str, bom: bool = False) -> Glossary:
    data = text.encode("utf-8")
    return csvfile.parse(b"\xef\xbb\xbf" + data if bom else data, "g.csv")


@pytest.mark.parametrize("bom", [False, True])
def test_minimal_columns_with_or_without_bom(bom):
    glossary = parse("zh,en\n科技部,Ministry of Science and Technology (MOST)\n", bom)
    (entry,) = glossary.entries
    assert (entry.zh, entry.en, entry.type) == (
        "科技部",
        "Ministry of Science and Technology (MOST)",
        EntryType.GENERAL,
    )


def test_all_columns_in_any_order_and_case():
    glossary = parse(
        "Forbidden,EN,zh,type,admitted,zh_variants,note,case_sensitive,titles\n"
        "Lin Li,Li Lin,李林,person,Mr Li,,Deputy mayor,yes,"
        "常州市副市长=Deputy Mayor@2019-01-01..2019-12-31|"
        "市委常委=Standing Committee Member@2020-01-01..\n"
    )
    (entry,) = glossary.entries
    assert entry.forbidden == ("Lin Li",)
    assert entry.admitted == ("Mr Li",)
    assert entry.type == EntryType.PERSON
    assert entry.case_sensitive
    assert entry.titles == (
        OfficialTitle("常州市副市长", "Deputy Mayor", date(2019, 1, 1), date(2019, 12, 31)),
        OfficialTitle("市委常委", "Standing Committee Member", date(2020, 1, 1), None),
    )
    assert [t.en for t in entry.titles_on(date(2019, 6, 1))] == ["Deputy Mayor"]
    assert [t.en for t in entry.titles_on(date(2023, 6, 1))] == ["Standing Committee Member"]


def test_variants_split_on_bar_and_blank_rows_ignored():
    glossary = parse(
        HEADER + "\n科技部,MOST,organisation,科学技术部| 中华人民共和国科学技术部 ,,A|B ,,,\n\n"
    )
    (entry,) = glossary.entries
    assert entry.zh_variants == ("科学技术部", "中华人民共和国科学技术部")
    assert entry.forbidden == ("A", "B")
    assert glossary.lookup("科学技术部") == [entry]


def test_every_bad_row_is_reported_with_its_line_number():
    text = HEADER + (
        "科技部,MOST,,,,,,,\n"
        ",Empty Chinese,,,,,,,\n"
        "武进区,,,,,,,,\n"
        "常州,Changzhou,town,,,,,,\n"
        "李林,Li Lin,person,,,,,maybe,\n"
        "王岐山,Wang Qishan,person,,,,,,国家副主席 Vice President\n"
        "王岐山,Wang Qishan,person,,,,,,国家副主席=Vice President@2023-13-01..\n"
    )
    with pytest.raises(InputError) as caught:
        parse(text)
    message = str(caught.value)
    assert "g.csv" in message
    assert "6 bad entries" in message
    for line in (3, 4, 5, 6, 7, 8):
        assert f"line {line}:" in message
    assert "line 2:" not in message
    assert "Chinese term is empty" in message and "English term is empty" in message
    assert "unknown type 'town'" in message


def test_more_than_ten_bad_rows_are_counted_not_listed():
    text = "zh,en\n" + ",x\n" * 14
    with pytest.raises(InputError, match=r"14 bad entries.*line 11:.*and 4 more"):
        parse(text)


def test_header_without_en_is_refused():
    with pytest.raises(InputError, match="no en column"):
        parse("zh,english\n科技部,MOST\n")


def test_not_utf8_is_refused_with_a_fix():
    with pytest.raises(InputError, match=r"not UTF-8.*CSV UTF-8"):
        csvfile.parse("zh,en\n科技部,MOST\n".encode("gb18030"), "g.csv")


def test_write_then_read_gives_the_same_entries(tmp_path):
    original = read_glossary(GLOSSARIES / "cip.csv")
    write_glossary(original, tmp_path / "copy.csv")
    again = read_glossary(tmp_path / "copy.csv")
    assert again.entries == original.entries


def test_unknown_extension_is_refused(tmp_path):
    path = tmp_path / "terms.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(InputError, match=r"unknown glossary format '\.xlsx'"):
        read_glossary(path)


def test_control_characters_in_a_term_are_refused():
    with pytest.raises(InputError, match="line 2: a term holds control characters"):
        parse("zh,en\n\x00科技部,MOST\n")


def test_a_glossary_saved_as_unicode_text_utf16_is_read(tmp_path):
    path = tmp_path / "unicode.csv"
    path.write_bytes("zh,en\n科技部,Ministry of Science and Technology (MOST)\n".encode("utf-16"))
    (entry,) = read_glossary(path).entries
    assert (entry.zh, entry.en) == ("科技部", "Ministry of Science and Technology (MOST)")


def test_a_binary_file_given_as_csv_is_refused_as_such(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00zh,en\n")
    with pytest.raises(InputError, match="binary file, not a CSV glossary"):
        read_glossary(path)
