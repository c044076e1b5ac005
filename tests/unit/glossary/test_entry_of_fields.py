"""``Entry.of_fields``, the readers' fast way to build an entry, builds the same entry."""

import dataclasses
import pickle
from datetime import date

import pytest

from cipeditor.glossary.entry import Entry, EntryType, OfficialTitle


def test_of_fields_gives_the_entry_the_constructor_gives():
    fields = (
        "李林",
        "Li Lin",
        ("李 林",),
        ("Lin Li",),
        ("Li-Lin",),
        EntryType.PERSON,
        "Deputy Mayor of Changzhou",
        True,
        (OfficialTitle("副市长", "Deputy Mayor", date(2019, 1, 1)),),
    )
    fast, plain = Entry.of_fields(*fields), Entry(*fields)
    assert fast == plain
    assert hash(fast) == hash(plain)
    assert tuple(getattr(fast, field.name) for field in dataclasses.fields(Entry)) == fields
    assert pickle.loads(pickle.dumps(fast)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.en = "Lin Li"  # still a frozen record
