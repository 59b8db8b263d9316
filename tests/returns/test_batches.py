"""Import batches: what a batch records, the import history, and undoing a whole batch."""

import pytest
from sqlalchemy import select

from tests.returns.conftest import PERIOD, TEXTS, dump_all, ledger_book, plan_of, progress, save
from zjtracker.db.models import ChangeLog, ImportBatch
from zjtracker.services.history.batches import BatchNotUndoable, apply_return, batch_changes, list_batches, undo_batch
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.preview import preview_return


def saved(database, area, number, **values):
    plan_id = plan_of(database, area, number)
    return save_progress(database, with_values(load_progress(database, plan_id, "2025Q3"), **values))


def return_file(tmp_path, name="市商务局-三季度.xlsx"):
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "新的进展。", "新的问题", None, 80, "序时推进", None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "第二项。", None, None, 50, None, "备注"],
        ["二、纳税服务", None, None, "（2）", TEXTS[("二", 2)], None, None, None, 100, "已完成", None],
    ])
    return save(book, tmp_path / name)


def test_batch_records_file_counts_and_every_changed_cell(database, policy_id, tmp_path):
    saved(database, "一、", 1, status_text="旧进展", percent=40.0)
    path = return_file(tmp_path)
    preview = preview_return(database, path, PERIOD)
    assert preview.unit_name == "市商务局"  # named in the file name
    result = apply_return(database, preview)
    with database.session() as session:
        batch = session.get(ImportBatch, result.batch_id)
        logs = session.scalars(select(ChangeLog).where(ChangeLog.batch_id == batch.id)).all()
    assert (batch.kind, batch.file_name, batch.sha256, batch.period) == (
        "updates", "市商务局-三季度.xlsx", preview.sha256, "2025Q3")
    assert len(batch.sha256) == 64 and batch.imported_by and batch.policy_id == policy_id
    assert {(log.field, log.old, log.new) for log in logs} == {
        ("status_text", "旧进展", "新的进展。"), ("problems", "", "新的问题"), ("percent", "40", "80"),
        ("assessment", "", "序时推进"), ("status_text", "", "第二项。"), ("percent", None, "50"),
        ("remarks", "", "备注"), ("percent", None, "100"), ("assessment", "", "已完成")}
    assert all(log.source == "import" for log in logs) and result.updated_cells == len(logs) == 9
    [summary] = list_batches(database, policy_id)
    assert summary.id == batch.id and summary.unit_name == "市商务局" and summary.counts["updated_rows"] == 3
    changes = batch_changes(database, batch.id)
    assert {c.task for c in changes} == {"（1）", "（2）"} and len(changes) == 9


def test_undo_restores_every_cell_and_removes_reports_it_created(database, policy_id, tmp_path):
    saved(database, "一、", 1, status_text="旧进展", percent=40.0)
    before = dump_all(database)
    batch_id = apply_return(database, preview_return(database, return_file(tmp_path), PERIOD)).batch_id
    result = undo_batch(database, batch_id)
    assert len(result.restored) == 9 and result.skipped == []
    assert progress(database, "一、", 1) == {"status_text": "旧进展", "problems": "", "suggestions": "",
                                             "percent": 40.0, "assessment": "", "remarks": "", "version": 3}
    assert progress(database, "一、", 2) is None and progress(database, "二、", 2) is None
    after = dump_all(database)
    for table in ("policies", "areas", "measures", "yearly_plans", "units", "assignments"):
        assert after[table] == before[table]
    [summary] = list_batches(database, policy_id)
    assert summary.undone
    with database.session() as session:
        undo_logs = session.scalars(select(ChangeLog).where(ChangeLog.source == "undo")).all()
    assert {(log.field, log.old, log.new) for log in undo_logs if log.entity_id == 1} >= {
        ("status_text", "新的进展。", "旧进展"), ("percent", "80", "40")}
    assert all(log.batch_id == batch_id for log in undo_logs)
    with pytest.raises(BatchNotUndoable):
        undo_batch(database, batch_id)


def test_undo_leaves_cells_changed_since_and_says_so(database, policy_id, tmp_path):
    batch_id = apply_return(database, preview_return(database, return_file(tmp_path), PERIOD)).batch_id
    form = load_progress(database, plan_of(database, "一、", 2), "2025Q3")
    save_progress(database, with_values(form, percent=65.0))  # typed in after the import
    result = undo_batch(database, batch_id)
    assert [(c.task, c.field, c.now) for c in result.skipped] == [("（2）", "percent", "65")]
    assert "65" in result.messages[0] and "完成进度" in result.messages[0]
    row = progress(database, "一、", 2)
    assert row["percent"] == 65.0 and row["status_text"] == "" and row["remarks"] == ""
    assert progress(database, "一、", 1) is None


def test_undo_of_unknown_batch_is_refused(database, policy_id):
    with pytest.raises(BatchNotUndoable) as refused:
        undo_batch(database, 999)
    assert "999" in refused.value.message


def test_history_lists_newest_first_with_filters(database, policy_id, tmp_path):
    first = apply_return(database, preview_return(database, return_file(tmp_path, "a.xlsx"), PERIOD)).batch_id
    book = ledger_book([["一、市场准入", None, None, "（3）", TEXTS[("一", 3)], "又一份。", None, None, None, None, None]])
    second = apply_return(database, preview_return(database, save(book, tmp_path / "b.xlsx"), PERIOD)).batch_id
    assert [b.id for b in list_batches(database)] == [second, first]
    assert [b.file_name for b in list_batches(database, policy_id, "2025Q3")] == ["b.xlsx", "a.xlsx"]
    assert list_batches(database, policy_id, "2025Q2") == []
