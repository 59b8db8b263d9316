"""``backup -o FILE`` and ``restore FILE`` as a script uses them: exit status and one Chinese sentence."""

from __future__ import annotations

import shutil
import sqlite3

from tests.backup.conftest import all_rows
from tests.safety.test_integrity import damage_middle
from tests.test_cli import run
from zjtracker import cli
from zjtracker.db import backup_file, open_database


def test_backup_and_restore_from_the_command_line(sample_sqlite, tmp_path):
    db = tmp_path / "台账.db"
    shutil.copy(sample_sqlite, db)
    data = tmp_path / "数据"
    for name in ("备份.db", "备份.zjtbak"):
        done = run("--data-dir", data, "--db", db, "backup", "-o", tmp_path / name)
        assert done.returncode == 0, done.stderr
        assert f"已把数据库“{db}”备份到“{tmp_path / name}”" in done.stdout
    assert all_rows(tmp_path / "备份.db") == all_rows(db)
    assert "可移植备份" in run("--db", db, "backup", "-o", tmp_path / "again.zjtbak").stdout

    target = tmp_path / "另一个.db"
    done = run("--data-dir", data, "restore", tmp_path / "备份.zjtbak", "--db", target)  # --db after the command
    assert done.returncode == 0, done.stderr
    assert "已用备份" in done.stdout and "另存为" not in done.stdout
    assert all_rows(target) == all_rows(db)

    done = run("--data-dir", data, "--db", target, "restore", tmp_path / "备份.db")
    assert done.returncode == 0, done.stderr
    kept = list((data / "backups").glob("另一个-before-restore-*.db"))
    assert len(kept) == 1 and f"被替换的数据库已另存为“{kept[0]}”" in done.stdout


def test_refusals_are_one_sentence_and_exit_1(sample_sqlite, tmp_path):
    db = tmp_path / "台账.db"
    shutil.copy(sample_sqlite, db)
    damaged = tmp_path / "坏备份.db"
    shutil.copy(sample_sqlite, damaged)
    damage_middle(damaged)
    rows = all_rows(db)
    cases = [
        (["--db", db, "restore", damaged], "已损坏"),
        (["--db", db, "restore", tmp_path / "没有.db"], "找不到备份文件"),
        (["--db", tmp_path / "没有这个库.db", "backup", "-o", tmp_path / "x.db"], "无法访问数据库"),
        (["--db", db, "backup", "-o", "/proc/备份.db"], "无法写入"),
        (["--db", db, "restore", db], "是要恢复的数据库本身"),
    ]
    for args, words in cases:
        done = run(*args)
        assert done.returncode == 1, (args, done.stderr)
        assert words in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert all_rows(db) == rows
    assert not (tmp_path / "没有这个库.db").exists()
    assert not list(tmp_path.rglob("*before-restore*"))  # refused before anything was kept or copied


def test_wrong_usage_exits_2(tmp_path):
    for args in (["restore"], ["backup"], ["--db", "nosuchdriver://x/y", "backup", "-o", tmp_path / "x.zjtbak"]):
        done = run(*args)
        assert done.returncode == 2 and "用法错误" in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_restore_into_a_server_database_holding_rows(pg_url, tmp_path, sample_sqlite):
    database = open_database(pg_url)
    from tests.services.factories import result_of, small_policy
    from zjtracker.services.policies.importer import store_result

    store_result(database, result_of(small_policy()), "x")
    database.dispose()
    done = run("--db", pg_url, "restore", sample_sqlite)
    assert done.returncode == 1 and "已经有数据" in done.stderr and "Traceback" not in done.stderr


def test_a_database_held_by_another_program(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(backup_file, "LOCK_WAIT_SECONDS", 0.3)
    db = tmp_path / "held.db"
    open_database(db).dispose()
    assert cli.main(["--db", str(db), "backup", "-o", str(tmp_path / "good.db")]) == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO units (name, kind) VALUES ('市商务局', 'city_bureau')")
    try:
        code = cli.main(["--db", str(db), "backup", "-o", str(tmp_path / "b.db")])
        restore_code = cli.main(["--db", str(db), "restore", str(tmp_path / "good.db")])
    finally:
        holder.close()
    err = capsys.readouterr().err
    assert code == 1 and "其他程序占用" in err
    assert restore_code == 1 and err.count("其他程序占用") == 2
    assert not (tmp_path / "b.db").exists()
