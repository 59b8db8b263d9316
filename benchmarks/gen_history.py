"""The history of a generated archive: import batches (returned workbooks, one per unit and
period) and the change log they and the clerks' typing left, at the volume a bureau
reaches in a few years (1,100 batches and 1.2 million change-log rows at scale 1).

Rows go in with bulk Core inserts, in the generator's transaction; texts are drawn from a
pool built once from the sample's sentences, so a million rows take seconds to make."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select, text

from benchmarks import corpus as words
from benchmarks.gen_rows import Ids, Texts
from zjtracker.db.models import ChangeLog, ImportBatch, ProgressReport, Unit
from zjtracker.services.history.log_search import BODY

BATCHES, LOG_ROWS = 1_100, 1_200_000
CHUNK = 10_000
USERS = words.CLERKS[:6]
MACHINES = ("DESKTOP-ZJ01", "DESKTOP-ZJ02", "ZJFGW-PC", "LAPTOP-KE")
FIELDS = (("status_text", 0.45), ("percent", 0.25), ("assessment", 0.15), ("problems", 0.13), ("remarks", 0.02))
RARE = "已纳入督办"  # in about one row in fifty thousand (a remark): the rare text of the benchmark
START, END = datetime(2022, 3, 1, 8, 0), datetime(2026, 10, 20, 18, 0)


def add_history(connection, rng: random.Random, ids: Ids, scale: float) -> tuple[int, int]:
    """Add the batches and the change log; returns how many of each."""
    batches, rows = max(1, round(BATCHES * scale)), max(100, round(LOG_ROWS * scale))
    for table in (ImportBatch, ChangeLog):
        ids.next[table.__tablename__] = (connection.scalar(select(func.max(table.id))) or 0) + 1
    reports = list(connection.scalars(select(ProgressReport.id)))
    units = list(connection.execute(select(Unit.id, Unit.name)))
    if not reports or not units:
        return 0, 0
    texts = Texts(rng)
    pool = [texts.progress(rng.uniform(10, 100)) for _ in range(4000)]
    problems = [texts.problem() for _ in range(200)]
    span = (END - START).total_seconds()
    batch_rows = []
    for number in range(batches):
        unit_id, unit = rng.choice(units)
        at = START + timedelta(seconds=span * (number + rng.random()) / batches)
        period = f"{at.year}Q{(at.month - 1) // 3 + 1}"
        batch_rows.append({
            "id": ids.take("import_batches"), "kind": "updates", "file_name": f"{unit}-{period}报送表.xlsx",
            "sha256": f"{rng.getrandbits(256):064x}", "imported_at": at, "imported_by": rng.choice(USERS),
            "policy_id": None, "period": period, "counts": "{}", "undone_at": None, "unit_id": unit_id,
            "sent_workbook_id": None})
    connection.execute(insert(ImportBatch), batch_rows)
    names, weights = zip(*FIELDS)
    log: list[dict] = []
    per_batch = rows * 0.8 / batches  # four rows in five come from a returned workbook
    written = 0
    while written < rows:
        batch = rng.choice(batch_rows) if rng.random() < 0.8 else None
        count = max(1, round(rng.uniform(0.5, 1.5) * (per_batch if batch else 12)))
        count = min(count, rows - written)
        at = batch["imported_at"] if batch else START + timedelta(seconds=rng.random() * span)
        user = batch["imported_by"] if batch else rng.choice(USERS)
        machine = rng.choice(MACHINES)
        source = "import" if batch else ("typed" if rng.random() < 0.9 else "undo")
        for _ in range(count):
            field = rng.choices(names, weights)[0]
            log.append({
                "id": ids.take("change_log"), "at": at, "user": user, "machine": machine,
                "entity": "progress", "entity_id": rng.choice(reports), "field": field,
                **_values(rng, field, pool, problems),
                "source": source, "batch_id": batch["id"] if batch else None})
            at += timedelta(milliseconds=3)
        written += count
        if len(log) >= CHUNK:
            connection.execute(insert(ChangeLog), log)
            log.clear()
    if log:
        connection.execute(insert(ChangeLog), log)
    if connection.dialect.name == "sqlite":  # the search index, in one statement (log_search.catch_up)
        connection.execute(text(f"INSERT INTO change_log_fts(rowid, body) SELECT id, {BODY} FROM change_log "
                                "WHERE id > (SELECT coalesce(max(rowid), 0) FROM change_log_fts) ORDER BY id"))
    elif connection.dialect.name == "postgresql":  # the search index of migration 0008, in bulk
        from zjtracker.services.history.log_search_pg import index_all_queued

        index_all_queued(connection)
    return batches, rows


def _values(rng: random.Random, field: str, pool: list[str], problems: list[str]) -> dict:
    if field == "status_text":
        return {"old": rng.choice(pool) if rng.random() < 0.5 else "", "new": rng.choice(pool)}
    if field == "percent":
        new = rng.randint(5, 100)
        return {"old": str(max(0, new - rng.randint(5, 40))) if rng.random() < 0.7 else "", "new": str(new)}
    if field == "assessment":
        return {"old": "", "new": rng.choice(("已完成", "按序时推进", "滞后"))}
    if field == "problems":
        return {"old": "", "new": rng.choice(problems)}
    return {"old": "", "new": RARE if rng.random() < 0.05 else rng.choice(words.REMARKS[:3])}
