"""The overview's numbers (dashboard_data over everything, the busiest period) against their
floor (the period's numbers read through the DB-API), measured in turn in the same run, on
a working copy of each database given.

    python -m benchmarks.overview --db /tmp/zjtracker-large.db [--db postgresql+psycopg://…/zj_large]
                                  [--repeat 9] [--period 2023Q3]

Prints the median of each with the ratio, the fastest of each, and whether the median is
within the budget (benchmarks/suite.py DASHBOARD_MS) on a database of full scale."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import floors
from benchmarks.suite import DASHBOARD_MS, _busiest_period, working_copy


def _ms(work) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def measure(target: str, repeat: int, period_text: str | None) -> str:
    from zjtracker.db import open_database
    from zjtracker.services.dashboard import dashboard_data
    from zjtracker.services.periods import Period

    with tempfile.TemporaryDirectory(prefix="zjtracker-overview-") as folder, \
            working_copy(target, Path(folder)) as copy:
        database = open_database(copy)
        try:
            period = Period.parse(period_text) if period_text else _busiest_period(database)
            data = dashboard_data(database, period)  # warm: the first call pays for imports and the cache
            floors.period_numbers(database, str(period))
            values, floor_values = [], []
            for _ in range(repeat):  # in turn, so that both see the same load
                floor_values.append(_ms(lambda: floors.period_numbers(database, str(period))))
                values.append(_ms(lambda: dashboard_data(database, period)))
        finally:
            database.dispose()
    value, floor = statistics.median(values), statistics.median(floor_values)
    engine = "postgresql" if "://" in target and target.startswith("postgresql") else "sqlite"
    verdict = "pass" if value <= DASHBOARD_MS else "MISS"
    return (f"{engine:10s} overview numbers of {period} ({data.total} plans): {value:6.0f} ms, floor {floor:5.0f} ms,"
            f" ratio {value / floor:5.2f}; fastest {min(values):4.0f} ms against {min(floor_values):3.0f} ms;"
            f" ≤ {DASHBOARD_MS} ms {verdict}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", required=True, help="a SQLite file or a PostgreSQL URL")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--period", help="the period (default: the third quarter of the busiest year)")
    args = parser.parse_args(argv)
    for target in args.db:
        print(measure(target, args.repeat, args.period), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
