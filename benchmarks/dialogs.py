"""The 修改记录 dialog at archive volume, and the service side of the filter and overview
figures, each with a floor measured in the same run.

    python -m benchmarks.dialogs --db /tmp/zjtracker-large.db [--repeat 3]

- change log opened: its filter choices, the first page (200 rows) and the count, as the
  dialog reads them; floor: the newest 200 rows read through the DB-API.
- change log text filter: the first page and the count for a text; same floor.
- filter keystroke (service): window_nodes (what the window asks) for one, two and four
  characters; floor: one LIKE scan.
- overview numbers: dashboard_data over everything; floor: the period's numbers.
Benchmarks/suite.py calls ``change_log_figures`` for the full run."""

from __future__ import annotations

import argparse
import sys

from benchmarks import floors
from benchmarks.report import Figure, median_ms, print_table, within

DIALOG_MS = 300
LOG_TEXTS = ("营商环境", "已纳入督办", "营商")  # common, rare (generated remarks), two characters
LOG_FLOOR = "the newest 200 change-log rows read through the DB-API"


def newest_rows(database) -> int:
    return len(floors.raw_rows(database, "SELECT id, at, old, new FROM change_log ORDER BY at DESC, id DESC "
                                         "LIMIT 200", {}))


def change_log_figures(database, label: str, repeat: int, large: bool = True) -> list[Figure]:
    from zjtracker.services.history.change_log import LogFilter, count_log, log_filter_choices, search_log
    from zjtracker.ui.history.change_log_view import COUNT_CAP  # what the dialog counts up to

    figures: list[Figure] = []
    floor = median_ms(lambda: newest_rows(database), repeat)
    rows = count_log(database, LogFilter())

    def opened():
        log_filter_choices(database)
        search_log(database, LogFilter())
        count_log(database, LogFilter(), cap=COUNT_CAP)

    value = median_ms(opened, repeat)
    budget = within(value, DIALOG_MS) if large else ("", None)
    figures.append(Figure(label, f"修改记录 opened ({rows} rows)", value, "ms", floor, LOG_FLOOR, *budget))
    for needle in LOG_TEXTS:
        wanted = LogFilter(text=needle)
        found = count_log(database, wanted)
        value = median_ms(lambda wanted=wanted: (search_log(database, wanted),
                                               count_log(database, wanted, cap=COUNT_CAP)), repeat)
        budget = within(value, DIALOG_MS) if large else ("", None)
        figures.append(Figure(label, f"修改记录 text “{needle}” ({found} rows)", value, "ms", floor, LOG_FLOOR,
                              *budget))
    return figures


def service_figures(database, label: str, repeat: int) -> list[Figure]:
    from benchmarks.suite import _busiest_period
    from zjtracker.services.dashboard import dashboard_data
    from zjtracker.services.filter_outline import window_nodes  # what the window asks
    from zjtracker.services.tree_filter import TreeFilter

    figures: list[Figure] = []
    for needle in ("营", "营商", "营商环境"):
        floor = median_ms(lambda needle=needle: floors.like_scan(database, needle), repeat)
        matches = window_nodes(database, TreeFilter(text=needle), None).matches
        value = median_ms(lambda needle=needle: window_nodes(database, TreeFilter(text=needle), None), repeat)
        figures.append(Figure(label, f"filter “{needle}” in the service ({matches} matches)", value, "ms", floor,
                              "one plain LIKE scan of every measure's and plan's text"))
    period = _busiest_period(database)
    floor = median_ms(lambda: floors.period_numbers(database, str(period)), repeat)
    data = dashboard_data(database, period)
    value = median_ms(lambda: dashboard_data(database, period), repeat)
    figures.append(Figure(label, f"overview numbers of {period} ({data.total} plans)", value, "ms", floor,
                          "reading the period's 完成进度 and 评估情况 through the DB-API", *within(value, 150)))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dialogs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL (measured as it is)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--label", default="large")
    parser.add_argument("--only", choices=("log", "service"), help="one group of figures")
    args = parser.parse_args(argv)
    from zjtracker.db.engine import Database, database_url, make_engine

    url = database_url(args.db)
    database = Database(url, make_engine(url))  # as it is: not migrated
    try:
        figures = []
        if args.only != "service":
            figures += change_log_figures(database, args.label, args.repeat)
        if args.only != "log":
            figures += service_figures(database, args.label, args.repeat)
    finally:
        database.dispose()
    print_table(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
