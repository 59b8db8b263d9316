"""Sending a policy's workbooks writes each file in a second thread and puts it in place with
its record: what one unit sends is the same bytes as sending it alone, a file that cannot be
written leaves neither file nor record nor temporary file, and a send stopped half way keeps
every file it placed recorded and no other."""

import os

import pytest
from sqlalchemy import func, select

from tests.returns.conftest import PERIOD
from zjtracker.db.models import SentWorkbook
from zjtracker.exporting import staged_write
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

    monkeypatch.setattr(staged_write.os, "fsync", full)
    out = tmp_path / "out"
    with pytest.raises(OutputFailed) as failed:
        list(export.iter_export_templates(database, policy_id, PERIOD, out))
    assert "磁盘已满" in failed.value.message
    assert list(out.iterdir()) == [] and _sent(database) == 0
    monkeypatch.setattr(staged_write.os, "fsync", real)
    made = list(export.iter_export_templates(database, policy_id, PERIOD, out))
    assert len(made) == _sent(database) == len(list(out.iterdir())) == 3


def test_the_staged_file_has_the_bytes_and_the_usual_permissions(tmp_path):
    from zjtracker.exporting.safe_write import TEMPLATE, write_bytes

    target = tmp_path / "a.xlsx"
    staged = staged_write.stage(target, TEMPLATE)
    staged.write(b"PK" + bytes(range(256)) * 300)
    assert not target.exists()
    assert staged.put_in_place() == target and target.read_bytes() == b"PK" + bytes(range(256)) * 300
    write_bytes(tmp_path / "b.xlsx", b"x", TEMPLATE)
    assert os.stat(target).st_mode & 0o777 == os.stat(tmp_path / "b.xlsx").st_mode & 0o777
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.xlsx"]
