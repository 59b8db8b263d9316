"""A quarter's path through the main window without surprises: undo texts in words, the
period following the data, one dialog for one mistake, a policy edited and deleted."""

from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from tests.services.factories import result_of, small_policy
from tests.ui.conftest import type_text
from zjtracker.db.models import ChangeLog, Measure, Policy, ProgressReport, SentWorkbook, YearlyPlan
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import ProgressForm, load_progress, save_progress
from zjtracker.ui.main_window import MainWindow
from zjtracker.ui.tree.roles import Column, Role

ZH = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "zjtracker_zh_CN.qm"


@contextmanager
def chinese():
    translator = QTranslator()
    assert translator.load(str(ZH))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _window(qtbot, database, today):
    window = MainWindow(database, today=today)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _plan(database, text="推进第一项任务。具体内容。", year=2024):
    with database.session() as session:
        measure = session.scalar(select(Measure).where(Measure.text == text))
        plan = session.scalar(select(YearlyPlan).where(YearlyPlan.measure_id == measure.id, YearlyPlan.year == year))
        return measure.id, plan.id


def _stored(database, plan_id, period):
    with database.session() as session:
        report = session.scalar(select(ProgressReport).where(
            ProgressReport.plan_id == plan_id, ProgressReport.period == period))
        return None if report is None else (report.status_text, report.percent)


def test_undo_texts_name_the_field_in_words_and_undo_after_save_takes_the_save_back(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    with chinese():
        window = _window(qtbot, database, date(2024, 8, 15))
        window.open_node("measure", measure_id)
        form = window.form
        toolbar_button = window.toolbar.widgetForAction(window.undo_action)
        width = toolbar_button.sizeHint().width()
        type_text(form.ui.editors["status_text"], "已召开推进会。")
        assert window.undo_action.text().endswith("修改落实情况")
        form.ui.percent.setFocus()
        qtbot.keyClicks(form.ui.percent, "60")
        assert window.undo_action.text().endswith("修改完成进度")
        form.set_field("assessment", "序时推进")
        assert window.undo_action.text().endswith("修改评估情况")
        for name in ("status_text", "percent", "assessment"):
            assert name not in window.undo_action.text()
        assert toolbar_button.text() == "撤销" and toolbar_button.sizeHint().width() == width  # no jump
        assert "修改评估情况" in window.undo_action.toolTip()
        qtbot.keyClick(form.ui.percent, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert _stored(database, plan_id, "2024Q3") == ("已召开推进会。", 60.0)
        assert window.undo_action.text().endswith("保存进展")
        assert window.tree.currentIndex().siblingAtColumn(Column.PERCENT).data() == "60%"
        qtbot.keyClick(form.ui.percent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        # the save is taken back in the database (nothing was reported before: no row), and the tree follows
        assert _stored(database, plan_id, "2024Q3") is None
        assert window.tree.currentIndex().siblingAtColumn(Column.STATUS).data() == "未报送"
        assert form.ui.notice.text() == "已撤销这次保存，恢复为保存前的内容。"  # says the save was undone
        assert form.ui.percent.text() == "" and not form.is_dirty()
        assert window.tree.currentIndex().siblingAtColumn(Column.PERCENT).data() == ""
        assert window.redo_action.text().endswith("保存进展")
        qtbot.keyClick(form.ui.percent, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        assert _stored(database, plan_id, "2024Q3") == ("已召开推进会。", 60.0)
        assert form.ui.notice.text() == "已重做这次保存，恢复为保存的内容。"
        with database.session() as session:
            sources = list(session.scalars(select(ChangeLog.source).where(ChangeLog.entity == "progress",
                                                                          ChangeLog.field == "percent")))
        assert sources == ["typed", "undo", "typed"]


def test_the_period_follows_the_policy_and_the_data(qtbot, database):
    store_result(database, result_of(small_policy()), "s")  # plans 2024 and 2025
    measure_id, plan_id = _plan(database)
    save_progress(database, ProgressForm(plan_id, "2024Q2", status_text="完成过半。", percent=55))
    window = _window(qtbot, database, date(2026, 11, 20))  # today 2026Q4: nothing reported
    assert str(window.period_selector.period()) == "2024Q2"  # start-up opens on the data
    window.period_selector.set_period("2026Q4")
    window.open_node("measure", measure_id)
    # a policy of 2024—2025 selected in 2026Q4: its latest period with progress
    qtbot.waitUntil(lambda: str(window.period_selector.period()) == "2024Q2", timeout=2000)
    qtbot.waitUntil(lambda: window.form.plan_id == plan_id, timeout=2000)
    assert window.form.plan_id == plan_id and window.form.ui.percent.text() == "55"
    assert "2024—2025" in window.statusBar().currentMessage()
    offered = window.period_selector.offered()
    assert str(offered[0]) == "2025Q4" and str(offered[-1]) == "2024Q1"  # its own periods, newest first
    assert len(offered) == 8


def test_a_policy_without_data_opens_on_its_newest_period_and_today_is_marked(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, _plan_id = _plan(database)
    window = _window(qtbot, database, date(2026, 11, 20))
    assert str(window.period_selector.period()) == "2026Q4"  # no data anywhere: today's period
    window.open_node("measure", measure_id)
    # nothing reported: its newest period
    qtbot.waitUntil(lambda: str(window.period_selector.period()) == "2025Q4", timeout=2000)
    assert "2024—2025" in window.statusBar().currentMessage()
    # a plan year without a plan: the greyed form says why, not “select a measure”
    window.period_selector.set_period("2026Q4")
    window.open_node("measure", measure_id)
    assert str(window.period_selector.period()) == "2026Q4"  # the clerk's own choice stays
    assert not window.form.isEnabled()
    assert "2026" in window.form.ui.heading.text() and "2024年" in window.form.ui.heading.text()
    today = _window(qtbot, database, date(2024, 8, 15))
    today.open_node("measure", measure_id)
    texts = [today.period_selector.itemText(i) for i in range(today.period_selector.count())]
    assert [t for t in texts if "current" in t or "本期" in t] == [texts[today.period_selector.currentIndex()]]


def test_the_moved_to_message_goes_when_the_clerk_picks_another_period(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, _plan_id = _plan(database)
    window = _window(qtbot, database, date(2026, 11, 20))
    window.open_node("measure", measure_id)
    qtbot.waitUntil(lambda: str(window.period_selector.period()) == "2025Q4", timeout=2000)
    moved = window.statusBar().currentMessage()
    assert "2024—2025" in moved  # said once the period moved to 2025Q4
    window.period_selector.set_period("2025Q3")  # the clerk's own choice
    assert str(window.period_selector.period()) == "2025Q3"
    # the bar no longer says it moved to 2025Q4 while 2025Q3 is shown
    assert window.statusBar().currentMessage() != moved


def test_a_bimonthly_visit_does_not_move_the_period_after_a_restart(qtbot, database):
    store_result(database, result_of(small_policy()), "q")
    store_result(database, result_of(replace(small_policy(title="双月方案", doc_no="湛府办〔2024〕10号"),
                                             frequency="bimonthly")), "b")
    with database.session() as session:
        bimonthly = session.scalar(select(Policy.id).where(Policy.title == "双月方案"))
    window = _window(qtbot, database, date(2024, 8, 15))
    window.period_selector.set_period("2024Q3")
    window.open_node("policy", bimonthly)
    qtbot.wait(100)
    assert str(window.period_selector.period()) == "2024B5"
    window.close()
    again = _window(qtbot, database, date(2024, 8, 15))
    again.open_node("policy", 1)
    assert str(again.period_selector.period()) == "2024Q3"


def _dialogs_while(qtbot, action, answer):
    """Run ``action``; every message box it opens is recorded and answered with ``answer``."""
    seen, running = [], [True]

    def look():
        if not running[0]:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box not in [b for b, _ in seen]:
            seen.append((box, box.text()))
            answer(box)
        QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    action()
    qtbot.wait(300)  # a second dialog would open meanwhile
    running[0] = False
    return [text for _box, text in seen]


def test_one_dialog_for_a_bad_value_and_the_selection_stays_with_the_form(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    other_id, _ = _plan(database, "推进第二项任务。")
    window = _window(qtbot, database, date(2024, 8, 15))
    window.open_node("measure", measure_id)
    window.form.ui.percent.setFocus()
    qtbot.keyClicks(window.form.ui.percent, "150")

    def keep_editing(box):
        [stay] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
        stay.click()

    texts = _dialogs_while(qtbot, lambda: window.open_node("measure", other_id), keep_editing)
    qtbot.wait(300)
    assert len(texts) == 1 and "100" in texts[0]
    qtbot.waitUntil(lambda: window.tree.currentIndex().data(Role.NODE_ID) == measure_id, timeout=2000)
    assert window.tree.selectionModel().isSelected(window.tree.currentIndex())
    assert window.form.plan_id == plan_id and window.form.ui.percent.text() == "150"

    def discard(box):
        [drop] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
        drop.click()

    texts = _dialogs_while(qtbot, lambda: window.open_node("measure", other_id), discard)
    qtbot.wait(300)
    assert len(texts) == 1
    assert window.tree.currentIndex().data(Role.NODE_ID) == other_id
    assert load_progress(database, plan_id, "2024Q3").percent is None


def test_policy_edit_delete_and_undo_through_the_window(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    with database.session() as session:
        policy_id = session.scalar(select(Policy.id))
        session.add(SentWorkbook(token="s" * 32, policy_id=policy_id, period="2024Q3"))
    window = _window(qtbot, database, date(2024, 8, 15))
    window.open_node("policy", policy_id)
    window.tree.setFocus()

    def edit(dialog_answer):
        dialog = QApplication.activeModalWidget()
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("abolished"))
        dialog.doc_no_edit.setText("湛府办〔2024〕99号")
        dialog.accept()

    QTimer.singleShot(100, lambda: edit(None))
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    with database.session() as session:
        policy = session.get(Policy, policy_id)
        assert (policy.status, policy.doc_no) == ("abolished", "湛府办〔2024〕99号")
    row = window.tree.currentIndex()
    assert "湛府办〔2024〕99号" in row.data() and row.data(Qt.ItemDataRole.FontRole).strikeOut()
    window.structure_stack.undo()
    with database.session() as session:
        assert session.get(Policy, policy_id).status == "in_force"

    def confirm(box):
        assert "已发送的报送表 1 份" in box.text() or "1 sent fill-in workbook" in box.text()
        [yes] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
        yes.click()

    window.open_node("policy", policy_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.tree.setFocus()
    with chinese():
        texts = _dialogs_while(qtbot, lambda: qtbot.keyClick(window.tree, Qt.Key.Key_Delete), confirm)
    assert len(texts) == 1 and "领域 2 个" in texts[0]
    with database.session() as session:
        assert session.get(Policy, policy_id) is None and session.scalar(select(SentWorkbook.id)) is None
    assert not window.model.find([("policy", policy_id)]).isValid()
    window.structure_stack.undo()
    with database.session() as session:
        assert session.get(Policy, policy_id) is not None and session.scalar(select(SentWorkbook.id))
    assert window.model.find([("policy", policy_id)]).isValid()


def test_no_stale_state_after_greying_editing_and_filtering(qtbot, database):
    from zjtracker.services.tree_filter import TreeFilter

    store_result(database, result_of(small_policy()), "s")
    measure_id, plan_id = _plan(database)
    window = _window(qtbot, database, date(2024, 8, 15))
    window.open_node("measure", measure_id)
    window.form.set_field("percent", 10)
    window.form.set_field("assessment", "已完成")
    assert window.form.ui.contradiction.isVisible() and window.form.ui.suggestion.text()
    window.form.save()
    window.open_node("area", 2)
    assert not window.form.isEnabled()
    assert window.form.ui.suggestion.text() == "" and not window.form.ui.contradiction.isVisible()
    # F2 on a measure: the details show the new text at once
    window.open_node("measure", measure_id)
    window.structure_editor.edit("measure", measure_id, {"text": "推进第一项任务，已改。"})
    assert "已改" in window.details.toPlainText()
    # a filter that finds nothing says so; clearing it keeps the selection and the status bar
    window.filter_bar.changed.emit(TreeFilter(text="没有这样的字"))
    assert window.empty_result.isVisible() and "0" in window.statusBar().currentMessage()
    window.filter_bar.changed.emit(TreeFilter(text="已改"))
    assert not window.empty_result.isVisible()
    assert window.tree.currentIndex().data(Role.NODE_ID) == measure_id
    window.filter_bar.changed.emit(TreeFilter())
    assert window.statusBar().currentMessage() == ""
    assert window.tree.currentIndex().data(Role.NODE_ID) == measure_id


def test_policy_rows_show_a_roll_up_and_abolished_policies_look_abolished(qtbot, database):
    store_result(database, result_of(small_policy()), "s")
    _measure_id, plan_id = _plan(database)
    save_progress(database, ProgressForm(plan_id, "2024Q3", status_text="完成。", percent=100))
    with database.session() as session:
        session.get(Policy, 1).status = "abolished"
    with chinese():
        window = _window(qtbot, database, date(2024, 8, 15))
        policy = window.model.find([("policy", 1)])
        assert policy.data() == "湛江市测试实施方案（湛府办〔2024〕9号）（已废止）"
        assert policy.data(Qt.ItemDataRole.FontRole).strikeOut()
        assert policy.siblingAtColumn(Column.STATUS).data() == "完成 1/2"
        area = window.model.find([("policy", 1), ("area", 2)])
        assert area.siblingAtColumn(Column.STATUS).data() == "完成 1/2"
        header = window.tree.header()
        width = window.tree.fontMetrics().horizontalAdvance("完成 9999/9999")
        assert header.sectionSize(Column.STATUS) > width


def test_policy_periods_of_a_policy_without_years_cover_any_period(database):
    from zjtracker.services.policies.periods import policy_periods
    from zjtracker.services.periods import Period

    store_result(database, result_of(replace(small_policy(), start_year=None, end_year=None, areas=[])), "s")
    periods = policy_periods(database, 1, date(2026, 11, 20))
    assert not periods.years_known and periods.covers(Period.parse("2019Q1"))
    assert str(periods.periods[0]) == "2026Q4" and str(periods.current) == "2026Q4"
    assert periods.latest_with_data is None


def test_the_restored_selection_is_scrolled_into_view(qtbot, sample_db):
    from zjtracker.db.models import Area

    with sample_db.session() as session:  # the last task of the 2023 ledger (472 tasks), deep down
        last = session.scalar(select(Measure.id).join(Area, Area.id == Measure.area_id)
                              .where(Area.policy_id == 2, Measure.is_group.is_(False)).order_by(Measure.id.desc()))
    window = _window(qtbot, sample_db, date(2023, 11, 20))
    window.resize(1000, 500)
    window.open_node("measure", last)
    window.close()
    again = MainWindow(sample_db, today=date(2023, 11, 20))
    qtbot.addWidget(again)
    again.resize(1000, 500)
    again.show()
    qtbot.waitUntil(lambda: again.tree.currentIndex().data(Role.NODE_ID) == last, timeout=3000)
    qtbot.wait(200)
    tree = again.tree
    assert tree.viewport().rect().intersects(tree.visualRect(tree.currentIndex()))
    assert tree.verticalScrollBar().value() > 0
