"""Temporary files a killed run may leave behind, found and removed at the next start.

- The hidden copy a restore builds next to the database (``.<stem>-restoring-<pid>.db`` and
  its ``-wal``/``-shm``/``-journal``, services/backups/restore.py): a restore that was stopped
  leaves a copy as large as the database.
- Copies still being written (``<name>.part``, db/backup_file.py, db/snapshot_copy.py,
  db/portable.py, services/backups/create.py): in the backups folder those of this database's
  backups, in the database's own folder those of backups and portable files.

Only files older than this process are touched, and a restore copy whose process still
runs is kept (another program may be restoring right now): what is removed can belong
only to a run that ended.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

from zjtracker import paths
from zjtracker.db.backup_file import parse_backup_name

STARTED = time.time()  # this process, as near its start as the program knows
_RESTORING = re.compile(r"^\.(?P<stem>.+)-restoring-(?P<pid>\d+)\.db(?:-wal|-shm|-journal)?$")
_PART_KINDS = (".db.part", ".sqlite.part", ".sqlite3.part", ".zjtbak.part")


def remove_leftovers(database_file: Path | None, started: float | None = None) -> list[Path]:
    """Remove what earlier runs left for the SQLite database at ``database_file``; the
    files removed (a file another program holds open stays, and is tried next time)."""
    if database_file is None:
        return []
    started = STARTED if started is None else started
    removed = []
    for path in _candidates(Path(database_file)):
        try:
            if path.stat().st_mtime >= started:
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _candidates(database: Path) -> list[Path]:
    found = []
    folder = database.parent
    if folder.is_dir():
        for path in folder.iterdir():
            restoring = _RESTORING.match(path.name)
            if restoring and restoring["stem"] == database.stem and not _running(int(restoring["pid"])):
                found.append(path)
            elif path.name.endswith(_PART_KINDS) and path.name != database.name:
                found.append(path)
    backups = paths.backups_dir()
    if backups.is_dir():
        for path in backups.glob("*.part"):
            named = parse_backup_name(path.with_name(path.name[:-len(".part")]))
            if named is not None and named.stem == database.stem:
                found.append(path)
    return [p for p in found if p.is_file()]


def _running(pid: int) -> bool:
    """Whether process ``pid`` still runs (this one counts as running: its copies are its own)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _running_on_windows(pid: int) -> bool:
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel = ctypes.windll.kernel32
    handle = kernel.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel.CloseHandle(handle)


def describe(removed: list[Path]) -> str:
    """One sentence for the status line or the command line."""
    names = "、".join(f"“{p.name}”" for p in removed[:3]) + ("等" if len(removed) > 3 else "")
    return f"已删除上次中断时留下的 {len(removed)} 个临时文件（{names}）。"
