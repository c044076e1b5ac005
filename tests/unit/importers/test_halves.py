"""A document with the Chinese and then the English (or the reverse) comes in paired."""

from __future__ import annotations

import docx
import pytest

from cipeditor.article.model import Kind
from cipeditor.importers import read_document

ZH = [
    "科技部一级巡视员调研中以常州创新园",
    "2019年10月29日至30日，阮湘平一行调研中以常州创新园。",
    "阮湘平一行参观了中以创新园以色列中心。",
    "座谈会上，与会人员畅所欲言。",
]
EN = [
    "MOST First-Level Inspector Visits CIP",
    "From October 29 to 30, 2019, Ruan Xiangping visited CIP.",
    "Ruan Xiangping and his team visited the Israel Center of CIP.",
    "At the work conference, participants spoke freely.",
]


def write_text(path, paragraphs):
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("first", "second"), [(ZH, EN), (EN, ZH)], ids=["zh-first", "en-first"])
def test_a_text_with_both_languages_one_after_the_other_is_paired(tmp_path, first, second):
    imported = read_document(write_text(tmp_path / "release.txt", first + second))
    article = imported.article
    assert imported.langs == {"zh", "en"}
    assert (article.meta.title.zh, article.meta.title.en) == (ZH[0], EN[0])
    assert [(pair.zh, pair.en) for pair in article.body] == list(zip(ZH[1:], EN[1:], strict=True))
    assert article.meta.source_lang == ("zh" if first is ZH else "en")
    assert any("one after the other" in note for note in imported.warnings)


def test_a_word_document_with_the_translation_below_is_paired_and_keeps_its_headings(tmp_path):
    document = docx.Document()
    document.add_heading(ZH[0], level=1)
    document.add_paragraph(ZH[1])
    document.add_heading("座谈交流", level=2)
    document.add_paragraph(ZH[3])
    document.add_heading(EN[0], level=1)
    document.add_paragraph(EN[1])
    document.add_heading("Work Conference", level=2)
    document.add_paragraph(EN[3])
    path = tmp_path / "release.docx"
    document.save(str(path))
    article = read_document(path).article
    assert article.meta.title.en == EN[0]
    assert [(pair.zh, pair.en, pair.kind) for pair in article.body] == [
        (ZH[1], EN[1], Kind.PARAGRAPH),
        ("座谈交流", "Work Conference", Kind.HEADING),
        (ZH[3], EN[3], Kind.PARAGRAPH),
    ]


def test_each_paragraph_followed_by_its_translation_is_paired_two_by_two(tmp_path):
    interleaved = [text for pair in zip(ZH, EN, strict=True) for text in pair]
    imported = read_document(write_text(tmp_path / "release.txt", interleaved))
    article = imported.article
    assert imported.langs == {"zh", "en"}
    assert (article.meta.title.zh, article.meta.title.en) == (ZH[0], EN[0])
    assert [(pair.zh, pair.en) for pair in article.body] == list(zip(ZH[1:], EN[1:], strict=True))
    assert any("with its translation after it" in note for note in imported.warnings)


def test_uneven_halves_are_all_kept_with_a_note(tmp_path):
    imported = read_document(write_text(tmp_path / "release.txt", ZH + EN[:3]))
    assert imported.article.body[-1].zh == ZH[3] and imported.article.body[-1].en == ""
    assert any("Chinese 4 paragraphs, English 3" in note for note in imported.warnings)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [*ZH, "Source: CIP"],  # one English line at the end is no translation
        [ZH[0], EN[0], ZH[1], EN[1], ZH[2]],  # alternating, but the last one has no partner
        [ZH[0], ZH[1], EN[1], ZH[2], EN[2]],  # switching more than once, not pair by pair
        ZH + EN[:1],  # the second half is far shorter than the first
    ],
    ids=["trailing-line", "alternating-odd", "switching", "too-short"],
)
def test_one_language_documents_with_some_other_language_stay_one_sided(tmp_path, paragraphs):
    imported = read_document(write_text(tmp_path / "release.txt", paragraphs))
    assert len(imported.langs) == 1


def test_a_language_given_by_the_user_is_taken_as_said(tmp_path):
    imported = read_document(write_text(tmp_path / "release.txt", ZH + EN), lang="zh")
    assert imported.langs == {"zh"}
