"""The import history (undo a whole batch) and the returns tracker with its 催报 list."""

import re
import subprocess

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.returns_gui.conftest import (
    AFTER_Q3,
    DURING_Q3,
    PERIOD,
    fill,
    saved,
    sent_to,
    stored,
)
from zjtracker.services.history.batches import apply_return
from zjtracker.services.returns.preview import preview_return
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.history.import_history import ImportHistoryDialog
from zjtracker.ui.returns.menu import returns_ui
from zjtracker.ui.returns.tracker_model import STATE_STYLE
from zjtracker.ui.returns.tracker_view import ReturnsTrackerView


def imported(database, policy_id, tmp_path, unit="市商务局", values=None, selection=None):
    sent = sent_to(database, policy_id, unit, tmp_path)
    path = fill(sent.path, values or {"一、/（1）": {"落实情况": "已全面铺开。", "完成进度（%）": 60},
                                      "一、/（2）": {"备注": "电话核实"}})
    return apply_return(database, preview_return(database, path, PERIOD), selection)


def test_history_lists_the_batch_and_undo_restores_every_cell(qtbot, database, policy_id, tmp_path, answers):
    saved(database, "一、", 1, status_text="已开会。", percent=30.0)
    before = {key: stored(database, *key) for key in (("一、", 1), ("一、", 2))}
    batch_id = imported(database, policy_id, tmp_path).batch_id
    dialog = ImportHistoryDialog(database)
    qtbot.addWidget(dialog)
    row = dialog.batches.topLevelItem(0)
    assert [row.text(c) for c in (0, 2, 3, 6, 9)] == [
        "1", "市商务局-filled.xlsx", "市商务局", "3 in 2 row(s)", "In effect"]  # the clerk's first import
    model = dialog.changes.model()
    changes = [[model.index(i, c).data() for c in (0, 2, 3, 4)] for i in range(model.rowCount())]
    assert changes == [["（1）", "Implementation", "已开会。", "已全面铺开。"], ["（1）", "Progress (%)", "30%", "60%"],
                       ["（2）", "Remarks", "(empty)", "电话核实"]]
    undone = []
    dialog.undone.connect(undone.append)
    answers.reply = answers.reply.Yes
    dialog.undo_button.click()
    assert {key: stored(database, *key) for key in before} == before
    assert undone == [batch_id] and dialog.batches.topLevelItem(0).text(9).startswith("Undone")
    assert not dialog.undo_button.isEnabled()
    assert "3 cell(s) restored" in dialog.changes_label.text()


def test_undo_keeps_cells_changed_since_and_says_which(qtbot, database, policy_id, tmp_path, answers):
    batch_id = imported(database, policy_id, tmp_path).batch_id
    saved(database, "一、", 2, remarks="又改了")
    dialog = ImportHistoryDialog(database)
    qtbot.addWidget(dialog)
    answers.reply = answers.reply.No
    dialog.undo_button.click()  # the clerk thinks again: nothing happens
    assert stored(database, "一、", 1)["percent"] == 60.0
    answers.reply = answers.reply.Yes
    dialog.undo_button.click()
    [info] = answers.infos
    assert "又改了" in info and "备注" in info
    assert stored(database, "一、", 1)["percent"] is None and stored(database, "一、", 2)["remarks"] == "又改了"
    assert dialog.batches.topLevelItem(0).text(0) == "1" and batch_id > 1  # numbered from 1 for the clerk


def test_undo_from_the_menu_refreshes_the_window(qtbot, window, database, policy_id, tmp_path, answers):
    imported(database, policy_id, tmp_path)
    ui = returns_ui(window)
    ui.history_action.trigger()
    qtbot.waitUntil(lambda: ui.history is not None and ui.history.isVisible(), timeout=5000)
    tracker = ui.show_tracker()
    tracker.today = DURING_Q3
    tracker.reload()
    assert tracker.cell_text("市商务局", "2025Q3") == "Merged"
    answers.reply = answers.reply.Yes
    ui.history.undo_button.click()
    assert tracker.cell_text("市商务局", "2025Q3") == "Sent"  # the tab follows the undo
    ui.history.close()


def test_tracker_grid_shows_each_units_state_in_words(qtbot, database, policy_id, tmp_path):
    sent_to(database, policy_id, "市税务局", tmp_path)
    imported(database, policy_id, tmp_path)
    view = ReturnsTrackerView(database, policy_id=policy_id, year=2025, today=DURING_Q3)
    qtbot.addWidget(view)
    assert [view.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4, 8)] == [
        "2025 quarter 1", "2025 quarter 2", "2025 quarter 3", "2025 quarter 4"]
    assert {u: view.cell_text(u, "2025Q3") for u in ("市商务局", "市税务局", "市市场监督管理局")} == {
        "市商务局": "Merged", "市税务局": "Sent", "市市场监督管理局": "Not sent"}
    # nothing was ever sent for 2025Q1: not sent, however long ago it ended
    assert view.cell_text("市税务局", "2025Q1") == "Not sent" and view.cell_text("市税务局", "2025Q4") == "Not sent"
    merged = view.model.index(0, 6)  # 市商务局 leads most: first row; 2025Q3
    assert merged.data() == "Merged" and merged.data(Qt.ItemDataRole.UserRole) == "merged"
    assert merged.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(STATE_STYLE["merged"][1])
    assert not merged.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Return imported" in merged.data(Qt.ItemDataRole.ToolTipRole)
    assert view.chosen_period() == PERIOD
    assert view.missing_names() == ["市税务局", "市市场监督管理局"]
    view.today = AFTER_Q3
    view.reload()
    assert view.cell_text("市税务局", "2025Q3") == "Overdue" and view.cell_text("市商务局", "2025Q3") == "Merged"
    assert "2 of 3 unit(s)" in view.missing_label.text()


def test_open_conflicts_and_returns_merging_nothing_are_told_apart(qtbot, database, policy_id, tmp_path):
    from zjtracker.services.returns.model import Selection

    saved(database, "一、", 2, percent=10.0)
    sent = sent_to(database, policy_id, "市商务局", tmp_path)
    saved(database, "一、", 2, percent=20.0)
    apply_return(database, preview_return(database, fill(sent.path, {"一、/（2）": {"完成进度（%）": 30}}), PERIOD))
    imported(database, policy_id, tmp_path, "市税务局", {"一、/（3）": {"备注": "乙"}}, Selection.nothing())
    view = ReturnsTrackerView(database, policy_id=policy_id, year=2025, today=DURING_Q3)
    qtbot.addWidget(view)
    assert view.cell_text("市商务局", "2025Q3") == "Conflicts (1)"
    assert view.cell_text("市税务局", "2025Q3") == "Returned"


def test_the_reminder_list_is_written_and_lists_the_missing_units(qtbot, database, policy_id, tmp_path, monkeypatch):
    sent_to(database, policy_id, "市税务局", tmp_path)
    imported(database, policy_id, tmp_path)
    view = ReturnsTrackerView(database, policy_id=policy_id, year=2025, today=AFTER_Q3, period="2025Q3")
    qtbot.addWidget(view)
    assert view.chosen_period() == PERIOD
    target = tmp_path / "催报清单.pdf"
    monkeypatch.setattr(FileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF for printing (*.pdf)"))
    view.print_button.click()
    qtbot.waitUntil(lambda: view.saved_path is not None, timeout=30000)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "2025年第三季度落实情况催报清单" in text and "湛江市测试营商环境行动方案" in text
    assert "市税务局" in text and "市市场监督管理局" in text and "市商务局" not in text
    assert "逾期未报" in text and re.search(r"—\s*1\s*—", text)
    assert str(target) in view.status.text() and view.open_button.isEnabled()

    workbook = tmp_path / "催报清单"  # no suffix typed, the Excel filter chosen
    monkeypatch.setattr(FileDialog, "getSaveFileName", lambda *a, **k: (str(workbook), "Excel workbook (*.xlsx)"))
    view.saved_path = None
    view.print_button.click()
    qtbot.waitUntil(lambda: view.saved_path is not None, timeout=30000)
    sheet = load_workbook(view.saved_path).active
    rows = [r for r in sheet.iter_rows(min_row=5, values_only=True) if r[1]]
    assert view.saved_path.suffix == ".xlsx"
    assert [(r[0], r[1], r[5], r[6]) for r in rows] == [(1, "市税务局", "逾期未报", rows[0][6]),
                                                        (2, "市市场监督管理局", "未发送报送表", "—")]
