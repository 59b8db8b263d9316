"""File names made from what is stored (unit names, policy titles) that every file system
accepts and that stay inside the folder they are written to.

Path separators, the characters Windows forbids (\\ / : * ? " < > |), control characters
and white space are left out; a part never begins or ends with a dot or a space, is never
empty, and is not one of the names Windows reserves for devices (CON, NUL, COM1 …); the
whole name stays under 255 bytes (ext4) and 255 UTF-16 units (NTFS)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_FORBIDDEN = re.compile(r"[\\/:*?\"<>|\x00-\x1f\x7f\s]+")
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{n}" for n in "123456789¹²³"), *(f"LPT{n}" for n in "123456789¹²³")}
MAX_NAME_BYTES = 240  # leaves room for a " (2)" added to tell two files apart


def safe_part(text: str, max_chars: int, fallback: str) -> str:
    """``text`` as one piece of a file name, at most ``max_chars`` characters."""
    text = _FORBIDDEN.sub("", unicodedata.normalize("NFC", str(text or "")))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    text = text[:max_chars].strip(". ")
    return text or fallback


def safe_file_name(stem: str, suffix: str) -> str:
    """``stem`` + ``suffix`` (such as '.xlsx') as a safe file name."""
    stem = safe_part(stem, 200, "未命名")
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1].rstrip(". ")
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    return stem + suffix


def unique_path(folder: Path, name: str, taken: set[str]) -> Path:
    """``folder / name``, with （2）, （3）… before the suffix when ``name`` was already
    taken in this run (compared without case, as Windows does). Never outside ``folder``."""
    stem, suffix = name[: -len(Path(name).suffix) or None], Path(name).suffix
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate, n = f"{stem}（{n}）{suffix}", n + 1
    taken.add(candidate.casefold())
    path = folder / candidate
    if path.parent != folder or Path(candidate).name != candidate:
        raise ValueError(f"文件名“{candidate}”不安全。")
    return path
