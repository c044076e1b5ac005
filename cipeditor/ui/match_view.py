"""Show a place in the article: select it in a pane or in the metadata panel.

The find bar (:mod:`cipeditor.ui.find_replace`) and the QA panel both point at
text as a field, a pair or tag index, a language and character offsets. This
adapter turns such a place into a selection in the right widget of the window:
pair text in the pane of its language, metadata in the metadata dock (shown if
it was hidden). It implements the find bar's ``MatchView`` protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cipeditor.article import meta_values
from cipeditor.article.model import LANGS
from cipeditor.article.textfields import TextRef
from cipeditor.ui.text_marks import char_offset, qt_offset, select_range

if TYPE_CHECKING:  # the search itself is imported by the find bar when it is used
    from cipeditor.article.search import Match


class WindowMatchView:
    """Selects and highlights places of the article in ``window`` (a MainWindow)."""

    def __init__(self, window) -> None:
        self.window = window

    # --- the find bar's protocol ---------------------------------------------------

    def select_match(self, match: Match) -> None:
        """Select a hit, keeping keyboard focus where it is (the find field)."""
        self.show_place(match.ref, match.start, match.end, focus=False)

    def set_highlights(self, matches: Sequence[Match]) -> None:
        by_lang: dict[str, list[tuple[int, int, int]]] = {lang: [] for lang in LANGS}
        for match in matches:
            if match.field == "body" and match.lang in by_lang:
                by_lang[match.lang].append((match.paragraph, match.start, match.end))
        for lang, pane in self.window.editor.panes.items():
            if pane.hits != by_lang[lang]:
                pane.hits = by_lang[lang]
                pane.viewport().update()

    def caret(self) -> tuple[TextRef, int] | None:
        """The text cursor of the pane last used, in characters of its pair."""
        pane = self.window.editor.focused_pane()
        cursor = pane.textCursor()
        index = cursor.blockNumber()
        if index >= len(self.window.document.article.body):
            return None
        offset = char_offset(cursor.block().text(), cursor.positionInBlock())
        return TextRef("body", index, pane.lang), offset

    # --- any place ------------------------------------------------------------------

    def show_place(
        self, ref: TextRef, start: int | None, end: int | None, *, focus: bool = True
    ) -> bool:
        """Select ``start``..``end`` of the text at ``ref`` (all of it without offsets)."""
        if ref.field == "body":
            return self._select_in_pane(ref, start, end, focus)
        widget = self._metadata_widget(ref)
        if widget is None:
            return False
        dock = self.window.metadata_dock
        dock.show()
        dock.raise_()
        if ref.field == "tags" and ref.index is not None:
            start, end = _tag_range(self.window.document.article.meta.tags, ref.index, start, end)
        _select_in_field(widget, start, end)
        self.window.metadata_scroll.ensureWidgetVisible(widget)
        if focus:
            widget.setFocus()
        return True

    def _select_in_pane(self, ref: TextRef, start: int | None, end: int | None, focus: bool):
        pane = self.window.editor.panes.get(ref.lang or LANGS[0])  # no side: the whole pair
        if pane is None or ref.index is None:
            return False
        if start is None or end is None:
            start, end = 0, len(pane.block(ref.index).text())
        if not select_range(pane, ref.index, start, end):
            return False
        if focus:
            pane.setFocus()
        return True

    def _metadata_widget(self, ref: TextRef) -> QWidget | None:
        panel = self.window.metadata_panel
        if ref.field in ("title", "summary", "category"):
            widgets = getattr(panel, ref.field)
            return widgets.get(ref.lang or LANGS[0])
        return getattr(panel, ref.field, None)


def _tag_range(tags: list[str], index: int, start: int | None, end: int | None):
    """Offsets of tag ``index`` (or of ``start``..``end`` inside it) in the joined tags field."""
    before = meta_values.format_tags(tags[:index])
    shift = len(before) + (len(meta_values.format_tags(["", ""])) if index else 0)
    if start is None or end is None:
        return shift, shift + len(tags[index]) if index < len(tags) else shift
    return shift + start, shift + end


def _select_in_field(widget: QWidget, start: int | None, end: int | None) -> None:
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        text = widget.text()
        if start is None or end is None:
            widget.selectAll()
            return
        first, last = qt_offset(text, start), qt_offset(text, end)
        widget.setSelection(first, last - first)
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        cursor = widget.textCursor()
        if start is None or end is None:
            cursor.select(cursor.SelectionType.Document)
        else:
            cursor.setPosition(qt_offset(text, start))
            cursor.setPosition(qt_offset(text, end), cursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
