"""Restoring a backup, all or nothing.

Onto a SQLite file (``iter_restore_sqlite``): the backup (a SQLite file or a portable file) is
first rebuilt as a private staging copy next to the database, checked
(``PRAGMA integrity_check``, a schema revision this program knows) and migrated to the
newest schema. When nothing else has the database open, the stage is renamed into its
place and the replaced file stays in the backups folder under a second name (reason
``before-restore``, services/backups/swap.py): nothing is copied again. Otherwise the
database is copied into the backups folder, its content replaced through SQLite's backup API
in one transaction, and checked again. A failure at any step leaves the database as it was.

Onto another engine (``iter_restore_into_empty``, PostgreSQL): only into an empty database,
in one transaction; a database holding rows is refused.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import StatementError

from zjtracker import paths
from zjtracker.db.backup_file import BEFORE_RESTORE, backup_name, backup_sqlite_file, replace_content
from zjtracker.db.engine import database_url, make_engine, sqlite_file
from zjtracker.db.migrate import foreign_keys_off
from zjtracker.db.portable import PortableFileError, is_portable_file
from zjtracker.db.portable_load import UnknownRevision, is_empty
from zjtracker.db.safety import DAMAGED, DISK_FULL, READ_ONLY, DatabaseProblem, check_integrity, classify, describe_target
from zjtracker.services.backups.refusal import UNTOUCHED, RestoreRefused
from zjtracker.services.backups.staging import build_stage, existing_backup, load_backup, refusal
from zjtracker.services.backups.swap import put_in_place

__all__ = ["RestoreOutcome", "RestoreRefused", "iter_restore_into_empty", "iter_restore_sqlite", "restore",
           "restore_sqlite"]


@dataclass(frozen=True)
class RestoreOutcome:
    target: str  # the database restored into (path, or URL without password)
    backup: Path
    kept: Path | None  # where the replaced database was kept, if there was one


def restore(target: str | os.PathLike | None, backup: str | os.PathLike) -> RestoreOutcome:
    """Restore ``backup`` into ``target`` (a path or URL as ``--db`` takes)."""
    url = database_url(target)
    file = sqlite_file(url)
    run = iter_restore_sqlite(file, backup) if file is not None else iter_restore_into_empty(url, backup)
    for _done, _total, item in run:
        pass
    return item


def restore_sqlite(target: Path, backup: str | os.PathLike) -> RestoreOutcome:
    for _done, _total, item in iter_restore_sqlite(target, backup):
        pass
    return item


def iter_restore_sqlite(target: Path, backup: str | os.PathLike) -> Iterator[tuple[int, int, object]]:
    """The in-place restore as steps (done, total, what); the last item is the outcome."""
    target, backup = Path(target).absolute(), existing_backup(backup)
    _refuse_itself(target, backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    stage = target.with_name(f".{target.stem}-restoring-{os.getpid()}.db")
    try:
        yield 0, 4, "正在检查备份文件……"
        build_stage(backup, stage)
        yield 1, 4, "正在保留当前数据库……"
        kept = put_in_place(stage, target)  # the checked stage itself, when no one else has the database
        if kept is None:
            kept = _said(_keep_current, target)
            yield 2, 4, "正在替换数据库内容……"
            _said(_replace, stage, target)
            yield 3, 4, "正在检查恢复后的数据库……"
            problems = check_integrity(target, quick=True)  # the pages of a stage checked in full
            if problems:
                raise DatabaseProblem(DAMAGED, str(target), "\n".join(problems[:10]))
        yield 4, 4, RestoreOutcome(str(target), backup, kept)
    finally:
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(str(stage) + extra).unlink(missing_ok=True)


def _refuse_itself(target: Path, backup: Path) -> None:
    """The database cannot be restored from itself or its own log files (named on the command
    line by mistake, where no window holds it open to be recognised by db/live_files.py)."""
    for extra in ("", "-wal", "-shm", "-journal"):
        own = Path(str(target) + extra)
        try:
            same = own.exists() and os.path.samefile(own, backup)
        except OSError:
            same = False
        if same:
            raise RestoreRefused(f"“{backup.name}”是要恢复的数据库本身（或它的日志文件），不能用它来恢复。"
                                 "请选择备份文件夹中的一份备份。")


def iter_restore_into_empty(url: str, backup: str | os.PathLike) -> Iterator[tuple[int, int, object]]:
    """Restore into an empty database of any engine, in one transaction."""
    backup = existing_backup(backup)
    where = describe_target(url)
    yield 0, 2, "正在检查备份文件……"
    with tempfile.TemporaryDirectory(prefix="zjtracker-restore-") as folder:
        source = backup
        if not is_portable_file(backup):
            source = Path(folder) / "stage.db"
            build_stage(backup, source)
        yield 1, 2, "正在写入数据……"
        _load_into_empty(url, where, source, backup)
    yield 2, 2, RestoreOutcome(where, backup, None)


def _load_into_empty(url: str, where: str, source: Path, backup: Path) -> None:
    engine = make_engine(url)
    try:
        with engine.connect() as connection, foreign_keys_off(connection), connection.begin():
            if not is_empty(connection):
                raise RestoreRefused(f"目标数据库“{where}”中已经有数据，不能恢复到这里。备份只能恢复到一个空的数据库："
                                     "请管理员新建一个空库，再用 --db 指定它。")
            load_backup(connection, source)
    except (RestoreRefused, DatabaseProblem):
        raise
    except (PortableFileError, UnknownRevision) as error:
        raise refusal(backup, error) from error
    except Exception as error:
        problem = classify(error, url)
        if problem is not None:
            raise problem from error
        if isinstance(error, StatementError):  # a value or reference the server refuses
            raise RestoreRefused(f"备份文件“{backup.name}”中的数据不完整或相互矛盾，无法写入"
                                 f"（{str(getattr(error, 'orig', None) or error).splitlines()[0][:120]}）。"
                                 f"{UNTOUCHED}") from error
        raise
    finally:
        engine.dispose()


# steps ------------------------------------------------------------------------------------
def _keep_current(target: Path) -> Path | None:
    """Keep the database about to be replaced in the backups folder; a damaged one is
    kept as plain file copies."""
    if not target.exists() or target.stat().st_size == 0:
        return None
    try:
        return backup_sqlite_file(target, BEFORE_RESTORE)
    except DatabaseProblem as problem:
        if problem.kind != DAMAGED:
            raise
    folder = paths.backups_dir(create=True)
    kept = folder / backup_name(target.stem, BEFORE_RESTORE, detail="damaged")
    shutil.copyfile(target, kept)
    for extra in ("-wal", "-shm"):
        if Path(str(target) + extra).exists():
            shutil.copyfile(str(target) + extra, str(kept) + extra)
    return kept


def _replace(stage: Path, target: Path) -> None:
    """Through the backup API; a target so damaged SQLite cannot open it is replaced as a
    file (its stale WAL removed first, or SQLite would replay it onto the new file)."""
    if target.exists():
        try:
            replace_content(stage, target)
            return
        except DatabaseProblem as problem:
            if problem.kind != DAMAGED:
                raise
    for extra in ("-wal", "-shm", "-journal"):
        Path(str(target) + extra).unlink(missing_ok=True)
    os.replace(stage, target)


def _said(step, *args):
    """A step touching the database or the backups folder, its file errors as sentences
    (a full disk, a folder that cannot be written), never a traceback."""
    try:
        return step(*args)
    except OSError as error:
        problem = classify(error, getattr(error, "filename", None) or str(args[-1]))
        if problem is None:
            raise
        if problem.kind in (DISK_FULL, READ_ONLY):
            raise DatabaseProblem(problem.kind, problem.where, problem.details, copy=True) from error
        raise problem from error
