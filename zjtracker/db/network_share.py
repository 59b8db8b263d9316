"""Whether a database file sits on a network share, where SQLite's file locking is not
reliable and a database can be damaged: a UNC path (\\\\server\\share) or a mapped network drive
(GetDriveTypeW == DRIVE_REMOTE) on Windows; an NFS, SMB/CIFS, sshfs, 9p… mount on Linux
(/proc/mounts) and macOS (the ``mount`` table)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

_NETWORK_FILESYSTEMS = ("nfs", "cifs", "smb", "9p", "sshfs", "davfs", "webdav", "afs", "ncpfs",
                        "glusterfs", "ceph", "lustre", "afpfs", "gvfsd-fuse", "rclone", "s3fs")
DRIVE_REMOTE = 4


def on_network_share(path: str | os.PathLike, mounts_file: str | os.PathLike = "/proc/mounts",
                     drive_type: Callable[[str], int] | None = None, platform: str | None = None) -> bool:
    """Whether ``path`` lies on a network share: a UNC path or mapped network drive on
    Windows, an NFS/SMB/sshfs/9p… mount elsewhere. False when it cannot be told."""
    platform = platform or sys.platform
    try:
        if platform.startswith("win"):
            return _windows_remote(str(path), drive_type or _get_drive_type)
        fstype = mount_fstype(path, mounts_file) if platform != "darwin" else _darwin_fstype(path)
    except (OSError, ValueError):
        return False
    return is_network_filesystem(fstype)


def is_network_filesystem(fstype: str | None) -> bool:
    if not fstype:
        return False
    name = fstype.lower().removeprefix("fuse.")
    return any(name.startswith(kind) for kind in _NETWORK_FILESYSTEMS)


def _windows_remote(path: str, drive_type: Callable[[str], int]) -> bool:
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]
    elif text.startswith("\\\\"):
        return True
    drive = text[:2]
    if len(drive) == 2 and drive[1] == ":" and drive[0].isalpha():
        return drive_type(drive.upper() + "\\") == DRIVE_REMOTE
    return False


def _get_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def _existing(path: str | os.PathLike) -> Path:
    """The absolute path with symbolic links resolved in the part that exists."""
    current = Path(os.path.abspath(Path(path).expanduser()))
    rest: list[str] = []
    while not current.exists() and current != current.parent:
        rest.insert(0, current.name)
        current = current.parent
    return current.resolve().joinpath(*rest)


def mount_fstype(path: str | os.PathLike, mounts_file: str | os.PathLike = "/proc/mounts") -> str | None:
    """The filesystem type of the mount holding ``path``, read from a mounts table."""
    target = str(_existing(path))
    best, best_type = "", None
    for line in Path(mounts_file).read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _unescape(text: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code in ("\\040", "\\011", "\\012", "\\134"):
        text = text.replace(code, chr(int(code[1:], 8)))
    return text


def _darwin_fstype(path: str | os.PathLike) -> str | None:
    import subprocess

    output = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
    target, best, best_type = str(_existing(path)), "", None
    for line in output.splitlines():  # //user@server/share on /Volumes/share (smbfs, nodev, ...)
        if " on " not in line or " (" not in line:
            continue
        point = line.split(" on ", 1)[1].rsplit(" (", 1)[0]
        kind = line.rsplit(" (", 1)[1].split(",")[0].rstrip(")")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, best_type = point, kind
    return best_type
