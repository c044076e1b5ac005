"""Typing, undo, structural editing and alignment in the real bilingual editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from cipeditor.article.model import Kind
from tests.ui.conftest import settle

pytestmark = pytest.mark.gui


def texts(window, lang):
    return [p.get(lang) for p in window.document.article.body]


def block_texts(window, lang):
    """The texts of the pane's blocks, without the empty end block that follows the pairs."""
    doc = window.editor.panes[lang].document()
    assert doc.lastBlock().text() == ""
    return [doc.findBlockByNumber(i).text() for i in range(doc.blockCount() - 1)]


def assert_aligned(window):
    """Same number of blocks as pairs on both sides, showing the model, starting level."""
    zh, en = window.editor.panes["zh"], window.editor.panes["en"]
    assert block_texts(window, "zh") == texts(window, "zh")
    assert block_texts(window, "en") == texts(window, "en")
    for index in range(len(window.document.article.body)):
        top_zh = zh.document().documentLayout().blockBoundingRect(zh.block(index)).top()
        top_en = en.document().documentLayout().blockBoundingRect(en.block(index)).top()
        assert top_zh == pytest.approx(top_en, abs=0.5), f"pair {index + 1} starts at different y"


def focus(window, lang, index, offset):
    pane = window.editor.panes[lang]
    pane.setFocus()
    pane.place_cursor(index, offset)
    return pane


def test_typing_changes_the_pair_and_undo_redo_restore_it(qtbot, window):
    pane = focus(window, "en", 2, len("Li Lin"))
    qtbot.keyClicks(pane, ", mayor,")
    assert window.document.article.body[2].en == "Li Lin, mayor, said the park will be built well."
    assert window.isWindowModified()
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.article.body[2].en == "Li Lin said the park will be built well."
    assert block_texts(window, "en")[2] == "Li Lin said the park will be built well."
    assert not window.isWindowModified()
    window.actions_by_name["redo"].trigger()
    assert block_texts(window, "en")[2] == "Li Lin, mayor, said the park will be built well."


def test_typing_in_one_pair_is_one_undo_step(qtbot, window):
    pane = focus(window, "en", 1, 0)
    qtbot.keyClicks(pane, "Today ")
    assert window.document.undo_stack.count() == 1


def test_enter_splits_both_sides_at_matching_sentences(qtbot, window):
    pane = focus(window, "zh", 1, len("阮湘平一行参观了以色列中心。"))
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    settle(qtbot, window.editor)
    assert texts(window, "zh")[1:3] == ["阮湘平一行参观了以色列中心。", "随后召开座谈会。"]
    assert texts(window, "en")[1:3] == ["Ruan visited the Israel Center.", "A conference followed."]
    assert window.document.article.body[2].kind is Kind.PARAGRAPH
    assert pane.current_index() == 2
    assert window.editor.split_choice.isVisible()
    assert_aligned(window)


def test_split_choice_keeps_the_other_side_whole(qtbot, window):
    pane = focus(window, "zh", 1, len("阮湘平一行参观了以色列中心。"))
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    qtbot.mouseClick(window.editor.split_choice.keep_whole, Qt.MouseButton.LeftButton)
    settle(qtbot, window.editor)
    assert texts(window, "en")[1:3] == [
        "Ruan visited the Israel Center. A conference followed.",
        "",
    ]
    assert window.document.undo_stack.count() == 1
    assert_aligned(window)


def test_backspace_at_pair_start_merges_and_undo_splits_again(qtbot, window):
    before_zh, before_en = texts(window, "zh"), texts(window, "en")
    pane = focus(window, "en", 2, 0)
    qtbot.keyClick(pane, Qt.Key.Key_Backspace)
    settle(qtbot, window.editor)
    assert len(window.document.article.body) == 2
    assert texts(window, "en")[1] == before_en[1] + " " + before_en[2]
    assert texts(window, "zh")[1] == before_zh[1] + before_zh[2]
    assert pane.textCursor().positionInBlock() == len(before_en[1]) + 1
    assert_aligned(window)
    window.document.undo_stack.undo()
    settle(qtbot, window.editor)
    assert (texts(window, "zh"), texts(window, "en")) == (before_zh, before_en)
    assert_aligned(window)


def test_delete_at_pair_end_merges_with_next(qtbot, window):
    pane = focus(window, "zh", 0, len("园区动态"))
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert len(window.document.article.body) == 2
    assert texts(window, "zh")[0].startswith("园区动态阮湘平")


def test_paste_of_three_paragraphs_creates_pairs_without_shifting_the_other_side(qtbot, window):
    english_before = texts(window, "en")
    pane = focus(window, "zh", 2, 0)
    data = QMimeData()
    data.setText("第一段。\n\n第二段。\r\n第三段。")
    QApplication.clipboard().setMimeData(data)
    qtbot.keyClick(pane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window.editor)
    assert texts(window, "zh")[2:] == [
        "第一段。",
        "第二段。",
        "第三段。李林表示，将全力以赴建设好创新园。",
    ]
    assert texts(window, "en") == [*english_before, "", ""]
    assert_aligned(window)
    window.document.undo_stack.undo()
    assert texts(window, "en") == english_before


def test_a_selection_over_two_pairs_is_deleted_cell_by_cell(qtbot, window):
    pane = focus(window, "en", 1, len("Ruan visited"))
    cursor = pane.textCursor()
    block = pane.block(2)
    cursor.setPosition(block.position() + len("Li Lin"), cursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    qtbot.keyClick(pane, Qt.Key.Key_Backspace)
    assert texts(window, "en")[1:] == ["Ruan visited", " said the park will be built well."]
    assert block_texts(window, "en") == texts(window, "en")


def test_long_english_paragraph_keeps_the_next_pair_level(qtbot, window):
    pane = focus(window, "en", 1, 0)
    qtbot.keyClicks(pane, "This sentence makes the English side much longer than the Chinese. " * 4)
    settle(qtbot, window.editor)
    assert_aligned(window)
    zh = window.editor.panes["zh"]
    assert zh.block(1).blockFormat().bottomMargin() > 40  # the Chinese was padded


def test_structure_actions_move_insert_delete_and_kind(qtbot, window):
    focus(window, "zh", 1, 0)
    first = window.document.article.body[1].zh
    window.actions_by_name["move_down"].trigger()
    assert texts(window, "zh")[2] == first
    window.actions_by_name["insert_above"].trigger()
    assert texts(window, "zh")[2] == "" and len(window.document.article.body) == 4
    window.actions_by_name["delete_pair"].trigger()
    assert texts(window, "zh")[2] == first
    window.actions_by_name["kind_quote"].trigger()
    assert window.document.article.body[2].kind is Kind.QUOTE
    settle(qtbot, window.editor)
    assert_aligned(window)
    for _step in range(4):
        window.document.undo_stack.undo()
    settle(qtbot, window.editor)
    assert texts(window, "zh")[1] == first
    assert window.document.article.body[1].kind is Kind.PARAGRAPH
    assert_aligned(window)


def test_synced_scrolling_follows_and_can_be_turned_off(qtbot, window):
    pane = focus(window, "en", 2, 0)
    qtbot.keyClicks(pane, "Long text to make the document scroll. " * 60)
    settle(qtbot, window.editor)
    zh_bar = window.editor.panes["zh"].verticalScrollBar()
    en_bar = window.editor.panes["en"].verticalScrollBar()
    qtbot.waitUntil(lambda: zh_bar.maximum() == en_bar.maximum() > 0)
    zh_bar.setValue(zh_bar.maximum() // 2)
    assert en_bar.value() == zh_bar.value()
    window.actions_by_name["synced_scrolling"].trigger()
    zh_bar.setValue(0)
    assert en_bar.value() == zh_bar.maximum() // 2


def test_jump_to_counterpart_lands_at_the_same_proportion(qtbot, window):
    pane = focus(window, "zh", 2, len("李林表示，将全力以赴建设好创新园。") // 2)
    qtbot.keyClick(pane, Qt.Key.Key_F6)
    other = window.editor.panes["en"]
    assert other.hasFocus()
    assert other.current_index() == 2
    half = len("Li Lin said the park will be built well.") / 2
    assert abs(other.textCursor().positionInBlock() - half) <= 2


def test_current_pair_is_highlighted_on_both_sides(qtbot, window):
    focus(window, "zh", 2, 0)
    assert [pane._highlighted for pane in window.editor.panes.values()] == [2, 2]
    focus(window, "en", 0, 0)
    assert [pane._highlighted for pane in window.editor.panes.values()] == [0, 0]


def test_pair_shortcuts_work_from_inside_a_pane(qtbot, window):
    pane = focus(window, "en", 1, 3)
    moved = window.document.article.body[1].en
    qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert texts(window, "en")[2] == moved
    qtbot.keyClick(pane, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.article.body) == 4
    assert texts(window, "en")[3] == "" and pane.current_index() == 3
    qtbot.keyClick(pane, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.document.article.body[3].kind is Kind.HEADING
    settle(qtbot, window.editor)
    assert_aligned(window)


def test_chinese_typed_through_an_input_method_is_one_undoable_edit(qtbot, window):
    pane = focus(window, "zh", 2, 0)
    preedit = QInputMethodEvent("zhongwen", [])
    QApplication.sendEvent(pane, preedit)
    assert (
        texts(window, "zh")[2] == "李林表示，将全力以赴建设好创新园。"
    )  # composing is not text yet
    commit = QInputMethodEvent()
    commit.setCommitString("常务副区长")
    QApplication.sendEvent(pane, commit)
    assert texts(window, "zh")[2] == "常务副区长李林表示，将全力以赴建设好创新园。"
    window.document.undo_stack.undo()
    assert block_texts(window, "zh")[2] == "李林表示，将全力以赴建设好创新园。"


def test_escape_keeps_the_suggested_split_and_hides_the_offer(qtbot, window):
    pane = focus(window, "zh", 1, len("阮湘平一行参观了以色列中心。"))
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert window.editor.split_choice.isVisible()
    qtbot.keyClick(pane, Qt.Key.Key_Escape)
    assert not window.editor.split_choice.isVisible()
    assert texts(window, "en")[2] == "A conference followed."


def test_a_narrower_window_realigns_every_pair(qtbot, window):
    pane = focus(window, "en", 1, 0)
    qtbot.keyClicks(pane, "Several more words to wrap differently at another width. " * 3)
    settle(qtbot, window.editor)
    window.resize(640, 700)
    qtbot.waitUntil(lambda: window.editor.panes["en"].viewport().width() < 300)
    settle(qtbot, window.editor)
    assert_aligned(window)


def test_ctrl_end_and_typing_stay_in_the_last_pair(qtbot, window):
    pane = focus(window, "en", 0, 0)
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert pane.current_index() == 2
    qtbot.keyClicks(pane, " Indeed")
    assert texts(window, "en")[2] == "Li Lin said the park will be built well. Indeed"
    assert block_texts(window, "en") == texts(window, "en")


def test_select_all_and_delete_empties_every_cell_but_keeps_the_pairs(qtbot, window):
    pane = focus(window, "zh", 1, 0)
    qtbot.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    assert texts(window, "zh") == ["", "", ""]
    assert texts(window, "en")[0] == "CIP Dynamic"
    assert block_texts(window, "zh") == ["", "", ""]
    window.document.undo_stack.undo()
    assert texts(window, "zh")[0] == "园区动态"
