"""The whole-archive PDF report: does it grow linearly in pages, and is its memory bounded?

    python -m benchmarks.archive_report --db /tmp/zjtracker-large.db [--scale-db /tmp/zjtracker-tenth.db]

Renders the all-policies PDF report (every section, the busiest period: the third quarter of
the year with the most yearly plans) of the full-scale database given and of a 1/10-scale
one (``--scale-db``; generated with ``benchmarks.generate --scale 0.1`` in a temporary folder
when not given), each in a child process of its own, and prints pages, seconds, ms per page,
the peak memory of the child (VmHWM) with its floor (the child's memory once the program's
report modules are imported, the fonts read and the database open, before any report work) and
the time per page at full scale against the time per page at 1/10 scale, wall-clock and CPU (on
a shared machine the CPU time of the child is the steadier of the two).

Budgets: ms/page at full scale ≤ 1.2× ms/page at 1/10 scale; peak memory ≤ 300 MB whatever
the page count. The databases are only read (a report never writes to its database)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINEAR_RATIO, PEAK_MB = 1.2, 300


def _memory() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def child(target: str, out: Path) -> None:
    """Render the report once; print one JSON line with what was measured."""
    from benchmarks.suite import _busiest_period
    from zjtracker.db import open_database
    from zjtracker.reports import pdf_report  # noqa: F401  (imported before the floor, as the GUI has)
    from zjtracker.reports.fonts import report_fonts
    from zjtracker.reports.progress import Step
    from zjtracker.services.reporting.job import ReportRequest, iter_report

    database = open_database(target)
    period = _busiest_period(database)
    report_fonts()  # the CJK faces, read once per process (about 90 MB), before the floor
    floor = _memory()["VmRSS"]
    request = ReportRequest(str(period), out, force=True, today=date(period.year, 12, 31))
    started, cpu = time.perf_counter(), time.process_time()
    steps, first_layout, outcome, longest, last = 0, None, None, 0.0, started
    for _done, _total, item in iter_report(database, request):
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
        steps += 1
        if first_layout is None and isinstance(item, Step) and item.source.startswith("正在编写"):
            first_layout = now - started
        outcome = item
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    database.dispose()
    print(json.dumps({
        "period": str(period), "pages": outcome.pages, "seconds": seconds, "cpu": cpu, "data_seconds": first_layout,
        "steps": steps, "longest_step": longest, "floor_mb": floor, "peak_mb": _memory()["VmHWM"],
        "bytes": out.stat().st_size,
    }))


def measure(target: str, out: Path) -> dict:
    run = subprocess.run([sys.executable, "-m", "benchmarks.archive_report", "--child", target, str(out)],
                         check=False, cwd=ROOT, capture_output=True, text=True, env=os.environ.copy())
    if run.returncode:
        raise SystemExit(f"the report of {target} failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def _tenth(folder: Path) -> str:
    path = folder / "tenth.db"
    print(f"generating a 1/10-scale database at {path} …", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "benchmarks.generate", "--db", str(path), "--scale", "0.1", "--replace"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return str(path)


def report(figures: list[tuple[str, dict]]) -> bool:
    header = (f"{'database':9} {'period':7} {'pages':>7} {'wall s':>7} {'ms/page':>8} {'CPU s':>7} {'CPU ms/p':>8} "
              f"{'data s':>6} {'longest step':>12} {'floor MB':>8} {'peak MB':>7}  budget")
    print(header)
    print("-" * len(header))
    ok = True
    for label, f in figures:
        passed = f["peak_mb"] <= PEAK_MB
        ok &= passed
        print(f"{label:9} {f['period']:7} {f['pages']:>7,} {f['seconds']:>7.1f} {f['seconds'] * 1000 / f['pages']:>8.2f} "
              f"{f['cpu']:>7.1f} {f['cpu'] * 1000 / f['pages']:>8.2f} {f['data_seconds'] or 0:>6.1f} "
              f"{f['longest_step']:>11.2f}s {f['floor_mb']:>8.0f} {f['peak_mb']:>7.0f}  "
              f"peak ≤ {PEAK_MB} MB: {'pass' if passed else 'MISS'}")
    (_, full), (_, tenth) = figures
    for what, key in (("wall-clock", "seconds"), ("CPU", "cpu")):
        ratio = (full[key] / full["pages"]) / (tenth[key] / tenth["pages"])
        passed = ratio <= LINEAR_RATIO
        ok &= passed
        print(f"{what} ms/page at full scale ÷ at 1/10 scale (the floor): {ratio:.2f}  "
              f"budget ≤ {LINEAR_RATIO}×: {'pass' if passed else 'MISS'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.archive_report", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the full-scale database (python -m benchmarks.generate); a path or URL")
    parser.add_argument("--scale-db", help="a 1/10-scale database (generate --scale 0.1); made when not given")
    parser.add_argument("--keep", help="keep the two PDFs in this folder")
    parser.add_argument("--child", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    if not args.db:
        parser.error("--db is required")
    folder = Path(tempfile.mkdtemp(prefix="zjtracker-archive-"))
    from benchmarks.run import _isolate

    _isolate(folder)
    keep = Path(args.keep) if args.keep else folder
    keep.mkdir(parents=True, exist_ok=True)
    tenth = args.scale_db or _tenth(folder)
    figures = []
    for label, target in (("full", args.db), ("1/10", tenth)):
        print(f"== {label}: {target}", file=sys.stderr, flush=True)
        figures.append((label, measure(target, keep / f"archive-{label.replace('/', '_')}.pdf")))
    ok = report(figures)
    if not args.keep:
        for file in folder.glob("*.pdf"):
            file.unlink()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
