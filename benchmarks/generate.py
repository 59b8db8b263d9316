"""A large, realistic database for the benchmarks, the same for the same seed.

    python -m benchmarks.generate --db /tmp/zjtracker-large.db [--scale 1] [--seed 1] [--replace]
    python -m benchmarks.generate --db postgresql+psycopg://user@host/db

At scale 1: the five sample documents (init-sample) and generated policies to make about
60 policies, 300 units with aliases, 30,000 measures, 120,000 yearly plans and 500,000
progress reports over 2022–2026, 1,100 import batches and 1.2 million change-log rows
(benchmarks/gen_history.py), with Chinese texts built from the sample's sentences. The
schema comes from the program's own migrations (open_database); rows go in with bulk Core
inserts inside one transaction."""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import DateTime, func, insert, select, text, update

from benchmarks.corpus import unit_names
from benchmarks.gen_history import add_history
from benchmarks.gen_rows import (
    FIRST_YEAR, FREQUENCIES, GROUP_SHARE, LAST_YEAR, Ids, PolicyBuilder, PolicyShape, Rows, periods_of,
)
from zjtracker.db import open_database
from zjtracker.db.engine import Database
from zjtracker.db.models import Base, Unit, UnitAlias
from zjtracker.importing.annotations.units import match_key, unit_kind

TARGETS = {"policies": 60, "units": 300, "measures": 30_000, "yearly_plans": 120_000,
           "progress_reports": 500_000}
BIG_POLICY_TASKS = 500  # the first generated policy: the one the tree benchmark expands
STAMP = datetime(2022, 1, 1, 9, 0)
CHUNK = 5000
WHO = ("user", "machine", "imported_by", "updated_by", "sent_by")  # columns naming who or where
COUNTED = ("policies", "areas", "measures", "units", "unit_aliases", "assignments", "yearly_plans",
           "progress_reports")


class NotEmpty(RuntimeError):
    pass


@dataclass(frozen=True)
class Plan:
    """How many rows of each kind to add, from the targets, the scale and what is there."""

    policies: int
    units: int
    measure_rows: int
    plans: int
    reports: int

    @classmethod
    def of(cls, scale: float, have: dict[str, int]) -> Plan:
        def share(table: str, least: int) -> int:
            return max(least, round(max(TARGETS[table] - have.get(table, 0), 0) * scale))

        return cls(share("policies", 1), share("units", 5), share("measures", 20), share("yearly_plans", 40),
                   share("progress_reports", 100))


def generate(target: str | Path, scale: float = 1.0, seed: int = 1, sample: bool = True,
             replace: bool = False, log: Callable[[str], None] = print) -> dict[str, int]:
    """Fill the (new, empty) database at ``target``; returns the row counts."""
    started = time.perf_counter()
    if replace:
        _remove_sqlite_file(target)
    database = open_database(target)
    try:
        if _count(database)["policies"]:
            raise NotEmpty(f"数据库“{database.display_name()}”中已有政策；请换一个新文件，或加 --replace。")
        if sample:
            from zjtracker.services.policies.sample import init_sample

            init_sample(database)
            _normalise_sample(database)
            log(f"示例政策已载入（{time.perf_counter() - started:.1f} 秒）")
        rng = random.Random(seed)
        have = _count(database)
        plan = Plan.of(scale, have)
        ids = Ids({table: have_max + 1 for table, have_max in _max_ids(database).items()})
        with database.engine.begin() as connection:
            units = _add_units(connection, rng, ids, plan.units)
            shapes = _shapes(rng, plan)
            rows = Rows()
            builder = PolicyBuilder(rng, ids, rows, units)
            for number, shape in enumerate(shapes, 1):
                builder.build(shape)
                _flush(connection, rows)
                if number % 10 == 0 or number == len(shapes):
                    log(f"[{number}/{len(shapes)}] 已生成（{time.perf_counter() - started:.1f} 秒）")
            batches, changes = add_history(connection, rng, ids, scale)
            log(f"导入批次 {batches}，修改记录 {changes}（{time.perf_counter() - started:.1f} 秒）")
            if database.engine.dialect.name == "postgresql":
                _reset_sequences(connection)
        if database.engine.dialect.name == "postgresql":
            with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("ANALYZE")
        counts = _count(database)
        log("；".join(f"{table} {counts[table]}" for table in COUNTED)
            + f"（共 {time.perf_counter() - started:.1f} 秒）")
        return counts
    finally:
        database.dispose()


def _remove_sqlite_file(target: str | Path) -> None:
    if "://" in str(target):
        return
    for suffix in ("", "-wal", "-shm"):
        path = Path(str(target) + suffix)
        if path.exists():
            path.unlink()


def _count(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {table: connection.scalar(select(func.count()).select_from(Base.metadata.tables[table]))
                for table in COUNTED}


def _max_ids(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {table: connection.scalar(select(func.coalesce(func.max(Base.metadata.tables[table].c.id), 0)))
                for table in COUNTED}


def _normalise_sample(database: Database) -> None:
    """Loading stamps the clock, the user and the machine on some rows (the import batches,
    the change log); fix them so that the same seed gives the same database on any day, on
    any machine."""
    with database.engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            values = {column.name: STAMP for column in table.c if isinstance(column.type, DateTime)}
            values.update({name: "benchmark" for name in WHO if name in table.c})
            if values:
                connection.execute(update(table).values(**values))


def _add_units(connection, rng: random.Random, ids: Ids, wanted: int) -> list[int]:
    """Add up to ``wanted`` units with aliases; return every unit id, busiest first."""
    taken_names = set(connection.scalars(select(Unit.name)))
    taken_aliases = set(connection.scalars(select(UnitAlias.alias))) | taken_names
    new_units, new_aliases = [], []
    for candidate in unit_names():
        if len(new_units) >= wanted:
            break
        if candidate.name in taken_aliases:
            continue
        unit_id = ids.take("units")
        new_units.append({"id": unit_id, "name": candidate.name, "kind": unit_kind(candidate.name)})
        taken_aliases.add(candidate.name)
        for alias in candidate.aliases:
            if alias not in taken_aliases:
                taken_aliases.add(alias)
                new_aliases.append({"id": ids.take("unit_aliases"), "unit_id": unit_id, "alias": alias,
                                    "match_key": match_key(alias)})
    if new_units:
        connection.execute(insert(Unit), new_units)
    if new_aliases:
        connection.execute(insert(UnitAlias), new_aliases)
    everyone = sorted(connection.scalars(select(Unit.id)))
    rng.shuffle(everyone)
    return everyone


def _shapes(rng: random.Random, plan: Plan) -> list[PolicyShape]:
    """Sizes, years and rhythms of the generated policies, tuned so the totals come out
    near the plan's counts."""
    leaves_total = max(plan.measure_rows - round(plan.measure_rows * GROUP_SHARE), plan.policies)
    first = min(max(5, round(BIG_POLICY_TASKS * min(plan.measure_rows / 29_221, 1))), leaves_total)
    rest = plan.policies - 1
    if rest == 0:
        first = leaves_total
    weights = [rng.uniform(0.3, 1.7) for _ in range(rest)]
    remaining = leaves_total - first
    sizes = [first] + [max(1, round(remaining * w / sum(weights))) for w in weights]
    years_per_leaf = min(max(plan.plans / max(sum(sizes), 1), 1.0), LAST_YEAR - FIRST_YEAR + 1)
    draft = []
    for number, leaves in enumerate(sizes, 1):
        whole = int(years_per_leaf)
        span = whole + (1 if rng.random() < years_per_leaf - whole else 0)
        span = min(span, LAST_YEAR - FIRST_YEAR + 1)
        start = rng.randint(FIRST_YEAR, LAST_YEAR - span + 1)
        frequency = "quarterly" if number == 1 else _frequency(rng)
        groups = round(leaves * GROUP_SHARE / (1 - GROUP_SHARE))
        draft.append((number, leaves, groups, tuple(range(start, start + span)), frequency))
    due = 0.0
    for _number, leaves, _groups, years, frequency in draft:
        for year in years:
            count = len(periods_of(year, frequency))
            due += leaves * (count - 0.15 * (count // 2))
    share = min(1.0, plan.reports / max(due, 1.0))
    return [PolicyShape(number, leaves, groups, years, frequency, share)
            for number, leaves, groups, years, frequency in draft]


def _frequency(rng: random.Random) -> str:
    value, total = rng.random(), 0.0
    for frequency, weight in FREQUENCIES:
        total += weight
        if value < total:
            return frequency
    return FREQUENCIES[0][0]


def _flush(connection, rows: Rows) -> None:
    for table, items in rows.tables.items():
        for start in range(0, len(items), CHUNK):
            connection.execute(insert(Base.metadata.tables[table]), items[start:start + CHUNK])
        items.clear()


def _reset_sequences(connection) -> None:
    """Rows went in with their ids; let PostgreSQL's sequences carry on after them."""
    for table in (*COUNTED, "import_batches", "change_log"):
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL of an empty database")
    parser.add_argument("--scale", type=float, default=1.0, help="share of the full size (0.01 for tests)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-sample", action="store_true", help="leave out the five sample documents")
    parser.add_argument("--replace", action="store_true", help="delete an existing SQLite file first")
    args = parser.parse_args(argv)
    try:
        generate(args.db, args.scale, args.seed, sample=not args.no_sample, replace=args.replace)
    except NotEmpty as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
