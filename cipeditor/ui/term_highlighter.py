"""Glossary terms marked in the panes while the translator types.

One QSyntaxHighlighter per pane: Qt calls it for the blocks whose text
changed, so a keystroke costs one pair, never the whole article. Block *n*
is pair *n* on both sides, and the English marks depend on the Chinese (and
the other way round for "rendering missing"), so a change of one side asks
the other side's highlighter to redo the same block only.

Chinese: each term with a soft background; a term whose English rendering is
missing, underlined in orange. English: each rendering of a term of the pair
with a soft green background; a forbidden variant with a red wavy underline.
Hovering a mark shows the entry.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QToolTip

from cipeditor.glossary.pair_terms import PairTerms, pair_terms
from cipeditor.i18n import _
from cipeditor.ui.document import Document
from cipeditor.ui.glossary_set import GlossarySet
from cipeditor.ui.term_tooltip import entry_tooltip
from cipeditor.ui.text_marks import char_offset, qt_offset

ZH, EN = "zh", "en"
CACHE_LIMIT = 20000
FIRST_PASS = 300
"""Blocks marked at once when a document is opened: the screen and a margin."""
SCREEN_MARGIN = 50
SLICE_SECONDS = 0.02
"""Time spent marking blocks per turn of the event loop after that. A time, not a number of
blocks: each marked block costs Qt a pass over the layout of every block below it (about a
millisecond in a 5,000-pair article), so 400 blocks a turn froze the window for half a second,
again and again for fifteen seconds after opening; keys typed meanwhile now wait 20 ms at most."""


def _format(background: str | None = None, underline: str | None = None, wavy=False):
    char_format = QTextCharFormat()
    if background:
        char_format.setBackground(QColor(background))
    if underline:
        style = QTextCharFormat.UnderlineStyle
        char_format.setUnderlineStyle(style.WaveUnderline if wavy else style.SingleUnderline)
        char_format.setUnderlineColor(QColor(underline))
    return char_format


TERM_FORMAT = _format(background="#dcebfa")
TERM_FORMAT_NEXT = _format(background="#bcd7f5")  # a term right after another one
MISSING_FORMAT = _format(background="#fde3c0", underline="#e67e00", wavy=True)
RENDERING_FORMAT = _format(background="#d8f0d8")
RENDERING_FORMAT_NEXT = _format(background="#b9e3b9")
FORBIDDEN_FORMAT = _format(underline="#d01010", wavy=True)


class Mark:
    """One highlighted span of a block, with the tooltip it shows."""

    __slots__ = ("char_format", "end", "start", "tooltip")

    def __init__(self, start: int, end: int, char_format: QTextCharFormat, tooltip) -> None:
        self.start, self.end, self.char_format, self.tooltip = start, end, char_format, tooltip


def pair_marks(lang: str, terms: PairTerms) -> list[Mark]:
    """The marks of one side of a pair; tooltips are built lazily (only when hovered)."""
    if lang == ZH:
        # An untranslated pair is not wrong yet: its terms are shown, not flagged.
        flag = not terms.untranslated
        marks = [
            Mark(
                term.hit.start,
                term.hit.end,
                MISSING_FORMAT if term.missing and flag else TERM_FORMAT,
                (term.entry, _missing_text(term.entry.en) if term.missing and flag else ""),
            )
            for term in terms.terms
        ]
        return _tell_apart(marks, TERM_FORMAT, TERM_FORMAT_NEXT)
    marks = [Mark(s, e, RENDERING_FORMAT, (entry, "")) for s, e, entry in terms.rendered_spans()]
    marks = _tell_apart(marks, RENDERING_FORMAT, RENDERING_FORMAT_NEXT)
    for hit in terms.forbidden:
        problem = _("Forbidden variant “{variant}”: write “{preferred}”").format(
            variant=hit.variant, preferred=hit.entry.en
        )
        marks.append(Mark(hit.start, hit.end, FORBIDDEN_FORMAT, (hit.entry, problem)))
    return marks


def _tell_apart(marks: list[Mark], plain, darker) -> list[Mark]:
    """Terms that touch (科技部国际合作司) get alternating shades, so each one shows."""
    previous = None
    for mark in marks:
        if (
            previous is not None
            and mark.start == previous.end
            and previous.char_format is plain
            and mark.char_format is plain
        ):
            mark.char_format = darker
        previous = mark
    return marks


def _missing_text(preferred: str) -> str:
    return _("English rendering missing: {term}").format(term=preferred)


class TermHighlighter(QSyntaxHighlighter):
    """Marks the glossary terms of one pane, block by block.

    Qt marks the whole document in one go when the highlighter is put on it
    (half a second for 5,000 pairs). To keep a long article responsive, that
    first pass marks only the blocks around the screen and leaves the rest to
    a timer, :data:`SLICE_SECONDS` of marking per turn of the event loop.
    """

    def __init__(
        self,
        lang: str,
        marks_of: Callable[[int], list[Mark]],
        text_document,
        first_visible: Callable[[], int] = lambda: 0,
    ) -> None:
        super().__init__(text_document)
        self.lang = lang
        self.marks_of = marks_of
        self.first_visible = first_visible
        self.shown: dict[int, tuple] = {}  # block number -> what its marks look like
        self._deferred: list[int] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._mark_some)
        self._start_warming()

    def _start_warming(self) -> None:
        first = max(0, self.first_visible() - SCREEN_MARGIN)
        self._screen = range(first, first + FIRST_PASS)
        self._warming = self.document().blockCount() > FIRST_PASS

    def rehighlight_gently(self) -> None:
        """Mark the whole document again, the screen at once and the rest in the background."""
        self._deferred = []
        self._start_warming()
        self.rehighlight()

    def finish_now(self) -> None:
        """Block numbers moved while some were still waiting: mark every block now."""
        if self._warming or self._deferred:
            self._warming = False
            self._deferred = []
            self._timer.stop()
            self.rehighlight()

    def _mark_some(self) -> None:
        text_document = self.document()
        if text_document is None:  # taken off a document that another file replaced
            self._deferred = []
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        done = 0
        for index in self._deferred:
            block = text_document.findBlockByNumber(index)
            if block.isValid() and self.shown.get(index) != _look(self.marks_of(index)):
                self.rehighlightBlock(block)
            done += 1
            if time.perf_counter() > deadline:
                break
        del self._deferred[:done]
        if self._deferred:
            self._timer.start()

    def redo_later(self, indexes: set[int]) -> None:
        """Highlight blocks ``indexes`` again in the background, the nearest to the screen
        first: the other side of a Replace All over thousands of pairs."""
        seen = self.first_visible()
        queued = set(self._deferred) | indexes
        self._deferred = sorted(queued, key=lambda index: abs(index - seen))
        self._timer.start()

    def redo_block(self, index: int) -> None:
        """Highlight block ``index`` again, unless its marks would come out the same."""
        if self.shown.get(index) != _look(self.marks_of(index)):
            self.rehighlightBlock(self.document().findBlockByNumber(index))

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        index = block.blockNumber()
        if self._warming:
            if not block.next().isValid():  # the end block: the whole-document pass is over
                self._warming = False
                if self._deferred:
                    self._timer.start()
            elif index not in self._screen:
                self._deferred.append(index)
                return
        marks = self.marks_of(index)
        self.shown[index] = _look(marks)
        wide = marks and len(text.encode("utf-16-le")) != 2 * len(text)
        for mark in marks:
            start, end = mark.start, min(mark.end, len(text))
            if wide:  # a character outside the BMP counts twice for Qt
                start, end = qt_offset(text, start), qt_offset(text, end)
            if end > start:
                self.setFormat(start, end - start, mark.char_format)


def _look(marks: list[Mark]) -> tuple:
    return tuple((mark.start, mark.end, id(mark.char_format)) for mark in marks)


class TermHighlighting(QObject):
    """Keeps both panes' highlighters on the current document and glossaries."""

    termsChanged = Signal(int)  # the terms of this pair may have changed

    def __init__(self, editor, glossaries: GlossarySet) -> None:
        super().__init__(editor)
        self.editor = editor
        self.glossaries = glossaries
        self.document: Document | None = None
        self._cache: dict[int, tuple[str, str, PairTerms]] = {}
        self.highlighters: dict[str, TermHighlighter] = {}
        self._many: dict[str, set[int]] = {}  # blocks to redo after a burst of changes
        for pane in editor.panes.values():
            pane.viewport().installEventFilter(self)
        glossaries.glossariesChanged.connect(self.rehighlight_all)
        self.current = editor.current_index()
        editor.currentPairChanged.connect(self._pair_entered)
        self._follow_document()

    # --- the terms of a pair ------------------------------------------------------

    def terms_of(self, index: int) -> PairTerms | None:
        """The glossary's view of pair ``index`` (cached while its two texts stay the same)."""
        body = self.editor.document.article.body
        if not 0 <= index < len(body):
            return None
        zh, en = body[index].zh, body[index].en
        cached = self._cache.get(index)
        if cached is not None and cached[0] == zh and cached[1] == en:
            return cached[2]
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        terms = pair_terms(self.glossaries.matcher(), zh, en)
        self._cache[index] = (zh, en, terms)
        return terms

    def marks(self, lang: str, index: int) -> list[Mark]:
        terms = self.terms_of(index)
        return pair_marks(lang, terms) if terms is not None else []

    # --- following the editor -----------------------------------------------------

    def _pair_entered(self, index: int) -> None:
        self.current = index
        self._follow_document()

    def _follow_document(self) -> None:
        """Opening a file gives the panes new text documents: put highlighters on them."""
        document = self.editor.document
        if document is not self.document:
            if self.document is not None:
                self.document.pairTextChanged.disconnect(self._pair_changed)
                self.document.structureChanged.disconnect(self._forget_shown)
                self.document.manyChangesFinished.disconnect(self._redo_many)
            self.document = document
            document.pairTextChanged.connect(self._pair_changed)
            document.structureChanged.connect(self._forget_shown)
            document.manyChangesFinished.connect(self._redo_many)
        for lang, pane in self.editor.panes.items():
            highlighter = self.highlighters.get(lang)
            if highlighter is None or highlighter.document() is not pane.document():
                self._cache.clear()
                if highlighter is not None:
                    highlighter.setDocument(None)
                    highlighter.deleteLater()
                self.highlighters[lang] = TermHighlighter(
                    lang,
                    lambda index, lang=lang: self.marks(lang, index),
                    pane.document(),
                    lambda pane=pane: pane.cursorForPosition(QPoint(0, 0)).blockNumber(),
                )

    def _forget_shown(self) -> None:
        # Block numbers moved: what was shown where is no longer known.
        for highlighter in self.highlighters.values():
            highlighter.shown.clear()
            highlighter.finish_now()

    def _pair_changed(self, index: int, lang: str) -> None:
        # The side that changed is redone by its own highlighter; the other side depends on it.
        other = EN if lang == ZH else ZH
        highlighter = self.highlighters.get(other)
        if (
            highlighter is not None
            and highlighter.document() is self.editor.panes[other].document()
        ):
            if self.document.in_many_changes:
                # Each block redone costs Qt a layout pass over the blocks below it: a
                # Replace All over 5,000 pairs froze the window for seconds. Later, in slices.
                self._many.setdefault(other, set()).add(index)
            else:
                highlighter.redo_block(index)
        self.termsChanged.emit(index)

    def _redo_many(self) -> None:
        waiting, self._many = self._many, {}
        for lang, indexes in waiting.items():
            highlighter = self.highlighters.get(lang)
            if highlighter is not None:
                highlighter.redo_later(indexes)

    def rehighlight_all(self, *_args) -> None:
        """The glossaries changed: every pair may read differently."""
        self._cache.clear()
        self._follow_document()
        for highlighter in self.highlighters.values():
            highlighter.rehighlight_gently()
        self.termsChanged.emit(self.current)

    # --- tooltips -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            for lang, pane in self.editor.panes.items():
                if pane.viewport() is watched:
                    return self._show_tooltip(lang, pane, event)
        return False

    def _show_tooltip(self, lang: str, pane, event) -> bool:
        text = self.tooltip_at(lang, pane, event.pos())
        if text:
            QToolTip.showText(event.globalPos(), text, pane)
        else:
            QToolTip.hideText()
        return True

    def tooltip_at(self, lang: str, pane, point) -> str:
        """The tooltip of the mark under ``point`` (viewport coordinates), or ''."""
        cursor = pane.cursorForPosition(point)
        block = cursor.block()
        offset = char_offset(block.text(), cursor.positionInBlock())
        for mark in self.marks(lang, block.blockNumber()):
            if mark.start <= offset < mark.end or (offset == mark.end and offset > mark.start):
                entry, problem = mark.tooltip
                return entry_tooltip(entry, self.published_date(), problem)
        return ""

    def published_date(self):
        published = self.editor.document.article.meta.published
        return published.date() if published else None
