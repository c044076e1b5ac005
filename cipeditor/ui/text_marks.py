"""Select and highlight search hits in a QTextEdit that holds one block per pair.

The domain counts offsets in Python characters (code points); Qt counts UTF-16
units, so a character outside the Basic Multilingual Plane (CJK extension B
such as 𠀀, emoji) takes two. :func:`qt_offset` converts (:func:`char_offset`
converts back) and every function here goes through it, so hits after such a
character are still marked exactly.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

HIT_BACKGROUND = QColor("#ffe066")


def qt_offset(text: str, index: int) -> int:
    """The UTF-16 offset Qt uses for the character offset ``index`` in ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


def char_offset(text: str, qt_index: int) -> int:
    """The character offset for Qt's UTF-16 offset ``qt_index`` in ``text``."""
    return len(text.encode("utf-16-le")[: 2 * qt_index].decode("utf-16-le", errors="ignore"))


def block_cursor(edit: QTextEdit, block_number: int, start: int, end: int) -> QTextCursor | None:
    """A cursor selecting ``start``..``end`` (character offsets) in block ``block_number``."""
    block = edit.document().findBlockByNumber(block_number)
    if not block.isValid():
        return None
    text = block.text()
    end = min(end, len(text))
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + qt_offset(text, min(start, end)))
    cursor.setPosition(block.position() + qt_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def select_range(edit: QTextEdit, block_number: int, start: int, end: int) -> bool:
    """Select a hit and scroll it into view; False if the block does not exist."""
    cursor = block_cursor(edit, block_number, start, end)
    if cursor is None:
        return False
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    return True


def hit_selections(
    edit: QTextEdit, ranges: Iterable[tuple[int, int, int]]
) -> list[QTextEdit.ExtraSelection]:
    """Extra selections painting each (block, start, end) with the hit background.

    Combine them with the edit's other extra selections (current pair …) and
    pass the list to ``QTextEdit.setExtraSelections``.
    """
    char_format = QTextCharFormat()
    char_format.setBackground(HIT_BACKGROUND)
    char_format.setForeground(QColor("black"))
    selections = []
    for block_number, start, end in ranges:
        cursor = block_cursor(edit, block_number, start, end)
        if cursor is None:
            continue
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = char_format
        selections.append(selection)
    return selections
