"""Run the benchmarks and print one line of figures each.

    python benchmarks/run.py            # all of them
    python benchmarks/run.py load-5000-pairs save-5000-pairs

Exit status: 0 all within target, 1 at least one too slow, 2 an unknown name.
To add benchmarks, write a module ``benchmarks/bench_<topic>.py`` with a
``BENCHMARKS`` list of :class:`benchmark.Benchmark` and add its name to
``MODULES`` below.
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

from benchmark import Benchmark, measure  # noqa: E402 (sys.path is set up first)

MODULES = ("bench_cipformat", "check_bench")


def registry() -> dict[str, Benchmark]:
    """Every benchmark by name, in the order of ``MODULES``."""
    found: dict[str, Benchmark] = {}
    for name in MODULES:
        for benchmark in importlib.import_module(name).BENCHMARKS:
            found[benchmark.name] = benchmark
    return found


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
            result = measure(benchmark, Path(folder))
            print(result.line(width), flush=True)
            all_ok &= result.ok
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
