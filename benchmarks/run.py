"""Measure the program on a large database and on the sample; print every figure with its
floor (the same visible result with the bare libraries, measured in the same run), the ratio
and the budget.

    python -m benchmarks.generate --db /tmp/zjtracker-large.db --replace
    python -m benchmarks.run --large /tmp/zjtracker-large.db [--repeat 5] [--json figures.json]

The databases given are never changed: the run works on a copy (a file copy for SQLite, a
database made from it as a template on PostgreSQL)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _isolate(folder: Path) -> None:
    """Settings, data folder and Qt platform of this process and the ones it starts."""
    os.environ.update(QT_QPA_PLATFORM="offscreen", ZJTRACKER_DATA_DIR=str(folder / "data"),
                      XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "share"),
                      XDG_RUNTIME_DIR=str(folder / "run"), HOME=str(folder))
    (folder / "run").mkdir(mode=0o700, exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--large", help="the large database (python -m benchmarks.generate); a path or URL")
    parser.add_argument("--sample", help="the sample database; made with init-sample when not given")
    parser.add_argument("--no-sample", action="store_true", help="measure the large database only")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measurement (the median counts)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="zjtracker-bench-"))
    _isolate(folder)
    sys.path.insert(0, str(ROOT))

    from benchmarks.report import print_table
    from benchmarks.suite import Suite, working_copy

    figures = []
    targets = []
    if args.large:
        targets.append(("large", args.large))
    if not args.no_sample:
        targets.append(("sample", args.sample or _sample(folder)))
    try:
        for label, target in targets:
            with working_copy(target, folder) as copy:
                print(f"== {label}: {copy}", file=sys.stderr, flush=True)
                figures += Suite(label, copy, folder, args.repeat).run()
    finally:
        from zjtracker.services.backups.create import wait_for_backups

        wait_for_backups()  # then the copies, backups and written files go with the folder
        shutil.rmtree(folder, ignore_errors=True)
    print_table(figures)
    if args.json:
        Path(args.json).write_text(json.dumps([f.as_dict() for f in figures], ensure_ascii=False, indent=2),
                                   encoding="utf-8")
    return 0


def _sample(folder: Path) -> str:
    from zjtracker.db import open_database
    from zjtracker.services.policies.sample import init_sample

    path = folder / "sample.db"
    database = open_database(path)
    try:
        init_sample(database)
    finally:
        database.dispose()
    return str(path)


if __name__ == "__main__":
    sys.exit(main())
