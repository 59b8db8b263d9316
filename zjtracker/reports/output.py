"""Writing a finished report, never anywhere but where it was asked.

The bytes go through ``exporting.safe_write`` (a temporary file in the target's folder,
renamed over the target in one step; never over the database, a backup or, without
``force``, a file that exists). When the target is held open by another program or its
folder cannot be written, the error says so; the report dialog then offers the names
below and writes there only when the clerk agrees."""

from __future__ import annotations

import tempfile
from pathlib import Path

from zjtracker.exporting.safe_write import OutputKind, write_bytes


def alternatives(target: Path, limit: int = 99):
    """名称（2）.pdf, 名称（3）.pdf … that do not exist yet."""
    for n in range(2, limit + 1):
        candidate = target.with_name(f"{target.stem}（{n}）{target.suffix}")
        if not candidate.exists():
            yield candidate


def free_name(path: Path) -> Path:
    return path if not path.exists() else next(alternatives(path), path)


def fallback_folders() -> list[Path]:
    from platformdirs import user_documents_dir

    return [Path(user_documents_dir()), Path(tempfile.gettempdir())]


def save_bytes(data: bytes, target: Path, kind: OutputKind, database=None, force: bool = False) -> Path:
    """Write ``data`` to ``target`` (OutputRefused / OutputFailed when it cannot be)."""
    return write_bytes(target, data, kind, database, force)
