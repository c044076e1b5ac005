"""The window keeps its document safe: autosave, recovery, locks, outside changes, failed saves."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from cipeditor.article import cipformat
from cipeditor.recovery import INFO_SUFFIX
from tests.conftest import ROOT
from tests.ui.conftest import sample_article, settle

pytestmark = pytest.mark.gui


def type_into(qtbot, window, text: str, lang: str = "en") -> None:
    pane = window.editor.panes[lang]
    pane.setFocus()
    pane.place_cursor(0, len(window.document.article.body[0].get(lang)))
    qtbot.keyClicks(pane, text)


def snapshot_ids(window) -> list[str]:
    return [s.id for s in window.safety.store.snapshots()]


def click(qtbot, box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text().replace("&", "").startswith(text)]
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- autosave -----------------------------------------------------------------------


def test_losing_focus_autosaves_and_saving_removes_the_snapshot(window, qtbot):
    type_into(qtbot, window, " typed")
    saver = window.safety.autosaver
    assert saver.snapshot_id not in snapshot_ids(window)
    other = QWidget()
    qtbot.addWidget(other)
    with qtbot.waitSignal(saver.snapshotWritten, timeout=3000):
        other.show()
        other.activateWindow()
    [snapshot] = [s for s in window.safety.store.snapshots() if s.id == saver.snapshot_id]
    assert snapshot.original == window.document.path
    assert snapshot.load().body[0].en.endswith(" typed")
    assert window.files.save()
    assert saver.snapshot_id not in snapshot_ids(window)


def test_untitled_documents_are_autosaved_on_the_timer(window, qtbot, monkeypatch):
    monkeypatch.setenv("CIPEDITOR_AUTOSAVE_SECONDS", "0.05")
    window.files.new()
    type_into(qtbot, window, "draft", lang="zh")
    with qtbot.waitSignal(window.safety.autosaver.snapshotWritten, timeout=3000):
        pass
    saver = window.safety.autosaver
    [snapshot] = [s for s in window.safety.store.snapshots() if s.id == saver.snapshot_id]
    assert snapshot.original is None
    assert snapshot.load().body[0].zh == "draft"


def test_discarding_on_close_removes_the_snapshot(window, qtbot):
    window._may_close = False
    type_into(qtbot, window, " typed")
    window.safety.autosave_now()
    snapshot_id = window.safety.autosaver.snapshot_id
    assert snapshot_id in snapshot_ids(window)
    window.close()
    box = window.files.last_box
    click(qtbot, box, "Discard")
    assert not window.isVisible()
    assert snapshot_id not in snapshot_ids(window)


def test_interval_comes_from_the_settings(window, monkeypatch):
    monkeypatch.delenv("CIPEDITOR_AUTOSAVE_SECONDS", raising=False)
    window.settings.set("autosave/interval_seconds", 120)
    window.safety.apply_settings()
    assert window.safety.autosaver.timer.interval() == 120_000


# --- recovery -------------------------------------------------------------------------


def left_by_a_dead_process(store, snapshot_id, article, original) -> None:
    """A snapshot as a crashed editor leaves it: written by a process that is gone."""
    store.write(snapshot_id, article, original)
    info = store.folder / f"{snapshot_id}{INFO_SUFFIX}"
    data = json.loads(info.read_text(encoding="utf-8"))
    data["pid"] = _dead_pid()
    info.write_text(json.dumps(data), encoding="utf-8")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"], cwd=ROOT)
    child.wait()
    return child.pid


def test_open_saved_file_and_discard_from_the_recovery_dialog(window, qtbot, tmp_path):
    store = window.safety.store
    edited = sample_article()
    edited.body[0].en = "Lost heading"
    left_by_a_dead_process(store, "crashed-a", edited, window.document.path)
    left_by_a_dead_process(store, "crashed-b", sample_article(), None)
    window.files.new()
    window.safety.offer_recovery()
    dialog = window.safety.recovery_dialog
    assert dialog.list.count() == 2
    texts = [dialog.list.item(i).text() for i in range(2)]
    row = next(i for i, text in enumerate(texts) if "article.cip" in text)
    dialog.list.setCurrentRow(row)
    assert "+Pair 1 · EN: Lost heading" in dialog.preview.toPlainText()
    qtbot.mouseClick(dialog.open_saved_button, Qt.MouseButton.LeftButton)
    assert window.document.path.name == "article.cip"
    assert window.document.article.body[0].en == "CIP Dynamic"  # the saved version
    assert not window.document.modified
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)  # the untitled one
    assert not {"crashed-a", "crashed-b"} & set(snapshot_ids(window))
    assert not dialog.isVisible()


def test_recover_shows_the_autosaved_text_modified_and_keeps_autosaving_it(window, qtbot):
    store = window.safety.store
    edited = sample_article()
    edited.body[1].en = "Recovered sentence."
    left_by_a_dead_process(store, "crashed-c", edited, window.document.path)
    window.safety.offer_recovery()
    dialog = window.safety.recovery_dialog
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # nothing else to offer
    document = window.document
    assert document.article.body[1].en == "Recovered sentence."
    assert document.modified and window.isWindowModified()
    assert document.path.name == "article.cip"
    assert "Recovered sentence." in window.editor.panes["en"].toPlainText()
    assert window.safety.autosaver.snapshot_id == "crashed-c"
    assert "Recovered article.cip" in window.status.currentMessage()
    assert "crashed-c" not in [s.id for s in store.orphans()]  # this process owns it now
    assert window.files.save()
    assert "crashed-c" not in snapshot_ids(window)


def test_nothing_to_recover_shows_no_dialog(window):
    window.safety.offer_recovery()
    assert window.safety.recovery_dialog is None


# --- locks ----------------------------------------------------------------------------

HOLD_LOCK = (
    "import sys; from pathlib import Path; from cipeditor.ui.file_lock import FileLock;"
    "lock = FileLock(Path(sys.argv[1]).resolve()); print(lock.acquire() is None, flush=True);"
    "sys.stdin.read(); lock.release()"
)


@pytest.fixture
def held_elsewhere(article_path):
    """Another process holds the article's lock until the test ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(article_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "True"
    yield holder
    holder.stdin.close()
    holder.wait(timeout=10)
    holder.stdout.close()


def open_second_copy(qtbot, article_path):
    from cipeditor.ui.main_window import MainWindow

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert second.files.open_path(article_path)
    return second


@pytest.mark.slow
def test_file_held_by_another_editor_opens_read_only(qtbot, article_path, held_elsewhere):
    second = open_second_copy(qtbot, article_path)
    box = second.safety.last_box
    assert box.isVisible()
    assert f"article.cip is open in another CIP Editor (process {held_elsewhere.pid}" in box.text()
    assert second.document.path is None  # nothing shown until the user chose
    click(qtbot, box, "Open Read-Only")
    document = second.document
    assert document.path == article_path.resolve() and document.read_only
    assert "read-only" in second.status.state_label.text()
    bar = second.read_only_bar  # says why typing does nothing, and the way out
    assert bar.isVisible() and "article.cip is open read-only" in bar.label.text()
    settle(qtbot, second.editor)
    before = document.article.body[0].en
    type_into(qtbot, second, "x")
    qtbot.keyClick(second.editor.panes["en"], Qt.Key.Key_Return)
    assert document.article.body[0].en == before and not document.modified
    assert not second.actions_by_name["delete_pair"].isEnabled()
    assert second.metadata_panel.author.isReadOnly()
    # Save becomes Save As: the held file is never written over.
    offered = []

    def answer_save_as() -> None:
        dialog = QApplication.activeModalWidget()
        offered.append(isinstance(dialog, QFileDialog))
        dialog.reject()

    QTimer.singleShot(0, answer_save_as)
    assert second.files.save() is False
    QTimer.singleShot(0, answer_save_as)
    qtbot.mouseClick(bar.save_as_button, Qt.MouseButton.LeftButton)
    assert offered == [True, True]
    assert second.files.save_to(article_path) is False
    assert "open in another CIP Editor" in second.files.last_error
    # A copy under a new name is the translator's own: editable again.
    assert second.files.save_to(article_path.with_name("mine.cip"))
    assert not document.read_only and not second.editor.panes["en"].isReadOnly()
    assert bar.isHidden()
    assert second.actions_by_name["delete_pair"].isEnabled()
    assert not second.metadata_panel.author.isReadOnly()
    second._may_close = True


@pytest.mark.slow
def test_cancel_keeps_the_current_document(qtbot, article_path, held_elsewhere):
    second = open_second_copy(qtbot, article_path)
    click(qtbot, second.safety.last_box, "Cancel")
    assert second.document.path is None


def test_the_lock_is_released_when_another_file_is_opened(window, tmp_path):
    first = window.document.path
    assert window.safety.lock.path == first
    other = tmp_path / "other.cip"
    cipformat.save(sample_article(), other)
    assert window.files.open_path(other)
    assert window.safety.lock.path == other.resolve()
    from cipeditor.ui.file_lock import FileLock

    assert FileLock(first).acquire() is None  # free for others again


def test_save_as_moves_the_lock_to_the_new_file(window, tmp_path):
    from cipeditor.ui.file_lock import FileLock

    first = window.document.path
    copy = tmp_path / "copy.cip"
    assert window.files.save_to(copy)
    assert FileLock(first).acquire() is None  # the old file is free again
    holder = FileLock(copy).acquire()
    assert holder is not None and holder.pid == os.getpid()


@pytest.mark.slow
def test_a_lock_left_by_a_crashed_editor_is_taken_over(qtbot, article_path):
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from pathlib import Path; from cipeditor.ui.file_lock import FileLock;"
            "FileLock(Path(sys.argv[1]).resolve()).acquire(); os.kill(os.getpid(), 9)",
            str(article_path),
        ],
        cwd=ROOT,
        check=False,
    )
    assert crashed.returncode == -9
    second = open_second_copy(qtbot, article_path)
    assert second.safety.last_box is None  # no question asked
    assert second.document.path == article_path.resolve() and not second.document.read_only


# --- changes made by other programs -----------------------------------------------------


def change_on_disk(path, heading: str) -> None:
    article = sample_article()
    article.body[0].en = heading
    cipformat.save(article, path)


def wait_for_question(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(
        lambda: window.safety.last_box is not None and window.safety.last_box.isVisible(),
        timeout=5000,
    )
    return window.safety.last_box


def test_outside_change_asks_and_reload_shows_the_new_text(window, qtbot, article_path):
    type_into(qtbot, window, " mine")
    change_on_disk(article_path, "Changed elsewhere")
    box = wait_for_question(qtbot, window)
    assert "article.cip was changed by another program" in box.text()
    click(qtbot, box, "Reload")
    assert window.document.article.body[0].en == "Changed elsewhere"
    assert not window.document.modified
    assert window.editor.panes["en"].toPlainText().startswith("Changed elsewhere")


def test_outside_change_keep_mine_makes_saving_overwrite_deliberately(window, qtbot, article_path):
    change_on_disk(article_path, "Changed elsewhere")
    click(qtbot, wait_for_question(qtbot, window), "Keep mine")
    assert window.document.modified
    assert window.document.article.body[0].en == "CIP Dynamic"
    assert window.files.save()
    assert cipformat.load(article_path).body[0].en == "CIP Dynamic"
    with qtbot.assertNotEmitted(window.safety.watcher.changedOnDisk, wait=500):
        pass  # our own save is not an outside change


def test_deleted_file_marks_the_document_modified(window, qtbot, article_path):
    article_path.unlink()
    qtbot.waitUntil(lambda: window.document.modified, timeout=5000)
    assert "was deleted or moved by another program" in window.status.currentMessage()
    assert window.files.save()
    assert cipformat.load(article_path).body[0].en == "CIP Dynamic"


# --- failing saves ------------------------------------------------------------------------


def vanished_folder(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    gone.rmdir()
    return gone


@pytest.mark.parametrize(
    ("folder", "reason"),
    [
        (vanished_folder, "the folder does not exist"),
        # /sys refuses new files even to root, for whom no ordinary folder is read-only.
        (lambda _tmp: Path("/sys"), "permission denied"),
    ],
    ids=["vanished folder", "permission denied"],
)
def test_failed_save_says_why_and_keeps_the_document(window, qtbot, tmp_path, folder, reason):
    type_into(qtbot, window, " typed")
    saved_bytes = window.document.path.read_bytes()
    assert window.files.save_to(folder(tmp_path) / "copy.cip") is False
    box = window.files.last_box
    assert box.isVisible() and box.text() == "Could not save copy.cip"
    assert reason in box.informativeText()
    assert window.document.path.read_bytes() == saved_bytes
    assert window.document.modified
    assert window.document.path.name == "article.cip"
    box.close()


def test_save_keeps_the_previous_version_as_a_backup(window, qtbot, article_path):
    before = article_path.read_bytes()
    type_into(qtbot, window, " typed")
    assert window.files.save()
    assert article_path.with_name("article.cip~").read_bytes() == before
    assert cipformat.load(article_path).body[0].en.endswith(" typed")


def test_a_read_only_document_offers_no_command_that_changes_a_pair(window, qtbot):
    window.document.read_only = True
    window.safety.apply_read_only(True)
    pane = window.editor.panes["en"]
    pane.setFocus()
    pane.place_cursor(1, 0)
    for name, action in window.actions_by_name.items():
        if name.startswith("kind_"):
            assert not action.isEnabled(), name
            action.trigger()
    assert [pair.kind for pair in window.document.article.body] == [
        pair.kind for pair in sample_article().body
    ]
    assert not window.document.modified


def test_a_read_only_document_accepts_no_qa_issue(window, qtbot):
    window.document.article.body[1].en = ""
    window.editor.reload()
    window.qa_panel.recheck_all()
    tree = window.qa_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)
    window.document.read_only = True
    window.safety.apply_read_only(True)
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    assert not window.qa_panel.accept_button.isEnabled()
    window.qa_panel.accept_current()
    assert window.document.article.accepted == []
    assert not window.document.modified
