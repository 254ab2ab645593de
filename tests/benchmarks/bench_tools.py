"""Small tools shared by the benchmark sections: medians of timed repetitions, figures."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    key: str
    value: float
    unit: str = ""
    note: str = ""

    def shown(self) -> str:
        if self.unit == "x":
            return f"{self.value:.2f} x"
        if self.unit == "ms":
            return f"{self.value:.3f} ms"
        return f"{self.value:.4f} {self.unit}".rstrip()


def median_seconds(
    action: Callable[[], object], *, repeat: int, setup: Callable[[], object] | None = None
) -> float:
    """The median wall time of ``action`` over ``repeat`` runs (``setup`` untimed before each)."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
