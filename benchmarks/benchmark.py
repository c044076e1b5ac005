"""One benchmark: a name, a target, and how to prepare the timed work.

``prepare(folder)`` does everything that is not measured (building articles,
writing input files into the temporary ``folder``) and returns the function to
time. :func:`measure` runs it several times and keeps the median and the best.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Benchmark:
    name: str
    target: float
    """Seconds the median must stay under, on the project's 2-core reference machine."""
    prepare: Callable[[Path], Callable[[], object]]
    runs: int = 7


@dataclass(frozen=True)
class Result:
    benchmark: Benchmark
    median: float
    best: float

    @property
    def ok(self) -> bool:
        return self.median < self.benchmark.target

    def line(self, width: int) -> str:
        verdict = "OK" if self.ok else "SLOW"
        return (
            f"{self.benchmark.name:<{width}}  {self.median:.3f} s "
            f"(median of {self.benchmark.runs}, min {self.best:.3f} s; "
            f"target < {self.benchmark.target:g} s)  {verdict}"
        )


def measure(benchmark: Benchmark, folder: Path) -> Result:
    """Time ``benchmark`` in ``folder``: one untimed warm-up run, then ``runs`` timed ones."""
    work = benchmark.prepare(folder)
    work()
    times = []
    for _run in range(benchmark.runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return Result(benchmark, statistics.median(times), min(times))
