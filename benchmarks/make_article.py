"""A realistic large article for benchmarks: the sample's pairs, varied, repeated.

Every fifth pair is a heading and every thirtieth has a note; numbers and
dates change and each pair carries its item number, so that no two paragraphs are identical (as in a
real long report, and so that no cache or interning flatters the figures).

    python benchmarks/make_article.py OUT.cip [--pairs 5000]

writes one to try in the editor.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cipeditor import paths  # noqa: E402 (the project root goes on sys.path first)
from cipeditor.article import cipformat  # noqa: E402
from cipeditor.article.model import Article, Kind, Pair  # noqa: E402

HEADINGS = [
    ("{n}. 园区动态", "{n}. CIP Dynamic"),
    ("{n}. 合作交流", "{n}. Cooperation and Exchanges"),
    ("第{n}部分：重点工作", "Part {n}: Key Tasks"),
]


def make_article(pairs: int = 5000) -> Article:
    """The bundled sample with its body grown to ``pairs`` varied pairs."""
    sample = cipformat.load(paths.SAMPLE_ARTICLE)
    paragraphs = itertools.cycle(sample.body)
    headings = itertools.cycle(HEADINGS)
    body = []
    for n in range(pairs):
        if n % 5 == 0:
            zh, en = next(headings)
            body.append(Pair(zh.format(n=n), en.format(n=n), Kind.HEADING))
            continue
        source = next(paragraphs)
        year, day = 2000 + n % 25, 1 + n % 28
        body.append(
            Pair(
                _vary(source.zh, year, day) + f"（第{n}项）",
                _vary(source.en, year, day) + f" (item {n})",
                note=f"checked against the minutes, item {n}" if n % 30 == 1 else "",
            )
        )
    return Article(meta=sample.meta, body=body)


def _vary(text: str, year: int, day: int) -> str:
    return text.replace("2019", str(year)).replace("29", str(day))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--pairs", type=int, default=5000)
    args = parser.parse_args()
    cipformat.save(make_article(args.pairs), args.output)
    print(f"{args.output}: {args.pairs} pairs, {args.output.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
