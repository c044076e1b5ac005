"""Time the numbers and punctuation checks per pair: ``python benchmarks/numbers_punctuation.py``.

Builds 5,000 distinct pairs from the clean test pairs (a unique tag keeps the
comparison cache from helping) and prints microseconds per pair for each
family of checks, the best of three runs.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cipeditor.article.model import Article, Pair  # noqa: E402
from cipeditor.qa import runner  # noqa: E402
from cipeditor.qa.quantity_match import compare  # noqa: E402
from cipeditor.qa.registry import CheckContext, Segment  # noqa: E402

PAIRS = json.loads((ROOT / "tests" / "data" / "clean-pairs.json").read_text(encoding="utf-8"))
COUNT = 5000


def _tag(index: int) -> str:
    letters = ""
    while True:
        letters += chr(97 + index % 26)
        index //= 26
        if not index:
            return letters


def _segments(source: list[list[str]]) -> list[Segment]:
    pairs = [source[index % len(source)] for index in range(COUNT)]
    return [Segment("body", i, zh + _tag(i), f"{en} {_tag(i)}") for i, (zh, en) in enumerate(pairs)]


def _per_pair(segments: list[Segment], category: str) -> float:
    ctx = CheckContext(Article(body=[Pair(s.zh, s.en) for s in segments]))
    checks = [check for check in runner.SEGMENT_CHECKS if check.category.value == category]
    best = float("inf")
    for _ in range(3):
        compare.cache_clear()
        gc.collect()
        started = time.process_time()
        for segment in segments:
            for check in checks:
                list(check.run(ctx, segment))
        best = min(best, time.process_time() - started)
    return best / len(segments) * 1e6


def main() -> None:
    for name, source in (("seed article paragraphs", PAIRS[:8]), ("all clean pairs", PAIRS)):
        segments = _segments(source)
        size = sum(len(s.zh) + len(s.en) for s in segments) / len(segments)
        numbers = _per_pair(segments, "numbers")
        punctuation = _per_pair(segments, "punctuation")
        print(
            f"{name} ({size:.0f} characters a pair): numbers {numbers:.1f} µs/pair, "
            f"punctuation {punctuation:.1f} µs/pair"
        )


if __name__ == "__main__":
    main()
