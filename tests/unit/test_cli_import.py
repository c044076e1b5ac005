"""``cipeditor import`` run as a user runs it: exit status, the article written, one stderr line."""

import json
import os
import subprocess

import pytest

from tests.conftest import DATA, SEED_PAGE, run_cipeditor

pytestmark = pytest.mark.slow


def cipeditor(*args) -> subprocess.CompletedProcess:
    return run_cipeditor(*args, env={**os.environ, "PYTHONWARNINGS": "error"})


def test_seed_page_to_article(tmp_path):
    out = tmp_path / "a.cip"
    result = cipeditor("import", "--en", SEED_PAGE, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    document = json.loads(out.read_text(encoding="utf-8"))
    meta = document["meta"]
    assert meta["title"]["en"].startswith("Ruan Xiangping, First-Level Inspector")
    assert meta["published"] == "2019-11-02T18:40:10+08:00"
    assert "CIP Dynamic" in meta["category"]["en"]
    assert len(document["body"]) == 5
    assert all(pair["zh"] == "" for pair in document["body"])


def test_chinese_and_english_texts_paired(tmp_path):
    zh = tmp_path / "zh.txt"
    zh.write_text("标题\n\n第一段。\n\n第二段。\n", encoding="gb18030")
    en = tmp_path / "en.txt"
    en.write_text("Title\n\nFirst.\n\nSecond.\n", encoding="utf-8")
    out = tmp_path / "b.cip"
    result = cipeditor("import", "--zh", zh, "--en", en, "-o", out)
    assert result.returncode == 0, result.stderr
    body = json.loads(out.read_text(encoding="utf-8"))["body"]
    assert [(pair["zh"], pair["en"]) for pair in body] == [
        ("第一段。", "First."),
        ("第二段。", "Second."),
    ]


def test_count_mismatch_is_reported_and_nothing_is_lost(tmp_path):
    out = tmp_path / "c.cip"
    zh = tmp_path / "zh.txt"
    zh.write_text("标题\n\n一。\n", encoding="utf-8")
    result = cipeditor("import", "--zh", zh, "--en", SEED_PAGE, "-o", out)
    assert result.returncode == 0
    assert "1" in result.stderr
    assert "5" in result.stderr
    body = json.loads(out.read_text(encoding="utf-8"))["body"]
    assert len(body) == 5


def test_single_source_with_lang(tmp_path):
    out = tmp_path / "d.cip"
    result = cipeditor("import", DATA / "seed-page-zh.txt", "--lang", "zh", "-o", out)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["meta"]["views"] == 123


@pytest.mark.parametrize("kind", ["random", "missing"])
def test_unusable_source_exits_2_with_one_line(tmp_path, kind):
    source = tmp_path / "in.txt"
    if kind == "random":
        source.write_bytes(os.urandom(4096))
    out = tmp_path / "e.cip"
    result = cipeditor("import", source, "-o", out)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "in.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_existing_output_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "a.cip"
    out.write_bytes(b"precious")
    result = cipeditor("import", SEED_PAGE, "-o", out)
    assert result.returncode == 2
    assert "--force" in result.stderr
    assert out.read_bytes() == b"precious"
    assert cipeditor("import", SEED_PAGE, "-o", out, "--force").returncode == 0
    assert out.read_bytes() != b"precious"
