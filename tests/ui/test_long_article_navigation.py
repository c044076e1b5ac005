"""A long article (1,200 pairs of uneven lengths), read and moved through as a translator does:
the pairs far down start level on both sides, and the keys that jump far land on the right pair
on both sides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Kind, Pair
from tests.ui.conftest import open_window

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
PAIRS = 1200
ZH = "苏州工业园区举行中以创新合作座谈会，与会人员畅所欲言。"
EN = "Participants at the China-Israel innovation conference spoke freely about the park. "


def _long_article() -> Article:
    """Pairs whose Chinese and English run to different heights, as real ones do."""
    return Article(
        body=[
            Pair(
                ZH * (1 + n % 4),
                EN * (1 + (n * 7) % 5),
                Kind.HEADING if n % 50 == 0 else Kind.PARAGRAPH,
            )
            for n in range(PAIRS)
        ]
    )


@pytest.fixture
def long_window(qtbot, tmp_path):
    path = tmp_path / "long.cip"
    cipformat.save(_long_article(), path)
    window = open_window(qtbot, path, (1200, 800))
    editor = window.editor
    qtbot.waitUntil(lambda: editor._sweep is None and not editor._realign_timer.isActive())
    yield window
    window._may_close = True


def _top(window, lang: str, index: int) -> float:
    pane = window.editor.panes[lang]
    return pane.document().documentLayout().blockBoundingRect(pane.block(index)).top()


def test_pairs_far_down_a_long_article_start_level_on_both_sides(long_window):
    for index in (PAIRS // 2, PAIRS - 300, PAIRS - 1):
        assert _top(long_window, "zh", index) == pytest.approx(
            _top(long_window, "en", index), abs=0.5
        ), f"pair {index + 1} starts at different heights"


def _first_pair_shown(window, lang: str) -> int:
    pane = window.editor.panes[lang]
    return pane.cursorForPosition(QPoint(5, 5)).blockNumber()


def test_go_to_pair_brings_that_pair_to_the_top_of_both_sides(qtbot, long_window):
    window = long_window
    pane = window.editor.panes["en"]
    window.activateWindow()
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_L, CTRL)
    dialog = window.files.last_box
    assert dialog.objectName() == "goToPairDialog"
    assert dialog.intValue() == 1  # where the cursor is
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    field = QApplication.focusWidget()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, "1000")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    window.activateWindow()  # the window manager's part, which the offscreen platform skips
    qtbot.waitUntil(pane.hasFocus)
    assert pane.current_index() == 999
    assert pane.textCursor().positionInBlock() == 0
    assert _first_pair_shown(window, "en") == 999
    assert _first_pair_shown(window, "zh") == 999
    assert window.status.pair_label.text() == "Pair 1000/1200"


def test_ctrl_end_and_f6_show_the_last_pair_on_both_sides(qtbot, long_window):
    window = long_window
    zh, en = window.editor.panes["zh"], window.editor.panes["en"]
    window.activateWindow()
    zh.setFocus()
    qtbot.waitUntil(zh.hasFocus)
    qtbot.keyClick(zh, Qt.Key.Key_End, CTRL)
    assert zh.current_index() == PAIRS - 1
    assert zh.verticalScrollBar().value() == en.verticalScrollBar().value()
    qtbot.keyClick(zh, Qt.Key.Key_F6)
    assert en.hasFocus()
    assert en.current_index() == PAIRS - 1
    assert zh.verticalScrollBar().value() == en.verticalScrollBar().value()
