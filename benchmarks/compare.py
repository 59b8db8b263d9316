"""Figures of several runs side by side: each engine at full scale and at a tenth, with the
growth from the tenth to the full database.

    python -m benchmarks.run --large /tmp/large.db --no-sample --json sqlite-full.json
    python -m benchmarks.run --large /tmp/tenth.db --no-sample --json sqlite-tenth.json
    (the same on PostgreSQL)
    python -m benchmarks.compare SQLite=sqlite-tenth.json,sqlite-full.json \\
        PostgreSQL=pg-tenth.json,pg-full.json

Each column group is one engine: its figure at a tenth, at full scale (with the floor of the
same run and the result against the budget) and full ÷ tenth. A figure's counts in brackets
(matches, plans, tasks) differ between the scales and are left out of its name."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

_COUNTS = re.compile(r"\s*\([^)]*\)")
_TASKS = re.compile(r"\b\d+ tasks\b")


def figure_key(name: str) -> str:
    """The figure's name without the counts that change with the database's size."""
    return _TASKS.sub("N tasks", _COUNTS.sub("", name)).strip()


def load(path: str) -> dict[str, dict]:
    figures = json.loads(Path(path).read_text(encoding="utf-8"))
    return {figure_key(f["name"]): f for f in figures if f["database"] == "large"}


def _value(figure: dict | None) -> str:
    if figure is None:
        return "—"
    return f"{figure['value']:,.0f} {figure['unit']}"


def _full(figure: dict | None) -> str:
    if figure is None:
        return "—"
    text = _value(figure)
    if figure.get("floor"):
        text += f" / {figure['floor']:,.0f} = {figure['value'] / figure['floor']:.2f}×"
    if figure.get("passed") is not None:
        text += " ✓" if figure["passed"] else " ✗"
    return text


def _growth(tenth: dict | None, full: dict | None) -> str:
    if tenth is None or full is None or not tenth["value"]:
        return "—"
    return f"{full['value'] / tenth['value']:.2f}×"


def _budget(by_engine: dict[str, str]) -> str:
    """One budget, or each engine's where they differ."""
    if len(set(by_engine.values())) <= 1:
        return next(iter(by_engine.values()), "")
    return ", ".join(f"{engine} {budget}" for engine, budget in by_engine.items())


def table(engines: list[tuple[str, dict[str, dict], dict[str, dict]]]) -> str:
    """A Markdown table: a row per figure, per engine its tenth, full (÷ floor, ✓/✗) and growth."""
    names: list[str] = []
    budgets: dict[str, dict[str, str]] = {}  # figure -> engine -> budget
    for engine, tenth, full in engines:
        for key, figure in (*tenth.items(), *full.items()):
            if key not in names:
                names.append(key)
            if figure.get("budget"):
                budgets.setdefault(key, {})[engine] = figure["budget"]
    head = ["figure", "budget"]
    for engine, _tenth, _full_figures in engines:
        head += [f"{engine} 1/10", f"{engine} full (÷ floor)", "growth"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key in names:
        cells = [key, _budget(budgets.get(key, {}))]
        for _engine, tenth, full in engines:
            cells += [_value(tenth.get(key)), _full(full.get(key)), _growth(tenth.get(key), full.get(key))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.compare", description=__doc__.split("\n\n")[0])
    parser.add_argument("engines", nargs="+", metavar="NAME=TENTH.json,FULL.json")
    args = parser.parse_args(argv)
    engines = []
    for given in args.engines:
        name, _, files = given.partition("=")
        tenth, _, full = files.partition(",")
        engines.append((name, load(tenth), load(full)))
    print(table(engines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
