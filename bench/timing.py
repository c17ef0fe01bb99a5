"""Timing shared by the benchmark scripts: the best of a few runs, so a busy moment does not count."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(work: Callable[[], object], runs: int = 3) -> float:
    """Seconds the fastest of `runs` calls of `work` took."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)
