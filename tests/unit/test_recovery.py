"""Snapshots of unsaved work survive the process that wrote them."""

import subprocess
import sys

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Bilingual, Meta, Pair
from cipeditor.recovery import RecoveryStore, describe_changes
from tests.conftest import ROOT


def article(en: str) -> Article:
    return Article(Meta(title=Bilingual("标题", "Title")), [Pair("第一段。", en)])


def test_snapshot_of_a_live_process_is_not_offered(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write("abc", article("draft"), None)
    assert [s.id for s in store.snapshots()] == ["abc"]
    assert store.orphans() == []  # we are still running


def test_snapshot_left_by_a_dead_process_is_offered_and_loads(tmp_path):
    script = (
        "import sys; from pathlib import Path;"
        "from cipeditor.recovery import RecoveryStore;"
        "from cipeditor.article.model import Article, Pair;"
        "RecoveryStore(sys.argv[1]).write('dead', Article(body=[Pair('中文', 'unsaved edit')]),"
        " Path(sys.argv[2]))"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(tmp_path), str(tmp_path / "a.cip")], cwd=ROOT, check=True
    )
    [orphan] = RecoveryStore(tmp_path).orphans()
    assert orphan.original == tmp_path / "a.cip"
    assert orphan.display_name == "a.cip"
    assert orphan.load().body[0].en == "unsaved edit"


def test_discard_removes_both_files(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write("x", article("draft"), None)
    store.discard("x")
    assert list(tmp_path.iterdir()) == []


def test_damaged_or_incomplete_snapshots_are_ignored(tmp_path):
    store = RecoveryStore(tmp_path)
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "lonely.json").write_text(
        '{"original": null, "saved_at": "2026-01-01T00:00:00+00:00", "pid": 1}', encoding="utf-8"
    )
    assert store.snapshots() == []


def test_changes_are_described_against_the_saved_file(tmp_path):
    saved = tmp_path / "a.cip"
    cipformat.save(article("Saved text."), saved)
    store = RecoveryStore(tmp_path / "recovery")
    store.write("s", article("Edited text."), saved)
    text = describe_changes(store.snapshots()[0])
    assert "-Pair 1 · EN: Saved text." in text
    assert "+Pair 1 · EN: Edited text." in text
    assert "@@" not in text
