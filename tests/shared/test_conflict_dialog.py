"""Two desks on one database: my save meets a colleague's, and the conflict dialog shows
both versions; keep mine, take theirs, merge by hand, cancel, a deleted row, a deleted plan.
Every outcome is checked in the database; nothing typed is ever lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import delete, select

from tests.shared.conftest import retype, when_modal
from zjtracker.db.models import ChangeLog, ProgressReport, YearlyPlan
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.ui.form.conflict_dialog import ConflictDialog
from zjtracker.ui.main_window import MainWindow

TODAY = date(2024, 8, 15)  # the current period is 2024Q3
PERIOD = "2024Q3"


def _window(qtbot, database, plan_id):
    window = MainWindow(database, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the window's start-up work (restoring the selection) runs first
    window.open_node("plan", plan_id)
    assert window.form.plan_id == plan_id and str(window.form.period) == PERIOD
    return window


def _stored(database, plan_id):
    return load_progress(database, plan_id, PERIOD)


def _theirs_save(desk, plan_id, **values):
    return save_progress(desk, with_values(load_progress(desk, plan_id, PERIOD), **values))


@pytest.fixture
def started(database, plan_id):
    """Progress stored once (version 1) before both desks open it."""
    return save_progress(database, with_values(load_progress(database, plan_id, PERIOD),
                                               status_text="原有进展", percent=30.0, assessment="序时推进"))


def test_keep_mine_between_two_windows(qtbot, database, other_desk, plan_id, started):
    mine_window = _window(qtbot, database, plan_id)
    their_window = _window(qtbot, other_desk, plan_id)
    retype(their_window.form.ui.editors["status_text"], "对方的进展")
    their_window.form.set_field("problems", "对方填写的问题")
    assert their_window.form.save()
    retype(mine_window.form.ui.editors["status_text"], "我填写的进展")
    mine_window.form.set_field("percent", 60)
    seen = {}

    def keep(dialog: ConflictDialog):
        seen["different"] = [name for name, label in dialog.ui.labels.items() if label.text().startswith("≠")]
        seen["theirs"] = dialog.ui.theirs["status_text"].toPlainText()
        seen["mine"] = dialog.ui.mine["status_text"].toPlainText()
        seen["header"] = dialog.ui.theirs_header.text()
        dialog.ui.keep_button.click()

    when_modal(qtbot, keep, kind=ConflictDialog)
    assert mine_window.form.save() is True
    assert seen["different"] == ["status_text", "problems", "percent"]
    assert (seen["mine"], seen["theirs"]) == ("我填写的进展", "对方的进展")
    assert load_progress(other_desk, plan_id, PERIOD).updated_by in seen["header"]
    stored = _stored(other_desk, plan_id)  # read through the colleague's engine
    assert (stored.status_text, stored.problems, stored.percent, stored.version) == ("我填写的进展", "", 60.0, 3)
    assert not mine_window.form.is_dirty()
    with database.session() as session:  # theirs stays in the change log
        logged = {(c.field, c.old, c.new) for c in session.scalars(select(ChangeLog))}
    assert ("status_text", "对方的进展", "我填写的进展") in logged and ("problems", "对方填写的问题", "") in logged


def test_take_theirs_keeps_mine_on_the_clipboard_and_one_ctrl_z_away(qtbot, database, other_desk, plan_id,
                                                                      started):
    window = _window(qtbot, database, plan_id)
    _theirs_save(other_desk, plan_id, status_text="对方的进展", percent=50.0)
    form = window.form
    retype(form.ui.editors["status_text"], "我填写的进展")
    when_modal(qtbot, lambda dialog: dialog.ui.take_button.click(), kind=ConflictDialog)
    assert form.save() is True
    assert _stored(database, plan_id).status_text == "对方的进展"  # nothing of mine stored
    assert form.ui.editors["status_text"].toPlainText() == "对方的进展" and form.ui.percent.text() == "50"
    assert not form.is_dirty() and form.ui.notice.isVisible()
    assert "我填写的进展" in QApplication.clipboard().text()
    editor = form.ui.editors["status_text"]
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "我填写的进展" and form.ui.percent.text() == "30" and form.is_dirty()
    assert form.save() is True  # made on top of theirs now: no conflict
    stored = _stored(database, plan_id)
    assert (stored.status_text, stored.percent, stored.version) == ("我填写的进展", 30.0, 3)


def test_merge_by_hand_starts_from_mine_and_their_untouched_fields(qtbot, database, other_desk, plan_id, started):
    window = _window(qtbot, database, plan_id)
    _theirs_save(other_desk, plan_id, problems="对方填写的问题", suggestions="对方的建议")
    form = window.form
    retype(form.ui.editors["status_text"], "我填写的进展")
    form.set_field("suggestions", "我的建议")
    seen = {}

    def merge(dialog: ConflictDialog):
        seen["start"] = dialog.merged_text()
        dialog.ui.merged["suggestions"].setPlainText("我的建议；对方的建议")
        dialog.ui.merged["percent"].setText("abc")
        dialog.ui.merge_button.click()  # refused: the percent is not a number
        seen["message"] = dialog.ui.message.isVisible() and dialog.isVisible()
        dialog.ui.merged["percent"].setText("４５")
        dialog.ui.merge_button.click()

    when_modal(qtbot, merge, kind=ConflictDialog)
    assert form.save() is True
    assert seen["message"]
    assert seen["start"] == {"status_text": "我填写的进展", "problems": "对方填写的问题", "suggestions": "我的建议",
                             "percent": "30", "assessment": "序时推进", "remarks": ""}
    stored = _stored(other_desk, plan_id)
    assert (stored.status_text, stored.problems, stored.suggestions, stored.percent) == (
        "我填写的进展", "对方填写的问题", "我的建议；对方的建议", 45.0)
    assert form.ui.editors["suggestions"].toPlainText() == "我的建议；对方的建议" and not form.is_dirty()
    form.discard()


def test_the_merged_save_and_the_merge_can_be_undone(qtbot, database, other_desk, plan_id, started):
    window = _window(qtbot, database, plan_id)
    _theirs_save(other_desk, plan_id, suggestions="对方的建议")
    form = window.form
    form.set_field("suggestions", "我的建议")

    def merge(dialog: ConflictDialog):
        dialog.ui.merged["suggestions"].setPlainText("我的建议；对方的建议")
        dialog.ui.merge_button.click()

    when_modal(qtbot, merge, kind=ConflictDialog)
    assert form.save() is True
    form.undo_stack.undo()  # the save undone: what was stored before it is stored again
    assert _stored(other_desk, plan_id).suggestions == "对方的建议"
    form.undo_stack.undo()  # then the merge: mine again, unsaved
    assert form.ui.editors["suggestions"].toPlainText() == "我的建议" and form.is_dirty()
    form.undo_stack.redo()
    form.undo_stack.redo()  # the merge and its save again
    assert _stored(other_desk, plan_id).suggestions == "我的建议；对方的建议" and not form.is_dirty()
    form.discard()


def test_keep_mine_can_be_undone_like_any_save(qtbot, database, other_desk, plan_id, started):
    window = _window(qtbot, database, plan_id)
    _theirs_save(other_desk, plan_id, problems="对方填写的问题")
    form = window.form
    form.set_field("problems", "我写的问题")
    when_modal(qtbot, lambda dialog: dialog.ui.keep_button.click(), kind=ConflictDialog)
    assert form.save() is True and _stored(other_desk, plan_id).problems == "我写的问题"
    form.undo_stack.undo()  # theirs, as it was stored before my save
    assert _stored(other_desk, plan_id).problems == "对方填写的问题"
    assert form.ui.editors["problems"].toPlainText() == "对方填写的问题" and not form.is_dirty()


def test_cancel_leaves_the_typing_in_the_form(qtbot, database, other_desk, plan_id, started):
    window = _window(qtbot, database, plan_id)
    _theirs_save(other_desk, plan_id, status_text="对方的进展")
    retype(window.form.ui.editors["status_text"], "我填写的进展")
    when_modal(qtbot, lambda dialog: dialog.ui.cancel_button.click(), kind=ConflictDialog)
    assert window.form.save() is False
    assert window.form.is_dirty() and window.form.ui.editors["status_text"].toPlainText() == "我填写的进展"
    assert _stored(database, plan_id).status_text == "对方的进展"
    window.form.discard()  # closing the window would ask again


def test_someone_saves_again_while_the_dialog_is_open(qtbot, database, other_desk, plan_id, started):
    window = _window(qtbot, database, plan_id)
    _theirs_save(other_desk, plan_id, status_text="对方第一次")
    retype(window.form.ui.editors["status_text"], "我填写的进展")
    headers = []

    def save_again_then_keep(dialog):
        headers.append(dialog.ui.theirs["status_text"].toPlainText())
        _theirs_save(other_desk, plan_id, status_text="对方第二次")
        dialog.ui.keep_button.click()

    def keep(dialog):
        headers.append(dialog.ui.theirs["status_text"].toPlainText())
        dialog.ui.keep_button.click()

    when_modal(qtbot, save_again_then_keep, keep, kind=ConflictDialog)
    assert window.form.save() is True
    assert headers == ["对方第一次", "对方第二次"]
    stored = _stored(database, plan_id)
    assert (stored.status_text, stored.version) == ("我填写的进展", 4)


def _delete_report(desk, plan_id):
    with desk.session() as session:
        session.execute(delete(ProgressReport).where(ProgressReport.plan_id == plan_id))


@pytest.mark.parametrize("choice", ["keep", "take"])
def test_a_report_deleted_by_the_other_side(qtbot, database, other_desk, plan_id, started, choice):
    window = _window(qtbot, database, plan_id)
    _delete_report(other_desk, plan_id)
    retype(window.form.ui.editors["status_text"], "我填写的进展")
    seen = {}

    def answer(dialog: ConflictDialog):
        seen["header"] = dialog.ui.theirs_header.text()
        seen["deleted"] = dialog.deleted
        (dialog.ui.keep_button if choice == "keep" else dialog.ui.take_button).click()

    when_modal(qtbot, answer, kind=ConflictDialog)
    assert window.form.save() is True
    assert seen["deleted"] and seen["header"] in ("Theirs (deleted)", "对方的版本（已删除）")
    stored = _stored(database, plan_id)
    if choice == "keep":
        assert (stored.status_text, stored.percent, stored.version) == ("我填写的进展", 30.0, 1)
    else:
        assert stored.version is None
        assert window.form.ui.editors["status_text"].toPlainText() == ""
        assert "我填写的进展" in QApplication.clipboard().text()
        window.form.undo_stack.undo()
        assert window.form.ui.editors["status_text"].toPlainText() == "我填写的进展" and window.form.is_dirty()
        assert window.form.save() is True  # mine again, stored afresh
        assert _stored(database, plan_id).status_text == "我填写的进展"


def test_a_plan_deleted_by_the_other_side_puts_mine_on_the_clipboard(qtbot, database, other_desk, plan_id,
                                                                      started, monkeypatch):
    window = _window(qtbot, database, plan_id)
    with other_desk.session() as session:
        session.execute(delete(ProgressReport).where(ProgressReport.plan_id == plan_id))
        session.execute(delete(YearlyPlan).where(YearlyPlan.id == plan_id))
    retype(window.form.ui.editors["problems"], "我写的问题")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warnings.append(text))
    assert window.form.save() is False
    assert len(warnings) == 1 and ("clipboard" in warnings[0] or "剪贴板" in warnings[0])
    assert "我写的问题" in QApplication.clipboard().text()
    assert window.form.is_dirty()
    window.form.discard()  # closing the window would ask again
