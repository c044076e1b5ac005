"""One language side of the bilingual editor: a text edit with one block per pair.

The pane shows the model and turns the translator's keystrokes into undo
commands: typing becomes :class:`~cipeditor.ui.commands.text.EditPairText`,
while keys that would join or cut blocks (Enter, Backspace at the start, Delete
at the end, a paste of several paragraphs, a selection over several pairs) are
turned into structural requests, so block *n* is always pair *n* on both sides.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from cipeditor.article.model import Kind, Pair
from cipeditor.i18n import _
from cipeditor.ui.commands.structure import InsertPairs
from cipeditor.ui.commands.text import EditPairText, EditPairTexts
from cipeditor.ui.document import Document
from cipeditor.ui.gutter import Gutter
from cipeditor.ui.hit_marks import paint_hits
from cipeditor.ui.pair_look import kind_formats, paint_bullets, paint_highlight

LINE_SEPARATOR = "\u2028"
"""How a line break inside a pair's text is shown: within the block, not as a new block."""

DOCUMENT_MARGIN = 6


def _format_end_block(text: QTextDocument) -> None:
    """The block after the last pair: present so the last pair's padding counts, but no height."""
    fixed = QTextBlockFormat.LineHeightTypes.FixedHeight.value
    end_format = QTextBlockFormat()
    end_format.setLineHeight(0, fixed)
    last = text.lastBlock()
    if last.blockFormat() == end_format:
        # Formatting it again would stretch an edit near the top over every block below, and
        # Qt would highlight all of them again: Enter near the top of 5,000 pairs took 2 s.
        return
    QTextCursor(last).setBlockFormat(end_format)


def _laid_out(block: QTextBlock) -> bool:
    layout = block.layout()
    return layout is not None and layout.lineCount() > 0  # an empty block has one line


def to_view(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", LINE_SEPARATOR)


def from_view(text: str) -> str:
    return text.replace(LINE_SEPARATOR, "\n")


def _types_text(event: QKeyEvent) -> bool:
    """True for a key that types a character, not for a shortcut such as Ctrl+C: some
    platforms (and key events made by programs) give a shortcut the text of its letter."""
    from PySide6.QtCore import Qt

    chord = event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
    )
    # Ctrl+Alt is how Windows reports AltGr, which does type characters (@, € …).
    alt_gr = event.modifiers() & Qt.KeyboardModifier.AltModifier
    text = event.text()
    return bool(text) and text.isprintable() and (not chord or bool(alt_gr))


class PaneEdit(QTextEdit):
    """The Chinese or the English side."""

    splitRequested = Signal(int, int)  # pair index, offset in this side's text
    splitOverSelectionRequested = Signal()  # Enter over a selection
    escapePressed = Signal()
    mergeRequested = Signal(int)  # merge pair index with index + 1
    resyncNeeded = Signal()  # the view drifted from the model (should not happen)
    widthChanged = Signal()
    focusReceived = Signal()

    def __init__(self, lang: str, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.document_ = document
        self._updating = 0
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)  # files dropped on the window open; text drags would cut pairs
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.gutter = Gutter(self)
        self.setViewportMargins(self.gutter.preferred_width(), 0, 0, 0)
        self.verticalScrollBar().valueChanged.connect(self.gutter.update)
        self.cursorPositionChanged.connect(self._keep_cursor_in_pairs)
        self._last_width = -1
        self._highlighted = -1
        self.hits: list[tuple[int, int, int]] = []  # (pair, start, end) search hits, painted
        self._own_document: QTextDocument | None = None
        self._many_cursor: QTextCursor | None = None

    # --- showing the model -------------------------------------------------

    def load(self, document: Document) -> None:
        """Show ``document``'s body, one block per pair."""
        self.document_ = document
        # Built away from the view, so no layout runs until the pane shows it.
        text = QTextDocument(self)
        text.setDefaultFont(self.font())
        text.setDocumentMargin(DOCUMENT_MARGIN)
        text.setUndoRedoEnabled(False)
        option = text.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        text.setDefaultTextOption(option)
        # One block per pair, then an empty end block of no height: the layout ignores the
        # bottom margin of a document's last block, and the last pair needs its padding.
        body = document.article.body
        text.setPlainText("".join(to_view(pair.get(self.lang)) + "\n" for pair in body))
        _format_end_block(text)
        old = self._own_document  # the first, built-in one belongs to QTextEdit, which frees it
        with self.updating():
            self.setDocument(text)
            self._apply_kinds(
                i for i, pair in enumerate(document.article.body) if pair.kind is not Kind.PARAGRAPH
            )
        text.contentsChange.connect(self._on_contents_change)
        # Numbers move only when some block's height changes, which changes the document's
        # size; repainting the gutter on every keystroke would cost more than the text.
        text.documentLayout().documentSizeChanged.connect(self.gutter.update)
        self._own_document = text
        if old is not None:
            old.deleteLater()
        self._fit_gutter()
        self.setTextCursor(QTextCursor(text))

    @contextmanager
    def updating(self) -> Iterator[None]:
        """Changes made inside the block are the model's, not the translator's typing."""
        self._updating += 1
        try:
            yield
        finally:
            self._updating -= 1

    def _fit_gutter(self) -> None:
        width = self.gutter.preferred_width()
        if width != self.gutter.width():
            self.gutter.setFixedWidth(width)
            self.setViewportMargins(width, 0, 0, 0)

    def block(self, index: int) -> QTextBlock:
        return self.document().findBlockByNumber(index)

    def sync_text(self, index: int) -> int | None:
        """Make block ``index`` show the model's text; return where the change ended, if any."""
        block = self.block(index)
        old = block.text()
        new = to_view(self.document_.article.body[index].get(self.lang))
        if old == new:
            return None
        start = 0
        limit = min(len(old), len(new))
        while start < limit and old[start] == new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
            end_old -= 1
            end_new -= 1
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end_old, QTextCursor.MoveMode.KeepAnchor)
        with self.updating():
            cursor.insertText(new[start:end_new])
        return end_new

    def begin_many(self) -> None:
        """Hold the layout until :meth:`end_many`: a burst of changes is laid out once."""
        self._many_cursor = QTextCursor(self.document())
        self._many_cursor.beginEditBlock()

    def end_many(self) -> None:
        cursor, self._many_cursor = self._many_cursor, None
        if cursor is not None:
            with self.updating():  # the burst's contentsChange comes now: it is the model's
                cursor.endEditBlock()

    def insert_blocks(self, index: int, count: int) -> None:
        body = self.document_.article.body
        edit = QTextCursor(self.document())
        with self.updating():
            edit.beginEditBlock()  # one layout pass for the whole insertion
            for offset in range(count):
                at = index + offset
                text = to_view(body[at].get(self.lang))
                # Block ``at`` exists (at worst it is the end block): the text goes in front.
                cursor = QTextCursor(self.block(at))
                cursor.insertText(text)
                cursor.insertBlock()
            _format_end_block(self.document())
            edit.endEditBlock()
            self._apply_kinds(range(max(0, index - 1), min(index + count + 1, len(body))))
        self._fit_gutter()

    def remove_blocks(self, index: int, count: int) -> None:
        doc = self.document()
        with self.updating():
            cursor = QTextCursor(doc)
            if index > 0:
                before = self.block(index - 1)
                last = self.block(index + count - 1)
                cursor.setPosition(before.position() + before.length() - 1)
                cursor.setPosition(
                    last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
            else:
                cursor.setPosition(0)
                cursor.setPosition(self.block(count).position(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            _format_end_block(doc)
            body = self.document_.article.body
            self._apply_kinds(range(max(0, index - 1), min(index + 1, len(body))))
        self._fit_gutter()

    def apply_kind(self, index: int) -> None:
        """Give block ``index`` the look of its pair's kind (the same on both sides)."""
        self._apply_kinds([index])
        self.gutter.update()  # the kind's mark

    def _apply_kinds(self, indexes) -> None:
        """Format several blocks in one edit, so that the layout runs once."""
        cursor = QTextCursor(self.document())
        with self.updating():
            cursor.beginEditBlock()
            for index in indexes:
                self._format_block(cursor, index)
            cursor.endEditBlock()

    def _format_block(self, cursor: QTextCursor, index: int) -> None:
        block = self.block(index)
        if not block.isValid() or index >= len(self.document_.article.body):
            return  # between the two signals of a move, the model is one pair ahead
        kind = self.document_.article.body[index].kind
        block_format, char_format = kind_formats(kind, self.font(), self.lang)
        block_format.setBottomMargin(block.blockFormat().bottomMargin())
        cursor.setPosition(block.position())
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
        # setPosition, not movePosition(EndOfBlock): moving by position needs no layout.
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(char_format)

    def reapply_kinds(self) -> None:
        self._apply_kinds(range(len(self.document_.article.body)))

    # --- alignment support --------------------------------------------------

    def lay_out(self, indexes: list[int]) -> None:
        """Lay out now the blocks of ``indexes`` (sorted) that Qt's layout has not reached.

        Qt lays a long document out lazily; after an edit near the top (the aligner's own
        margins) it can take the layout for finished while blocks further down have none.
        Their height then reads as 0, the aligner pads nothing, and from there on the two
        sides drift apart. Marking them changed makes Qt lay them out at once.
        """
        runs: list[list[int]] = []  # consecutive pairs, so that one run is one layout pass
        for index in indexes:
            if _laid_out(self.block(index)):
                continue
            if runs and runs[-1][1] == index - 1:
                runs[-1][1] = index
            else:
                runs.append([index, index])
        with self.updating():
            for first_index, last_index in runs:
                first, last = self.block(first_index), self.block(last_index)
                end = last.position() + last.length()
                self.document().markContentsDirty(first.position(), end - first.position())

    def natural_height(self, index: int) -> float:
        """Height of block ``index``'s lines: the rectangle the layout returns leaves out the
        margins (the top margin is the same on both sides, the bottom one is the aligner's)."""
        return self.document().documentLayout().blockBoundingRect(self.block(index)).height()

    def set_bottom_margins(self, margins: dict[int, float]) -> None:
        """Set the extra space under several blocks in one layout pass."""
        if not margins:
            return
        cursor = QTextCursor(self.document())
        with self.updating():
            cursor.beginEditBlock()
            for index, margin in margins.items():
                block = self.block(index)
                cursor.setPosition(block.position())
                block_format = block.blockFormat()
                block_format.setBottomMargin(margin)
                cursor.setBlockFormat(block_format)
            cursor.endEditBlock()

    def place_cursor(self, index: int, offset: int) -> None:
        block = self.block(index)
        cursor = self.textCursor()
        cursor.setPosition(block.position() + max(0, min(offset, block.length() - 1)))
        self.setTextCursor(cursor)

    def current_index(self) -> int:
        return max(0, min(self.textCursor().blockNumber(), len(self.document_.article.body) - 1))

    def _keep_cursor_in_pairs(self) -> None:
        """Ctrl+End or a click under the text must not leave the cursor in the end block."""
        if not self.document_.article.body:
            return
        cursor = self.textCursor()
        last = self.block(len(self.document_.article.body) - 1)
        end = last.position() + last.length() - 1
        if cursor.position() > end or cursor.anchor() > end:
            anchor = min(cursor.anchor(), end)
            cursor.setPosition(anchor)
            cursor.setPosition(
                min(self.textCursor().position(), end), QTextCursor.MoveMode.KeepAnchor
            )
            self.setTextCursor(cursor)

    # --- the translator's edits ---------------------------------------------

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._updating:
            return
        body = self.document_.article.body
        if self.document().blockCount() != len(body) + 1:
            # A path we did not foresee joined or cut blocks: show the model again.
            QTimer.singleShot(0, self.resyncNeeded.emit)
            return
        first = min(self.document().findBlock(position).blockNumber(), len(body) - 1)
        last = min(self.document().findBlock(position + added).blockNumber(), len(body) - 1)
        for index in range(first, max(first, last) + 1):
            text = from_view(self.block(index).text())
            if text != body[index].get(self.lang):
                self.document_.push(
                    EditPairText(self.document_, index, self.lang, text, typing=True)
                )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():  # a locked file: moving, selecting and copying only
            super().keyPressEvent(event)
        else:
            self._edit_key(event)

    def _edit_key(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # not at import: its enums are costly to set up

        if event.matches(QKeySequence.StandardKey.Undo):
            self.document_.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.document_.undo_stack.redo()
        elif event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._split_here()
        elif self._joins_blocks(event):
            cursor = self.textCursor()
            block = cursor.blockNumber()
            if cursor.atBlockStart() and block > 0:
                self.mergeRequested.emit(block - 1)
            elif cursor.atBlockEnd() and block + 1 < len(self.document_.article.body):
                self.mergeRequested.emit(block)
        elif self._spans_pairs() and (
            event.matches(QKeySequence.StandardKey.Cut)
            or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        ):
            if event.matches(QKeySequence.StandardKey.Cut):
                self.copy()
            self.clear_selection_in_cells()
        elif self._spans_pairs() and _types_text(event):
            with self._one_step(_("Typing")):
                self.clear_selection_in_cells()
                self.textCursor().insertText(event.text())
        else:
            super().keyPressEvent(event)

    def _joins_blocks(self, event: QKeyEvent) -> bool:
        """True for a delete key pressed where it would remove a pair boundary."""
        from PySide6.QtCore import Qt

        cursor = self.textCursor()
        if cursor.hasSelection():
            return False
        backwards = event.key() == Qt.Key.Key_Backspace or event.matches(
            QKeySequence.StandardKey.DeleteStartOfWord
        )
        forwards = event.key() == Qt.Key.Key_Delete or event.matches(
            QKeySequence.StandardKey.DeleteEndOfWord
        )
        return (backwards and cursor.atBlockStart()) or (forwards and cursor.atBlockEnd())

    def _spans_pairs(self) -> bool:
        cursor = self.textCursor()
        doc = self.document()
        return (
            cursor.hasSelection()
            and doc.findBlock(cursor.selectionStart()).blockNumber()
            != doc.findBlock(cursor.selectionEnd()).blockNumber()
        )

    def _split_here(self) -> None:
        if self.textCursor().hasSelection():
            self.splitOverSelectionRequested.emit()  # deleted and split as one undo step
            return
        cursor = self.textCursor()
        self.splitRequested.emit(cursor.blockNumber(), cursor.positionInBlock())

    def delete_selection(self) -> range:
        """Delete the selected text (cell by cell over several pairs); the pairs it touched."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(cursor.selectionEnd()).blockNumber()
        if first == last:
            cursor.removeSelectedText()
        else:
            self.clear_selection_in_cells()
        return range(first, min(last, len(self.document_.article.body) - 1) + 1)

    @contextmanager
    def _one_step(self, text: str) -> Iterator[None]:
        """Record the edits made inside the block as one undo step (emptying a selection over
        several pairs and what replaces it are undone together)."""
        stack = self.document_.undo_stack
        stack.beginMacro(text)
        try:
            yield
        finally:
            stack.endMacro()

    def inputMethodEvent(self, event) -> None:
        """An input method (Chinese pinyin, say) replacing a selection over several pairs: empty
        it cell by cell first, as typing does; Qt would cut the blocks and lose the input."""
        if (
            not self.isReadOnly()
            and self._spans_pairs()
            and (event.commitString() or event.preeditString())
        ):
            with self._one_step(_("Typing")):
                self.clear_selection_in_cells()
                super().inputMethodEvent(event)
            return
        super().inputMethodEvent(event)

    def clear_selection_in_cells(self) -> None:
        """Delete a selection over several pairs cell by cell: the pairs stay, emptied."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        # Offsets within the blocks, taken now: each edit below moves the later blocks.
        head = cursor.selectionStart() - first.position()
        tail = cursor.selectionEnd() - last.position()
        first_index, last_index = first.blockNumber(), last.blockNumber()
        pairs = len(self.document_.article.body)
        if last_index >= pairs:  # the selection ran into the end block: up to the last pair's end
            last_index, tail = pairs - 1, len(self.document_.article.body[pairs - 1].get(self.lang))
        body = self.document_.article.body
        kept = {}
        for index in range(first_index, last_index + 1):
            text = body[index].get(self.lang)
            if index == first_index:
                kept[index] = text[:head]
            elif index == last_index:
                kept[index] = text[tail:]
            else:
                kept[index] = ""
        changed = {i: text for i, text in kept.items() if text != body[i].get(self.lang)}
        if changed:  # nothing to delete (the cells were empty): no empty step in the history
            self.document_.push(EditPairTexts(self.document_, self.lang, changed, _("Delete")))
        self.place_cursor(first_index, head)

    def cut_selection(self) -> None:
        """Cut, keeping the pairs when the selection runs over several of them."""
        if self._spans_pairs():
            self.copy()
            self.clear_selection_in_cells()
        else:
            self.cut()

    def contextMenuEvent(self, event) -> None:
        """Qt's own menu would undo in the text widget and cut across pairs: offer ours."""
        menu = QMenu(self)
        stack = self.document_.undo_stack
        selected = self.textCursor().hasSelection()
        entries = [
            (_("Undo"), stack.undo, stack.canUndo()),
            (_("Redo"), stack.redo, stack.canRedo()),
            None,
            (_("Cut"), self.cut_selection, selected),
            (_("Copy"), self.copy, selected),
            (_("Paste"), self.paste, self.canPaste()),
            None,
            (_("Select All"), self.selectAll, True),
        ]
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, slot, enabled = entry
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def insertFromMimeData(self, source) -> None:
        if self._spans_pairs():
            with self._one_step(_("Paste")):
                self.clear_selection_in_cells()
                self._paste_text(source)
        else:
            self._paste_text(source)

    def _paste_text(self, source) -> None:
        text = source.text().replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
        paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
        if len(paragraphs) <= 1:
            self.textCursor().insertText(paragraphs[0] if paragraphs else text.strip())
            return
        self.paste_paragraphs(paragraphs)

    def paste_paragraphs(self, paragraphs: list[str]) -> None:
        """Paste several paragraphs: the first joins this pair, each other one becomes a new
        pair whose other side is empty, so the other language never shifts."""
        cursor = self.textCursor()
        index = cursor.blockNumber()
        block_start = cursor.block().position()
        text = self.document_.article.body[index].get(self.lang)
        before = text[: cursor.selectionStart() - block_start]
        after = text[cursor.selectionEnd() - block_start :]
        stack = self.document_.undo_stack
        new_pairs = []
        for paragraph in paragraphs[1:]:
            pair = Pair()
            pair.set(self.lang, paragraph)
            new_pairs.append(pair)
        new_pairs[-1].set(self.lang, paragraphs[-1] + after)
        stack.beginMacro(_("Paste {count} paragraphs").format(count=len(paragraphs)))
        self.document_.push(EditPairText(self.document_, index, self.lang, before + paragraphs[0]))
        self.document_.push(InsertPairs(self.document_, index + 1, new_pairs))
        stack.endMacro()
        self.place_cursor(index + len(paragraphs) - 1, len(paragraphs[-1]))

    # --- geometry and decoration -----------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.gutter.setGeometry(rect.left(), rect.top(), self.gutter.width(), rect.height())
        if self.viewport().width() != self._last_width:
            self._last_width = self.viewport().width()
            self.widthChanged.emit()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focusReceived.emit()

    def set_highlighted(self, index: int) -> None:
        """Shade pair ``index`` (the current pair) across the whole width."""
        if index != self._highlighted:
            self._highlighted = index
            self.viewport().update()

    def paintEvent(self, event) -> None:
        self._paint_highlight()
        super().paintEvent(event)
        self._paint_bullets()
        paint_hits(self, self.hits)

    def _paint_highlight(self) -> None:
        paint_highlight(self, self.block(self._highlighted))

    def _paint_bullets(self) -> None:
        paint_bullets(self, self.document_.article.body)
