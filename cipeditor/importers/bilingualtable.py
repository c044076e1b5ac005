"""A Word table with a Chinese column and an English column: the way translators exchange text.

Each row is a pair. The columns are told apart by their script: the Chinese
column is the one whose text is mostly Chinese, the English one the one with
the most Latin-script words (a column of pair numbers is neither). A first row
that only labels the columns (中文 | English, 原文 | 译文) is not a pair.
"""

from __future__ import annotations

import re

from cipeditor.importers.wordtext import NoteMarks, is_deleted_row, iter_paragraphs
from cipeditor.text.script import HAN, is_mostly_chinese

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
LABELS = frozenset(
    [
        "中文",
        "英文",
        "汉语",
        "英语",
        "原文",
        "译文",
        "中",
        "英",
        "chinese",
        "english",
        "zh",
        "en",
        "source",
        "target",
        "original",
        "translation",
    ]
)
MIN_ROWS = 2


def bilingual_rows(table, marks: NoteMarks) -> list[tuple[str, str]] | None:
    """(Chinese, English) of every row of ``table``, or None when it is not bilingual."""
    rows = [_cells(row, marks) for row in table.iterchildren(f"{_W}tr") if not is_deleted_row(row)]
    rows = [row for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    if len(rows) < MIN_ROWS or width < 2:
        return None
    columns = ["\n".join(row[i] if i < len(row) else "" for row in rows) for i in range(width)]
    zh = max(range(width), key=lambda i: len(HAN.findall(columns[i])))
    en = max(range(width), key=lambda i: -1 if i == zh else len(_LATIN_WORD.findall(columns[i])))
    if not (is_mostly_chinese(columns[zh]) and _LATIN_WORD.search(columns[en])):
        return None
    if is_mostly_chinese(columns[en]):
        return None
    pairs = [(_cell(row, zh), _cell(row, en)) for row in rows]
    if pairs and all(text.strip().lower() in LABELS for text in pairs[0] if text):
        pairs = pairs[1:]
    return pairs or None


def _cells(row, marks: NoteMarks) -> list[str]:
    texts = []
    for cell in row.iterchildren(f"{_W}tc"):
        lines = [text.strip() for _p, text in iter_paragraphs(cell, marks)]
        texts.append("\n".join(line for line in lines if line))
    return texts


def _cell(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""
