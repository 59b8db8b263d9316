"""The database the program has open is never read as an input file: chosen by mistake as
evidence, a return or a policy document, it is refused by name before anything opens it.
On Linux and macOS opening and closing it would drop this process's SQLite locks, and
another program could then delete the write-ahead log this one still writes into."""

import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from zjtracker.db import open_database
from zjtracker.db.models import YearlyPlan
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.reader import read_policy_file
from zjtracker.services.evidence.checks import EvidenceRefused
from zjtracker.services.evidence.store import add_files
from zjtracker.services.periods import Period
from zjtracker.services.returns.preview import preview_return


def _first_plan(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.min(YearlyPlan.id)))


def test_the_open_database_and_its_log_are_refused_by_name(sample_db):
    path = sample_db.file
    wal = path.with_name(path.name + "-wal")
    with sample_db.engine.connect() as connection:  # the log exists while the program works
        connection.exec_driver_sql("PRAGMA user_version")
    assert wal.exists()
    plan_id = _first_plan(sample_db)

    with pytest.raises(EvidenceRefused, match="sample.db.*正在使用的数据库文件"):
        add_files(sample_db, plan_id, "2025Q3", [path])
    preview = preview_return(sample_db, wal, Period.parse("2025Q3"))
    assert preview.refused is not None and "sample.db-wal" in preview.refused.message
    assert "正在使用的数据库文件" in preview.refused.message
    with pytest.raises(ImportRefused, match="正在使用的数据库文件"):
        read_policy_file(path)


def test_a_copy_of_it_is_read_like_any_file(sample_db, tmp_path):
    """Only the open file itself is refused: a copy (a backup, a colleague's file) is just an
    unsupported document."""
    copy = tmp_path / "别人的.db"
    copy.write_bytes(sample_db.file.read_bytes())
    with pytest.raises(ImportRefused) as refused:
        read_policy_file(copy)
    assert "正在使用" not in refused.value.message


@pytest.mark.skipif(sys.platform == "win32", reason="Windows locks are held per handle")
def test_the_refusals_leave_the_database_locked(tmp_path):
    path = tmp_path / "台账.db"
    database = open_database(path)
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x)")
            connection.exec_driver_sql("INSERT INTO t VALUES (1)")
        with pytest.raises(EvidenceRefused):
            add_files(database, 1, "2025Q3", [path])
        with pytest.raises(ImportRefused):
            read_policy_file(path.with_name(path.name + "-wal"))
        subprocess.run([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                        "c.execute('SELECT count(*) FROM t').fetchall(); c.close()", str(path)], check=True)
        assert path.with_name(path.name + "-wal").exists()  # the other program could not remove it
        with database.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO t VALUES (2)")
    finally:
        database.dispose()
    check = sqlite3.connect(path)
    assert check.execute("SELECT count(*) FROM t").fetchone() == (2,)
    check.close()


def test_the_open_database_is_not_a_backup_to_restore_from(sample_db, tmp_path):
    from zjtracker.services.backups.refusal import RestoreRefused
    from zjtracker.services.backups.restore import restore

    other = tmp_path / "另一个.db"
    with pytest.raises(RestoreRefused, match="sample.db.*正在使用的数据库本身"):
        restore(str(other), sample_db.file)
    assert not other.exists()
