"""A real file whose reading fails half-way with an I/O error (EIO), as on a failing disk
or a USB stick pulled out: a small ext4 filesystem on a loop device holds a copy of the
file; the device is then cut short inside the file's data, so the first blocks read and
the next ones fail (needs root and loop devices; the test is skipped otherwise)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

BLOCK = 1024
SIZE = 32 * 1024 * 1024


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True)


def _physical_blocks(path: Path) -> list[int]:
    """The device block of each block of the file, in file order (``filefrag -v``)."""
    done = _run("filefrag", "-v", "-b1024", str(path))
    blocks = []
    for line in done.stdout.splitlines():
        match = re.match(r"\s*\d+:\s*(\d+)\.\.\s*(\d+):\s*(\d+)\.\.\s*(\d+):", line)
        if match:
            _logical, _end, physical, physical_end = map(int, match.groups())
            blocks.extend(range(physical, physical_end + 1))
    return blocks


@contextmanager
def failing_disk(folder: Path):
    """A mounted filesystem and a function that copies a file onto it and returns the
    copy's path, whose reading then fails after its first block."""
    for tool in ("mkfs.ext4", "losetup", "filefrag", "mount"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")
    image, point = folder / "disk.img", folder / "disk"
    point.mkdir()
    with open(image, "wb") as file:
        file.truncate(SIZE)
    if _run("mkfs.ext4", "-q", "-F", "-b", str(BLOCK), "-E", "lazy_itable_init=0,lazy_journal_init=0",
            str(image)).returncode != 0:
        pytest.skip("cannot make a filesystem here")
    attached = _run("losetup", "-f", "--show", str(image))
    if attached.returncode != 0:
        pytest.skip(f"no loop device here ({attached.stderr.strip()})")
    device = attached.stdout.strip()
    if _run("mount", "-o", "noatime", device, str(point)).returncode != 0:
        _run("losetup", "-d", device)
        pytest.skip("cannot mount a loop device here")
    made = []

    def failing_copy(source: Path, name: str | None = None) -> Path:
        assert not made, "one failing file per disk"
        target = point / (name or Path(source).name)
        shutil.copyfile(source, target)
        with open(target, "rb+") as file:
            os.fsync(file.fileno())
        blocks = _physical_blocks(target)
        later = [b for b in blocks[1:] if b > blocks[0]]
        assert later, f"the copy of {source} is too small to fail half-way"
        _run("mount", "-o", "remount,ro", str(point))
        descriptor = os.open(target, os.O_RDONLY)
        try:  # nothing of the file stays in memory: reading it goes to the device
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)
        middle = blocks[len(blocks) // 2]
        cut = middle if middle > blocks[0] else min(later)  # the device ends here: the start still reads
        os.truncate(image, cut * BLOCK)
        assert _run("losetup", "-c", device).returncode == 0
        made.append(target)
        return target

    try:
        yield failing_copy
    finally:
        _run("umount", "-l", str(point))
        _run("losetup", "-d", device)
