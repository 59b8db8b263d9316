"""Figures and the table they are printed in."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Figure:
    database: str  # large / sample
    name: str
    value: float
    unit: str  # ms / MB
    floor: float | None = None
    floor_name: str = ""
    budget: str = ""  # e.g. "≤ 1.5× floor", "≤ 100 ms"
    passed: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None

    def as_dict(self) -> dict:
        return {**asdict(self), "ratio": self.ratio}


def median_ms(work: Callable[[], object], repeat: int, before: Callable[[], object] | None = None) -> float:
    """The median wall-clock time of ``work`` in milliseconds (``before`` runs untimed)."""
    times = []
    for _ in range(max(repeat, 1)):
        if before is not None:
            before()
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def within_ratio(value: float, floor: float, limit: float) -> tuple[str, bool]:
    return f"≤ {limit:g}× floor", value <= limit * floor


def within(value: float, limit: float, unit: str = "ms") -> tuple[str, bool]:
    return f"≤ {limit:g} {unit}", value <= limit


def print_table(figures: list[Figure]) -> None:
    header = f"{'database':8} {'figure':44} {'value':>10} {'floor':>10} {'ratio':>7}  {'budget':16} result"
    print(header)
    print("-" * len(header))
    for f in figures:
        floor = f"{f.floor:,.0f}" if f.floor is not None else ""
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else ""
        result = "" if f.passed is None else ("pass" if f.passed else "MISS")
        print(f"{f.database:8} {f.name:44} {f.value:>7,.0f} {f.unit:2} {floor:>10} {ratio:>7}  {f.budget:16} {result}")
    floors = {f.name.split("(")[0].split("“")[0].strip(): f.floor_name for f in figures if f.floor_name}
    if floors:
        print()
        print("floors:")
        for name, floor_name in floors.items():
            print(f"  {name}: {floor_name}")
