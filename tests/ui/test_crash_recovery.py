"""The real editor in a child process: killed with SIGKILL mid-edit, then a disk that fills up.

The child is ``tests/ui/editor_driver.py``, which starts the editor as
``python -m cipeditor FILE`` does and types like a user.
"""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cipeditor.article import cipformat
from cipeditor.fileio import backup_path
from cipeditor.recovery import RecoveryStore
from cipeditor.ui.settings import APPLICATION, ORGANIZATION
from tests.conftest import ROOT
from tests.ui.conftest import sample_article

pytestmark = [pytest.mark.gui, pytest.mark.slow]

DRIVER = "tests.ui.editor_driver"  # run as a module: tests/ui/typing.py would shadow typing
TYPED = " EDITED BEFORE THE CRASH"


@pytest.fixture
def child_env(tmp_path):
    """Data and settings folders of their own, kept from one start to the next."""
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["CIPEDITOR_AUTOSAVE_SECONDS"] = "0.2"
    return env


def test_edit_killed_with_sigkill_is_recovered_at_the_next_start(tmp_path, child_env):
    article = tmp_path / "article.cip"
    cipformat.save(sample_article(), article)
    saved_bytes = article.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-m", DRIVER, "type-and-wait", str(article), TYPED],
        cwd=ROOT,
        env=child_env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        # The first line comes once the autosave has the edit; a hung child fails the test.
        line = _first_line(child, timeout=60)
        assert line == "autosaved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert article.read_bytes() == saved_bytes  # the edit was never saved
    [left] = RecoveryStore(recovery_folder_in(child_env)).orphans()
    assert left.original == article.resolve()

    # The next start, through the editor's own start-up: the dialog offers the edit.
    again = subprocess.run(
        [sys.executable, "-m", DRIVER, "recover-and-save", str(article)],
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report = json.loads(again.stdout.strip().splitlines()[-1])
    assert report["offered"]
    assert "article.cip" in report["listed"]
    assert TYPED.strip() in report["preview"]
    assert report["first_en"].endswith(TYPED)
    assert report["modified"] and report["window_modified"]  # modified until saved
    assert report["path"] == str(article.resolve())
    assert report["saved"] and not report["modified_after_save"]
    assert cipformat.load(article).body[0].en.endswith(TYPED)
    assert RecoveryStore(recovery_folder_in(child_env)).snapshots() == []


def recovery_folder_in(env: dict) -> Path:
    return Path(env["XDG_DATA_HOME"]) / ORGANIZATION / APPLICATION / "recovery"


def test_a_full_disk_during_save_keeps_the_file_and_the_document_modified(tmp_path, child_env):
    article = tmp_path / "article.cip"
    cipformat.save(sample_article(), article)
    saved_bytes = article.read_bytes()
    limit = len(saved_bytes) // 2  # the new version cannot be written in full
    result = subprocess.run(
        [sys.executable, "-m", DRIVER, "save-on-full-disk", str(article), " more", str(limit)],
        cwd=ROOT,
        env=child_env | {"CIPEDITOR_AUTOSAVE_SECONDS": "3600"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["typed"]
    assert report["saved"] is False
    assert report["modified"] is True
    assert report["box_shown"] and "Could not save article.cip" in report["box_text"]
    assert str(article) in report["error"] and "save elsewhere" in report["error"]
    assert article.read_bytes() == saved_bytes  # the original is intact
    assert not backup_path(article).exists()  # nothing was replaced, so nothing backed up
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def _first_line(child: subprocess.Popen, timeout: float) -> str:
    import selectors

    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            return f"no output within {timeout} s"
    return child.stdout.readline().strip()
