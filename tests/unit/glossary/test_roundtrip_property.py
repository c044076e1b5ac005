"""Any glossary written as CSV, TBX, UTX or OmegaT reads back as the same entries (hypothesis)."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from cipeditor import messages
from cipeditor.glossary import csvfile, omegat, tbx, utx
from cipeditor.glossary.entry import Entry, EntryType, Glossary, OfficialTitle

_ALPHABET = st.sampled_from("abcXYZ 科技部中以常州创新园,\"'&<>;-()（）@.=")
_text = st.text(_ALPHABET, min_size=1, max_size=12).map(str.strip).filter(bool)
# The separators of the notations ("|", and "=" / "@" in titles) are not allowed in terms.
_term = _text.filter(lambda text: "|" not in text)
_title_part = _term.filter(lambda text: "=" not in text and "@" not in text)
_day = st.none() | st.dates(min_value=date(1949, 1, 1), max_value=date(2100, 1, 1))
_titles = st.lists(st.builds(OfficialTitle, _title_part, _title_part, _day, _day), max_size=2)
_entries = st.builds(
    Entry,
    zh=_term,
    en=_term,
    zh_variants=st.lists(_term, max_size=2).map(tuple),
    admitted=st.lists(_term, max_size=2).map(tuple),
    forbidden=st.lists(_term, max_size=2).map(tuple),
    type=st.sampled_from(list(EntryType)),
    note=_text,
    case_sensitive=st.booleans(),
    titles=_titles.map(tuple),
)


def _valid(entry: Entry) -> bool:
    periods_ok = all(
        not (t.valid_from and t.valid_to and t.valid_from > t.valid_to) for t in entry.titles
    )
    # TBX keeps each English term once; duplicates between the lists cannot round-trip.
    english = [entry.en, *entry.admitted, *entry.forbidden]
    chinese = [entry.zh, *entry.zh_variants]
    return periods_ok and len(set(english)) == len(english) and len(set(chinese)) == len(chinese)


@settings(max_examples=60, deadline=None)
@given(st.lists(_entries.filter(_valid), min_size=1, max_size=4))
def test_csv_and_tbx_round_trip(entries):
    glossary = Glossary("g", tuple(entries))
    assert csvfile.parse(csvfile.serialise(glossary), "g.csv").entries == glossary.entries
    assert tbx.parse(tbx.serialise(glossary), "g.tbx").entries == glossary.entries


def _tab_safe(entry: Entry) -> bool:
    # "-" means an empty cell in UTX; " || " parts a comment in OmegaT: not usable as notes.
    return entry.note != "-" and "||" not in entry.note


def _distinct_chinese(entries: list[Entry]) -> bool:
    # OmegaT has no entry boundary: lines of one Chinese term make one entry.
    forms = [form for entry in entries for form in entry.zh_forms]
    return len(set(forms)) == len(forms)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_entries.filter(_valid).filter(_tab_safe), min_size=1, max_size=4).filter(
        _distinct_chinese
    )
)
def test_utx_and_omegat_round_trip(entries):
    glossary = Glossary("g", tuple(entries))
    with messages.collect() as warnings:
        assert utx.parse(utx.serialise(glossary), "g.utx").entries == glossary.entries
        assert omegat.parse(omegat.serialise(glossary), "g.txt").entries == glossary.entries
    assert warnings == []
