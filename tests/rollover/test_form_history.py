"""The form's 往期进展 beside a task carried into a new year: last year's periods (and those
of the task it continues in an earlier ledger) follow this year's, while a drop is still
measured against this year's plan only."""

from datetime import date

from tests.rollover.test_earlier_years import three_years
from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker.db import open_database
from zjtracker.services.periods import Period


def test_the_history_reaches_into_earlier_years(qtbot, tmp_path):
    from zjtracker.ui.main_window import MainWindow

    database = open_database(tmp_path / "years.db")
    try:
        _policy, plan_2026 = three_years(database)
        window = MainWindow(database, today=date(2026, 5, 10))
        qtbot.addWidget(window)
        window.show()
        window.period_selector.set_period(Period.parse("2026Q2"))
        window.open_node("plan", plan_2026)
        form = window.form
        assert form.plan_id == plan_2026 and str(form.period) == "2026Q2"
        table = form.ui.history
        periods = [table.item(row, 0).text() for row in range(table.rowCount())]
        assert len(periods) == 3 and "2026" in periods[0] and "2025" in periods[1] and "2024" in periods[2]
        assert [table.item(row, 1).text() for row in range(3)] == ["20%", "60%", "100%"]
        form.set_field("percent", 10)  # below 2026Q1's 20 %: a drop
        assert form.ui.drop_warning.isVisible() and "20" in form.ui.drop_warning.text()
        form.discard()
        window.period_selector.set_period(Period.parse("2026Q1"))
        window.open_node("plan", plan_2026)
        assert str(form.period) == "2026Q1" and form.ui.history.rowCount() == 2  # 2025Q4, 2024Q4
        form.set_field("percent", 5)  # a new year's plan starts again: no drop against last year's
        assert not form.ui.drop_warning.isVisible()
        form.discard()
    finally:
        database.dispose()
