"""The 生成下一年度台账 preview driven by hand: the choices change what the table says will
happen, 生成 makes the plans as chosen (found in the database), the tree moves to the new
year, and 撤销 / 重做 take the whole step back and forth."""

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import select

from tests.rollover.factories import LEDGER_2025, write_policy
from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker.db import open_database
from zjtracker.db.models import Policy, YearlyPlan
from zjtracker.ui.rollover.next_year_dialog import NextYearDialog


@pytest.fixture
def ledger(tmp_path):
    database = open_database(tmp_path / "ledger.db")
    policy_id, ids = write_policy(database, "湛江市2025年重点工作台账", 2025, LEDGER_2025)
    yield database, policy_id, ids
    database.dispose()


def new_plans(database):
    with database.session() as session:
        return {p.measure_id: (p.text, p.closed_on) for p in
                session.scalars(select(YearlyPlan).where(YearlyPlan.year == 2026))}


def column(dialog, number):
    return [dialog.ui.table.item(row, number).text() for row in range(dialog.ui.table.rowCount())]


def test_the_preview_follows_the_choices(qtbot, ledger):
    database, policy_id, _ids = ledger
    dialog = NextYearDialog(database, policy_id, 2025)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert column(dialog, 0) == ["（1）", "（2）", "（3）", "（4）"]
    assert column(dialog, 4) == ["Carried", "Closed, left out", "Carried", "Closed, left out"]
    assert "2 carried" in dialog.ui.counts.text() and "2 new yearly plans" in dialog.ui.counts.text()
    assert "end year moves from 2025 to 2026" in dialog.ui.counts.text()
    qtbot.mouseClick(dialog.ui.keep_grey, _left())
    assert column(dialog, 4)[1] == "Closed, kept greyed" and "4 new yearly plans" in dialog.ui.counts.text()
    assert column(dialog, 3)[1] == "2025-12-20"
    dialog.ui.year.setValue(2026)  # nothing planned in 2026: every task carried, blank
    assert column(dialog, 4) == ["Carried"] * 4
    assert new_plans(database) == {}  # a preview writes nothing


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_generate_from_the_main_window_then_undo_and_redo(qtbot, ledger):
    from zjtracker.ui.main_window import MainWindow
    from zjtracker.ui.rollover.flow import generate_next_year

    database, policy_id, ids = ledger
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def drive():
        dialog = window.next_year_dialog
        seen["rows"] = dialog.ui.table.rowCount()
        qtbot.mouseClick(dialog.ui.copy, _left())
        qtbot.mouseClick(dialog.ui.keep_grey, _left())
        qtbot.mouseClick(dialog.ui.generate, _left())

    before = window.period_selector.period()
    assert before.year == 2025
    QTimer.singleShot(0, drive)
    assert generate_next_year(window.structure_editor, policy_id)
    assert seen["rows"] == 4
    plans = new_plans(database)
    assert set(plans) == set(ids.values())
    assert plans[ids[1]][0].startswith("2025年：") and plans[ids[2]][1] is not None  # copied; greyed
    assert window.period_selector.period().year == 2026
    with database.session() as session:
        assert session.get(Policy, policy_id).end_year == 2026
    assert window.structure_stack.undoText().endswith("2026 ledger")
    window.structure_stack.undo()
    assert new_plans(database) == {}
    with database.session() as session:
        assert session.get(Policy, policy_id).end_year == 2025
    assert window.period_selector.period() == before  # back where the clerk was, not in the removed year
    window.structure_stack.redo()
    assert len(new_plans(database)) == 4
    assert window.period_selector.period().year == 2026


def test_the_policy_menu_offers_both_steps(qtbot, ledger):
    from zjtracker.ui.main_window import MainWindow

    database, policy_id, _ids = ledger
    window = MainWindow(database)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.structure_editor.actions_for("policy", policy_id) if a is not None]
    assert "Generate &next year's ledger…" in texts and "&Link tasks to last year's…" in texts
    tools = [a.text() for a in window.tools_menu.actions()]
    assert "Generate &next year's ledger…" in tools and "&Link tasks to last year's…" in tools
