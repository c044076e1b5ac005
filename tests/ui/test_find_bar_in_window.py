"""The find bar in the real window, driven from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.typing import type_text

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _focus_pane(qtbot, window, lang: str):
    pane = window.editor.panes[lang]
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    return pane


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_escape_closes_the_bar_and_gives_the_focus_back_to_the_pane_it_came_from(
    qtbot, window, lang
):
    _active(qtbot, window)
    pane = _focus_pane(qtbot, window, lang)
    qtbot.keyClick(pane, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    qtbot.waitUntil(bar.find_edit.hasFocus)
    qtbot.keyClicks(bar.find_edit, "park")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert bar.isHidden()
    assert QApplication.focusWidget() is pane


def test_a_regex_replacement_with_a_line_break_is_refused_and_changes_nothing(qtbot, window):
    _active(qtbot, window)
    pane = _focus_pane(qtbot, window, "zh")
    before = [(pair.zh, pair.en) for pair in window.document.article.body]
    qtbot.keyClick(pane, Qt.Key.Key_H, CTRL)
    bar = window.find_bar
    qtbot.waitUntil(bar.find_edit.hasFocus)
    bar.regex_box.setChecked(True)
    type_text(qtbot, bar.find_edit, "。")
    type_text(qtbot, bar.replace_edit, "。")
    qtbot.keyClicks(bar.replace_edit, r"\n")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert "line break" in bar.status_label.text()
    assert "Enter" in bar.status_label.text()
    assert [(pair.zh, pair.en) for pair in window.document.article.body] == before
    assert window.document.undo_stack.count() == 0
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # one at a time: the same
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert "line break" in bar.status_label.text()
    assert [(pair.zh, pair.en) for pair in window.document.article.body] == before
