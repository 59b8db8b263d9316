"""The 关联上年任务 dialog driven by hand: the proposed pairs in combos, one changed and one
cleared by the clerk, saved as one undoable step and found in the database; the offer
after importing a ledger that resembles an earlier one."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from tests.rollover.factories import Task, write_policy
from tests.rollover.test_linking import NEW, OLD
from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker.db import open_database
from zjtracker.db.models import Measure
from zjtracker.ui.rollover.link_dialog import LinkDialog


@pytest.fixture
def ledgers(tmp_path):
    database = open_database(tmp_path / "ledgers.db")
    write_policy(database, "关于加强耕地保护的实施意见", 2025, [Task(1, "严守耕地红线")], issuer="市自然资源局")
    old_id, old = write_policy(database, "湛江市2025年重点工作任务台账", 2025, OLD)
    new_id, new = write_policy(database, "湛江市2026年重点工作任务台账", 2026, NEW)
    yield database, old_id, old, new_id, new
    database.dispose()


def links_stored(database, ids):
    with database.session() as session:
        return dict(session.execute(select(Measure.id, Measure.previous_id).where(Measure.id.in_(ids))).all())


def test_the_dialog_proposes_and_the_clerk_corrects(qtbot, ledgers):
    database, old_id, old, new_id, new = ledgers
    dialog = LinkDialog(database, new_id)
    qtbot.addWidget(dialog)
    assert dialog.policy_combo.currentData() == old_id  # the most alike title first
    assert [dialog.table.item(row, 3).text() for row in range(4)] == ["High", "Medium", "Medium", "None"]
    assert dialog.table.item(1, 2).text() == "100%"
    assert [combo.currentData() for combo in dialog.combos] == [old[1], old[3], old[4], None]
    assert dialog.summary.text().startswith("3 of 4")
    dialog.combos[2].setCurrentIndex(0)  # — not linked —
    dialog.combos[3].setCurrentIndex(dialog.combos[3].findData(old[2]))
    assert dialog.links() == {new[1]: old[1], new[2]: old[3], new[3]: None, new[4]: old[2]}


def test_linking_from_the_main_window_is_one_undoable_step(qtbot, ledgers):
    from zjtracker.ui.main_window import MainWindow
    from zjtracker.ui.rollover.flow import link_tasks

    database, old_id, old, new_id, new = ledgers
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()

    def drive():
        dialog = window.link_dialog
        dialog.combos[3].setCurrentIndex(dialog.combos[3].findData(old[2]))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    assert link_tasks(window.structure_editor, new_id, old_id)
    assert links_stored(database, new.values()) == {new[1]: old[1], new[2]: old[3], new[3]: old[4], new[4]: old[2]}
    window.structure_stack.undo()
    assert set(links_stored(database, new.values()).values()) == {None}
    window.structure_stack.redo()
    assert links_stored(database, new.values())[new[4]] == old[2]


def test_the_import_offers_linking_to_an_alike_earlier_ledger(qtbot, ledgers):
    from zjtracker.ui.main_window import MainWindow
    from zjtracker.ui.rollover.flow import offer_linking

    database, old_id, _old, new_id, _new = ledgers
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    offer_linking(window, [new_id])
    box = window.link_offer
    assert box.isVisible() and "湛江市2025年重点工作任务台账" in box.text()

    shown = []

    def close_link_dialog():
        shown.append(window.link_dialog.policy_combo.currentData())
        window.link_dialog.reject()

    QTimer.singleShot(0, close_link_dialog)
    box.button(QMessageBox.StandardButton.Yes).click()  # opens the linking dialog on that ledger
    assert shown == [old_id] and not box.isVisible()
