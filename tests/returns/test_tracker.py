"""The returns tracker: units × periods, and the 催报 list of missing returns."""

from datetime import date, datetime

from tests.returns.conftest import PERIOD, fill, unit_id
from zjtracker.services.history.batches import apply_return, undo_batch
from zjtracker.services.periods import Period
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.export import export_template
from zjtracker.services.returns.preview import preview_return
from zjtracker.services.returns.tracker import (
    CONFLICTS, MERGED, NOT_SENT, OVERDUE, RETURNED, SENT, missing_returns, tracker_grid,
)
from zjtracker.services.returns.model import Selection
from tests.returns.conftest import plan_of

DURING_Q3 = date(2025, 8, 15)
AFTER_Q3 = date(2025, 10, 20)


def states(grid, period="2025Q3"):
    return {u.name: grid.cell(u.unit_id, period).state for u in grid.units}


def test_grid_moves_from_not_sent_to_sent_to_merged_and_overdue(database, policy_id, tmp_path):
    grid = tracker_grid(database, policy_id, 2025, DURING_Q3)
    assert grid.periods == ["2025Q1", "2025Q2", "2025Q3", "2025Q4"]
    assert states(grid) == {"市商务局": NOT_SENT, "市税务局": NOT_SENT, "市市场监督管理局": NOT_SENT}
    # ended, nothing came back, but no workbook ever went out: not sent, not overdue
    assert grid.cell(unit_id(database, "市商务局"), "2025Q1").state == NOT_SENT
    sent = export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "a.xlsx")
    export_template(database, policy_id, PERIOD, unit_id(database, "市税务局"), tmp_path / "b.xlsx")
    grid = tracker_grid(database, policy_id, 2025, DURING_Q3)
    assert states(grid) == {"市商务局": SENT, "市税务局": SENT, "市市场监督管理局": NOT_SENT}
    assert grid.cell(unit_id(database, "市商务局"), "2025Q3").sent_at is not None
    batch = apply_return(database, preview_return(database, fill(sent.path, {"一、/（2）": {"备注": "甲"}}), PERIOD))
    grid = tracker_grid(database, policy_id, 2025, AFTER_Q3)
    assert states(grid) == {"市商务局": MERGED, "市税务局": OVERDUE, "市市场监督管理局": NOT_SENT}
    assert grid.cell(unit_id(database, "市商务局"), "2025Q3").batch_id == batch.batch_id
    undo_batch(database, batch.batch_id)
    assert states(tracker_grid(database, policy_id, 2025, AFTER_Q3))["市商务局"] == OVERDUE


def test_conflicts_and_returned_but_not_merged(database, policy_id, tmp_path):
    plan_id = plan_of(database, "一、", 2)
    save_progress(database, with_values(load_progress(database, plan_id, "2025Q3"), percent=10.0))
    sent = export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "a.xlsx")
    save_progress(database, with_values(load_progress(database, plan_id, "2025Q3"), percent=20.0))
    path = fill(sent.path, {"一、/（2）": {"完成进度（%）": 30}})
    apply_return(database, preview_return(database, path, PERIOD))
    grid = tracker_grid(database, policy_id, 2025, DURING_Q3)
    cell = grid.cell(unit_id(database, "市商务局"), "2025Q3")
    assert (cell.state, cell.open_conflicts, cell.label) == (CONFLICTS, 1, "有冲突")

    taxes = export_template(database, policy_id, PERIOD, unit_id(database, "市税务局"), tmp_path / "b.xlsx")
    path = fill(taxes.path, {"一、/（3）": {"备注": "乙"}})
    apply_return(database, preview_return(database, path, PERIOD), Selection.nothing())
    assert states(tracker_grid(database, policy_id, 2025, DURING_Q3))["市税务局"] == RETURNED


def test_missing_returns_list_for_chasing(database, policy_id, tmp_path):
    sent = export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "a.xlsx")
    export_template(database, policy_id, PERIOD, unit_id(database, "市税务局"), tmp_path / "b.xlsx")
    missing = missing_returns(database, policy_id, PERIOD, AFTER_Q3)
    assert [(m.name, m.state, m.lead) for m in missing] == [
        ("市商务局", OVERDUE, 2), ("市税务局", OVERDUE, 2), ("市市场监督管理局", NOT_SENT, 1)]
    assert missing[0].sent_at is not None and missing[2].sent_at is None
    apply_return(database, preview_return(database, fill(sent.path, {"一、/（2）": {"备注": "甲"}}), PERIOD))
    assert [m.name for m in missing_returns(database, policy_id, PERIOD, DURING_Q3)] == ["市税务局", "市市场监督管理局"]
    assert missing_returns(database, policy_id, Period.parse("2025Q3"), DURING_Q3)[0].state == SENT


def test_a_workbook_sent_late_for_a_past_period_is_not_overdue_at_once(database, policy_id, tmp_path, monkeypatch):
    # the clerk catches up in December: the Q3 deadline (10 October) is long past
    monkeypatch.setattr("zjtracker.services.returns.export.utcnow", lambda: datetime(2025, 12, 1, 9, 0))
    export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "a.xlsx")
    commerce = unit_id(database, "市商务局")
    same_day = tracker_grid(database, policy_id, 2025, date(2025, 12, 1)).cell(commerce, "2025Q3")
    assert same_day.state == SENT and same_day.due == date(2025, 12, 11)
    assert tracker_grid(database, policy_id, 2025, date(2025, 12, 12)).cell(commerce, "2025Q3").state == OVERDUE
    # units that were never sent one stay 未发送, not overdue
    assert states(tracker_grid(database, policy_id, 2025, date(2025, 12, 12)))["市税务局"] == NOT_SENT
