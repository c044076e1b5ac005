"""The strip left of a pane that numbers the pairs and marks their kind."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from cipeditor.article.model import Kind

_KIND_MARKS = {Kind.HEADING: "H", Kind.QUOTE: "❝", Kind.LIST_ITEM: "•"}


class Gutter(QWidget):
    """Pair numbers, drawn level with the first line of each block of ``pane``."""

    def __init__(self, pane: QTextEdit) -> None:
        super().__init__(pane)
        self.pane = pane
        self.setFont(QApplication.font())  # not the pane's font: numbers look alike on both sides
        # Colours through the palette rather than the painter: QPainter.setPen and fillRect
        # have overloads taking Qt enums, and resolving them sets up the whole Qt namespace,
        # a visible part of start-up.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def preferred_width(self) -> int:
        digits = len(str(max(1, len(self.pane.document_.article.body))))
        return self.fontMetrics().horizontalAdvance("9" * (digits + 2)) + 8

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pane = self.pane
        layout = pane.document().documentLayout()
        offset = pane.verticalScrollBar().value() - pane.viewport().y() + self.y()
        body = pane.document_.article.body
        block = pane.cursorForPosition(pane.viewport().rect().topLeft()).block()
        current = pane.textCursor().blockNumber()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top = rect.top() + block.blockFormat().topMargin() - offset
            if top > self.height():
                break
            index = block.blockNumber()
            if index >= len(body):
                break  # the end block is no pair
            mark = _KIND_MARKS.get(body[index].kind, "")
            font = painter.font()
            font.setBold(index == current)
            painter.setFont(font)
            label = f"{mark} {index + 1}" if mark else str(index + 1)
            # Right-aligned by hand: Qt's alignment flags live in its costly namespace.
            metrics = painter.fontMetrics()
            x = self.width() - 6 - metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x, top + metrics.ascent()), label)
            block = block.next()
        painter.end()
