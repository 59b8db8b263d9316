"""The clerk's day in the main window: select, type, save, undo, leave, filter, restart."""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from tests.services.factories import result_of, small_policy
from tests.ui.conftest import type_text
from zjtracker.db.models import Measure, ProgressReport, YearlyPlan
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.ui.form.conflict_dialog import THEIRS, ConflictDialog
from zjtracker.ui.main_window import MainWindow

TODAY = date(2024, 8, 15)  # the current period is 2024Q3


def _window(qtbot, database):
    window = MainWindow(database, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts reach an active window only
    return window


def _plan(database, text="推进第一项任务。具体内容。", year=2024):
    with database.session() as session:
        measure = session.scalar(select(Measure).where(Measure.text == text))
        plan = session.scalar(select(YearlyPlan).where(YearlyPlan.measure_id == measure.id, YearlyPlan.year == year))
        return measure.id, plan.id


def _stored(database, plan_id, period="2024Q3"):
    with database.session() as session:
        report = session.scalar(select(ProgressReport).where(
            ProgressReport.plan_id == plan_id, ProgressReport.period == period))
        return None if report is None else (report.status_text, report.percent, report.assessment)


def test_type_save_with_ctrl_s_and_find_the_row(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    window = _window(qtbot, database)
    window.open_node("measure", measure_id)
    form = window.form
    assert form.plan_id == plan_id and str(form.period) == "2024Q3"
    type_text(form.ui.editors["status_text"], "已召开推进会两次。")
    form.ui.percent.setFocus()
    qtbot.keyClicks(form.ui.percent, "70")
    assert form.is_dirty() and form.ui.dirty_marker.text()
    qtbot.keyClick(form.ui.percent, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _stored(database, plan_id) == ("已召开推进会两次。", 70.0, "")
    assert not form.is_dirty() and not form.ui.dirty_marker.text()
    # the tree shows the new status of the measure (70% at 75% of the year elapsed: on schedule)
    index = window.tree.currentIndex()
    assert index.siblingAtColumn(2).data() in ("序时推进", "On schedule")
    assert index.siblingAtColumn(1).data() == "70%"


def test_undo_and_redo_through_the_form_stack(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    window = _window(qtbot, database)
    window.open_node("plan", plan_id)
    form = window.form
    form.set_field("percent", 40)
    form.save()
    assert _stored(database, plan_id)[1] == 40
    form.ui.percent.setFocus()
    qtbot.keyClicks(form.ui.percent, "5")  # 405: out of range, shown inline
    assert form.ui.percent_message.isVisible()
    qtbot.keyClick(form.ui.percent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.ui.percent.text() == "40" and not form.ui.percent_message.isVisible()
    assert not form.is_dirty()  # back at the saved state
    qtbot.keyClick(form.ui.percent, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert form.ui.percent.text() == "405"
    shown = []
    qtbot_patch = QMessageBox.warning
    QMessageBox.warning = lambda *args: shown.append(args[2])
    try:
        assert form.save() is False
    finally:
        QMessageBox.warning = qtbot_patch
    assert shown and "100" in shown[0]
    assert _stored(database, plan_id)[1] == 40  # nothing half-stored
    window.undo_action.trigger() if window.undo_group.activeStack() is form.undo_stack else form.undo_stack.undo()
    assert form.ui.percent.text() == "40"


def test_leaving_the_node_saves_and_undo_after_save_restores_the_old_value(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    other_id, _ = _plan(database, "推进第二项任务。")
    window = _window(qtbot, database)
    window.open_node("measure", measure_id)
    type_text(window.form.ui.editors["problems"], "资金不足")
    window.open_node("measure", other_id)  # leaving saves
    assert _stored(database, plan_id) == ("", None, "")
    assert load_progress(database, plan_id, "2024Q3").problems == "资金不足"
    window.open_node("measure", measure_id)
    form = window.form
    assert form.ui.editors["problems"].toPlainText() == "资金不足"
    form.ui.editors["problems"].moveCursor(QTextCursor.MoveOperation.End)  # click after the text
    type_text(form.ui.editors["problems"], "，已协调")
    form.save()
    assert load_progress(database, plan_id, "2024Q3").problems == "资金不足，已协调"
    form.undo_stack.undo()
    assert form.ui.editors["problems"].toPlainText() == "资金不足"
    form.save()
    assert load_progress(database, plan_id, "2024Q3").problems == "资金不足"


def test_undoing_the_first_save_of_a_period_leaves_the_task_not_reported(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    window = _window(qtbot, database)
    window.open_node("measure", measure_id)
    form = window.form
    type_text(form.ui.editors["status_text"], "已完成系统改造。")
    form.ui.percent.setFocus()
    qtbot.keyClicks(form.ui.percent, "80")
    assert form.save()
    assert _stored(database, plan_id) == ("已完成系统改造。", 80.0, "")
    form.undo_stack.undo()
    # nothing was reported before the save: the task is 未报送 again, not an empty 未评估
    assert _stored(database, plan_id) is None
    assert window.tree.currentIndex().siblingAtColumn(2).data() in ("未报送", "Not reported")
    assert form.ui.editors["status_text"].toPlainText() == "" and not form.is_dirty()
    form.undo_stack.redo()
    assert _stored(database, plan_id) == ("已完成系统改造。", 80.0, "")
    assert window.tree.currentIndex().siblingAtColumn(2).data() in ("序时推进", "On schedule")


def test_suggestion_contradiction_and_drop_against_the_previous_period(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    save_progress(database, with_values(load_progress(database, plan_id, "2024Q2"), percent=70))
    window = _window(qtbot, database)
    assert str(window.period_selector.period()) == "2024Q2"  # nothing in today's 2024Q3: the data's period
    window.period_selector.set_period("2024Q3")
    window.open_node("plan", plan_id)
    form = window.form
    assert form.ui.history.rowCount() == 1 and "70" in form.ui.history.item(0, 1).text()
    form.set_field("percent", 50)
    assert form.ui.drop_warning.isVisible() and "70" in form.ui.drop_warning.text()
    form.set_field("assessment", "已完成")
    assert form.ui.contradiction.isVisible()
    assert "75" in form.ui.suggestion.text()  # 序时进度 at the end of the third quarter
    form.set_field("assessment", "滞后")
    assert not form.ui.contradiction.isVisible()


def test_someone_elses_save_is_a_conflict_not_an_overwrite(qtbot, database, monkeypatch):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    window = _window(qtbot, database)
    window.open_node("plan", plan_id)
    stored = load_progress(database, plan_id, "2024Q3")
    save_progress(database, with_values(stored, status_text="同事填写"))  # another desk
    type_text(window.form.ui.editors["status_text"], "我填写")
    shown = {}

    def take_theirs(dialog):  # the clerk reads both versions and takes theirs
        shown["differing"] = dialog.differing_fields()
        dialog._choose(THEIRS)
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", take_theirs)
    assert window.form.save() is True
    assert load_progress(database, plan_id, "2024Q3").status_text == "同事填写"
    assert window.form.ui.editors["status_text"].toPlainText() == "同事填写"
    assert "status_text" in shown["differing"]


def test_filter_narrows_the_tree_as_you_type(qtbot, database):
    store_result(database, result_of(small_policy(), small_policy("另一项方案", "湛府办〔2024〕10号")), "s")
    window = _window(qtbot, database)
    model = window.model
    assert model.rowCount() == 2
    type_text(window.filter_bar.text, "第二项")
    qtbot.waitUntil(lambda: window.model.visible is not None, timeout=3000)
    assert model.rowCount() == 2
    policy = model.index(0, 0)
    assert window.tree.isExpanded(policy)
    area = model.index(0, 0, policy)
    assert model.rowCount(policy) == 1 and "重点任务" in area.data()
    group = model.index(0, 0, area)
    assert [model.index(r, 0, group).data() for r in range(model.rowCount(group))] == ["2. 推进第二项任务"]
    window.filter_bar.text.clear()
    qtbot.waitUntil(lambda: window.model.visible is None, timeout=3000)
    policy = model.find([("policy", 1)])
    if model.canFetchMore(policy):
        model.fetchMore(policy)
    assert model.rowCount(policy) == 3  # the whole tree again


def test_period_selection_and_tree_state_survive_a_restart(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    window = _window(qtbot, database)
    window.period_selector.set_period("2024Q2")
    window.open_node("plan", plan_id)
    window.close()
    again = _window(qtbot, database)
    qtbot.waitUntil(lambda: again.form.plan_id == plan_id, timeout=3000)
    assert str(again.period_selector.period()) == "2024Q2"
    assert str(again.form.period) == "2024Q2"
    assert again.tree.isExpanded(again.tree.currentIndex().parent())


def test_a_bimonthly_policy_shows_two_month_periods(qtbot, database):
    store_result(database, result_of(replace(small_policy(), frequency="bimonthly")), "s")
    measure_id, plan_id = _plan(database)
    window = _window(qtbot, database)
    assert str(window.period_selector.period()) == "2024Q3"
    window.open_node("measure", measure_id)
    assert str(window.period_selector.period()) == "2024B5"  # September–October holds September
    assert str(window.form.period) == "2024B5"
    texts = [window.period_selector.itemText(i) for i in range(window.period_selector.count())]
    assert len([t for t in texts if t.startswith("2024")]) == 6


def test_indicator_values_are_editable_with_share_of_target(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    window = _window(qtbot, database)
    from zjtracker.services.tree import load_children

    indicator = load_children(database, "indicators", 1)[0]
    window.open_node("indicator", indicator.id)
    editor = window.indicator_editor
    assert window.detail_stack.currentIndex() == 1
    table = editor.table
    assert table.item(0, 0).text() == "2024" and table.item(0, 1).text() == "6.5"
    assert table.item(0, 2).text() == "92.9%"  # 6.5 of 7
    table.item(0, 1).setText("7")
    from zjtracker.services.indicators import load_indicator

    assert load_indicator(database, indicator.id).actuals == {2024: 7.0}
    assert editor.table.item(0, 2).text() == "100%"


def test_overview_tab_counts_and_double_click_opens_the_item(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    save_progress(database, with_values(load_progress(database, plan_id, "2024Q3"), percent=20,
                                        status_text="刚开始"))
    window = _window(qtbot, database)
    window.show_dashboard()
    tiles = window.dashboard.tiles
    assert tiles["total"].number.text() == "2"  # the two tasks' plans of 2024
    assert tiles["滞后"].number.text() == "1" and tiles["未报送"].number.text() == "1"
    assert tiles["未启动"].number.text() == "0"
    window.show()
    window.tabs.setCurrentIndex(0)
    window.open_node("plan", plan_id)
    window.form.set_field("percent", 100)
    window.form.set_field("assessment", "已完成")
    window.form.save()
    window.show_dashboard()
    assert tiles["已完成"].number.text() == "1" and tiles["滞后"].number.text() == "0"
    with qtbot.waitSignal(window.dashboard.open_item):
        window.dashboard.open_item.emit("plan", plan_id)
    assert window.tabs.currentIndex() == 0 and window.form.plan_id == plan_id
