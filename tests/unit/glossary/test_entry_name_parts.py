"""A foreign person named by the surname alone (列维 of 阿米尔·列维): the English surname."""

from cipeditor.glossary.entry import Entry, EntryType, Glossary
from cipeditor.glossary.matcher import Matcher

LEVI = Entry("阿米尔·列维", "Amir Levi", ("列维",), type=EntryType.PERSON)


def test_a_dotted_part_named_alone_accepts_the_english_part():
    assert LEVI.renderings == ("Amir Levi", "Levi")


def test_the_matcher_finds_the_surname_for_the_chinese_surname():
    matcher = Matcher([Glossary("trial", (LEVI,))])
    (hit,) = matcher.match_zh("列维大使表示感谢")
    assert hit.entry is LEVI
    assert matcher.first_rendering("Ambassador Levi thanked the city", LEVI) is not None


def test_middle_dots_as_writers_type_them():
    entry = Entry("丹尼尔•阿维夫", "Daniel Aviv", ("阿维夫",), type=EntryType.PERSON)
    assert entry.renderings == ("Daniel Aviv", "Aviv")


def test_nothing_is_guessed_when_the_parts_do_not_line_up():
    three_words = Entry("阿米尔·列维", "Amir Ben Levi", ("列维",), type=EntryType.PERSON)
    not_a_person = Entry("中以·常州", "China-Israel Changzhou", ("常州",))
    chinese_name = Entry("阮湘平", "Ruan Xiangping", ("阮",), type=EntryType.PERSON)
    for entry in (three_words, not_a_person, chinese_name):
        assert entry.renderings == (entry.en, *entry.admitted)


def test_an_admitted_surname_is_not_listed_twice():
    entry = Entry("阿米尔·列维", "Amir Levi", ("列维",), ("Levi",), type=EntryType.PERSON)
    assert entry.renderings == ("Amir Levi", "Levi")
