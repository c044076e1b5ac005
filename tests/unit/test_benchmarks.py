"""The benchmark runner prints its figures and the article generator gives what it says."""

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_generated_article_has_the_asked_pairs_all_different():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from make_article import make_article
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    article = make_article(600)
    assert len(article.body) == 600
    assert len({(pair.zh, pair.en) for pair in article.body}) == 600
    assert all(pair.zh and pair.en for pair in article.body)


def test_runner_prints_median_min_and_target():
    result = subprocess.run(
        [sys.executable, "benchmarks/run.py", "load-5000-pairs"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    line = result.stdout.strip()
    assert re.fullmatch(
        r"load-5000-pairs  \d+\.\d{3} s \(median of \d+, min \d+\.\d{3} s; "
        r"target < 0\.3 s\)  (OK|SLOW)",
        line,
    ), line


def test_runner_refuses_an_unknown_name():
    result = subprocess.run(
        [sys.executable, "benchmarks/run.py", "no-such-benchmark"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "no-such-benchmark" in result.stderr
