"""Run the benchmarks and print one line of figures each.

    python benchmarks/run.py            # all of them
    python benchmarks/run.py load-5000-pairs save-5000-pairs

Exit status: 0 all within target, 1 at least one too slow, 2 an unknown name.
To add benchmarks, write a module ``benchmarks/bench_<topic>.py`` with a
``BENCHMARKS`` list of :class:`benchmark.Benchmark` (timed work) and/or a
``FIGURES`` list of :class:`benchmark.Figure` (ratios, milliseconds, megabytes)
and add its name to ``MODULES`` below.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent):  # the benchmark modules, then the cipeditor package
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from benchmark import Benchmark, Figure, measure  # noqa: E402 (sys.path is set up first)

MODULES = ("bench_cipformat", "check_bench", "editor_bench", "export_bench")


def registry() -> dict[str, Benchmark | Figure]:
    """Every benchmark by name, in the order of ``MODULES``."""
    found: dict[str, Benchmark | Figure] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        for benchmark in [*getattr(module, "BENCHMARKS", []), *getattr(module, "FIGURES", [])]:
            found[benchmark.name] = benchmark
    return found


def run_one(benchmark: Benchmark | Figure, folder: Path, width: int) -> bool:
    """Run one benchmark, print its line, and say whether it met its target."""
    if isinstance(benchmark, Figure):
        value, detail = benchmark.compute(folder)
        print(benchmark.line(width, value, detail), flush=True)
        return value < benchmark.target
    result = measure(benchmark, folder)
    print(result.line(width), flush=True)
    return result.ok


def main(argv: list[str]) -> int:
    benchmarks = registry()
    unknown = [name for name in argv if name not in benchmarks]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)}", file=sys.stderr)
        print(f"known: {', '.join(benchmarks)}", file=sys.stderr)
        return 2
    chosen = [benchmarks[name] for name in argv] or list(benchmarks.values())
    width = max(len(benchmark.name) for benchmark in chosen)
    all_ok = True
    with tempfile.TemporaryDirectory(prefix="cipeditor-bench-") as folder:
        for benchmark in chosen:
            all_ok &= run_one(benchmark, Path(folder), width)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
