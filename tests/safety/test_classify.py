"""Real database errors become one sentence the clerk can act on; everything else stays a bug."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from tests.safety.conftest import remount_read_only
from zjtracker.db import engine as engine_module
from zjtracker.db import open_database
from zjtracker.db.models import Area, ChangeLog, Unit
from zjtracker.db.safety import DatabaseProblem, check_integrity, classify


def _fail(action):
    try:
        action()
    except Exception as error:  # the real error, whatever it is
        return error
    raise AssertionError("expected an error")


def test_a_database_locked_by_another_program(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "台账.db"
    database = open_database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        def write():
            with database.session() as session:
                session.add(Unit(name="市商务局"))

        error = _fail(write)
        assert isinstance(error, OperationalError)
        problem = classify(error, path)
        assert problem.kind == "locked"
        assert str(path) in problem.message and "其他程序占用" in problem.message
        direct = _fail(lambda: sqlite3.connect(path, timeout=0.05).execute("INSERT INTO units (name, kind) "
                                                                          "VALUES ('x', 'city_bureau')"))
        assert classify(direct).kind == "locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        database.dispose()
    with database.session() as session:  # nothing was half-written
        assert session.query(Unit).count() == 0
    database.dispose()


def test_writing_a_database_opened_read_only(tmp_path):
    path = tmp_path / "ro.db"
    open_database(path).dispose()
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    error = _fail(lambda: connection.execute("INSERT INTO units (name, kind) VALUES ('x', 'city_bureau')"))
    connection.close()
    problem = classify(error, path)
    assert problem.kind == "read_only" and "只读" in problem.message


def test_a_database_on_a_read_only_filesystem(small_disk):
    path = small_disk / "z.db"
    database = open_database(path)
    with database.session() as session:
        session.add(Unit(name="市财政局"))
    database.dispose()
    remount_read_only(small_disk)
    error = _fail(lambda: open_database(path))
    problem = classify(error, path)
    assert problem.kind == "read_only", problem.details
    assert "只读" in problem.message and "复制到可以写入的文件夹" in problem.message
    with pytest.raises(DatabaseProblem) as checked:  # a WAL file cannot even be read there
        check_integrity(path)
    assert checked.value.kind == "read_only"
    os_error = _fail(lambda: (small_disk / "new.txt").write_text("x"))
    assert os_error.errno == errno.EROFS
    assert classify(os_error, path).kind == "read_only"


def test_a_full_disk(tiny_disk):
    path = tiny_disk / "z.db"
    database = open_database(path)
    with database.session() as session:
        session.add(Unit(name="市商务局"))

    def fill():
        for _ in range(1000):
            with database.session() as session:
                session.add(ChangeLog(entity="progress", entity_id=1, field="status_text", new="很长的落实情况" * 2000))

    error = _fail(fill)
    problem = classify(error, path)
    assert problem is not None and problem.kind == "disk_full", repr(error)
    assert "磁盘已满" in problem.message and str(path) in problem.message
    database.dispose()
    os_error = _fail(lambda: (tiny_disk / "big.bin").write_bytes(b"x" * 2_000_000))
    assert os_error.errno == errno.ENOSPC
    assert classify(os_error, path).kind == "disk_full"
    assert classify(os_error) is None  # a file problem elsewhere is not the database's


def test_a_damaged_file_cannot_be_opened(tmp_path):
    path = tmp_path / "坏.db"
    open_database(path).dispose()
    with open(path, "r+b") as handle:
        handle.write(os.urandom(100))  # the header is gone
    error = _fail(lambda: open_database(path))
    problem = classify(error, path)
    assert problem.kind == "damaged"
    assert "从备份恢复" in problem.message and "不是本程序的数据库" in problem.message


def test_an_unreachable_server_hides_the_password():
    url = "postgresql+psycopg://clerk:secret@127.0.0.1:1/ledger"
    error = _fail(lambda: open_database(url))
    problem = classify(error, url)
    assert problem.kind == "unreachable"
    assert "secret" not in problem.message and "127.0.0.1:1/ledger" in problem.message


@pytest.fixture
def pg_url(pg_databases):
    url = pg_databases.create()
    yield url
    pg_databases.drop(url)


def test_postgresql_lock_and_read_only_errors(pg_url):
    database = open_database(pg_url)
    try:
        with database.engine.connect() as holder:
            holder.execute(text("BEGIN"))
            holder.execute(text("LOCK TABLE units IN ACCESS EXCLUSIVE MODE"))

            def blocked():
                with database.session() as session:
                    session.execute(text("SET LOCAL lock_timeout = '100ms'"))
                    session.add(Unit(name="市商务局"))

            assert classify(_fail(blocked), pg_url).kind == "locked"
            holder.execute(text("ROLLBACK"))

        def read_only():
            with database.session() as session:
                session.execute(text("SET TRANSACTION READ ONLY"))
                session.add(Unit(name="市财政局"))

        assert classify(_fail(read_only), pg_url).kind == "read_only"
    finally:
        database.dispose()


def test_program_errors_stay_bugs(database):
    def broken_reference():
        with database.session() as session:
            session.add(Area(policy_id=999, label="一、", title="x"))

    error = _fail(broken_reference)
    assert isinstance(error, IntegrityError)
    assert classify(error) is None
    assert classify(ValueError("bad")) is None
    assert classify(KeyError("x"), where="/tmp/x.db") is None
    assert classify(FileNotFoundError(errno.ENOENT, "No such file", "/tmp/report.pdf")) is None


def test_a_problem_passes_through_wrappers(tmp_path):
    problem = DatabaseProblem("locked", str(tmp_path / "a.db"))
    try:
        try:
            raise problem
        except DatabaseProblem as inner:
            raise RuntimeError("while saving") from inner
    except RuntimeError as outer:
        assert classify(outer) is problem
