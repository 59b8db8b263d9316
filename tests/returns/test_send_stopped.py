"""Sending a policy's workbooks writes each file in a second thread with its record: a file
that cannot be written leaves neither file nor record nor temporary file, and a send stopped
half way keeps every file it placed recorded and no other."""

import os

import pytest
from sqlalchemy import func, select

from tests.returns.conftest import PERIOD
from zjtracker.db.models import SentWorkbook
from zjtracker.exporting import safe_write
from zjtracker.exporting.safe_write import OutputFailed
from zjtracker.services.returns import export


def _sent(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(SentWorkbook)) or 0


def test_stopped_half_way_every_placed_file_is_recorded(database, policy_id, tmp_path):
    out = tmp_path / "out"
    sending = export.iter_export_templates(database, policy_id, PERIOD, out)
    first = next(sending)[2]
    sending.close()  # the clerk cancels after the first file
    files = sorted(p.name for p in out.iterdir())
    assert first.path.name in files and not [name for name in files if name.endswith(".tmp")]
    assert _sent(database) == len(files) >= 1


def test_a_file_that_cannot_be_written_leaves_nothing(database, policy_id, tmp_path, monkeypatch):
    real = os.fsync

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", full)
    out = tmp_path / "out"
    with pytest.raises(OutputFailed) as failed:
        list(export.iter_export_templates(database, policy_id, PERIOD, out))
    assert "磁盘已满" in failed.value.message
    assert list(out.iterdir()) == [] and _sent(database) == 0
    monkeypatch.setattr(safe_write.os, "fsync", real)
    made = list(export.iter_export_templates(database, policy_id, PERIOD, out))
    assert len(made) == _sent(database) == len(list(out.iterdir())) == 3
