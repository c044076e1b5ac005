"""Work that waits until the window's text is on screen.

Opening the editor shows the article first; what only adds to it (the
glossaries and their highlighting, the QA check) follows a moment later.
Anything that needs that work earlier asks for it and gets it at once, so
waiting never changes what the program does, only when.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

AFTER_PAINT_MS = 50
"""After the text's first paint, the rest of the window's first frame (docks, menus,
status bar) is painted before the waiting work starts."""
UNPAINTED_MS = 1000
"""A window that is never painted (started minimised) does the work after this long anyway."""


class FirstPaint(QObject):
    """Runs callbacks once ``widget`` has been painted for the first time."""

    def __init__(self, widget, parent: QObject | None = None) -> None:
        super().__init__(parent or widget)
        self.widget = widget
        self.painted = False
        self._waiting: list[Callable[[], None]] = []
        widget.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self._paint_seen)

    @property
    def done(self) -> bool:
        """Whether the first paint happened and everything waiting for it has run."""
        return self.painted and not self._waiting

    def then(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` shortly after the first paint (soon, if it has happened)."""
        self._waiting.append(callback)
        if self.painted:
            QTimer.singleShot(AFTER_PAINT_MS, self._run_waiting)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._paint_seen()
        return False

    def _paint_seen(self) -> None:
        if self.painted:
            return
        self.painted = True
        self.widget.removeEventFilter(self)
        QTimer.singleShot(AFTER_PAINT_MS, self._run_waiting)

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()
