"""The backup before a return is stored is started first and finished in the background
(SQLite in WAL mode): the import does not wait for the copy, and the copy still holds the
state before it; a backup that cannot be started refuses the import with nothing stored."""

from __future__ import annotations

import threading

import pytest

from tests.returns.conftest import PERIOD, TEXTS, dump_all, ledger_book, plan_of, progress, save
from zjtracker.db.safety import DISK_FULL, DatabaseProblem
from zjtracker import paths
from zjtracker.db.backup_file import backups_in
from zjtracker.db.snapshot_copy import SnapshotCopy
from zjtracker.services.returns import backup_before as returns_backup
from zjtracker.services.backups.create import wait_for_backups
from zjtracker.services.history.batches import apply_return, undo_batch
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.preview import preview_return
from zjtracker.services.returns.store import ReturnOutdated


def a_return(tmp_path):
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "新的进展。", None, None, 80, "序时推进", None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "第二项。", None, None, 50, None, None],
    ])
    return save(book, tmp_path / "市商务局-三季度.xlsx")


@pytest.mark.parametrize("alongside", [True, False], ids=["background", "first"])
def test_a_backup_that_cannot_be_started_refuses_the_import(database, policy_id, tmp_path, monkeypatch, alongside):
    preview = preview_return(database, a_return(tmp_path), PERIOD)
    before = dump_all(database)

    def full_disk(_database):
        raise DatabaseProblem(DISK_FULL, "backups")

    monkeypatch.setattr(returns_backup, "start_backup_before_import", full_disk)
    monkeypatch.setattr(returns_backup, "backup_before_import", full_disk)
    monkeypatch.setattr(returns_backup, "_wal", lambda _database: alongside)
    with pytest.raises(DatabaseProblem) as refused:
        apply_return(database, preview)
    assert refused.value.kind == DISK_FULL
    assert dump_all(database) == before


def test_the_import_does_not_wait_for_the_copy_which_holds_the_state_before(sample_db, tmp_path, monkeypatch):
    from tests.returns.conftest import test_policy
    from zjtracker.importing.model import ParseResult
    from zjtracker.services.policies.importer import store_result

    store_result(sample_db, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    preview = preview_return(sample_db, a_return(tmp_path), PERIOD)
    before = dump_all(sample_db)
    release, copying = threading.Event(), []
    original = SnapshotCopy._copy

    def held_copy(self):
        copying.append(True)
        release.wait(30)  # the copy is slow: the import goes on meanwhile
        original(self)

    monkeypatch.setattr(SnapshotCopy, "_copy", held_copy)
    earlier = backups_in(paths.backups_dir(), "sample", "before-import")  # the policy import's
    result = apply_return(sample_db, preview)  # returns while the copy has not even begun its pages
    assert copying == [True] and result.updated_rows == 2
    assert backups_in(paths.backups_dir(), "sample", "before-import") == earlier
    undo_batch(sample_db, result.batch_id)  # the clerk undoes it and imports it again at once:
    apply_return(sample_db, preview_return(sample_db, a_return(tmp_path), PERIOD))
    assert copying == [True]  # no second copy while the first runs, and no waiting for it
    release.set()
    assert wait_for_backups() == []
    made = backups_in(paths.backups_dir(), "sample", "before-import")[0]
    assert made not in earlier
    from zjtracker.db import open_database

    copy = open_database(made.path)
    try:
        assert dump_all(copy) == before  # the state before the import, though copied after it
    finally:
        copy.dispose()
    assert dump_all(sample_db) != before
    assert not list(paths.backups_dir().glob("*.part"))


def test_a_copy_that_failed_in_the_background_is_said_and_refuses_the_next_import(sample_db, tmp_path,
                                                                                   monkeypatch):
    from tests.returns.conftest import test_policy
    from zjtracker.importing.model import ParseResult
    from zjtracker.services.policies.importer import store_result

    store_result(sample_db, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    original = SnapshotCopy._copy

    def copy_then_fail(self):
        original(self)
        self.error = DatabaseProblem(DISK_FULL, str(self.target))

    monkeypatch.setattr(SnapshotCopy, "_copy", copy_then_fail)
    apply_return(sample_db, preview_return(sample_db, a_return(tmp_path), PERIOD))
    monkeypatch.setattr(SnapshotCopy, "_copy", original)
    form = load_progress(sample_db, plan_of(sample_db, "一、", 1), "2025Q3")
    save_progress(sample_db, with_values(form, status_text="再改一次。"))
    before = dump_all(sample_db)
    (tmp_path / "second").mkdir()
    second = a_return(tmp_path / "second")
    with pytest.raises(DatabaseProblem) as refused:
        apply_return(sample_db, preview_return(sample_db, second, PERIOD))
    assert refused.value.kind == DISK_FULL and dump_all(sample_db) == before
    assert wait_for_backups() == []  # said once
    apply_return(sample_db, preview_return(sample_db, second, PERIOD))  # and then it goes through
    assert wait_for_backups() == []


def test_a_return_overtaken_by_an_edit_is_refused_with_nothing_stored(database, policy_id, tmp_path):
    preview = preview_return(database, a_return(tmp_path), PERIOD)
    form = load_progress(database, plan_of(database, "一、", 1), "2025Q3")
    save_progress(database, with_values(form, status_text="电话补报。"))
    with pytest.raises(ReturnOutdated):
        apply_return(database, preview)
    assert wait_for_backups() == []
    assert progress(database, "一、", 1)["status_text"] == "电话补报。" and progress(database, "一、", 2) is None
