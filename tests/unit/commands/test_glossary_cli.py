"""``cipeditor glossary convert`` and ``cipeditor check --glossary`` as a user runs them."""

from __future__ import annotations

import json

import pytest

from cipeditor.article import cipformat
from cipeditor.glossary.files import read_glossary
from cipeditor.paths import GLOSSARIES
from tests.conftest import DATA
from tests.conftest import run_cipeditor as cipeditor

pytestmark = pytest.mark.slow

CLEAN = DATA / "clean-article.cip"


def test_convert_csv_to_tbx_and_back_keeps_forbidden_variants(tmp_path):
    tbx, csv = tmp_path / "cip.tbx", tmp_path / "back.csv"
    done = cipeditor("glossary", "convert", GLOSSARIES / "cip.csv", tbx)
    assert done.returncode == 0, done.stderr
    assert "deprecatedTerm-admn-sts" in tbx.read_text(encoding="utf-8")
    assert cipeditor("glossary", "convert", tbx, csv).returncode == 0
    entry = read_glossary(csv).lookup("一级巡视员")[0]
    assert "Level-1 Inspector" in entry.forbidden


def test_convert_bad_input_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("zh,en\n科技部,MOST\n,orphan\n", encoding="utf-8")
    done = cipeditor("glossary", "convert", bad, tmp_path / "out.tbx")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "bad.csv" in done.stderr and "line 3" in done.stderr
    assert not (tmp_path / "out.tbx").exists()


def test_check_clean_article_with_bundled_glossary_exits_0():
    done = cipeditor("check", CLEAN)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_check_uses_the_bundled_glossary_unless_told_not_to(tmp_path):
    article = cipformat.load(CLEAN)
    article.body[1].en = article.body[1].en.replace("Israel Center", "Israeli Center")
    path = tmp_path / "a.cip"
    cipformat.save(article, path)
    done = cipeditor("check", path, "--json")
    assert done.returncode == 1
    checks = {(i["check"], i["paragraph"]) for i in json.loads(done.stdout)["issues"]}
    assert ("term-forbidden", 1) in checks
    assert cipeditor("check", path, "--no-glossary").returncode == 0


def test_check_with_two_glossaries(tmp_path):
    personal = tmp_path / "mine.csv"
    personal.write_text("zh,en,forbidden\n工作会,work conference,work meeting\n", encoding="utf-8")
    article = cipformat.load(CLEAN)
    article.body[2].en = article.body[2].en.replace("work conference", "work meeting")
    path = tmp_path / "a.cip"
    cipformat.save(article, path)
    done = cipeditor("check", path, "--glossary", GLOSSARIES / "cip.csv", "--glossary", personal)
    assert done.returncode == 1
    assert "body[2].en" in done.stdout and "work meeting" in done.stdout
    assert cipeditor("check", path, "--glossary", GLOSSARIES / "cip.csv").returncode == 0


def test_check_with_a_missing_glossary_exits_2(tmp_path):
    done = cipeditor("check", CLEAN, "--glossary", tmp_path / "none.tbx")
    assert done.returncode == 2
    assert "none.tbx" in done.stderr and "no such file" in done.stderr


def test_check_notes_glossaries_that_disagree(tmp_path):
    personal = tmp_path / "mine.csv"
    personal.write_text("zh,en\n以色列创新中心,Israel Innovation Hub\n", encoding="utf-8")
    done = cipeditor("check", CLEAN, "--glossary", GLOSSARIES / "cip.csv", "--glossary", personal)
    assert done.returncode == 0
    assert done.stderr == (
        "warning: 1 term is rendered differently by the glossaries "
        "(以色列创新中心: Israel Center / Israel Innovation Hub); both renderings are accepted\n"
    )


def test_a_json_report_over_several_articles_names_the_file_of_each_issue(tmp_path):
    clean = tmp_path / "clean.cip"
    cipformat.save(cipformat.load(CLEAN), clean)
    article = cipformat.load(CLEAN)
    article.body[1].en = article.body[1].en.replace("Israel Center", "Israeli Center")
    faulty = tmp_path / "faulty.cip"
    cipformat.save(article, faulty)
    done = cipeditor("check", clean, faulty, "--json")
    assert done.returncode == 1
    issues = json.loads(done.stdout)["issues"]
    assert issues and {issue["file"] for issue in issues} == {str(faulty)}
    assert ("term-forbidden", 1) in {(i["check"], i["paragraph"]) for i in issues}
