"""销号 and 重新打开 from the tree's context menu, through the real dialog: the plan's closed_*
columns, the change log and the tree's greyed 已销号 row."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.oversight.conftest import answer_dialog, closed_columns, log_rows, plan_of, report
from tests.ui.conftest import type_text
from zjtracker.ui.oversight.dialogs import CloseTaskDialog
from zjtracker.ui.status_style import CLOSED_GREY
from zjtracker.ui.tree.roles import Column, Role


def context_action(window, kind: str, node_id: int, word: str):
    actions = [a for a in window.structure_editor.actions_for(kind, node_id) if a is not None]
    return next(a for a in actions if word in a.text().replace("&", ""))


def test_close_a_task_from_the_context_menu_then_reopen_it(qtbot, window, ui_db):
    plan_id = report(ui_db, "一、", 2, status_text="已排查 32 家。", percent=90.0, assessment="序时推进")
    window.reload_tree()
    window.open_node("plan", plan_id)
    asked = []
    window.oversight.confirm = lambda seen: asked.append(seen.latest_percent) or True  # 90 % < 100 %

    def fill(dialog):
        assert isinstance(dialog, CloseTaskDialog)
        assert "排查" in dialog.findChild(object, "latest_progress").text()  # the latest progress shown
        dialog.closed_on.setDate(date(2025, 9, 30))
        type_text(dialog.basis, "市商务局验收报告")
        dialog.by.setText("李四")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(qtbot, fill)
    context_action(window, "plan", plan_id, "Close").trigger()
    assert asked == [90.0]
    assert closed_columns(ui_db, plan_id) == (date(2025, 9, 30), "市商务局验收报告", "李四")
    assert [row[0] for row in log_rows(ui_db, plan_id)] == ["closed_on", "closed_basis", "closed_by"]

    index = window.model.find(_path(window, plan_id))
    assert index.data(Role.CLOSED) is True
    status = index.siblingAtColumn(Column.STATUS)
    assert status.data(Qt.ItemDataRole.DisplayRole) in ("已销号", "Closed")  # the words of the language in use
    assert index.data(Qt.ItemDataRole.ForegroundRole).name() == CLOSED_GREY
    measure = index.parent()
    assert measure.data(Role.CLOSED) is True  # the measure shows its plan of the year closed
    assert window.form.ui.verdict.isVisible() and "2025-09-30" in window.form.ui.verdict.text()
    assert "李四" in window.form.ui.verdict.text()
    assert not context_action(window, "plan", plan_id, "Send").isEnabled()  # 退回 only after reopening

    context_action(window, "plan", plan_id, "Reopen").trigger()
    assert context_action(window, "plan", plan_id, "Send").isEnabled()
    assert closed_columns(ui_db, plan_id) == (None, "", "")
    assert [row[0] for row in log_rows(ui_db, plan_id)][-3:] == ["closed_on", "closed_basis", "closed_by"]
    assert window.model.find(_path(window, plan_id)).data(Role.CLOSED) is False
    assert not window.form.ui.verdict.isVisible()


def test_closing_below_100_percent_can_be_declined(qtbot, window, ui_db):
    plan_id = plan_of(ui_db, "二、", 1)
    window.oversight.confirm = lambda seen: False
    assert window.oversight.close_task(plan_id, window.period, (date(2025, 9, 1), "", "")) is False
    assert closed_columns(ui_db, plan_id) == (None, "", "")


def _path(window, plan_id):
    from zjtracker.services.tree_filter import node_path

    return node_path(window.database, "plan", plan_id)
