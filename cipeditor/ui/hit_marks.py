"""Paint search hits over a pane's text, line by line.

Hits are painted, not set as extra selections: ``QTextEdit.setExtraSelections``
leaks a reference on every call in PySide6 6.12 (see
tests/ui/test_pyside_none_leak.py), and the find bar repaints its hits after
every pause in typing. A translucent fill over the glyphs keeps the text
readable and stays visible on the current-pair shade.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QTextEdit

from cipeditor.ui.text_marks import qt_offset

HIT_FILL = QColor(255, 200, 0, 110)


def paint_hits(edit: QTextEdit, hits: Sequence[tuple[int, int, int]]) -> None:
    """Fill each visible (block, start, end) hit of ``edit``; offsets in characters."""
    if not hits:
        return
    document = edit.document()
    layout = document.documentLayout()
    scroll_x = edit.horizontalScrollBar().value()
    scroll_y = edit.verticalScrollBar().value()
    top_visible, bottom_visible = scroll_y, scroll_y + edit.viewport().height()
    painter = QPainter(edit.viewport())
    for number, start, end in hits:
        block = document.findBlockByNumber(number)
        if not block.isValid():
            continue
        box = layout.blockBoundingRect(block)
        if box.bottom() < top_visible or box.top() > bottom_visible:
            continue
        text = block.text()
        first, last = qt_offset(text, start), qt_offset(text, min(end, len(text)))
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            line_start, line_end = line.textStart(), line.textStart() + line.textLength()
            if last <= line_start or first >= line_end:
                continue
            x1 = line.cursorToX(max(first, line_start))[0]
            x2 = line.cursorToX(min(last, line_end))[0]
            rect = QRectF(
                box.left() + x1 - scroll_x,
                box.top() + line.y() - scroll_y,
                max(2.0, x2 - x1),
                line.height(),
            )
            painter.fillRect(rect, HIT_FILL)
    painter.end()
