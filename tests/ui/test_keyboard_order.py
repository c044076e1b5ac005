"""Tab through the window as a keyboard user does: left pane, right pane, then the metadata."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("english_left", [False, True])
def test_tab_goes_from_the_left_pane_to_the_right_one_then_into_the_metadata(
    qtbot, window, english_left
):
    window.actions_by_name["swap_panes"].setChecked(english_left)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    left, right = window.editor.splitter.widget(0), window.editor.splitter.widget(1)
    assert left.lang == ("en" if english_left else "zh")
    left.setFocus()
    qtbot.waitUntil(left.hasFocus)
    qtbot.keyClick(left, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is right
    qtbot.keyClick(right, Qt.Key.Key_Tab)
    panel = window.metadata_panel
    assert QApplication.focusWidget() is panel.title["zh"]
    qtbot.keyClick(panel.title["zh"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.title["en"]
    qtbot.keyClick(panel.title["en"], Qt.Key.Key_Backtab)
    qtbot.keyClick(panel.title["zh"], Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is right
    qtbot.keyClick(right, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is left
