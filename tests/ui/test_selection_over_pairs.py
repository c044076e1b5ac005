"""A selection running over several pairs: whatever replaces it keeps the pairs, and one
Ctrl+Z gives the text back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle
from tests.ui.test_editing import assert_aligned, focus, texts
from tests.ui.typing import type_text

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def select_over_pairs(pane, first: int, head: int, last: int, tail: int) -> None:
    cursor = pane.textCursor()
    cursor.setPosition(pane.block(first).position() + head)
    cursor.setPosition(pane.block(last).position() + tail, cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)


def test_chinese_from_an_input_method_replaces_the_selection_and_keeps_the_pairs(qtbot, window):
    before = texts(window, "zh")
    pane = focus(window, "zh", 0, 0)
    select_over_pairs(pane, 0, 2, 2, 2)
    type_text(qtbot, pane, "你好")
    settle(qtbot, window.editor)
    assert texts(window, "zh") == ["园区你好", "", before[2][2:]]
    assert_aligned(window)
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)
    assert texts(window, "zh") == before


def test_copy_of_a_selection_over_pairs_leaves_the_text_alone(qtbot, window):
    before = texts(window, "zh")
    pane = focus(window, "zh", 0, 0)
    select_over_pairs(pane, 0, 1, 1, 2)
    qtbot.keyClick(pane, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == "区动态\n阮湘"
    assert texts(window, "zh") == before
    assert window.document.undo_stack.count() == 0


def test_paste_over_every_pair_is_undone_in_one_step(qtbot, window):
    before = texts(window, "en")
    pane = focus(window, "en", 0, 0)
    qtbot.keyClick(pane, Qt.Key.Key_A, CTRL)
    data = QMimeData()
    data.setText("One.\n\nTwo.")
    QApplication.clipboard().setMimeData(data)
    qtbot.keyClick(pane, Qt.Key.Key_V, CTRL)
    settle(qtbot, window.editor)
    assert texts(window, "en") == ["One.", "Two.", "", ""]
    assert_aligned(window)
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window.editor)
    assert texts(window, "en") == before
    assert not window.isWindowModified()


def test_a_letter_typed_over_pairs_is_undone_in_one_step(qtbot, window):
    before = texts(window, "en")
    pane = focus(window, "en", 0, 0)
    select_over_pairs(pane, 1, 4, 2, 7)
    qtbot.keyClick(pane, Qt.Key.Key_X)
    assert texts(window, "en") == ["CIP Dynamic", "Ruanx", "said the park will be built well."]
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)
    assert texts(window, "en") == before


def test_deleting_an_already_empty_selection_adds_no_undo_step(qtbot, window):
    pane = focus(window, "en", 0, 0)
    qtbot.keyClick(pane, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert texts(window, "en") == ["", "", ""]
    qtbot.keyClick(pane, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert window.document.undo_stack.count() == 1
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)  # one Ctrl+Z, and the text is back
    assert texts(window, "en")[0] == "CIP Dynamic"


def _enter_over_two_pairs(qtbot, window):
    """Select from the first sentence's end in pair 2 to "李林" in pair 3 and press Enter."""
    pane = focus(window, "zh", 1, 0)
    select_over_pairs(pane, 1, len("阮湘平一行参观了以色列中心。"), 2, len("李林"))
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    settle(qtbot, window.editor)
    return pane


def test_enter_over_a_selection_over_pairs_deletes_and_splits_in_one_undo_step(qtbot, window):
    before = {lang: texts(window, lang) for lang in ("zh", "en")}
    pane = _enter_over_two_pairs(qtbot, window)
    assert texts(window, "zh") == [
        "园区动态",
        "阮湘平一行参观了以色列中心。",
        "",
        "表示，将全力以赴建设好创新园。",
    ]
    assert pane.current_index() == 2
    assert window.document.undo_stack.count() == 1
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window.editor)
    assert {lang: texts(window, lang) for lang in ("zh", "en")} == before
    assert_aligned(window)


def test_another_cut_chosen_after_enter_over_a_selection_keeps_the_deletion(qtbot, window):
    before = {lang: texts(window, lang) for lang in ("zh", "en")}
    pane = _enter_over_two_pairs(qtbot, window)
    bar = window.editor.split_choice
    assert bar.isVisible()
    qtbot.mouseClick(bar.move_all, Qt.MouseButton.LeftButton)
    settle(qtbot, window.editor)
    assert texts(window, "zh")[1:] == [
        "阮湘平一行参观了以色列中心。",
        "",
        "表示，将全力以赴建设好创新园。",
    ]
    assert texts(window, "en")[1:3] == [
        "",
        "Ruan visited the Israel Center. A conference followed.",
    ]
    assert window.document.undo_stack.count() == 1
    assert_aligned(window)
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window.editor)
    assert {lang: texts(window, lang) for lang in ("zh", "en")} == before


def test_enter_over_a_selection_in_one_pair_is_one_step_after_the_typing(qtbot, window):
    pane = focus(window, "en", 2, len("Li Lin"))
    qtbot.keyClicks(pane, ", mayor,")
    typed = texts(window, "en")
    select_over_pairs(pane, 2, len("Li Lin, mayor,"), 2, len("Li Lin, mayor, said"))
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    settle(qtbot, window.editor)
    assert texts(window, "en")[2:] == ["Li Lin, mayor,", "the park will be built well."]
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window.editor)
    assert texts(window, "en") == typed
