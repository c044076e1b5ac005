"""The status bar figures: Chinese characters, English words, pairs, file state.

The counting is :func:`cipeditor.text.counts.count_article`; this widget only
shows it, recounting a moment after the last change rather than on every key.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from cipeditor.i18n import _, ngettext
from cipeditor.ui.document import Document

RECOUNT_DELAY_MS = 250


SEPARATOR = "  ·  "  # between the parts of the status line, which are separate labels


class DocumentStatus(QStatusBar):
    """A status bar that follows one document."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_label = QLabel(self)
        self.pair_label = QLabel(self)
        self.state_label = QLabel(self)
        self.addPermanentWidget(self.pair_label)
        self.addPermanentWidget(self.counts_label)
        self.addPermanentWidget(self.state_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.recount)
        self.document: Document | None = None
        self._painted = False
        self.set_document(document)

    def set_document(self, document: Document) -> None:
        if self.document is not None:
            self.document.undo_stack.indexChanged.disconnect(self._recount_later)
            self.document.modifiedChanged.disconnect(self.show_state)
        self.document = document
        document.undo_stack.indexChanged.connect(self._recount_later)
        document.modifiedChanged.connect(self.show_state)
        if self._painted:
            self._timer.start(0)
        # Otherwise counted right after the window is first painted (see paintEvent): the
        # counting and its script tables are not worth delaying the first sight of the text.
        self.show_state()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self._timer.start(0)

    def _recount_later(self, _index: int) -> None:
        self._timer.start(RECOUNT_DELAY_MS)  # not connected directly: start(int) takes a delay

    def recount(self) -> None:
        from cipeditor.text.counts import count_article  # its script tables are not start-up work

        counts = count_article(self.document.article)
        self.counts_label.setText(
            SEPARATOR
            + SEPARATOR.join(
                [
                    ngettext(
                        "{n} Chinese character", "{n} Chinese characters", counts.chinese_chars
                    ).format(n=counts.chinese_chars),
                    ngettext("{n} English word", "{n} English words", counts.english_words).format(
                        n=counts.english_words
                    ),
                    ngettext("{n} pair", "{n} pairs", counts.pairs).format(n=counts.pairs),
                    ngettext(
                        "{n} with an empty side",
                        "{n} with an empty side",
                        counts.pairs_with_empty_side,
                    ).format(n=counts.pairs_with_empty_side),
                ]
            )
        )

    def show_current_pair(self, index: int) -> None:
        total = len(self.document.article.body)
        self.pair_label.setText(_("Pair {number}/{total}").format(number=index + 1, total=total))

    def show_state(self, *_args) -> None:
        document = self.document
        if document.read_only:
            state = _("read-only")
        elif document.modified:
            state = _("modified")
        elif document.path is None:
            state = _("not saved yet")
        else:
            state = _("saved")
        self.state_label.setText(SEPARATOR + state)
