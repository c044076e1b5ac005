"""Saving, reopening, the unsaved-changes prompt, recent files and start-up."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from cipeditor.article import cipformat
from tests.conftest import DATA, ROOT

pytestmark = pytest.mark.gui


def type_into(qtbot, window, lang="en", index=1, text="Edited "):
    pane = window.editor.panes[lang]
    pane.setFocus()
    pane.place_cursor(index, 0)
    qtbot.keyClicks(pane, text)


def answer(qtbot, window, button):
    """Click ``button`` in the open unsaved-changes box and wait for it to close."""
    box = window.files.last_box
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(box.finished):
        box.button(button).click()


def test_title_shows_name_and_modified_marker(qtbot, window, article_path):
    assert window.windowTitle() == f"{article_path.name}[*] — CIP Editor"
    assert not window.isWindowModified()
    type_into(qtbot, window)
    assert window.isWindowModified()
    assert window.status.state_label.text().endswith("modified")


def test_save_then_reopen_gives_the_same_article(qtbot, window, article_path, tmp_path):
    type_into(qtbot, window, "en", 1, "Today ")
    window.editor.panes["zh"].setFocus()
    window.editor.panes["zh"].place_cursor(2, 0)
    window.actions_by_name["kind_heading"].trigger()
    target = tmp_path / "copy.cip"
    assert window.files.save_to(target)
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("copy.cip")
    reopened = cipformat.load(target)
    assert cipformat.dumps(reopened) == cipformat.dumps(window.document.article)
    assert reopened.body[1].en.startswith("Today Ruan")
    assert window.files.open_path(target)
    assert cipformat.dumps(window.document.article) == cipformat.dumps(reopened)


def test_undo_back_to_the_saved_state_is_clean(qtbot, window):
    type_into(qtbot, window)
    assert window.files.save()
    type_into(qtbot, window, text="more ")
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_cancel_in_the_prompt_keeps_the_window_open(qtbot, window):
    type_into(qtbot, window)
    window.close()
    answer(qtbot, window, QMessageBox.StandardButton.Cancel)
    assert window.isVisible()
    assert window.document.modified


def test_discard_in_the_prompt_closes_the_window(qtbot, window, article_path):
    before = article_path.read_bytes()
    type_into(qtbot, window)
    window.close()
    answer(qtbot, window, QMessageBox.StandardButton.Discard)
    assert not window.isVisible()
    assert article_path.read_bytes() == before


def test_save_in_the_prompt_saves_then_opens_a_new_document(qtbot, window, article_path):
    type_into(qtbot, window, text="Saved ")
    window.actions_by_name["new"].trigger()
    answer(qtbot, window, QMessageBox.StandardButton.Save)
    assert cipformat.load(article_path).body[1].en.startswith("Saved Ruan")
    assert window.document.path is None
    assert len(window.document.article.body) == 1


def test_a_failing_save_says_why_and_keeps_the_document_modified(qtbot, window, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be", encoding="utf-8")
    type_into(qtbot, window)
    assert not window.files.save_to(not_a_folder / "article.cip")
    box = window.files.last_box
    assert box.isVisible()
    assert "article.cip" in box.text()
    assert "notes.txt" in box.informativeText()
    assert window.document.modified and window.isWindowModified()
    assert window.document.path.name == "article.cip" and window.document.path.parent == tmp_path
    with qtbot.waitSignal(box.finished):
        box.button(QMessageBox.StandardButton.Ok).click()


def test_opening_a_broken_file_shows_the_problem(qtbot, window, tmp_path):
    broken = tmp_path / "broken.cip"
    broken.write_text("{not json", encoding="utf-8")
    assert not window.files.open_path(broken)
    assert "broken.cip" in window.files.last_box.text()
    assert window.document.path is not None and window.document.path.name == "article.cip"


def test_recent_files_are_remembered_newest_first_and_missing_ones_dropped(
    qtbot, window, article_path, tmp_path
):
    other = tmp_path / "other.cip"
    assert window.files.save_to(other)
    gone = tmp_path / "gone.cip"
    assert window.files.save_to(gone)
    gone.unlink()
    from cipeditor.ui.main_window import MainWindow

    fresh = MainWindow()  # a new window reads them from the settings
    qtbot.addWidget(fresh)
    assert fresh.files.recent_files() == [other.resolve(), article_path.resolve()]
    fresh.recent_menu.aboutToShow.emit()
    assert [a.text() for a in fresh.recent_menu.actions()] == ["&1 other.cip", "&2 article.cip"]


def test_window_settings_persist(qtbot, window):
    window.actions_by_name["synced_scrolling"].setChecked(False)
    window.actions_by_name["swap_panes"].setChecked(True)
    assert window.editor.splitter.widget(0) is window.editor.panes["en"]
    window.close()
    from cipeditor.ui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert not again.editor.synced_scrolling
    assert again.editor.is_swapped()


@pytest.mark.slow
def test_quit_after_startup_opens_paints_and_exits(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cipeditor",
            "--quit-after-startup",
            str(DATA / "editor-article.cip"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_quit_after_startup_fails_clearly_on_a_missing_file(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    missing = tmp_path / "missing.cip"
    result = subprocess.run(
        [sys.executable, "-m", "cipeditor", "--quit-after-startup", str(missing)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "missing.cip" in result.stderr


def test_opening_the_file_already_open_keeps_it_and_its_undo_history(qtbot, window, article_path):
    type_into(qtbot, window)
    window.files.save()
    document = window.document
    window.recent_menu.aboutToShow.emit()
    window.recent_menu.actions()[0].trigger()  # File › Open Recent › 1 article.cip
    assert window.document is document
    assert window.document.undo_stack.canUndo()
    assert window.status.currentMessage() == "article.cip is already open."
    assert window.files.last_box is None or not window.files.last_box.isVisible()
