"""The tree filter, keystroke by keystroke, each figure with the LIKE-scan floor of the same run.

    python -m benchmarks.filter --db /tmp/copy.db [--repeat 3] [--words 营商环境]

For each prefix of each word (营, 营商, 营商环, 营商环境), typed one character at a time as in
benchmarks/suite.py: the service alone (window_nodes, what the window asks: policy by policy
past 1,000 matches), the complete answer (visible_nodes, every node shown), and the whole
keystroke in a real MainWindow (answered and laid out, benchmarks/gui_steps.type_filter), each
with one plain LIKE scan of every measure's and plan's text as the floor. The database is measured as it is (work on a
copy: the window may write its settings, never the ledger)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys

from benchmarks import floors
from benchmarks.report import Figure, median_ms, print_table, within

KEYSTROKE_MS = 100
FLOOR = "one plain LIKE scan of every measure's and plan's text"


def keystroke_figures(database, label: str, words: list[str], repeat: int, window: bool = True) -> list[Figure]:
    from zjtracker.services.filter_outline import window_nodes
    from zjtracker.services.tree_filter import TreeFilter, visible_nodes

    figures: list[Figure] = []
    main = _window(database) if window else None
    try:
        for word in words:
            for length in range(1, len(word) + 1):
                needle = word[:length]
                floor = median_ms(lambda needle=needle: floors.like_scan(database, needle), repeat)
                visible = window_nodes(database, TreeFilter(text=needle), None)
                service = median_ms(lambda needle=needle: window_nodes(database, TreeFilter(text=needle), None),
                                    repeat)
                figures.append(Figure(label, f"service “{needle}” ({visible.matches} matches)", service, "ms",
                                      floor, FLOOR))
                complete = median_ms(lambda needle=needle: visible_nodes(database, TreeFilter(text=needle), None),
                                     repeat)
                figures.append(Figure(label, f"complete answer “{needle}”", complete, "ms", floor, FLOOR))
                if main is not None:
                    value = _typed(main, word, length, repeat)
                    budget = within(value, KEYSTROKE_MS) if length <= 2 or length == len(word) else ("", None)
                    figures.append(Figure(label, f"keystroke “{needle}” laid out", value, "ms", floor, FLOOR,
                                          *budget))
    finally:
        if main is not None:
            _close(main)
    return figures


def _window(database):
    from PySide6.QtWidgets import QApplication

    from benchmarks import gui_steps as steps
    from zjtracker.ui.main_window import MainWindow

    QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    steps.settle()
    return window


def _typed(window, word: str, length: int, repeat: int) -> float:
    from benchmarks import gui_steps as steps

    times = []
    for _ in range(max(repeat, 1)):
        steps.type_filter(window, "")
        for earlier in range(1, length):
            steps.type_filter(window, word[:earlier])
        times.append(median_ms(lambda: steps.type_filter(window, word[:length]), 1))
    steps.type_filter(window, "")
    return statistics.median(times)


def _close(window) -> None:
    from PySide6.QtWidgets import QApplication

    window.close()
    window.deleteLater()
    QApplication.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.filter", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL (measured as it is)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--label", default="large")
    parser.add_argument("--words", nargs="+", default=["营商环境"])
    parser.add_argument("--service-only", action="store_true", help="no window: the service figures alone")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from zjtracker.db.engine import Database, database_url, make_engine

    url = database_url(args.db)
    database = Database(url, make_engine(url))  # as it is: not migrated
    try:
        figures = keystroke_figures(database, args.label, args.words, args.repeat, not args.service_only)
    finally:
        database.dispose()
    print_table(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
