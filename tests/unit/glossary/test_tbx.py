"""TBX-Basic: v2 and v3 read, v2 written, variants and titles kept; hostile XML refused."""

from datetime import date

import pytest

from cipeditor.errors import InputError
from cipeditor.glossary import tbx
from cipeditor.glossary.entry import EntryType
from cipeditor.glossary.files import read_glossary, write_glossary
from cipeditor.paths import GLOSSARIES

V2 = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>Team glossary</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="subjectField">title</descrip>
      <descrip type="definition">Civil service rank.</descrip>
      <langSet xml:lang="zh-CN">
        <tig><term>一级巡视员</term></tig>
      </langSet>
      <langSet xml:lang="en-US">
        <tig><term>Level-1 Inspector</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <tig><term>First-Level Inspector</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>First Level Inspector</term>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <descrip type="subjectField">economics</descrip>
      <langSet xml:lang="zh"><tig><term>高新区</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>High-tech Zone</term></tig></langSet>
    </termEntry>
  </body></text>
</martif>
"""

V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>v3 glossary</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="subjectField">organisation</descrip>
      <note>First mention in full.</note>
      <langSec xml:lang="zh-Hans">
        <termSec><term>科技部</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>科学技术部</term>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
      </langSec>
      <langSec xml:lang="en">
        <termSec><term>Ministry of Science and Technology (MOST)</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>MOST</term>
          <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
        <termSec><term>Science Ministry</term>
          <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def test_v2_statuses_type_and_definition():
    glossary = tbx.parse(V2.encode(), "team.tbx")
    assert glossary.name == "Team glossary"
    first, second = glossary.entries
    assert first.zh == "一级巡视员"
    assert first.en == "First-Level Inspector"
    assert first.admitted == ("First Level Inspector",)
    assert first.forbidden == ("Level-1 Inspector",)
    assert first.type == EntryType.TITLE
    assert first.note == "Civil service rank."
    assert second.type == EntryType.GENERAL  # a real subject field is not an entry type
    assert second.en == "High-tech Zone"


def test_v3_namespaced_concept_entries():
    (entry,) = tbx.parse(V3.encode(), "v3.tbx").entries
    assert entry.zh == "科技部" and entry.zh_variants == ("科学技术部",)
    assert entry.en == "Ministry of Science and Technology (MOST)"
    assert entry.admitted == ("MOST",)
    assert entry.forbidden == ("Science Ministry",)
    assert entry.type == EntryType.ORGANISATION
    assert entry.note == "First mention in full."


def test_csv_to_tbx_to_csv_keeps_everything(tmp_path):
    original = read_glossary(GLOSSARIES / "cip.csv")
    write_glossary(original, tmp_path / "cip.tbx")
    assert (tmp_path / "cip.tbx").read_bytes().startswith(b"<?xml")
    again = read_glossary(tmp_path / "cip.tbx")
    assert again.entries == original.entries
    li_lin = again.lookup("李林")[0]
    assert li_lin.titles_on(date(2019, 11, 2))[0].en.startswith("Deputy Mayor")
    assert "Level-1 Inspector" in again.lookup("一级巡视员")[0].forbidden
    write_glossary(again, tmp_path / "back.csv")
    assert read_glossary(tmp_path / "back.csv").entries == original.entries


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE martif [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<martif type="TBX-Basic"><text><body><termEntry>
<langSet xml:lang="zh"><tig><term>&lol3;</term></tig></langSet>
</termEntry></body></text></martif>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<martif type="TBX-Basic"><text><body><termEntry>
<langSet xml:lang="zh"><tig><term>&secret;</term></tig></langSet>
</termEntry></body></text></martif>
"""


@pytest.mark.parametrize("document", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entity_declarations_are_refused(document):
    with pytest.raises(
        InputError, match=r"declares XML entities, which CIP Editor refuses for safety"
    ):
        tbx.parse(document.encode(), "evil.tbx")


def test_malformed_xml_names_the_line():
    with pytest.raises(
        InputError,
        match=r"bad\.tbx: line 3, column \d+: not well-formed XML, so not a valid TBX file",
    ):
        tbx.parse(b"<martif>\n<text>\n</martif>", "bad.tbx")


def test_a_binary_file_named_tbx_is_refused_as_such():
    with pytest.raises(InputError, match="binary file, not TBX"):
        tbx.parse(b"PK\x03\x04\x14\x00\x06\x00", "terms.tbx")


def test_other_xml_is_not_taken_for_tbx():
    with pytest.raises(InputError, match="not TBX"):
        tbx.parse(b"<html><body/></html>", "page.xml")


def test_entry_without_english_is_reported():
    document = V3.replace('<langSec xml:lang="en">', '<langSec xml:lang="de">')
    with pytest.raises(InputError, match="entry c1: the English term is empty"):
        tbx.parse(document.encode(), "v3.tbx")
