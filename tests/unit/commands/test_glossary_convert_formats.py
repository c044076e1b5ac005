"""``cipeditor glossary convert`` between all four formats, as a user runs it."""

from __future__ import annotations

import itertools

import pytest

from cipeditor.glossary.files import read_glossary
from cipeditor.paths import GLOSSARIES
from tests.conftest import run_cipeditor as cipeditor

pytestmark = pytest.mark.slow


def test_csv_through_utx_omegat_and_tbx_comes_back_whole(tmp_path):
    original = read_glossary(GLOSSARIES / "cip.csv")
    chain = [GLOSSARIES / "cip.csv"] + [
        tmp_path / name for name in ("cip.utx", "cip.utf8", "cip.tbx", "cip.tab", "back.csv")
    ]
    for source, target in itertools.pairwise(chain):
        done = cipeditor("glossary", "convert", source, target)
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert done.stdout == f"{len(original)} entries written to {target}\n"
    assert "\tforbidden\t" in (tmp_path / "cip.utx").read_text(encoding="utf-8")
    assert "forbidden: Level-1 Inspector" in (tmp_path / "cip.utf8").read_text(encoding="utf-8")
    assert read_glossary(tmp_path / "back.csv").entries == original.entries


def test_bad_omegat_lines_exit_2_with_one_line_naming_them(tmp_path):
    bad = tmp_path / "team.txt"
    bad.write_text("科技部\tMOST\n市长 Mayor\n区委\t\n", encoding="utf-8")
    done = cipeditor("glossary", "convert", bad, tmp_path / "out.utx")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "team.txt: 2 bad entries (line 2: no tab" in done.stderr
    assert "line 3: the English term is empty" in done.stderr
    assert not (tmp_path / "out.utx").exists()


def test_an_article_text_is_not_taken_for_a_glossary(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("中以常州创新园举行工作会。\n\n园区召开会议。\n", encoding="utf-8")
    done = cipeditor("glossary", "convert", article, tmp_path / "g.csv")
    assert done.returncode == 2
    assert "article.txt: not an OmegaT glossary" in done.stderr
    assert not (tmp_path / "g.csv").exists()
