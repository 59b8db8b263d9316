"""复核 and 退回 from the Edit menu's 复核与销号 submenu, through the real dialog: the Review row,
the change log, the form's line saying 已退回 with the reason, and the tree's status."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.oversight.conftest import answer_dialog, log_rows, plan_of, report, review_row
from tests.ui.conftest import type_text
from zjtracker.ui.oversight.dialogs import VerdictDialog
from zjtracker.ui.tree.roles import Column


def menu_action(window, word: str):
    return next(a for a in window.oversight_menu.actions() if word in a.text().replace("&", ""))


def test_send_back_needs_a_reason_and_shows_on_the_form_and_in_the_tree(qtbot, window, ui_db):
    plan_id = report(ui_db, "一、", 1, status_text="已开会。", percent=30.0)
    window.reload_tree()
    window.open_node("plan", plan_id)
    seen = {}

    def answer(dialog):
        assert isinstance(dialog, VerdictDialog) and dialog.returning
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["empty"] = ok.isEnabled()
        type_text(dialog.note, "未写明变更办理件数")
        seen["typed"] = ok.isEnabled()
        ok.click()

    answer_dialog(qtbot, answer)
    menu_action(window, "Send back").trigger()
    assert seen == {"empty": False, "typed": True}
    assert review_row(ui_db, plan_id)[:2] == ("returned", "未写明变更办理件数")
    assert log_rows(ui_db, plan_id) == [("review", None, "2025Q3 已退回：未写明变更办理件数")]
    assert "未写明变更办理件数" in window.form.ui.verdict.text() and window.form.ui.verdict.isVisible()
    status = window.tree.currentIndex().siblingAtColumn(Column.STATUS).data(Qt.ItemDataRole.DisplayRole)
    assert status.endswith(("已退回", "Returned"))


def test_review_with_a_note_then_clear_it(qtbot, window, ui_db):
    plan_id = report(ui_db, "一、", 1, status_text="已开会。", percent=30.0)
    window.reload_tree()
    window.open_node("plan", plan_id)

    def answer(dialog):
        assert not dialog.returning
        type_text(dialog.note, "与佐证材料一致")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(qtbot, answer)
    menu_action(window, "Review…").trigger()
    assert review_row(ui_db, plan_id)[:2] == ("reviewed", "与佐证材料一致")
    status = window.tree.currentIndex().siblingAtColumn(Column.STATUS).data(Qt.ItemDataRole.DisplayRole)
    assert status.endswith(("已复核", "Reviewed"))
    menu_action(window, "Clear").trigger()
    assert review_row(ui_db, plan_id) is None
    assert [new for _field, _old, new in log_rows(ui_db, plan_id)] == ["2025Q3 已复核：与佐证材料一致", None]
    assert not window.form.ui.verdict.isVisible()


def test_a_task_without_a_report_cannot_be_reviewed(qtbot, window, ui_db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: said.append(args[2]))
    plan_id = plan_of(ui_db, "二、", 2)
    window.open_node("plan", plan_id)
    assert window.oversight.review(plan_id, window.oversight.current_target()[1], "x") is False
    assert said and "还没有报送进展" in said[0] and review_row(ui_db, plan_id) is None
    actions = [a for a in window.structure_editor.actions_for("plan", plan_id) if a is not None]
    review = next(a for a in actions if "Review" in a.text().replace("&", "") or "复核" in a.text())
    assert not review.isEnabled()  # nothing reported: the context menu's 复核 is greyed



def test_a_report_saved_after_sending_back_shows_to_review(qtbot, window, ui_db):
    plan_id = report(ui_db, "一、", 1, status_text="已开会。", percent=30.0)
    window.reload_tree()
    window.open_node("plan", plan_id)
    target, period = window.oversight.current_target()
    assert (target, str(period)) == (plan_id, "2025Q3")
    assert window.oversight.send_back(plan_id, period, "请补充数据")
    assert "请补充数据" in window.form.ui.verdict.text()
    report(ui_db, "一、", 1, status_text="已开会两次，变更业务全部集中办理。", percent=50.0)
    window.form.saved.emit(plan_id, "2025Q3")  # as the form says after a save
    text = window.form.ui.verdict.text()
    assert "to review" in text or "待复核" in text
    window.reload_tree(keep_form=True)
    status = window.tree.currentIndex().siblingAtColumn(Column.STATUS).data(Qt.ItemDataRole.DisplayRole)
    assert status.endswith(("Re-reported (to review)", "已重报（待复核）"))
    assert review_row(ui_db, plan_id)[:2] == ("returned", "请补充数据")  # the reason is kept
