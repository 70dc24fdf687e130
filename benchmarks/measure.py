"""Timing and memory helpers shared by the benchmark sections.

Peak memory is the kernel's high-water mark (`ru_maxrss`) for this process and, separately, for
its largest waited-for child (the extraction workers): it costs nothing to read and cannot miss
a short spike the way sampling can.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Measure:
    """One timed step: what, how many items (articles, rows), how long, and anything else."""

    section: str
    name: str
    seconds: float
    items: int = 0
    unit: str = "articles"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        return self.items / self.seconds if self.items and self.seconds > 0 else None

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["per_s"] = round(self.rate, 2) if self.rate is not None else None
        out["seconds"] = round(self.seconds, 4)
        out["peak_rss_mb"] = peak_rss_mb()["self"]
        return out


class Clock:
    """`with clock() as t: ...; t.seconds` — a monotonic stopwatch."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.seconds = 0.0

    def stop(self) -> float:
        self.seconds = time.perf_counter() - self.start
        return self.seconds


@contextmanager
def clock() -> Iterator[Clock]:
    c = Clock()
    try:
        yield c
    finally:
        c.stop()


def peak_rss_mb() -> dict[str, float]:
    """High-water resident memory (MB) of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"self": round(own, 1), "children": round(children, 1)}
