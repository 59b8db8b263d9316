"""Several desks, each with its own engine, race on the same progress row many times:
every save that returned OK is in the database's history in version order, every other
save was reported as a conflict, and nothing is lost silently (SQLite and PostgreSQL)."""

from __future__ import annotations

import random
import threading
import time
import traceback
from dataclasses import dataclass

from sqlalchemy import select

from zjtracker.db import open_database
from zjtracker.db.models import ChangeLog, ProgressReport
from zjtracker.services.progress import EditConflict, load_progress, save_progress, with_values

ROUNDS = 200  # per desk
DESKS = 3
LOCKSTEP_EVERY = 10  # every 10th round all desks load the same version, then all save


@dataclass(frozen=True)
class Attempt:
    desk: int
    value: str
    loaded: int | None  # the version the desk loaded
    ok: bool
    version: int | None  # saved version, or the version that beat it (the conflict's theirs)


def _desk(url, desk, plan_id, period_of, rounds, barrier, attempts, errors):
    database = open_database(url, migrate=False)
    rng = random.Random(desk)
    try:
        for number in range(rounds):
            period = period_of(number)
            form = load_progress(database, plan_id, period)
            if number % LOCKSTEP_EVERY == 0:
                barrier.wait(timeout=60)
            time.sleep(rng.uniform(0, 0.004))
            value = f"第{desk}台第{number}次"
            try:
                saved = save_progress(database, with_values(form, status_text=value, percent=float(number % 101)))
                attempts.append(Attempt(desk, value, form.version, True, saved.version))
            except EditConflict as conflict:
                attempts.append(Attempt(desk, value, form.version, False, conflict.theirs.version))
    except BaseException:  # noqa: B036 - reported by the test thread
        errors.append(traceback.format_exc())
        barrier.abort()
    finally:
        database.dispose()


def _race(url, plan_id, period_of, desks=DESKS, rounds=ROUNDS) -> list[Attempt]:
    barrier = threading.Barrier(desks)
    attempts: list[Attempt] = []
    errors: list[str] = []
    threads = [threading.Thread(target=_desk, args=(url, desk, plan_id, period_of, rounds, barrier,
                                                     attempts, errors)) for desk in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors[0]  # only OK or EditConflict, never a database error
    assert len(attempts) == desks * rounds
    return attempts


def _log(database, report_id) -> list[tuple[str | None, str | None]]:
    with database.session() as session:
        return [(row.old, row.new) for row in session.scalars(
            select(ChangeLog).where(ChangeLog.entity == "progress", ChangeLog.entity_id == report_id,
                                    ChangeLog.field == "status_text").order_by(ChangeLog.id))]


def test_racing_desks_on_one_row_lose_nothing(database, database_url, plan_id):
    attempts = _race(database_url, plan_id, lambda _number: "2024Q3")
    saved = sorted((a for a in attempts if a.ok), key=lambda a: a.version)
    conflicts = [a for a in attempts if not a.ok]

    # the versions are one line: each OK save was made on top of the one before it
    assert [a.version for a in saved] == list(range(1, len(saved) + 1))
    assert all((a.loaded or 0) == a.version - 1 for a in saved)
    # every conflict was real: someone had saved since that desk loaded
    assert all(a.version is not None and a.version > (a.loaded or 0) for a in conflicts)
    assert len(conflicts) >= (ROUNDS // LOCKSTEP_EVERY) * (DESKS - 1)  # lockstep rounds: one winner each
    assert len(saved) >= ROUNDS // LOCKSTEP_EVERY

    # the database holds the last OK save, and its history every OK save in order
    final = load_progress(database, plan_id, "2024Q3")
    assert (final.version, final.status_text) == (len(saved), saved[-1].value)
    with database.session() as session:
        report_id = session.scalar(select(ProgressReport.id).where(ProgressReport.plan_id == plan_id))
    log = _log(database, report_id)
    values = [a.value for a in saved]
    assert log == list(zip(["", *values[:-1]], values))
    assert not {a.value for a in conflicts} & {new for _old, new in log}  # a refused save left no trace


def test_racing_to_create_the_same_row_is_a_conflict_not_an_error(database, database_url, plan_id):
    """Every round is a new period, and in lockstep rounds all desks see nothing stored,
    then save at once. On PostgreSQL the losers hit the unique key; that is a conflict with
    the winner's row, not an error."""
    rounds = 40
    attempts = _race(database_url, plan_id, lambda number: f"{2000 + number // 4}Q{number % 4 + 1}",
                     desks=2, rounds=rounds)
    by_period: dict[int, list[Attempt]] = {}
    for attempt in attempts:
        by_period.setdefault(int(attempt.value.rsplit("第", 1)[1].rstrip("次")), []).append(attempt)
    for number, pair in by_period.items():
        period = f"{2000 + number // 4}Q{number % 4 + 1}"
        stored = load_progress(database, plan_id, period)
        winners = sorted((a for a in pair if a.ok), key=lambda a: a.version)
        assert [a.version for a in winners] == list(range(1, len(winners) + 1)), period
        assert (stored.version, stored.status_text) == (len(winners), winners[-1].value), period
        if number % LOCKSTEP_EVERY == 0:  # both loaded an empty period: exactly one could win
            [loser] = [a for a in pair if not a.ok]
            assert loser.loaded is None and loser.version == 1
