"""Export speed: a 5,000-pair bilingual article to DOCX and HTML, against pandoc.

Run alone: ``python benchmarks/export_bench.py [--pairs N] [--repeat N]``.
pandoc gets the same text as Markdown with a three-column pipe table (number,
Chinese, English) and converts it to DOCX and to a standalone HTML page. Each
figure is the best of several runs; ours is measured in-process (render and
atomic write) and through the command line (a fresh Python, loading the .cip
file). Targets: DOCX under half of pandoc's time, HTML under a tenth.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmark import Figure  # noqa: E402 (benchmarks/ is on sys.path when run as a script)

from cipeditor.article import cipformat  # noqa: E402
from cipeditor.article.model import Article  # noqa: E402
from cipeditor.exporters import ExportOptions, export  # noqa: E402
from tests.unit.exporters.press_article import press_article  # noqa: E402

TARGETS = {"docx": 0.5, "html": 0.1}


def big_article(pairs: int) -> Article:
    """The sample press release's pairs repeated up to ``pairs``."""
    article = press_article()
    sample = article.body
    article.body = [pair for _ in range(pairs // len(sample) + 1) for pair in sample][:pairs]
    return article.copy()


def as_markdown(article: Article) -> str:
    """The same text for pandoc: title, then a number | Chinese | English pipe table."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [f"# {article.meta.title.zh} / {article.meta.title.en}", ""]
    lines += ["| No. | 中文 | English |", "|---|---|---|"]
    for number, pair in enumerate(article.body, 1):
        lines.append(f"| {number} | {cell(pair.zh)} | {cell(pair.en)} |")
    return "\n".join(lines) + "\n"


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, capture_output=True, timeout=600)


def measure(format_name: str, article: Article, work: Path, repeat: int) -> tuple[float, float]:
    """Our export of ``article``: in-process, and through the command line."""
    out = work / f"ours.{format_name}"
    options = ExportOptions(lang="both")
    ours = best_of(repeat, lambda: export([article], format_name, out, options))
    command = [sys.executable, "-m", "cipeditor", "export", str(work / "article.cip")]
    command += ["--format", format_name, "--lang", "both", "-o", str(out)]
    return ours, best_of(repeat, lambda: run(command))


def measure_pandoc(pandoc: str, format_name: str, work: Path, repeat: int) -> float:
    """pandoc turning the same text, as Markdown, into a standalone ``format_name`` file."""
    command = [pandoc, str(work / "article.md"), "-s", "-o", str(work / f"pandoc.{format_name}")]
    return best_of(repeat, lambda: run(command))


def _ratio_figure(format_name: str, pairs: int = 5000, repeat: int = 3):
    def compute(folder: Path) -> tuple[float, str]:
        pandoc = shutil.which("pandoc")
        if pandoc is None:
            return float("inf"), "pandoc is not installed (apt-get install pandoc)"
        article = big_article(pairs)
        cipformat.save(article, folder / "article.cip")
        (folder / "article.md").write_text(as_markdown(article), encoding="utf-8")
        ours, cli = measure(format_name, article, folder, repeat)
        theirs = measure_pandoc(pandoc, format_name, folder, repeat)
        return ours / theirs, (
            f"ours {ours:.2f} s in process, {cli:.2f} s from the command line; "
            f"pandoc {theirs:.2f} s"
        )

    return compute


FIGURES = [
    Figure(f"export-{name}-5000-pairs-vs-pandoc", "×", TARGETS[name], _ratio_figure(name))
    for name in ("docx", "html")
]
"""Our export time as a fraction of pandoc's, for ``benchmarks/run.py``."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    article = big_article(args.pairs)
    verdicts = []
    with tempfile.TemporaryDirectory(prefix="cipeditor-bench-") as folder:
        work = Path(folder)
        cipformat.save(article, work / "article.cip")
        (work / "article.md").write_text(as_markdown(article), encoding="utf-8")
        print(f"{args.pairs} pairs, best of {args.repeat} runs; times in seconds")
        print(f"{'format':<8}{'ours':>8}{'ours CLI':>10}{'pandoc':>9}{'ratio':>8}{'target':>9}  ok")
        for format_name in ("docx", "html"):
            ours, cli = measure(format_name, article, work, args.repeat)
            if pandoc is None:
                print(f"{format_name:<8}{ours:>8.2f}{cli:>10.2f}{'absent':>9}")
                continue
            theirs = measure_pandoc(pandoc, format_name, work, args.repeat)
            ratio = ours / theirs
            target = TARGETS[format_name]
            verdicts.append(ratio < target)
            print(
                f"{format_name:<8}{ours:>8.2f}{cli:>10.2f}{theirs:>9.2f}{ratio:>8.2f}"
                f"{'< ' + format(target, '.2f'):>9}  {'yes' if ratio < target else 'NO'}"
            )
    if pandoc is None:
        print("pandoc is not installed (apt-get install pandoc): no comparison")
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
