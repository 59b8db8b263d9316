"""The import history after an undo keeps each row's task number and text (also when the
measure is deleted later, and for a batch imported before the snapshot was kept); the batches
the clerk sees are numbered from 1; 修改历史 and 修改记录 show the report period of each change."""

import json

from sqlalchemy import delete, select, update

from tests.returns.conftest import PERIOD, TEXTS, ledger_book, plan_of, save
from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker.db.models import ImportBatch, Measure, YearlyPlan
from zjtracker.services.history.batches import TASKS, apply_return, batch_changes, list_batches, undo_batch
from zjtracker.services.history.change_log import LogFilter, history_of, search_log
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.preview import preview_return
from zjtracker.ui.history.change_log_model import HISTORY_COLUMNS, LOG_COLUMNS, Column, LogTableModel
from zjtracker.ui.history.import_history import ImportHistoryDialog

TASK_1, TASK_2 = TEXTS[("一", 1)], TEXTS[("一", 2)]


def imported(database, tmp_path, name="市商务局-三季度.xlsx") -> int:
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TASK_1, "新的进展。", None, None, 80, None, None],
        ["一、市场准入", None, None, "（2）", TASK_2, "第二项。", None, None, 50, None, None],
    ])
    return apply_return(database, preview_return(database, save(book, tmp_path / name), PERIOD)).batch_id


def tasks_of(database, batch_id) -> set[tuple[str, str]]:
    return {(c.task, " ".join(c.measure_text.split())) for c in batch_changes(database, batch_id)}


def test_an_undone_import_keeps_the_task_of_every_row(database, policy_id, tmp_path):
    batch_id = imported(database, tmp_path)
    undo_batch(database, batch_id)  # both reports were created by the import: both removed
    expected = {("（1）", " ".join(TASK_1.split())), ("（2）", " ".join(TASK_2.split()))}
    assert tasks_of(database, batch_id) == expected
    with database.session() as session:  # the measure deleted since: the snapshot still says it
        plan = session.get(YearlyPlan, plan_of(database, "一、", 2))
        session.execute(delete(YearlyPlan).where(YearlyPlan.id == plan.id))
        session.execute(delete(Measure).where(Measure.id == plan.measure_id))
    assert tasks_of(database, batch_id) == expected


def test_a_batch_imported_before_the_snapshot_is_named_after_its_undo(database, policy_id, tmp_path):
    batch_id = imported(database, tmp_path)
    with database.session() as session:  # as a batch written by an earlier version
        counts = json.loads(session.scalar(select(ImportBatch.counts).where(ImportBatch.id == batch_id)))
        assert len(counts.pop(TASKS)) == 2
        session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(counts=json.dumps(counts)))
    undo_batch(database, batch_id)
    assert {task for task, _text in tasks_of(database, batch_id)} == {"（1）", "（2）"}
    assert all(text for _task, text in tasks_of(database, batch_id))


def test_the_history_dialog_numbers_batches_from_1_and_shows_tasks_after_an_undo(
        qtbot, database, policy_id, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    with database.session() as session:  # the policy's own import is a batch too (another kind)
        assert session.scalar(select(ImportBatch.id).where(ImportBatch.kind != "updates")) is not None
    first = imported(database, tmp_path)
    second = imported(database, tmp_path, "市商务局-三季度-补.xlsx")
    assert [b.number for b in list_batches(database)] == [2, 1] and first > 1
    dialog = ImportHistoryDialog(database)
    qtbot.addWidget(dialog)
    assert [dialog.batches.topLevelItem(i).text(0) for i in range(2)] == ["2", "1"]
    dialog.batches.setCurrentItem(dialog.batches.topLevelItem(1))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    undo_batch(database, second)
    dialog.undo_selected()
    assert "no. 1" in asked[0]
    model = dialog.changes_model
    rows = [[model.index(r, c).data() for c in (0, 1)] for r in range(model.rowCount())]
    assert rows and all(task in ("（1）", "（2）") and text for task, text in rows)


def test_the_change_history_and_the_log_show_the_report_period(qtbot, database, policy_id, tmp_path):
    plan_id = plan_of(database, "一、", 1)
    save_progress(database, with_values(load_progress(database, plan_id, "2025Q3"), status_text="三季度"))
    save_progress(database, with_values(load_progress(database, plan_id, "2025Q2"), status_text="二季度"))
    entries = search_log(database, LogFilter(text="季度"))
    assert {(e.new, e.period) for e in entries} >= {("三季度", "2025年第三季度"), ("二季度", "2025年第二季度")}
    for columns, entries in ((LOG_COLUMNS, entries), (HISTORY_COLUMNS, history_of(database, "plan", plan_id))):
        model = LogTableModel(columns)
        model.set_entries(entries)
        column = model.column_of(Column.PERIOD)
        assert model.headerData(column, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == \
            "Report period"
        shown = {model.index(r, column).data() for r in range(model.rowCount())}
        assert {"2025年第三季度", "2025年第二季度"} <= shown
