"""The glossary's view of one pair: terms found, renderings missing, forbidden variants."""

from __future__ import annotations

from cipeditor.glossary.entry import Entry, EntryType, Glossary
from cipeditor.glossary.matcher import Matcher
from cipeditor.glossary.pair_terms import pair_terms

RUAN = Entry(
    "阮湘平",
    "Ruan Xiangping",
    admitted=("Ruan",),
    forbidden=("Xiangping Ruan",),
    type=EntryType.PERSON,
)
PARK = Entry("中以常州创新园", "China-Israel Changzhou Innovation Park", admitted=("CIP",))
MATCHER = Matcher([Glossary("team", (RUAN, PARK))])


def test_a_rendered_term_and_a_missing_one():
    terms = pair_terms(MATCHER, "阮湘平参观中以常州创新园", "Ruan Xiangping visited the park.")
    assert [(t.entry.zh, t.missing) for t in terms.terms] == [
        ("阮湘平", False),
        ("中以常州创新园", True),
    ]
    assert terms.rendered_spans() == [(0, len("Ruan Xiangping"), RUAN)]
    assert [t.entry for t in terms.missing()] == [PARK]


def test_an_admitted_form_inside_a_forbidden_variant_does_not_count():
    terms = pair_terms(MATCHER, "阮湘平指出", "Xiangping Ruan pointed out")
    assert terms.terms[0].missing
    assert [(f.variant, f.start, f.end) for f in terms.forbidden] == [("Xiangping Ruan", 0, 14)]


def test_a_pair_without_terms():
    terms = pair_terms(MATCHER, "随后召开座谈会。", "A conference followed.")
    assert terms.terms == () and terms.forbidden == ()
