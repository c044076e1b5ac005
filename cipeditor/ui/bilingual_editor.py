"""Chinese and English side by side, pair against pair, scrolled together.

The editor owns the two panes and keeps them level: after every change it
gives the shorter block of each touched pair extra bottom margin, so each pair
starts on the same line on both sides, and the two documents have the same
height, which makes synced scrolling a matter of copying the scroll value.
"""

from __future__ import annotations

import time
from itertools import pairwise

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from cipeditor.article.model import LANGS
from cipeditor.ui.document import Document
from cipeditor.ui.pair_editing import PairEditing
from cipeditor.ui.pane import PaneEdit
from cipeditor.ui.split_choice import SplitChoiceBar

ALIGN_SLICE_S = 0.05
"""Time a whole-document alignment pass takes per turn of the event loop, so that keys and
repaints (and the QA panel's own slices) get their turn every few dozen milliseconds."""
FIRST_ALIGN_CHUNK = 200  # pairs in the first turn; later turns fit the slice to what it took

DOCUMENT_TOP_GAP = 4
"""Pixels left above a pair brought to the top of the view, so its first line is not cut."""

PAIR_GAP = 10.0
"""Space between pairs, in pixels, on top of the alignment padding."""


class BilingualEditor(PairEditing, QWidget):
    """The two panes of one :class:`Document`."""

    currentPairChanged = Signal(int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.panes = {lang: PaneEdit(lang, document, self) for lang in LANGS}
        # No arguments: with a parent, overload resolution would set up all of Qt's enums.
        self.splitter = QSplitter()  # horizontal: side by side; the layout adopts it
        self.splitter.setChildrenCollapsible(False)
        for lang in LANGS:
            self.splitter.addWidget(self.panes[lang])
        self.split_choice = SplitChoiceBar(self)
        self.split_choice.chosen.connect(self._redo_split)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.split_choice, 0)
        self.synced_scrolling = True
        self._split_prelude = None  # what Enter over a selection deleted before its split
        self._after_panes: list[QWidget] = []  # where Tab goes after the right-hand pane
        self._current = -1
        self._many_cursor_at: tuple[str, int, int] | None = None
        self._many = False
        self._dirty: set[int] = set()
        self._all_dirty = True
        self._sweep: int | None = None
        self._chunk = FIRST_ALIGN_CHUNK
        self._realign_timer = QTimer(self)
        self._realign_timer.setSingleShot(True)
        self._realign_timer.setInterval(0)
        self._realign_timer.timeout.connect(self.realign)
        for pane in self.panes.values():
            pane.splitRequested.connect(lambda index, offset, p=pane: self._split(p, index, offset))
            pane.splitOverSelectionRequested.connect(lambda p=pane: self._split_over_selection(p))
            pane.mergeRequested.connect(lambda index, p=pane: self._merge(p, index))
            pane.resyncNeeded.connect(self.reload)
            pane.escapePressed.connect(self.split_choice.hide)
            pane.widthChanged.connect(self._realign_all_later)
            pane.cursorPositionChanged.connect(lambda p=pane: self._cursor_moved(p))
            pane.focusReceived.connect(lambda p=pane: self._cursor_moved(p))
            # The layout reports a new document height a moment after a change: follow it.
            pane.verticalScrollBar().rangeChanged.connect(
                lambda _low, _high: self._sync_scroll(self.focused_pane())
            )
            pane.verticalScrollBar().valueChanged.connect(
                lambda value, p=pane: self._scrolled(p, value)
            )
        self._connect(document)
        self.reload()

    # --- the document -------------------------------------------------------

    def set_document(self, document: Document) -> None:
        self._disconnect(self.document)
        self.document = document
        self._connect(document)
        self.split_choice.hide()
        self.reload()

    def _connect(self, document: Document) -> None:
        for signal, slot in self._links(document):
            signal.connect(slot)

    def _disconnect(self, document: Document) -> None:
        for signal, slot in self._links(document):
            signal.disconnect(slot)

    def _links(self, document: Document) -> list[tuple]:
        """The document's signals this editor follows, each with its slot."""
        return [
            (document.pairTextChanged, self._text_changed),
            (document.pairsInserted, self._inserted),
            (document.pairsRemoved, self._removed),
            (document.pairKindChanged, self._kind_changed),
            (document.manyChangesStarted, self._many_started),
            (document.manyChangesFinished, self._many_finished),
            (document.undo_stack.indexChanged, self.split_choice.history_moved),
        ]

    def reload(self) -> None:
        """Show the whole document again (opening a file)."""
        for pane in self.panes.values():
            pane.load(self.document)
        self._current = -1
        self._realign_all_later()
        self._cursor_moved(self.panes[LANGS[0]])

    def _text_changed(self, index: int, lang: str) -> None:
        end = self.panes[lang].sync_text(index)
        if end is not None:
            if self._many:
                self._many_cursor_at = (lang, index, end)  # placed once, at the end
            else:
                self.panes[lang].place_cursor(index, end)
        self._realign_later(index)

    def _many_started(self) -> None:
        # Placing the cursor and laying out once per pair cost a minute for a Replace All
        # over 5,000 pairs: the panes hold their layout, the cursor moves once.
        self._many = True
        self._many_cursor_at = None
        for pane in self.panes.values():
            pane.begin_many()

    def _many_finished(self) -> None:
        self._many = False
        for pane in self.panes.values():
            pane.end_many()
        if self._many_cursor_at is not None:
            lang, index, end = self._many_cursor_at
            self._many_cursor_at = None
            self.panes[lang].place_cursor(index, end)

    def _inserted(self, index: int, count: int) -> None:
        for pane in self.panes.values():
            pane.insert_blocks(index, count)
        self._shift_dirty(index, count)
        for at in range(max(0, index - 1), index + count + 1):
            self._realign_later(at)

    def _removed(self, index: int, count: int) -> None:
        for pane in self.panes.values():
            pane.remove_blocks(index, count)
        self._shift_dirty(index, -count)
        for at in range(max(0, index - 1), index + 1):
            self._realign_later(at)

    def _kind_changed(self, index: int) -> None:
        for pane in self.panes.values():
            pane.apply_kind(index)
        self._realign_later(index)

    # --- alignment ----------------------------------------------------------

    def _shift_dirty(self, index: int, delta: int) -> None:
        self._dirty = {i + delta if i >= index else i for i in self._dirty if i + delta >= 0}

    def _realign_later(self, index: int) -> None:
        self._dirty.add(index)
        self._realign_timer.start()

    def _realign_all_later(self) -> None:
        self._all_dirty = True
        self._realign_timer.start()

    def realign(self) -> None:
        """Pad the shorter block of every changed pair so both sides are the same height.

        A whole-document pass (opening a file, a new pane width) goes in chunks from the
        top, one per turn of the event loop and each about :data:`ALIGN_SLICE_S` long, so
        the first screen is painted at once and a long article aligns while it is read.
        """
        count = len(self.document.article.body)
        if not self.isVisible():
            return  # the width is not known yet; showing the window realigns everything
        if self._all_dirty:
            self._all_dirty = False
            self._sweep = 0
        indexes = {i for i in self._dirty if 0 <= i < count}
        self._dirty.clear()
        chunk = self._chunk
        if self._sweep is not None:
            indexes.update(range(self._sweep, min(count, self._sweep + chunk)))
            self._sweep += chunk
            if self._sweep >= count:
                self._sweep = None
            else:
                self._realign_timer.start()
        started = time.perf_counter()
        self._align(sorted(indexes))
        if len(indexes) >= chunk:  # a full chunk tells how many pairs fit in a slice
            took = max(time.perf_counter() - started, 0.001)
            self._chunk = max(20, min(2000, int(chunk * ALIGN_SLICE_S / took)))

    def _align(self, indexes: list[int]) -> None:
        left, right = (self.panes[lang] for lang in LANGS)
        left.lay_out(indexes)
        right.lay_out(indexes)
        left_margins: dict[int, float] = {}
        right_margins: dict[int, float] = {}
        for index in indexes:
            left_height = left.natural_height(index)
            right_height = right.natural_height(index)
            tallest = max(left_height, right_height)
            for pane, height, margins in (
                (left, left_height, left_margins),
                (right, right_height, right_margins),
            ):
                margin = tallest - height + PAIR_GAP
                if abs(pane.block(index).blockFormat().bottomMargin() - margin) > 0.01:
                    margins[index] = margin
        left.set_bottom_margins(left_margins)
        right.set_bottom_margins(right_margins)
        self._sync_scroll(self.focused_pane())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._realign_all_later()

    # --- scrolling, current pair ----------------------------------------------

    def set_synced_scrolling(self, on: bool) -> None:
        self.synced_scrolling = on
        if on:
            self._sync_scroll(self.focused_pane())

    def _scrolled(self, pane: PaneEdit, value: int) -> None:
        if self.synced_scrolling:
            for other in self.panes.values():
                if other is not pane and other.verticalScrollBar().value() != value:
                    other.verticalScrollBar().setValue(value)

    def _sync_scroll(self, pane: PaneEdit) -> None:
        if self.synced_scrolling:
            self._scrolled(pane, pane.verticalScrollBar().value())

    def focused_pane(self) -> PaneEdit:
        for pane in self.panes.values():
            if pane.hasFocus():
                return pane
        return getattr(self, "_last_pane", self.panes[LANGS[0]])

    def current_index(self) -> int:
        return max(0, min(self.focused_pane().current_index(), len(self.document.article.body) - 1))

    def _cursor_moved(self, pane: PaneEdit) -> None:
        self._last_pane = pane
        index = pane.current_index()
        if index != self._current:
            self._current = index
            self.split_choice.pair_left(index)
            for each in self.panes.values():
                self._highlight(each, index)
            self.currentPairChanged.emit(index)

    def _highlight(self, pane: PaneEdit, index: int) -> None:
        # Painted by the pane itself: QTextEdit.setExtraSelections leaks a reference to None
        # on every call in PySide6 6.12, which crashes Python after a few thousand keystrokes.
        pane.set_highlighted(index)
        pane.gutter.update()

    def jump_to_counterpart(self) -> None:
        """Put the cursor in the other pane, at the same proportional place in the pair."""
        pane = self.focused_pane()
        other = next(p for p in self.panes.values() if p is not pane)
        cursor = pane.textCursor()
        length = max(1, cursor.block().length() - 1)
        fraction = cursor.positionInBlock() / length
        index = cursor.blockNumber()
        other_length = other.block(index).length() - 1
        other.place_cursor(index, round(fraction * other_length))
        other.setFocus()
        other.ensureCursorVisible()

    def go_to_pair(self, index: int) -> None:
        """Put the cursor at the start of pair ``index`` on the side last used, the pair at the
        top of the view (both sides, when scrolling is synced)."""
        pane = self.focused_pane()
        index = max(0, min(index, len(self.document.article.body) - 1))
        pane.place_cursor(index, 0)
        top = pane.document().documentLayout().blockBoundingRect(pane.block(index)).top()
        pane.verticalScrollBar().setValue(int(top) - DOCUMENT_TOP_GAP)
        pane.setFocus()

    # --- layout of the sides ------------------------------------------------------

    def swap_panes(self) -> None:
        """Put English on the left and Chinese on the right, or back."""
        sizes = self.splitter.sizes()
        first = self.splitter.widget(0)
        self.splitter.insertWidget(1, first)
        self.splitter.setSizes(list(reversed(sizes)))
        self._order_tabs()

    def chain_after_panes(self, widgets: list[QWidget]) -> None:
        """Tab from the right-hand pane goes on to ``widgets`` (the metadata fields)."""
        self._after_panes = list(widgets)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes from the left pane to the right one, whichever language is where."""
        chain = [self.splitter.widget(0), self.splitter.widget(1), *self._after_panes]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def is_swapped(self) -> bool:
        return self.splitter.widget(0) is not self.panes[LANGS[0]]

    def set_font(self, lang: str, font: QFont) -> None:
        pane = self.panes[lang]
        pane.setFont(font)
        pane.document().setDefaultFont(font)
        pane.reapply_kinds()
        self._realign_all_later()
