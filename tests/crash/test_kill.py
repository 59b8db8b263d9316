"""Crash safety: the real program, importing a large ledger (3,000 measures) or a large
return (3,000 rows of progress), is killed with SIGKILL at points spread over the whole run
(starting, reading, writing, committing). After every kill the SQLite database passes
integrity_check and holds the whole batch or none of it, never a part; one run in each
series is left to finish, so the whole batch is seen too."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile.craft import LEDGER_HEADER, excel_style_parts, write_parts

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ROOT = Path(__file__).resolve().parents[2]
ROWS = 3000
EARLY_KILLS, WRITING_KILLS = 2, 3  # per command, besides the run left to finish
AREAS = ["一、优化营商环境", "二、推进产业升级", "三、加强民生保障"]
PERIOD = "2025Q3"


def task(n: int) -> str:
    return f"第{n}项任务：持续推进政务服务标准化、规范化、便利化，实现第{n}类高频事项一网通办。"


def _area(n: int) -> str:
    return AREAS[(n - 1) * len(AREAS) // ROWS]


def big_ledger(path: Path) -> Path:
    """A responsibility list in the city's layout: 3,000 measures with this year's plans."""
    rows = [["2025年湛江市压力测试工作任务台账"], LEDGER_HEADER[:5] + ["2025年工作计划"]]
    for n in range(1, ROWS + 1):
        rows.append([_area(n), "市发展和改革局" if n % 3 else "市商务局", "各县（市、区）人民政府（管委会）",
                     f"（{n}）", task(n), f"2025年完成第{n}项任务的阶段目标。"])
    return write_parts(path, excel_style_parts(rows))


def big_return(path: Path) -> Path:
    """The same ledger returned with 落实情况, 完成进度 and 评估情况 filled in on every row."""
    rows = [["2025年第三季度工作任务台账"], LEDGER_HEADER]
    for n in range(1, ROWS + 1):
        rows.append([_area(n), "市发展和改革局" if n % 3 else "市商务局", "各县（市、区）人民政府（管委会）",
                     f"（{n}）", task(n), f"第{n}项已推进，完成阶段目标。", "无", "无", n % 101, "序时推进", None])
    return write_parts(path, excel_style_parts(rows))


def program(db: Path, data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "zjtracker", "--db", str(db), "--data-dir", str(data_dir), *args]


def run(command: list[str]) -> float:
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def counts(db: Path) -> dict[str, int]:
    """Row counts of every table, after checking the file's integrity."""
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}
    finally:
        connection.close()


def wal_bytes(db: Path) -> int:
    try:
        return os.path.getsize(f"{db}-wal")
    except OSError:
        return 0


def watched_run(command: list[str], db: Path) -> tuple[float, float]:
    """Run ``command`` to its end, watching the database's write-ahead log: (seconds the
    run took, seconds until it began to write)."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    writing = None
    while process.poll() is None:
        if writing is None and wal_bytes(db) > 0:
            writing = time.monotonic() - started
        time.sleep(0.005)
    duration = time.monotonic() - started
    assert process.returncode == 0, process.stderr.read().decode()
    process.stderr.close()
    assert writing is not None, "the run wrote nothing"
    return duration, writing


@dataclass
class Kill:
    delay: float
    killed: bool  # False: the run had ended by itself
    wal: int  # bytes in the write-ahead log when it was killed: > 0 while writing
    state: str = ""


def kill_after(command: list[str], db: Path, delay: float) -> Kill:
    """Start ``command`` and SIGKILL it after ``delay`` seconds."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
        return Kill(delay, False, 0)
    except subprocess.TimeoutExpired:
        wal = wal_bytes(db)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        return Kill(delay, True, wal)


def kill_when_writing(command: list[str], db: Path) -> Kill:
    """Start ``command`` and SIGKILL it as soon as its write-ahead log holds something:
    while it writes, however short the writing is."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while process.poll() is None:
        wal = wal_bytes(db)
        if wal:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
            return Kill(time.monotonic() - started, True, wal)
        time.sleep(0.0005)
    return Kill(time.monotonic() - started, False, 0)


def crash_series(base: Path, tmp: Path, args: list[str], seed: int) -> tuple[dict, dict, list[Kill]]:
    """Run ``args`` on copies of ``base``: once to the end (timing it), then killed at
    random points: while starting and reading, and while writing and committing, until
    at least one kill has hit the writing."""
    before = counts(base)
    finished = tmp / "finished.db"
    shutil.copy(base, finished)
    duration, writing = watched_run(program(finished, tmp / "data", *args), finished)
    after = counts(finished)
    rng = random.Random(seed)
    plan = [rng.uniform(0.05, writing) for _ in range(EARLY_KILLS)]
    plan += [writing + (duration - writing) * rng.uniform(0, 1.1) for _ in range(WRITING_KILLS)]
    kills: list[Kill] = []
    while plan:
        db = tmp / f"killed{len(kills)}.db"
        shutil.copy(base, db)
        delay = plan.pop(0)
        command = program(db, tmp / "data", *args)
        kill = kill_when_writing(command, db) if delay is None else kill_after(command, db, delay)
        found = counts(db)
        kill.state = "none" if found == before else "whole" if found == after else "PARTIAL"
        assert kill.state != "PARTIAL", f"{kill} of a {duration:.2f} s run left {found}, not {before} or {after}"
        kills.append(kill)
        if not plan and not any(k.killed and k.wal and k.state == "none" for k in kills) \
                and len(kills) < EARLY_KILLS + WRITING_KILLS + 4:
            plan.append(None)  # at the first bytes of the log: while writing, however short
    return before, after, kills


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("crash")
    empty = folder / "empty.db"
    run(program(empty, folder / "data", "list"))  # creates and migrates the database
    ledger = big_ledger(folder / "压力测试台账.xlsx")
    with_policy = folder / "policy.db"
    shutil.copy(empty, with_policy)
    run(program(with_policy, folder / "data", "import-policy", str(ledger)))
    return {"empty": empty, "ledger": ledger, "with_policy": with_policy,
            "return": big_return(folder / "压力测试回报.xlsx")}


def test_a_killed_policy_import_stores_all_or_nothing(files, tmp_path):
    before, after, kills = crash_series(files["empty"], tmp_path, ["import-policy", str(files["ledger"])], 1)
    assert after["policies"] == before["policies"] + 1 and after["import_batches"] == before["import_batches"] + 1
    assert after["measures"] - before["measures"] == ROWS and after["yearly_plans"] - before["yearly_plans"] == ROWS
    assert any(k.killed and k.wal and k.state == "none" for k in kills), kills  # killed while writing


def test_a_killed_return_import_applies_all_or_nothing(files, tmp_path):
    args = ["import-updates", str(files["return"]), "--policy", "1", "--period", PERIOD]
    before, after, kills = crash_series(files["with_policy"], tmp_path, args, 2)
    assert after["progress_reports"] - before["progress_reports"] == ROWS
    assert after["import_batches"] == before["import_batches"] + 1
    assert after["change_log"] - before["change_log"] >= ROWS * 3  # 落实情况, 完成进度, 评估情况 at least
    assert any(k.killed and k.wal and k.state == "none" for k in kills), kills  # killed while writing
