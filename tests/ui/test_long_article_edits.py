"""Edits that touch hundreds of pairs at once (Delete over a whole pane, Replace All, their
undo) and structural edits far from the end: the panes show the model afterwards, stay
aligned, the cursor lands once where the last change is, and one Ctrl+Z takes it all back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Kind, Pair
from tests.ui.conftest import settle
from tests.ui.test_editing import assert_aligned, focus, texts

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
PAIRS = 120


@pytest.fixture
def long_window(qtbot, window, tmp_path):
    """The window with a 120-pair article open, every eighth pair a heading."""
    body = [
        Pair(
            f"第{n}段：园区举行座谈会。",
            f"Paragraph {n}: the park held a meeting.",
            Kind.HEADING if n % 8 == 0 else Kind.PARAGRAPH,
        )
        for n in range(PAIRS)
    ]
    path = tmp_path / "long.cip"
    cipformat.save(Article(body=body), path)
    window.files.open_path(path)
    settle(qtbot, window.editor)
    return window


def test_delete_over_a_whole_pane_empties_every_cell_and_one_undo_brings_them_back(
    qtbot, long_window
):
    window = long_window
    before = {lang: texts(window, lang) for lang in ("zh", "en")}
    pane = focus(window, "en", 0, 0)
    qtbot.keyClick(pane, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(pane, Qt.Key.Key_Delete)
    settle(qtbot, window.editor)
    assert texts(window, "en") == [""] * PAIRS
    assert texts(window, "zh") == before["zh"]
    assert_aligned(window)
    assert window.document.undo_stack.count() == 1
    qtbot.keyClick(pane, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window.editor)
    assert texts(window, "en") == before["en"]
    assert_aligned(window)


def test_replace_all_over_every_pair_shows_in_the_pane_and_undoes_in_one_step(qtbot, long_window):
    window = long_window
    before = texts(window, "en")
    bar = window.find_bar
    bar.activate("meeting")
    bar.replace_edit.setText("forum")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.editor)
    assert texts(window, "en") == [text.replace("meeting", "forum") for text in before]
    assert_aligned(window)
    pane = window.editor.panes["en"]
    # The cursor lands once, at the end of the last replacement.
    assert pane.textCursor().blockNumber() == PAIRS - 1
    assert pane.textCursor().positionInBlock() == len(before[-1].replace("meeting", "forum")) - 1
    window.document.undo_stack.undo()
    settle(qtbot, window.editor)
    assert texts(window, "en") == before
    assert_aligned(window)


def test_enter_and_merge_near_the_top_keep_every_pair_aligned_down_to_the_last(qtbot, long_window):
    window = long_window
    pane = focus(window, "en", 2, len("Paragraph 2:"))
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    settle(qtbot, window.editor)
    assert len(window.document.article.body) == PAIRS + 1
    assert_aligned(window)
    qtbot.keyClick(pane, Qt.Key.Key_Backspace)
    settle(qtbot, window.editor)
    assert len(window.document.article.body) == PAIRS
    assert_aligned(window)
