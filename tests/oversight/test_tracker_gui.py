"""The returns tracker's grid says how many of a unit's reports were sent back (已退回 N 项)."""

from datetime import date

from tests.oversight.conftest import PERIOD, report
from zjtracker.services.oversight.actions import return_report


def test_the_tracker_cell_says_sent_back(qtbot, ui_db):
    from zjtracker.ui.returns.tracker_view import ReturnsTrackerView

    plan_id = report(ui_db, "一、", 2, status_text="排查中。", percent=40.0)
    return_report(ui_db, plan_id, PERIOD, "请补充数据")
    view = ReturnsTrackerView(ui_db, year=2025, today=date(2025, 10, 20))
    qtbot.addWidget(view)
    text = view.cell_text("市商务局", "2025Q3")
    assert text.endswith(("1 sent back", "已退回 1 项")), text
    other = view.cell_text("市税务局", "2025Q3")
    assert "sent back" not in other and "已退回" not in other
    row = next(i for i, u in enumerate(view.grid.units) if u.name == "市商务局")
    tip = view.model.index(row, 4 + 2).data(0x03)  # ToolTipRole
    assert "1" in tip and ("sent back" in tip or "退回" in tip)
