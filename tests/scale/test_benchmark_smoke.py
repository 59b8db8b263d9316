"""The benchmark script runs from start to end on a tiny generated database and prints every
figure with its floor and ratio (no timing is asserted: that is what the script reports)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.generate import generate
from tests.scale.conftest import dump, quiet

ROOT = Path(__file__).resolve().parents[2]
FIGURES = (
    "start to first painted main window", "start to the policies shown in the tree",
    "peak memory of a working session", "open the tree's first levels",
    "expand a policy of", "filter keystroke “营”", "filter keystroke “营商”", "filter keystroke “营商环”",
    "filter keystroke “营商环境”", "overview numbers of", "overview of", "read and merge a 472-row return",
    "quarterly PDF report of the 472-task ledger", "Excel ledger export (472 tasks)",
    "修改记录 opened", "修改记录 text “营商环境”", "修改记录 text “已纳入督办”", "修改记录 text “营商”",
)


def test_the_benchmark_prints_every_figure_with_its_floor(tmp_path):
    target = tmp_path / "tiny.db"
    generate(target, scale=0.002, seed=5, log=quiet)
    before = dump(f"sqlite:///{target}")
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ZJTRACKER_")}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    scratch = tmp_path / "scratch"  # the run's own temporary folder goes here
    scratch.mkdir()
    environment["TMPDIR"] = str(scratch)
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--large", str(target), "--no-sample", "--repeat", "1",
         "--json", str(tmp_path / "figures.json")],
        check=False, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]

    table = [line for line in done.stdout.splitlines() if line.startswith("large ")]
    for figure in FIGURES:
        [line] = [line for line in table if figure in line]
        assert line.split()[-1] in ("pass", "MISS") or "×" not in line  # a budget has a verdict
    assert len(table) == len(FIGURES)
    figures = json.loads((tmp_path / "figures.json").read_text(encoding="utf-8"))
    assert all(f["value"] > 0 and f["floor"] and f["ratio"] for f in figures)
    budgets = {f["name"].split("（")[0].split("(")[0].strip(): f["passed"] for f in figures if f["budget"]}
    assert len(budgets) == 8 + 4  # start-up, memory, three keystrokes, overview, return, PDF; 修改记录 ×4
    assert dump(f"sqlite:///{target}") == before  # measured on a copy: the database given is left alone
    assert list(scratch.iterdir()) == []  # its copies, backups and written files are gone

    side_by_side = subprocess.run(
        [sys.executable, "-m", "benchmarks.compare", f"SQLite={tmp_path / 'figures.json'},{tmp_path / 'figures.json'}"],
        check=False, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60)
    assert side_by_side.returncode == 0, side_by_side.stderr
    rows = side_by_side.stdout.splitlines()
    assert rows[0].startswith("| figure | budget | SQLite 1/10 | SQLite full (÷ floor) | growth |")
    overview = next(row for row in rows if row.startswith("| overview numbers of 20"))
    assert "plans)" not in overview and overview.rstrip(" |").endswith("1.00×")  # the same run: no growth
    assert len(rows) == 2 + len(FIGURES)
