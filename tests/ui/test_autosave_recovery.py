"""Autosave writes unsaved work; the recovery dialog offers it back; locks and watchers."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.recovery import RecoveryStore
from cipeditor.ui.autosave import Autosaver, autosave_interval
from cipeditor.ui.commands.meta import SetMetaField
from cipeditor.ui.document import Document
from cipeditor.ui.file_lock import FileLock
from cipeditor.ui.file_watcher import ExternalChangeWatcher
from cipeditor.ui.recovery_dialog import RecoveryDialog
from tests.conftest import ROOT

pytestmark = pytest.mark.gui


def make_document(path=None) -> Document:
    return Document(Article(Meta(title=Bilingual("标题", "Title")), [Pair("一", "one")]), path)


def test_autosave_writes_only_when_modified_and_save_removes_it(tmp_path, qtbot):
    store = RecoveryStore(tmp_path / "recovery")
    document = make_document()
    saver = Autosaver(document, store)
    saver.save_now()
    assert store.snapshots() == []  # nothing unsaved, nothing written
    document.push(SetMetaField(document, "title", "New title", "en"))
    with qtbot.waitSignal(saver.snapshotWritten):
        saver.save_now()
    [snapshot] = store.snapshots()
    assert snapshot.load().meta.title.en == "New title"
    document.mark_saved()
    saver.save_now()  # the next tick notices the document is saved
    assert store.snapshots() == []


def test_interval_from_environment_for_tests(monkeypatch):
    monkeypatch.setenv("CIPEDITOR_AUTOSAVE_SECONDS", "0.5")
    assert autosave_interval(60) == 0.5
    monkeypatch.setenv("CIPEDITOR_AUTOSAVE_SECONDS", "soon")
    assert autosave_interval(60) == 60


def test_autosave_timer_fires(tmp_path, qtbot, monkeypatch):
    monkeypatch.setenv("CIPEDITOR_AUTOSAVE_SECONDS", "0.05")
    store = RecoveryStore(tmp_path)
    document = make_document()
    saver = Autosaver(document, store)
    document.push(SetMetaField(document, "author", "Press Office"))
    with qtbot.waitSignal(saver.snapshotWritten, timeout=2000):
        pass
    assert store.snapshots()[0].load().meta.author == "Press Office"


def test_recovery_dialog_recovers_and_discards(tmp_path, qtbot):
    saved = tmp_path / "a.cip"
    cipformat.save(make_document().article, saved)
    store = RecoveryStore(tmp_path / "recovery")
    edited = make_document().article
    edited.body[0].en = "one, edited"
    store.write("one", edited, saved)
    store.write("two", make_document().article, None)
    dialog = RecoveryDialog(store, store.snapshots())
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow([s.id for s in store.snapshots()].index("one"))
    assert "+Pair 1 · EN: one, edited" in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.recoverRequested) as signal:
        qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].load().body[0].en == "one, edited"
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in store.snapshots()] == ["one"]  # recovered one stays until saved
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted


def test_second_lock_sees_the_holder_and_stale_lock_is_taken_over(tmp_path):
    target = tmp_path / "a.cip"
    target.write_text("x", encoding="utf-8")
    first = FileLock(target)
    assert first.acquire() is None
    script = (
        "import sys; from pathlib import Path; from cipeditor.ui.file_lock import FileLock;"
        "h = FileLock(Path(sys.argv[1])).acquire(); print(h.pid if h else 'free')"
    )
    held = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert held.stdout.strip().isdigit()
    first.release()
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, os; from pathlib import Path;"
            "from cipeditor.ui.file_lock import FileLock; FileLock(Path(sys.argv[1])).acquire();"
            "os.kill(os.getpid(), 9)",
            str(target),
        ],
        cwd=ROOT,
        check=False,
    )
    assert crashed.returncode == -9
    assert FileLock(target).acquire() is None  # the dead process's lock is stale


def test_watcher_reports_outside_changes_but_not_our_own_saves(tmp_path, qtbot):
    target = tmp_path / "a.cip"
    cipformat.save(make_document().article, target)
    watcher = ExternalChangeWatcher()
    watcher.watch(target)
    cipformat.save(make_document().article, target)
    watcher.remember_own_save()
    with qtbot.assertNotEmitted(watcher.changedOnDisk, wait=500):
        pass
    with qtbot.waitSignal(watcher.changedOnDisk, timeout=3000):
        target.write_text(target.read_text(encoding="utf-8") + " ", encoding="utf-8")
