"""UTX 1.11: header, term status and concept IDs read; written so that nothing is lost."""

from datetime import UTC, datetime

import pytest

from cipeditor.errors import InputError
from cipeditor.glossary import utx
from cipeditor.glossary.entry import EntryType
from cipeditor.glossary.files import read_glossary, write_glossary
from cipeditor.paths import GLOSSARIES

VENDOR = (
    "#UTX 1.11; zh-CN/en; 2019-11-02T00:00:00Z; copyright: CIP (2019); license: CC BY 4.0\n"
    "#description: Vendor terms;\n"
    "#src\ttgt\tsrc:pos\tterm status\ttgt:comment\tConcept ID\n"
    "科技部\tMinistry of Science and Technology (MOST)\tproperNoun\tapproved\tFirst mention.\tc1\n"
    "科技部\tScience Ministry\tproperNoun\tforbidden\t-\tc1\n"
    "科学技术部\tMinistry of Science and Technology (MOST)\tproperNoun\t\t-\tc1\n"
    "科技部\tMOST\tproperNoun\tnon-standard\t-\tc1\n"
    "# a comment line between the rows\n"
    "高新区\tzone\tnoun\tprovisional\t-\t-\n"
    "高新区\tHigh-tech Zone\tnoun\tapproved\t-\t-\n"
)


def test_statuses_concepts_and_header():
    glossary = utx.parse(VENDOR.encode(), "vendor.utx")
    assert glossary.name == "Vendor terms"
    most, zone = glossary.entries
    assert most.zh == "科技部" and most.zh_variants == ("科学技术部",)
    assert most.en == "Ministry of Science and Technology (MOST)"
    assert most.admitted == ("MOST",)
    assert most.forbidden == ("Science Ministry",)
    assert most.note == "First mention."
    # Without a concept ID rows group by source term; "approved" beats "provisional".
    assert (zone.en, zone.admitted) == ("High-tech Zone", ("zone",))


def test_csv_to_utx_to_csv_keeps_forbidden_variants_and_the_rest(tmp_path):
    original = read_glossary(GLOSSARIES / "cip.csv")
    write_glossary(original, tmp_path / "cip.utx")
    again = read_glossary(tmp_path / "cip.utx")
    assert again.entries == original.entries
    write_glossary(again, tmp_path / "back.csv")
    back = read_glossary(tmp_path / "back.csv")
    assert back.entries == original.entries
    assert "Level-1 Inspector" in back.lookup("一级巡视员")[0].forbidden
    assert back.lookup("李林")[0].type == EntryType.PERSON


def test_written_file_follows_utx_1_11():
    glossary = read_glossary(GLOSSARIES / "cip.csv")
    data = utx.serialise(glossary, now=datetime(2019, 11, 2, tzinfo=UTC))
    lines = data.decode("utf-8").split("\r\n")
    assert (
        lines[0]
        == "#UTX 1.11; zh-CN/en; 2019-11-02T00:00:00Z; creator: CIP Editor; description: cip"
    )
    assert lines[1].startswith("#src\ttgt\tsrc:pos\tterm status\t")
    columns = lines[1][1:].split("\t")
    rows = [dict(zip(columns, line.split("\t"), strict=True)) for line in lines[2:] if line]
    inspector = [row for row in rows if row["src"] == "一级巡视员"]
    assert {row["term status"] for row in inspector} == {"approved", "forbidden"}
    assert {row["concept ID"] for row in inspector} == {inspector[0]["concept ID"]}
    assert all(row["src:pos"] in ("noun", "properNoun") for row in rows)


def test_translate_toolkit_reads_what_we_write():
    from translate.storage.utx import UtxFile

    store = UtxFile(utx.serialise(read_glossary(GLOSSARIES / "cip.csv")))
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("zh-CN", "en")
    pairs = {(unit.source, unit.target) for unit in store.units}
    assert ("一级巡视员", "Level-1 Inspector") in pairs
    assert ("科技部", "MOST") in pairs


def test_bad_rows_are_listed_with_their_numbers():
    text = (
        "#UTX 1.11; zh-CN/en; 2019-11-02\n#src\ttgt\tsrc:pos\tterm status\n"
        "科技部\tMOST\tnoun\tapproved\n"
        "市长\tMayor\tnoun\tdeprecated\n"
        "\tDeputy Mayor\tnoun\n"
        "区委\tDistrict Committee\tnoun\tforbidden\n"
        "区政府\tdistrict government\tnoun\tapproved\textra\n"
    )
    with pytest.raises(InputError) as caught:
        utx.parse(text.encode(), "v.utx")
    message = str(caught.value)
    assert message.startswith("v.utx: 4 bad entries")
    assert "line 4: unknown term status 'deprecated'" in message
    assert "line 5: the Chinese term is empty" in message
    # An entry with only forbidden renderings has no English term to use.
    assert "line 6: the English term is empty" in message
    assert "line 7: more cells than the column line names" in message


def test_our_own_columns_are_checked():
    text = (
        "#UTX 1.11; zh-CN/en; 2019-11-02\n\n"
        "#src\ttgt\tsrc:pos\tx-cipeditor-type\tx-cipeditor-case-sensitive\n"
        "以色列\tIsrael\tproperNoun\tcountry\t\n"
        "中国\tChina\tproperNoun\tplace\tmaybe\n"
    )
    with pytest.raises(InputError) as caught:
        utx.parse(text.encode(), "v.utx")
    assert "line 4: unknown type 'country' (use person, title" in str(caught.value)
    assert "line 5: x-cipeditor-case-sensitive must be yes or no, not 'maybe'" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("科技部\tMOST\n", "the first line must be the “#UTX"),
        ("#UTX 1.11; en/zh-CN; 2019-11-02\n#src\ttgt\tsrc:pos\n", "'en/zh-CN'"),
        ("#UTX 1.11; zh-CN/en; 2019-11-02\n科技部\tMOST\tnoun\n", "column line"),
    ],
    ids=["no-header", "english-to-chinese", "no-column-line"],
)
def test_files_that_are_not_usable_utx_are_refused(text, problem):
    with pytest.raises(InputError, match=problem):
        utx.parse(text.encode(), "v.utx")


def test_binary_is_refused(tmp_path):
    path = tmp_path / "random.utx"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match=r"random\.utx: this is a binary file"):
        read_glossary(path)
