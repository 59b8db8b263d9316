"""Writing a finished report so that it is never lost.

The bytes go to a temporary file in the target's folder first and then replace the target in
one step. When the target cannot be replaced (open in Excel, WPS or a PDF reader, which lock
it on Windows, or read-only) the report is saved beside it as 名称（2）.pdf; when the folder
itself cannot be written, into the user's documents folder (or the temporary folder)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_documents_dir

LOCKED, FOLDER = "locked", "folder"  # why a report went elsewhere
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _replace(source: Path, target: Path) -> None:
    os.replace(source, target)


def _temporary(folder: Path, target: Path, data: bytes) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{target.stem[:40]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(name, 0o666 & ~_UMASK)  # mkstemp makes it private; a report is an ordinary file
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def alternatives(target: Path, limit: int = 99):
    """名称（2）.pdf, 名称（3）.pdf … that do not exist yet."""
    for n in range(2, limit + 1):
        candidate = target.with_name(f"{target.stem}（{n}）{target.suffix}")
        if not candidate.exists():
            yield candidate


def _free_name(path: Path) -> Path:
    return path if not path.exists() else next(alternatives(path), path)


def _place(temp: Path, target: Path) -> Path | None:
    """Move ``temp`` onto ``target`` or, when that is refused, onto the first free alternative."""
    try:
        _replace(temp, target)
        return target
    except PermissionError:
        pass
    for candidate in alternatives(target):
        try:
            _replace(temp, candidate)
            return candidate
        except PermissionError:
            continue
    return None


def fallback_folders() -> list[Path]:
    return [Path(user_documents_dir()), Path(tempfile.gettempdir())]


def save_bytes(data: bytes, target: Path) -> tuple[Path, str]:
    """Write ``data`` to ``target``; returns where it went and, when that is not ``target``,
    why (LOCKED or FOLDER)."""
    target = Path(target)
    folders = [target.parent, *fallback_folders()]
    for number, folder in enumerate(folders):
        where = target if number == 0 else _free_name(folder / target.name)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            temp = _temporary(folder, where, data)
        except OSError:
            continue
        try:
            placed = _place(temp, where)
        finally:
            if temp.exists():
                temp.unlink(missing_ok=True)
        if placed is not None:
            return placed, "" if placed == target else (LOCKED if number == 0 else FOLDER)
    raise PermissionError(f"无法保存“{target.name}”：目标文件夹和备用文件夹都不能写入。")


def problem_message(requested: Path, placed: Path, problem: str) -> str:
    """The sentence the command line prints when a report went elsewhere."""
    if problem == LOCKED:
        return (f"文件“{requested}”无法写入（可能正被 Excel、WPS 或 PDF 阅读器打开，或为只读），"
                f"报告已另存为“{placed}”。")
    if problem == FOLDER:
        return f"文件夹“{requested.parent}”无法写入（只读或没有权限），报告已保存到“{placed}”。"
    return ""
