"""The tracker window: 未发送 apart from 逾期未报, the policy's reporting deadline said above
the grid and in the period headers, the 催报 file named after the policy, and abolished or
empty policies offered only when asked for."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.returns.conftest import test_policy
from tests.returns_gui.conftest import PERIOD, sent_to
from zjtracker.db.models import Policy
from zjtracker.importing.model import ParsedPolicy, ParseResult
from zjtracker.services.policies.importer import store_result
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.returns.tracker_model import FIXED_COLUMNS, STATE_STYLE
from zjtracker.ui.returns.tracker_view import ReturnsTrackerView


def _set_policy(database, policy_id, **values):
    with database.session() as session:
        policy = session.get(Policy, policy_id)
        for name, value in values.items():
            setattr(policy, name, value)


def test_not_sent_is_not_overdue_and_overdue_follows_the_stated_deadline(qtbot, database, policy_id, tmp_path):
    _set_policy(database, policy_id, text="各单位每季度结束后5日内报送落实情况。", short_name="测试营商")
    sent_to(database, policy_id, "市税务局", tmp_path)
    view = ReturnsTrackerView(database, policy_id=policy_id, year=2025, today=date(2025, 10, 5), period="2025Q3")
    qtbot.addWidget(view)
    assert "每季度结束后5日内" in view.deadline_label.text()
    column = FIXED_COLUMNS + view.grid.periods.index("2025Q3")
    assert "2025-10-05" in view.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert view.cell_text("市税务局", "2025Q3") == "Sent" and view.cell_text("市商务局", "2025Q3") == "Not sent"
    view.today = date(2025, 10, 6)
    view.reload()
    assert view.cell_text("市税务局", "2025Q3") == "Overdue"
    assert view.cell_text("市商务局", "2025Q3") == "Not sent"  # never red: nothing was sent
    row = next(i for i, u in enumerate(view.grid.units) if u.name == "市商务局")
    cell = view.model.index(row, column)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(STATE_STYLE["not_sent"][1])
    assert STATE_STYLE["not_sent"][1] != STATE_STYLE["overdue"][1]
    assert view.missing_model.column_texts(5) == ["Overdue", "Not sent", "Not sent"]
    assert view.missing_model.column_texts(6)[1:] == ["—", "—"]
    assert "1 overdue, 2 never sent" in view.missing_label.text()

    offered = {}

    def save_dialog(_parent, _caption, suggested, _filters):
        offered["name"] = suggested
        return "", ""

    from pytest import MonkeyPatch
    with MonkeyPatch.context() as patch:
        patch.setattr(FileDialog, "getSaveFileName", save_dialog)
        view.print_button.click()
    assert offered["name"].endswith("测试营商_2025年第三季度催报清单.pdf")


def test_abolished_and_empty_policies_only_when_asked(qtbot, database, policy_id):
    [empty] = store_result(database, ParseResult(source="c.txt", policies=[
        ParsedPolicy(title="只有标题的文件", start_year=2025, end_year=2025)]), "t")
    view = ReturnsTrackerView(database, year=2025, today=date(2025, 8, 15))
    qtbot.addWidget(view)
    ids = lambda: [view.policy_box.itemData(i) for i in range(view.policy_box.count())]  # noqa: E731
    assert ids() == [policy_id] and view.grid is not None and view.chosen_period() == PERIOD
    view.all_policies.setChecked(True)
    assert ids() == [policy_id, empty]
    view.policy_box.setCurrentIndex(1)
    assert view.grid.units == [] and view.missing_model.rowCount() == 0
    _set_policy(database, policy_id, status="abolished")
    view.all_policies.setChecked(False)
    assert ids() == [empty]  # the one shown stays while it is shown
    asked = ReturnsTrackerView(database, policy_id=policy_id, year=2025, today=date(2025, 8, 15))
    qtbot.addWidget(asked)
    assert asked.policy_id() == policy_id  # asked for by id: shown though abolished


def test_the_send_and_report_dialogs_leave_out_abolished_and_empty_policies(qtbot, database, policy_id):
    from zjtracker.ui.reports.dialog import ReportDialog
    from zjtracker.ui.returns.send_dialog import SendTemplatesDialog

    [empty] = store_result(database, ParseResult(source="c.txt", policies=[
        ParsedPolicy(title="只有标题的文件", start_year=2025, end_year=2025)]), "t")
    [abolished] = store_result(database, ParseResult(source="d.txt", policies=[test_policy("已废止的方案")]), "t")
    _set_policy(database, abolished, status="abolished")

    def offered(dialog):
        qtbot.addWidget(dialog)
        return [dialog.policy_box.itemData(i) for i in range(dialog.policy_box.count())]

    assert offered(SendTemplatesDialog(database, PERIOD)) == [policy_id]
    assert offered(ReportDialog(database, str(PERIOD))) == [policy_id]
    # asked for by id (opened on that policy): offered
    assert offered(SendTemplatesDialog(database, PERIOD, None, abolished)) == [policy_id, abolished]
    assert offered(ReportDialog(database, str(PERIOD), None, abolished)) == [policy_id, abolished]
    assert empty not in offered(ReportDialog(database, str(PERIOD), None, policy_id))


def test_the_missing_list_says_how_many_lead_tasks_each_unit_left_unreported(qtbot, database, policy_id):
    from tests.returns_gui.conftest import saved

    saved(database, "一、", 2, status_text="推进中。")  # one of 市商务局's two lead tasks
    view = ReturnsTrackerView(database, policy_id=policy_id, year=2025, today=date(2025, 8, 15), period="2025Q3")
    qtbot.addWidget(view)
    left = dict(zip(view.missing_model.column_texts(1), view.missing_model.column_texts(7)))
    assert left == {"市商务局": "1", "市税务局": "2", "市市场监督管理局": "1"}
    row = next(i for i, u in enumerate(view.grid.units) if u.name == "市税务局")
    cell = view.model.index(row, FIXED_COLUMNS + view.grid.periods.index("2025Q3"))
    assert "Lead tasks not reported: 2" in cell.data(Qt.ItemDataRole.ToolTipRole)
