"""A task closed (已销号) shows its progress read-only until it is reopened: nothing typed,
nothing saved, no undo that could change what was verified."""

from datetime import date

from PySide6.QtCore import Qt


from tests.oversight.conftest import closed_columns, report
from tests.ui.conftest import type_text
from zjtracker.services.progress import load_progress


def test_a_closed_task_takes_no_typing_until_it_is_reopened(qtbot, window, ui_db):
    plan_id = report(ui_db, "一、", 2, status_text="已排查 32 家。", percent=100.0, assessment="已完成")
    window.reload_tree()
    window.open_node("plan", plan_id)
    period = window.form.period
    type_text(window.form.ui.editors["remarks"], "改")
    assert window.form.save()
    assert window.form.undo_stack.canUndo()

    assert window.oversight.close_task(plan_id, period, (date(2025, 9, 30), "验收报告", "李四"))
    assert closed_columns(ui_db, plan_id)[0] == date(2025, 9, 30)
    form = window.form
    assert form.locked and not form.undo_stack.canUndo()
    editor = form.ui.editors["status_text"]
    assert editor.isReadOnly() and form.ui.percent.isReadOnly()
    assert not form.ui.assessment.isEnabled() and not form.ui.save_button.isEnabled()
    assert not editor.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # no input method types here
    qtbot.keyClicks(editor, "more")
    qtbot.keyClicks(form.ui.percent, "5")
    assert (editor.toPlainText(), form.ui.percent.text()) == ("已排查 32 家。", "100")
    assert not form.is_dirty()
    assert form.save()  # nothing to store
    stored = load_progress(ui_db, plan_id, str(period))
    assert (stored.status_text, stored.percent, stored.remarks) == ("已排查 32 家。", 100.0, "改")

    assert window.oversight.reopen(plan_id, period)
    assert not form.locked and not editor.isReadOnly() and form.ui.save_button.isEnabled()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, "再补一句")
    assert form.is_dirty() and form.save()
    assert load_progress(ui_db, plan_id, str(period)).status_text == "已排查 32 家。再补一句"


def test_typing_in_progress_is_not_taken_away_when_the_form_is_locked(qtbot, window, ui_db):
    plan_id = report(ui_db, "一、", 2, status_text="旧文字", percent=100.0, assessment="已完成")
    window.reload_tree()
    window.open_node("plan", plan_id)
    type_text(window.form.ui.editors["problems"], "未保存的字")
    window.form.set_locked(True)
    assert window.form.is_dirty() and not window.form.ui.editors["problems"].isReadOnly()
    assert window.form.ui.editors["problems"].toPlainText() == "未保存的字"
