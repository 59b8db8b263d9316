from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.dashboard.conftest import SAMPLE_PERIOD, SAMPLE_TODAY
from zjtracker.services.dashboard import STATUSES, dashboard_data
from zjtracker.services.ledger import find_unit_id
from zjtracker.services.periods import Period
from zjtracker.ui.dashboard.view import TOTAL, DashboardView
from zjtracker.ui.dashboard.charts import LABEL_LIMIT, axis_text
from zjtracker.ui.status_style import STATUS_COLORS, status_text


def _view(qtbot, database):
    view = DashboardView(database, today=SAMPLE_TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def _double_click(widget, item):
    """Press, release, then the double click, as a mouse sends them."""
    from pytestqt.qtbot import QtBot
    position = widget.visualItemRect(item).center()
    QtBot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=position)
    QtBot.mouseDClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=position)


def _tiles(view) -> dict[str, int]:
    return {status: int(view.tiles[status].number.text()) for status in (TOTAL, *STATUSES)}


def _expected(database, **scope):
    data = dashboard_data(database, Period.parse(SAMPLE_PERIOD), today=SAMPLE_TODAY, **scope)
    return {TOTAL: data.total, **data.counts.counts}


def _axis_categories(chart) -> list[str]:
    [axis] = [a for a in chart.chart.axes() if isinstance(a, QBarCategoryAxis)]
    return list(reversed(axis.categories()))  # top to bottom


def test_tiles_show_the_counts_with_the_status_word(qtbot, filled_sample):
    database = filled_sample.database
    view = _view(qtbot, database)
    view.show_period(SAMPLE_PERIOD)
    assert _tiles(view) == _expected(database)
    assert _tiles(view)[TOTAL] == 518 and _tiles(view)["已完成"] == 3
    for status in STATUSES:
        assert view.tiles[status].caption.text() == status_text(status)
        assert STATUS_COLORS[status] in view.tiles[status].number.styleSheet()
    assert "2023" in view.heading.text()


def test_charts_have_a_bar_per_area_and_lead_unit(qtbot, filled_sample):
    database = filled_sample.database
    view = _view(qtbot, database)
    view.show_period(SAMPLE_PERIOD)
    data = view.data
    chart = view.area_chart
    assert len(chart.categories) == len(data.areas) == len(_axis_categories(chart)) > 20
    assert _axis_categories(chart) == [axis_text(c) for c in chart.categories]
    assert [s.label() for s in chart.series.barSets()] == [status_text(s) for s in STATUSES]
    assert [s.color() for s in chart.series.barSets()] == [QColor(STATUS_COLORS[s]) for s in STATUSES]
    for row, area in enumerate(data.areas):
        assert {s: chart.value(s, row) for s in STATUSES} == area.counts.counts
    assert all(len(line) <= LABEL_LIMIT for label in chart.categories for line in label.split("\n"))
    assert all(label.count("\n") < 2 for label in chart.categories)  # two lines at most
    long_rows = [row for row, area in enumerate(data.areas) if len(chart.entries[row].label) > LABEL_LIMIT]
    assert long_rows, "the sample has area titles too long for one line of the axis"
    for row in long_rows:
        label = chart.categories[row]
        assert "\n" in label  # wrapped, not cut after one line
        whole = chart.entries[row].label
        assert label.replace("\n", "") == whole or "…" in label
        assert data.areas[row].name in chart.tooltip_text(row)
    units = view.unit_chart
    assert len(units.categories) == len(data.units) == len(_axis_categories(units))
    assert sum(units.value("已完成", row) for row in range(len(data.units))) >= data.counts["已完成"]
    [development] = [row for row, u in enumerate(data.units) if u.name == "市发展和改革局"]
    assert units.categories[development] == "市发展和改革局"
    assert {s: units.value(s, development) for s in STATUSES} == data.units[development].counts.counts


def test_scope_by_policy_and_by_a_typed_alias(qtbot, filled_sample):
    database = filled_sample.database
    view = _view(qtbot, database)
    view.show_period(SAMPLE_PERIOD)
    ledger = view.policy.findText("2023年湛江市优化营商环境", Qt.MatchFlag.MatchStartsWith)
    view.policy.setCurrentIndex(ledger)
    policy_id = view.policy.currentData()
    assert _tiles(view) == _expected(database, policy_id=policy_id)
    assert {a.policy_id for a in view.data.areas} == {policy_id}
    assert not any("·" in label for label in view.area_chart.categories)  # one policy: no prefix
    view.policy.setCurrentIndex(0)
    view.unit.lineEdit().setText("市发改局")
    view.unit.lineEdit().editingFinished.emit()
    unit_id = find_unit_id(database, "市发改局")
    assert view.unit.currentText() == "市发展和改革局" and view.selected_scope() == (None, unit_id)
    assert _tiles(view) == _expected(database, unit_id=unit_id)
    assert _tiles(view)[TOTAL] < 518
    view.show_period(SAMPLE_PERIOD)  # back to everything
    assert _tiles(view)[TOTAL] == 518 and view.unit.currentText() == ""
    view.show_period(SAMPLE_PERIOD, policy_id=policy_id, unit_id=unit_id)
    assert view.selected_scope() == (policy_id, unit_id)
    assert _tiles(view) == _expected(database, policy_id=policy_id, unit_id=unit_id)


def test_double_click_opens_the_item(qtbot, filled_sample):
    view = _view(qtbot, filled_sample.database)
    view.show_period(SAMPLE_PERIOD)
    assert view.overdue.plan_ids() == [filled_sample.overdue_plan]
    assert filled_sample.soon_plan in view.due_soon.plan_ids()
    assert view.lists.tabText(0).endswith("(1)")
    assert view.behind.plan_ids() == [i.plan_id for i in view.data.behind] != []
    item = view.overdue.topLevelItem(0)
    assert item.text(view.overdue.DEADLINE) == "2023-08-31"
    assert item.text(view.overdue.STATUS) == status_text("超期")
    with qtbot.waitSignal(view.open_item, timeout=2000) as opened:
        _double_click(view.overdue, item)
    assert opened.args == ["plan", filled_sample.overdue_plan]
    view.lists.setCurrentIndex(1)
    behind = view.behind.topLevelItem(2)
    with qtbot.waitSignal(view.open_item, timeout=2000) as opened:
        _double_click(view.behind, behind)
    assert opened.args == ["plan", view.data.behind[2].plan_id]


def test_an_empty_period_says_so(qtbot, sample_db):
    view = _view(qtbot, sample_db)
    view.show_period("2019Q1")
    assert _tiles(view) == dict.fromkeys((TOTAL, *STATUSES), 0)
    assert view.area_chart.stack.currentWidget() is view.area_chart.empty
    assert view.area_chart.empty.text() and view.overdue.topLevelItemCount() == 0
