"""A disk that fills up while a restore prepares its copy is a sentence, not a traceback,
and the database stays as it was."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import RestoreRefused, restore


def _fill(folder, leave: int) -> None:
    """Fill the filesystem of ``folder`` up to ``leave`` bytes."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(folder / "filler.bin", "wb") as out:
        out.write(b"\0" * max(free - leave, 0))


@pytest.mark.parametrize("suffix", [".db", ".zjtbak"])
def test_a_full_disk_during_restore_is_a_sentence(sample_sqlite, small_disk, tmp_path, suffix):
    target = small_disk / "台账.db"
    shutil.copy(sample_sqlite, target)
    backup = backup_to_file(target, tmp_path / f"备份{suffix}")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    _fill(small_disk, 64 * 1024)
    with pytest.raises(RestoreRefused) as refused:
        restore(str(target), backup)
    assert "磁盘已满" in refused.value.message and "当前数据库没有改动" in refused.value.message
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert not list(small_disk.glob(".台账-restoring-*"))
