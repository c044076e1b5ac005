"""OmegaT glossaries: lines become entries, the comment convention keeps what OmegaT cannot."""

import pytest

from cipeditor import messages
from cipeditor.errors import InputError
from cipeditor.glossary import omegat
from cipeditor.glossary.entry import Entry, EntryType, Glossary
from cipeditor.glossary.files import read_glossary, write_glossary
from cipeditor.paths import GLOSSARIES

TEAM = (
    "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
    "# the team's terms\n"
    "科技部\tMinistry of Science and Technology (MOST)\tSpell out first. || "
    "forbidden: Science Ministry | Technology Ministry || type: organisation\n"
    "科技部\tMOST\n"
    "\n"
    "科学技术部\tMinistry of Science and Technology (MOST)\tvariant of: 科技部\n"
    "高新区\tHigh-tech Zone\tType: noun\r\n"
    "高新区\tzone\tused after the first mention\n"
)


def test_lines_of_one_term_make_one_entry():
    most, zone = omegat.parse(TEAM.encode(), "team.txt").entries
    assert most.zh == "科技部" and most.zh_variants == ("科学技术部",)
    assert most.en == "Ministry of Science and Technology (MOST)"
    assert most.admitted == ("MOST",)
    assert most.forbidden == ("Science Ministry", "Technology Ministry")
    assert most.type == EntryType.ORGANISATION
    assert most.note == "Spell out first."
    # A comment that is not ours ("Type: noun") stays a note; each line's comment is kept.
    assert zone.type == EntryType.GENERAL
    assert zone.note == "Type: noun\nused after the first mention"
    assert zone.admitted == ("zone",)


def test_tbx_to_omegat_to_tbx_keeps_every_rendering(tmp_path):
    original = read_glossary(GLOSSARIES / "cip.csv")
    write_glossary(original, tmp_path / "cip.tbx")
    from_tbx = read_glossary(tmp_path / "cip.tbx")
    write_glossary(from_tbx, tmp_path / "omegat.txt")
    write_glossary(read_glossary(tmp_path / "omegat.txt"), tmp_path / "back.tbx")
    back = read_glossary(tmp_path / "back.tbx")
    assert back.entries == original.entries
    inspector = back.lookup("一级巡视员")[0]
    assert inspector.en == "First-Level Inspector"
    assert "Level-1 Inspector" in inspector.forbidden
    assert back.lookup("李林")[0].titles == original.lookup("李林")[0].titles


def test_written_file_is_what_omegat_reads(tmp_path):
    write_glossary(read_glossary(GLOSSARIES / "cip.csv"), tmp_path / "glossary.txt")
    lines = (tmp_path / "glossary.txt").read_text(encoding="utf-8").splitlines()
    # OmegaT reads a .txt/.tab file in the encoding its first comment names.
    assert lines[0] == "# Glossary in tab-separated format -*- coding: utf-8 -*-"
    rows = [line.split("\t") for line in lines[1:]]
    assert all(2 <= len(row) <= 3 for row in rows)
    assert ["科技部", "MOST"] in rows
    inspector = next(row for row in rows if row[0] == "一级巡视员")
    assert "forbidden: Level-1 Inspector | First Class Inspector" in inspector[2]


def test_bad_lines_are_listed_with_their_numbers():
    text = "科技部\tMOST\n国际合作司 Department\n\t孤儿\n高新区\t\n"
    with pytest.raises(InputError) as caught:
        omegat.parse(text.encode(), "team.utf8")
    message = str(caught.value)
    assert message.startswith("team.utf8: 3 bad entries")
    assert "line 2: no tab between the Chinese term and the English term" in message
    assert "line 3: the Chinese term is empty" in message
    assert "line 4: the English term is empty" in message


def test_titles_that_do_not_parse_are_reported():
    with pytest.raises(InputError, match="line 1: the title 'Mayor' has no '='"):
        omegat.parse("李林\tLi Lin\ttitles: Mayor\n".encode(), "g.txt")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\t\x00", "binary file"),
        ("科技部\tMOST\n".encode("gb18030"), "not UTF-8"),
        ("中以常州创新园举行工作会。\n\nThe park held a meeting.\n".encode(), "no line has a tab"),
    ],
    ids=["binary", "gb18030", "article-text"],
)
def test_files_that_are_not_omegat_glossaries_are_refused(data, problem, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=problem) as caught:
        read_glossary(path)
    assert str(caught.value).startswith(str(path))


def test_a_utx_file_named_txt_is_read_as_utx(tmp_path):
    path = tmp_path / "vendor.txt"
    path.write_text(
        "#UTX 1.11; zh-CN/en; 2019-11-02T00:00:00Z\n#src\ttgt\tsrc:pos\tterm status\n"
        "高新区\tHi-tech Park\tnoun\tforbidden\n高新区\tHigh-tech Zone\tnoun\tapproved\n",
        encoding="utf-8",
    )
    (entry,) = read_glossary(path).entries
    assert (entry.en, entry.forbidden) == ("High-tech Zone", ("Hi-tech Park",))


def test_line_breaks_are_written_as_spaces_with_a_warning():
    glossary = Glossary("g", (Entry("区委", "District Party Committee", note="one\ntwo"),))
    with messages.collect() as warnings:
        data = omegat.serialise(glossary)
    assert omegat.parse(data, "g.txt").entries[0].note == "one two"
    assert warnings == [
        "1 term or note held a line break or tab, written as a space: OmegaT has one line per row"
    ]


def test_a_term_starting_with_a_hash_is_left_out_with_a_warning():
    glossary = Glossary("g", (Entry("#标签", "hashtag"), Entry("市长", "Mayor")))
    with messages.collect() as warnings:
        data = omegat.serialise(glossary)
    assert [e.zh for e in omegat.parse(data, "g.txt").entries] == ["市长"]
    assert len(warnings) == 1 and "starts with “#”" in warnings[0]
