"""Evidence files go into backups and come back with a restore, on SQLite and PostgreSQL:
the same files by task, byte for byte, and an evidence import still undoable after it."""

from __future__ import annotations

import pytest

from tests.evidence.conftest import PERIOD, write_docx, write_pdf, write_png
from zjtracker.db import open_database
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import restore
from zjtracker.services.evidence import store
from zjtracker.services.evidence.folder import import_folder, preview_folder
from zjtracker.services.history.batches import list_batches, undo_batch


def _evidence(database, policy_id, plans, tmp_path) -> dict:
    store.add_files(database, plans[1], PERIOD, [write_png(tmp_path / "现场照片.png"), write_pdf(tmp_path / "通知.pdf")])
    store.add_files(database, plans[2], PERIOD, [write_png(tmp_path / "现场照片.png")])  # the same blob
    big = tmp_path / "扫描件.pdf"
    big.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8000)  # 2 MB of every byte value
    store.add_files(database, plans[3], PERIOD, [big])
    folder = tmp_path / "市商务局"
    write_docx(folder / "（7）会议纪要.docx")
    write_png(folder / "第八项" / "照片.png", shade=120)
    import_folder(database, preview_folder(database, policy_id, PERIOD, folder))
    return _state(database, plans)


def _state(database, plans) -> dict:
    return {number: [(a.file_name, a.kind, a.size, a.sha256, a.added_by,
                      store.attachment_bytes(database, a.id)) for a in store.list_attachments(database, plan, PERIOD)]
            for number, plan in plans.items()}


def _check_restored(url, state, plans, policy_id) -> None:
    restored = open_database(url)
    try:
        assert _state(restored, plans) == state
        [batch] = [b for b in list_batches(restored, policy_id) if b.kind == "evidence"]
        assert len(undo_batch(restored, batch.id).removed_files) == 2
        assert store.counts(restored, PERIOD) == {plans[1]: 2, plans[2]: 1, plans[3]: 1}
    finally:
        restored.dispose()


@pytest.mark.parametrize("suffix", [".zjtbak", ".db"])
def test_round_trip(database, policy_id, plans, tmp_path, suffix, request):
    state = _evidence(database, policy_id, plans, tmp_path)
    assert sum(len(files) for files in state.values()) == 6
    backup = backup_to_file(database, tmp_path / f"备份{suffix}")
    target = tmp_path / "恢复" / "台账.db"
    restore(str(target), backup)
    _check_restored("sqlite:///" + str(target), state, plans, policy_id)
    if database.is_sqlite:
        return
    manager = request.getfixturevalue("pg_databases")
    fresh = manager.create()
    try:
        restore(fresh, backup)
        _check_restored(fresh, state, plans, policy_id)
    finally:
        manager.drop(fresh)
