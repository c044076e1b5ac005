"""The command's output on pipes and terminals that are not what we hope for."""

import json
import os
import subprocess
import sys

import pytest

from cipeditor.article import cipformat
from cipeditor.article.model import Article, Bilingual, Meta, Pair
from tests.conftest import ROOT


def untranslated(path, pairs: int) -> None:
    meta = Meta(title=Bilingual("标题", ""))
    cipformat.save(Article(meta=meta, body=[Pair(zh="中文", en="") for _ in range(pairs)]), path)


def test_a_reader_that_stops_early_gets_no_internal_error(tmp_path):
    # `cipeditor check big.cip | head -1` printed "internal error (BrokenPipeError …)".
    path = tmp_path / "big.cip"
    untranslated(path, 3000)  # far more report than a pipe buffers
    with subprocess.Popen(
        [sys.executable, "-m", "cipeditor", "check", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout.readline().startswith(str(path).encode())
        process.stdout.close()
        stderr = process.stderr.read().decode()
        process.wait(timeout=60)
    assert stderr == ""


def test_chinese_names_on_an_ascii_terminal_are_escaped_not_a_crash(tmp_path):
    path = tmp_path / "中文.cip"
    untranslated(path, 1)
    result = subprocess.run(
        [sys.executable, "-m", "cipeditor", "check", str(path)],
        cwd=ROOT,
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert b"\\u4e2d\\u6587.cip:body[0].en: warning:" in result.stdout


# The installed `cipeditor` script calls the entry point named in pyproject.toml.
CONSOLE_SCRIPT = "import sys; from cipeditor.cli import entry; sys.argv[0] = 'cipeditor'; entry()"


@pytest.mark.parametrize("start", [["-m", "cipeditor"], ["-c", CONSOLE_SCRIPT]])
def test_a_long_report_ends_whole_with_its_status_when_the_command_skips_the_teardown(
    tmp_path, start
):
    # The process of a command ends without freeing its objects one by one: all that
    # was printed must still reach the reader, and the exit status must still say it.
    path = tmp_path / "long.cip"
    untranslated(path, 3000)
    result = subprocess.run(
        [sys.executable, *start, "check", str(path), "--json"],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 1
    issues = json.loads(result.stdout)["issues"]
    assert {issue["paragraph"] for issue in issues if issue["field"] == "body"} == set(range(3000))
