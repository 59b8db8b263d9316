"""What a backup holds, for choosing one to restore: when and why it was made, its size,
the policies in it (titles), the number of progress reports and the last change
(the newest change-log entry or progress update), shown in local time.

``list_backups`` only reads names and sizes (fast); ``backup_info`` opens one file
(read-only, never changing it) and may take a moment on a large portable file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from zjtracker import paths
from zjtracker.db.backup_file import backups_in, parse_backup_name
from zjtracker.db.portable import PortableFileError, PortableReader, is_portable_file
from zjtracker.db.safety import sqlite_uri

REASONS = {"daily": "每日自动备份", "before-import": "导入前自动备份", "before-migration": "升级前自动备份",
           "before-restore": "恢复前保留的数据库", "before-remove": "删除政策前自动备份", "": "备份文件"}


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made_at: datetime  # local time, from the name (or the file's modification time)
    reason: str  # daily / before-import / before-migration / before-restore / before-remove / "" (another file)
    size: int

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass
class BackupInfo:
    entry: BackupEntry
    kind: str = "sqlite"  # sqlite / portable
    revision: str | None = None
    policies: list[str] = field(default_factory=list)
    progress_reports: int = 0
    last_change: datetime | None = None  # local time
    problem: str = ""  # why it cannot be read (then it cannot be restored either)


def entry_for(path: str | Path) -> BackupEntry:
    path = Path(path)
    named = parse_backup_name(path)
    stat = path.stat()
    if named is not None:
        return BackupEntry(path, named.made_at, named.reason, stat.st_size)
    return BackupEntry(path, datetime.fromtimestamp(stat.st_mtime), "", stat.st_size)


def list_backups(folder: Path | None = None) -> list[BackupEntry]:
    """The backups in the backups folder (all databases), newest first."""
    entries = []
    for named in backups_in(folder or paths.backups_dir()):
        try:
            entries.append(BackupEntry(named.path, named.made_at, named.reason, named.path.stat().st_size))
        except OSError:
            continue
    return entries


def backup_info(path: str | Path, live: bool = False) -> BackupInfo:
    """What the backup at ``path`` holds; ``live`` for a database in use (its WAL read too)."""
    entry = entry_for(path)
    try:
        if is_portable_file(entry.path):
            return _portable_info(entry)
        return _sqlite_info(entry, live)
    except (sqlite3.Error, PortableFileError, OSError, KeyError, ValueError) as error:
        return BackupInfo(entry, problem=str(error) or type(error).__name__)


def _sqlite_info(entry: BackupEntry, live: bool) -> BackupInfo:
    info = BackupInfo(entry, "sqlite")
    options = "mode=ro" if live else "mode=ro&immutable=1"  # a backup is never written to
    connection = sqlite3.connect(sqlite_uri(entry.path, options), uri=True, timeout=5)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "policies" not in tables:
            raise ValueError("not a zjtracker database")
        if "alembic_version" in tables:
            info.revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0]
        info.policies = [row[0] for row in connection.execute("SELECT title FROM policies ORDER BY id")]
        changes = []
        if "progress_reports" in tables:
            count, newest = connection.execute("SELECT COUNT(*), MAX(updated_at) FROM progress_reports").fetchone()
            info.progress_reports = count
            changes.append(newest)
        if "change_log" in tables:
            changes.append(connection.execute("SELECT MAX(at) FROM change_log").fetchone()[0])
    finally:
        connection.close()
    info.last_change = _newest([_parse(value) for value in changes])
    return info


def _portable_info(entry: BackupEntry) -> BackupInfo:
    info = BackupInfo(entry, "portable")
    changes: list[datetime | None] = []
    with PortableReader(entry.path) as reader:
        info.revision = reader.revision
        for block in reader.tables():
            if block.name == "policies":
                title = block.columns.index("title")
                info.policies.extend(row[title] for row in block.rows)
            elif block.name == "progress_reports":
                stamp = block.columns.index("updated_at")
                for row in block.rows:
                    info.progress_reports += 1
                    changes.append(row[stamp])
            elif block.name == "change_log":
                stamp = block.columns.index("at")
                changes.extend(row[stamp] for row in block.rows)
    info.last_change = _newest(changes)
    return info


def _parse(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _newest(stamps: list[datetime | None]) -> datetime | None:
    """The newest of the stored times (UTC), in local time."""
    known = [s for s in stamps if s is not None]
    if not known:
        return None
    newest = max(known)
    return newest.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)
