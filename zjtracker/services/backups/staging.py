"""The private copy of a backup that a restore writes from, built and checked before the
database is touched.

A SQLite backup: sound (``PRAGMA integrity_check``), ours (one known schema revision),
holding exactly the program's schema of that revision (services/backups/schema_check.py) and no
reference to a missing record; then copied, migrated to the newest schema, and every value
checked (services/backups/value_check.py). A portable backup: read within its size limits
(db/portable.py), every value checked as it is loaded. Anything else is refused with one
sentence; a full disk or a folder that cannot be written is said as such.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import StatementError

from zjtracker.db.engine import make_engine
from zjtracker.db.live_files import is_open_database_file
from zjtracker.db.migrate import KNOWN_HEAD, foreign_keys_off, revisions_in_order, upgrade
from zjtracker.db.portable import PortableFileError, PortableReader, PortableTooLarge, database_tables, is_portable_file
from zjtracker.db.portable_load import UnknownRevision, load_tables
from zjtracker.db.safety import DISK_FULL, READ_ONLY, DatabaseProblem, check_integrity, classify, sqlite_uri
from zjtracker.services.backups.refusal import TABLE_WORDS, UNTOUCHED, RestoreRefused
from zjtracker.services.backups.schema_check import check_schema, revision_of
from zjtracker.services.backups.value_check import check_sqlite_values, checked_blocks


def existing_backup(backup: str | os.PathLike) -> Path:
    path = Path(backup).expanduser().absolute()
    if not path.is_file():
        raise RestoreRefused(f"找不到备份文件“{path}”。")
    if is_open_database_file(path):  # opening it would drop this process's locks on it (db/live_files.py)
        raise RestoreRefused(f"“{path.name}”是正在使用的数据库本身（或它的日志文件），不能用它来恢复。"
                             "请选择备份文件夹中的一份备份。")
    return path


def build_stage(backup: Path, stage: Path) -> None:
    """A private SQLite copy of the backup at the newest schema, checked."""
    with refused_as_sentences(backup, stage):
        if is_portable_file(backup):
            engine = make_engine("sqlite:///" + str(stage))
            try:
                with engine.connect() as connection, foreign_keys_off(connection), connection.begin():
                    load_backup(connection, backup)
            finally:
                engine.dispose()
            problems = check_integrity(stage)
        else:
            # The copy holds the backup's bytes: it is checked in the backup's place (one
            # integrity check, and the backup itself is never opened by SQLite).
            shutil.copyfile(backup, stage)
            if Path(str(backup) + "-wal").exists():
                shutil.copyfile(str(backup) + "-wal", str(stage) + "-wal")
                revision = check_sqlite_backup(stage, backup)
                _check_stage_as_copied(stage, revision, backup.name)
            else:
                revision = _checked_alongside(stage, backup)
            if revision != KNOWN_HEAD:
                engine = make_engine("sqlite:///" + str(stage))
                try:
                    upgrade(engine)
                finally:
                    engine.dispose()
                check_sqlite_values(stage, backup.name)
            # Migrations rewrite tables: the result is checked again; at the newest revision
            # nothing was written since the check above.
            problems = check_integrity(stage) if revision != KNOWN_HEAD else []
    if problems:
        raise RestoreRefused(f"备份文件“{backup.name}”转换后未通过完整性检查（{problems[0]}），不能用来恢复。")


def check_sqlite_backup(copy: Path, backup: Path) -> str:
    """A SQLite backup (checked in ``copy``, a copy of its bytes) must be sound, ours, and
    of a schema revision this program knows; its revision. Sentences name the backup."""
    try:
        problems = check_integrity(copy)
    except DatabaseProblem as problem:
        problems = problem
    _say_integrity(problems, backup)
    return _revision_of(copy, backup)


def _say_integrity(found: list[str] | BaseException, backup: Path) -> None:
    """The integrity check's outcome (its problems, or the error it raised) as a refusal."""
    if isinstance(found, DatabaseProblem):
        said = DatabaseProblem(found.kind, str(backup), found.details)
        raise RestoreRefused(f"无法读取备份文件“{backup.name}”：{said.message}") from found
    if isinstance(found, BaseException):
        raise found
    if found:
        raise RestoreRefused(f"备份文件“{backup.name}”已损坏（{found[0]}），不能用来恢复。"
                             "请选择另一份备份。")


def _revision_of(copy: Path, backup: Path) -> str:
    connection = sqlite3.connect(sqlite_uri(copy), uri=True)
    try:
        revision = revision_of(connection, backup.name)
    finally:
        connection.close()
    if revision not in revisions_in_order():
        raise refusal(backup, UnknownRevision(revision))
    return revision


def _checked_alongside(stage: Path, backup: Path) -> str:
    """``check_sqlite_backup`` and ``_check_stage_as_copied`` with, at the newest revision
    (nothing to migrate), the value check, while the integrity check runs in a thread of its
    own: only reads, so nothing of the copy runs before its schema is known to be ours. The
    sentence is the one the checks one after another give: the integrity check's first."""
    outcome: list = []

    def integrity() -> None:
        try:
            outcome.append(check_integrity(stage))
        except BaseException as error:  # noqa: BLE001 - said below, in the order of the checks
            outcome.append(error)

    thread = threading.Thread(target=integrity, name="restore-integrity-check", daemon=True)
    thread.start()
    failed: BaseException | None = None
    revision = ""
    try:
        revision = _revision_of(stage, backup)
        _check_stage_as_copied(stage, revision, backup.name)
        if revision == KNOWN_HEAD:
            check_sqlite_values(stage, backup.name)
    except BaseException as error:  # noqa: BLE001 - raised below, once the integrity check has spoken
        failed = error
    thread.join()
    _say_integrity(outcome[0], backup)
    if failed is not None:
        raise failed
    return revision


def _check_stage_as_copied(stage: Path, revision: str, name: str) -> None:
    """Before anything of the copy runs: the program's schema only, no broken reference."""
    connection = sqlite3.connect(stage)
    try:
        check_schema(connection, revision, name)
        broken = connection.execute("PRAGMA foreign_key_check").fetchone()
    finally:
        connection.close()
    if broken is not None:
        raise RestoreRefused(f"备份文件“{name}”中的{TABLE_WORDS.get(broken[0], broken[0])}记录指向不存在的"
                             f"{TABLE_WORDS.get(broken[2], broken[2])}记录，数据不完整。{UNTOUCHED}")


def load_backup(connection, backup: Path) -> None:
    """Rows of a portable file or of a (staged, private, checked) SQLite file into the
    empty database on ``connection``."""
    if is_portable_file(backup):
        with PortableReader(backup) as reader:
            load_tables(connection, reader.revision, checked_blocks(reader.tables(), backup.name))
        return
    from alembic.runtime.migration import MigrationContext

    source = make_engine("sqlite:///" + str(backup))
    try:
        with source.connect() as reading, reading.begin():
            revision = MigrationContext.configure(reading).get_current_revision()
            load_tables(connection, revision, database_tables(reading))
    finally:
        source.dispose()


@contextmanager
def refused_as_sentences(backup: Path, written: Path | str) -> Iterator[None]:
    """Errors of reading a backup and writing its copy as sentences: the backup's faults as
    RestoreRefused, a full disk or a place that cannot be written as DatabaseProblem."""
    try:
        yield
    except (RestoreRefused, DatabaseProblem):
        raise
    except (PortableFileError, UnknownRevision) as error:
        raise refusal(backup, error) from error
    except (OSError, sqlite3.Error, StatementError) as error:
        problem = classify(error, written)
        folder = Path(str(written)).parent
        if problem is not None and problem.kind == DISK_FULL:
            raise RestoreRefused(f"磁盘已满，无法在“{folder}”中准备恢复用的副本。请腾出空间后再恢复。"
                                 "当前数据库没有改动。") from error
        if problem is not None and problem.kind == READ_ONLY:
            raise RestoreRefused(f"文件夹“{folder}”不能写入，无法准备恢复用的副本。请检查访问权限后再恢复。"
                                 "当前数据库没有改动。") from error
        if problem is not None:
            raise RestoreRefused(f"备份文件“{backup.name}”已损坏或无法读取（{problem.details[:120]}）。"
                                 f"{UNTOUCHED}") from error
        if isinstance(error, StatementError):  # a value or a reference the database refuses
            raise RestoreRefused(f"备份文件“{backup.name}”中的数据不完整或相互矛盾，无法写入"
                                 f"（{str(getattr(error, 'orig', None) or error).splitlines()[0][:120]}）。"
                                 f"{UNTOUCHED}") from error
        raise
    except RuntimeError as error:
        if "broken references" not in str(error):  # migrate.migrate_connection's check
            raise
        raise RestoreRefused(f"备份文件“{backup.name}”中有记录指向不存在的记录，数据不完整。{UNTOUCHED}") from error


def refusal(backup: Path, error: Exception) -> RestoreRefused:
    if isinstance(error, UnknownRevision):
        return RestoreRefused(f"备份文件“{backup.name}”来自更新版本的程序（数据库版本 {str(error.revision)[:40]}），"
                              "请先把本程序升级到最新版本再恢复。")
    if isinstance(error, PortableTooLarge):
        return RestoreRefused(f"备份文件“{backup.name}”解压后大得不合常理（{error}），像是恶意构造的“压缩炸弹”。"
                              f"{UNTOUCHED}")
    return RestoreRefused(f"备份文件“{backup.name}”已损坏或不完整，不能用来恢复（{error}）。")
