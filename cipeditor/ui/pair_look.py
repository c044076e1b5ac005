"""How a pair looks in a pane: the formats of its kind, the current-pair shade, list bullets.

Both sides use the same block formats for a kind (only fonts differ), so the
aligner can compare their heights; decorations are painted, never typed, so
they are not part of the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPixmap,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
)
from PySide6.QtWidgets import QTextEdit

from cipeditor.article.model import Kind, Pair

KIND_INDENT = 24.0
HEADING_SCALE = 1.2
HIGHLIGHT = QColor(255, 246, 214)
TRANSPARENT = QColor(0, 0, 0, 0)


def kind_formats(kind: Kind, font: QFont, lang: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The block and character formats of a pair of ``kind`` on the ``lang`` side."""
    block_format = QTextBlockFormat()
    char_format = QTextCharFormat()
    char_format.setFontWeight(QFont.Weight.Normal)
    char_format.setFontItalic(False)
    char_format.setFontPointSize(font.pointSizeF())
    if kind is Kind.HEADING:
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setFontPointSize(font.pointSizeF() * HEADING_SCALE)
    elif kind is Kind.QUOTE:
        # Chinese has no italics (a slanted CJK face is a typographic error): indent only.
        char_format.setFontItalic(lang != "zh")
        block_format.setLeftMargin(KIND_INDENT)
        block_format.setRightMargin(KIND_INDENT)
    elif kind is Kind.LIST_ITEM:
        block_format.setLeftMargin(KIND_INDENT)
    return block_format, char_format


_SHADE: list[QPixmap] = []


def _shade() -> QPixmap:
    if not _SHADE:  # made on first use: a pixmap needs the application to exist
        pixmap = QPixmap(1, 1)
        pixmap.fill(HIGHLIGHT)
        _SHADE.append(pixmap)
    return _SHADE[0]


def paint_highlight(edit: QTextEdit, block: QTextBlock) -> None:
    """Shade ``block`` (the current pair) across the whole width, padding included."""
    if not block.isValid():
        return
    rect = edit.document().documentLayout().blockBoundingRect(block)
    block_format = block.blockFormat()
    top = rect.top() - block_format.topMargin() - edit.verticalScrollBar().value()
    height = rect.height() + block_format.topMargin() + block_format.bottomMargin()
    painter = QPainter(edit.viewport())
    # A stretched one-pixel pixmap rather than fillRect: fillRect's overloads take Qt enums,
    # and resolving them sets up the whole Qt namespace, a visible part of start-up.
    painter.drawPixmap(
        QRectF(0, top, edit.viewport().width(), height), _shade(), QRectF(0, 0, 1, 1)
    )
    painter.end()


def paint_bullets(edit: QTextEdit, body: Sequence[Pair]) -> None:
    """A round bullet before each visible list item."""
    layout = edit.document().documentLayout()
    offset = edit.verticalScrollBar().value()
    height = edit.viewport().height()
    block = edit.cursorForPosition(edit.viewport().rect().topLeft()).block()
    painter = None
    while block.isValid():
        top = layout.blockBoundingRect(block).top() - offset
        if top > height:
            break
        index = block.blockNumber()
        if index < len(body) and body[index].kind is Kind.LIST_ITEM:
            if painter is None:
                painter = QPainter(edit.viewport())
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setBrush(edit.palette().color(QPalette.ColorRole.Text))
                painter.setPen(TRANSPARENT)  # (only with list items in view)
            lines = block.layout()
            line_height = lines.lineAt(0).height() if lines.lineCount() else 16.0
            radius = max(2.0, line_height / 9)
            x = edit.document().documentMargin() + KIND_INDENT / 2
            painter.drawEllipse(QPointF(x, top + line_height / 2), radius, radius)
        block = block.next()
    if painter is not None:
        painter.end()
