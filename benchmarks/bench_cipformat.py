"""Loading and saving a 5,000-pair article (targets from issue 3: 0.3 s each)."""

from __future__ import annotations

from pathlib import Path

from benchmark import Benchmark
from make_article import make_article

from cipeditor.article import cipformat

PAIRS = 5000


def _load(folder: Path):
    path = folder / "load.cip"
    cipformat.save(make_article(PAIRS), path)
    return lambda: cipformat.load(path)


def _save(folder: Path):
    article = make_article(PAIRS)
    path = folder / "save.cip"
    return lambda: cipformat.save(article, path)


BENCHMARKS = [
    Benchmark(f"load-{PAIRS}-pairs", 0.3, _load),
    Benchmark(f"save-{PAIRS}-pairs", 0.3, _save),
]
