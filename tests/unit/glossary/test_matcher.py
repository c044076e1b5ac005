"""The matcher: leftmost-longest Chinese, English by whole words, forbidden variants, titles."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from cipeditor.glossary.entry import Entry, EntryType, Glossary, OfficialTitle
from cipeditor.glossary.matcher import Matcher, matcher_for

MOST = Entry(
    "科技部",
    "Ministry of Science and Technology (MOST)",
    admitted=("MOST",),
    forbidden=("Science Ministry", "Ministry of Science"),
)
CIP = Entry("中以常州创新园", "China-Israel Changzhou Innovation Park", admitted=("CIP",))
PARK = Entry("创新园", "Innovation Park")
CHANGZHOU = Entry("常州", "Changzhou")
LI_LIN = Entry(
    "李林",
    "Li Lin",
    type=EntryType.PERSON,
    forbidden=("Lin Li",),
    titles=(
        OfficialTitle("常州市副市长", "Deputy Mayor", date(2019, 1, 1), date(2019, 12, 31)),
        OfficialTitle("市委常委", "Standing Committee Member", date(2020, 1, 1), None),
    ),
)
CENTER = Entry("中心", "center")
BRAND = Entry("苹果", "Apple", case_sensitive=True)


def matcher(*entries: Entry) -> Matcher:
    return Matcher(
        [Glossary("test", entries or (MOST, CIP, PARK, CHANGZHOU, LI_LIN, CENTER, BRAND))]
    )


def found(text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in matcher().match_zh(text)]


def test_longest_term_wins_over_the_one_inside_it():
    assert found("阮湘平调研中以常州创新园。") == ["中以常州创新园"]
    assert found("创新园和常州") == ["创新园", "常州"]


def test_two_character_terms_count():
    text = "常州市副市长李林表示"
    hits = matcher().match_zh(text)
    assert [(text[h.start : h.end], h.entry.en) for h in hits] == [
        ("常州", "Changzhou"),
        ("李林", "Li Lin"),
    ]


def test_zh_variants_find_their_entry():
    entry = Entry("科技部", "MOST", zh_variants=("科学技术部",))
    (hit,) = matcher(entry).match_zh("中华人民共和国科学技术部")
    assert hit.entry is entry and (hit.start, hit.end) == (7, 12)


def spans(text: str, entry: Entry) -> list[str]:
    return [text[start:end] for start, end in matcher().find_en(text, entry)]


def test_english_plural_and_possessive_forms():
    assert spans("Two innovation parks and the Innovation Park's", PARK) == [
        "innovation parks",
        "Innovation Park's",
    ]
    assert spans("Changzhou’s mayor", CHANGZHOU) == ["Changzhou’s"]
    assert spans("the centers' staff; centres", CENTER) == ["centers'"]


def test_english_respects_word_boundaries():
    assert spans("MOSTly harmless; ALMOST there", MOST) == []
    assert spans("Changzhouese", CHANGZHOU) == []
    assert spans("China-Israel Changzhou Innovation Park", CHANGZHOU) == ["Changzhou"]


def test_english_ignores_case_unless_the_entry_says_so():
    assert spans("the ministry of science and technology (most)", MOST) == [
        "ministry of science and technology (most)"
    ]
    assert spans("Apple and apple", BRAND) == ["Apple"]


def test_acronyms_match_only_in_capitals():
    assert spans("the most important step of MOST", MOST) == ["MOST"]


def test_forbidden_variants_found_without_the_chinese_term():
    text = "The Science Ministry and the science ministry's staff; not Scientific."
    hits = matcher().find_forbidden(text)
    assert [(h.entry.zh, text[h.start : h.end]) for h in hits] == [
        ("科技部", "Science Ministry"),
        ("科技部", "science ministry's"),
    ]
    assert matcher().find_forbidden("Lin Lin and Li Lin") == []


def test_titles_for_the_publication_date():
    m = matcher()
    assert [t.en for t in m.titles_for(LI_LIN, date(2019, 11, 2))] == ["Deputy Mayor"]
    assert [t.en for t in m.titles_for(LI_LIN, date(2024, 1, 1))] == ["Standing Committee Member"]
    assert m.titles_for(LI_LIN, date(2018, 1, 1)) == []
    assert len(m.titles_for(LI_LIN, None)) == 2


def test_later_glossaries_add_entries_and_conflicts_are_noted():
    team = Glossary("team", (MOST, PARK))
    mine = Glossary("mine", (Entry("创新园", "innovation garden"), Entry("常州", "Changzhou")))
    m = Matcher([team, mine])
    (park,) = m.match_zh("创新园")
    assert [e.en for e in park.entries] == ["Innovation Park", "innovation garden"]
    assert m.conflicts == [("创新园", ("Innovation Park", "innovation garden"))]
    assert [h.entry.en for h in m.match_zh("常州")] == ["Changzhou"]


def test_matcher_is_built_once_per_glossary_set():
    glossaries = [Glossary("a", (MOST,)), Glossary("b", (PARK,))]
    assert matcher_for(glossaries) is matcher_for(list(glossaries))
    assert matcher_for(glossaries[:1]) is not matcher_for(glossaries)


def test_empty_glossary_finds_nothing():
    m = Matcher([Glossary("empty")])
    assert m.match_zh("科技部") == [] and m.find_forbidden("Science Ministry") == []


def test_glossary_lookup_helpers():
    glossary = Glossary("g", (MOST, PARK, LI_LIN))
    assert glossary.lookup("科技部") == [MOST]
    assert glossary.by_en("most") == [MOST]
    assert glossary.by_type(EntryType.PERSON) == [LI_LIN]
    assert len(glossary) == 3 and list(glossary) == [MOST, PARK, LI_LIN]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text("中以常州创新园区", min_size=1, max_size=4), min_size=1, max_size=8, unique=True
    ),
    st.text("中以常州创新园区。", max_size=30),
)
def test_matches_are_leftmost_longest_and_never_overlap(terms, text):
    m = matcher(*(Entry(term, f"t{i}") for i, term in enumerate(terms)))
    position = 0
    for hit in m.match_zh(text):
        # No term starts anywhere between the previous match and this one.
        assert not any(text.startswith(t, p) for t in terms for p in range(position, hit.start))
        # At its start the longest term that fits is the one taken.
        longest = max(len(t) for t in terms if text.startswith(t, hit.start))
        assert hit.end - hit.start == longest
        assert text[hit.start : hit.end] in hit.entry.zh_forms
        position = hit.end
    assert not any(text.startswith(t, p) for t in terms for p in range(position, len(text)))


TITLE_ENTRIES = (
    Entry("副市长", "Deputy Mayor", type=EntryType.TITLE),
    Entry("市长", "Mayor", type=EntryType.TITLE),
    Entry("总干事", "Director-General", type=EntryType.TITLE),
    Entry("安", "An", type=EntryType.TITLE),
)


def titles_in(text: str) -> list[str]:
    spans = matcher(*TITLE_ENTRIES).find_en_terms(text, EntryType.TITLE)
    return [text[start:end] for start, end, _entry in spans]


def test_english_terms_begin_at_word_starts_only():
    assert titles_in("the meaning of an plan") == ["an"]
    assert titles_in("Mayor Li and the Deputy Mayor") == ["Mayor", "Deputy Mayor"]
    assert titles_in("Mayors; Deputy Mayor's office") == ["Mayors", "Deputy Mayor's"]
    assert titles_in("the “Deputy Mayor”, Mayor’s office") == ["Deputy Mayor", "Mayor’s"]
    # An underscore is not a letter: a word starts after it, as before.
    assert titles_in("x_Mayor") == ["Mayor"]
    assert titles_in("é_an") == ["an"]


def test_english_terms_keep_their_own_punctuation():
    assert titles_in("the Director-General said") == ["Director-General"]
    assert titles_in("the Director General said") == []
    assert titles_in("the Director—General said") == []


def test_forbidden_variants_at_word_starts_only():
    m = matcher()
    text = "Berlin Li met Lin Li."
    assert [text[hit.start : hit.end] for hit in m.find_forbidden(text)] == ["Lin Li"]
    assert [hit.start for hit in m.find_forbidden("Science Ministry")] == [0]


def test_entries_sharing_an_english_rendering_each_keep_their_case_rule():
    exact = Entry("甲", "Chair", type=EntryType.TITLE, case_sensitive=True)
    loose = Entry("乙", "chair", type=EntryType.TITLE)
    m = matcher(exact, loose)
    assert [entry.zh for *_span, entry in m.find_en_terms("the Chair", EntryType.TITLE)] == ["甲"]
    assert [entry.zh for *_span, entry in m.find_en_terms("the chair", EntryType.TITLE)] == ["乙"]
