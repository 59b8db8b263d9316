"""The history window and the change log view on a real main window over the sample:
changes made through the form show up with old and new text, the log filters by user,
text and dates, a double-click opens the node, the export is read back with openpyxl."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import insert, select, update

from tests.ui.conftest import type_text
from zjtracker.db.models import Area, ChangeLog, Measure, Policy, YearlyPlan
from zjtracker.services.history.change_log import utc_bound
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.tree import short_title
from zjtracker.ui.history.change_log_model import SHORT_TEXT, Column, short_text
from zjtracker.ui.history.change_log_view import PAGE, install_change_log_ui
from zjtracker.ui.history.view import install_history_ui
from zjtracker.ui.tree.model import Role

TODAY = date(2025, 8, 15)
LONG = "已完成全市新型消费场景摸底，" * 8  # longer than a cell shows


@pytest.fixture(autouse=True)
def _private_settings(private_settings):
    """Every test here keeps its settings in a private folder (tests/conftest.py)."""
    return private_settings


@pytest.fixture
def window(qtbot, sample_db, as_user):
    from zjtracker.ui.main_window import MainWindow

    main = MainWindow(sample_db, today=TODAY)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    install_history_ui(main)
    install_change_log_ui(main)
    return main


def plans_2025(database, count=2) -> list[int]:
    with database.session() as session:
        return list(session.scalars(
            select(YearlyPlan.id).join(Measure).join(Area).where(Area.policy_id == 1, YearlyPlan.year == 2025)
            .order_by(YearlyPlan.id).limit(count)))


def current_key(window) -> tuple[str, int]:
    index = window.tree.currentIndex()
    return index.data(Role.KIND), index.data(Role.NODE_ID)


def cells(model, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, model.column_of(column)), role)


def test_history_follows_the_tree_and_shows_a_saved_change(qtbot, window, as_user):
    plan_id = plans_2025(window.database, 1)[0]
    window.open_node("plan", plan_id)
    assert current_key(window) == ("plan", plan_id)
    assert window.history_action.shortcut() == QKeySequence("Ctrl+H")
    assert window.history_action in window.view_menu.actions()
    window.history_action.trigger()
    dialog = window.history_dialog
    assert dialog.isVisible() and not dialog.isModal()
    model = dialog.view.model
    assert model.rowCount() == 0 and "no changes" in dialog.view.caption.text()

    window.form.set_field("status_text", LONG)
    assert window.form.save()
    as_user("wang", "PC-WANG")
    window.form.set_field("status_text", "已出台实施细则。")
    window.form.set_field("percent", 60)
    assert window.form.save()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    texts = [(cells(model, r, Column.FIELD), cells(model, r, Column.OLD), cells(model, r, Column.NEW))
             for r in range(3)]
    assert texts == [("完成进度", "", "60%"), ("落实情况", short_text(LONG), "已出台实施细则。"),
                     ("落实情况", "", short_text(LONG))]
    assert len(cells(model, 1, Column.OLD)) == SHORT_TEXT and cells(model, 1, Column.OLD).endswith("…")
    assert cells(model, 1, Column.OLD, Qt.ItemDataRole.ToolTipRole) == LONG
    assert (cells(model, 0, Column.USER), cells(model, 0, Column.MACHINE)) == ("wang", "PC-WANG")
    assert cells(model, 0, Column.ITEM).endswith("/ 2025年 / 2025年第三季度")
    assert cells(model, 0, Column.SOURCE) == "手工录入"
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == ["Time", "User", "Computer", "Item", "Report period", "Field", "Old value", "New value",
                      "Source"]
    assert cells(model, 0, Column.PERIOD) == "2025年第三季度"

    window.open_node("policy", 1)  # the window follows the selection
    qtbot.waitUntil(lambda: model.rowCount() >= 1 and cells(model, 0, Column.FIELD) == "导入")
    assert [cells(model, r, Column.FIELD) for r in range(model.rowCount())] == ["导入"]
    window.open_node("plan", plan_id)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    dialog.close()
    window.open_node("policy", 1)  # closed: nothing is read any more
    assert model.rowCount() == 3


@pytest.fixture
def logged(window, as_user):
    """wang typed one plan a month ago; li typed another today."""
    first, second = plans_2025(window.database)
    as_user("wang", "PC-WANG")
    save_progress(window.database, with_values(load_progress(window.database, first, "2025Q3"),
                                               status_text="召开专题推进会", problems="=SUM(A1)"))
    with window.database.session() as session:
        session.execute(update(ChangeLog).where(ChangeLog.user == "wang")
                        .values(at=utc_bound(date.today() - timedelta(days=40))))
    as_user("li", "PC-LI")
    save_progress(window.database, with_values(load_progress(window.database, second, "2025Q3"),
                                               status_text="完成年度目标", percent=100.0))
    return first, second


def open_log(window):
    window.change_log_action.trigger()
    dialog = window.change_log_dialog
    assert dialog.isVisible() and window.change_log_action in window.tools_menu.actions()
    return dialog


def shown(dialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [(cells(model, r, Column.USER), cells(model, r, Column.FIELD), cells(model, r, Column.NEW))
            for r in range(model.rowCount())]


def sample_rows(database) -> int:
    with database.session() as session:
        return len(session.scalars(select(ChangeLog.id).where(ChangeLog.user.notin_(("wang", "li")))).all())


def test_the_log_filters_by_user_text_and_date(qtbot, window, logged):
    dialog = open_log(window)
    everything = 4 + sample_rows(window.database)  # the changes and the sample's import rows
    assert dialog.model.rowCount() == everything
    bar = dialog.filters
    bar.user.setCurrentIndex(bar.user.findData("li"))
    assert shown(dialog) == [("li", "完成进度", "100%"), ("li", "落实情况", "完成年度目标")]
    assert "2 change(s)" in dialog.status.text()
    bar.user.setCurrentIndex(0)
    type_text(bar.text, "专题")  # applied after a short pause in typing
    assert dialog.model.rowCount() == everything
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert shown(dialog) == [("wang", "落实情况", "召开专题推进会")]
    bar.text.clear()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == everything)
    day = date.today() - timedelta(days=10)
    bar.use_to.setChecked(True)
    bar.date_to.setDate(QDate(day.year, day.month, day.day))
    assert shown(dialog) == [("wang", "存在问题", "=SUM(A1)"), ("wang", "落实情况", "召开专题推进会")]
    bar.use_to.setChecked(False)
    bar.use_from.setChecked(True)
    bar.date_from.setDate(QDate(day.year, day.month, day.day))
    users = [row[0] for row in shown(dialog)]
    assert len(users) == everything - 2 and "wang" not in users and users.count("li") == 2


def test_double_click_opens_the_node_in_the_tree(qtbot, window, logged):
    first, second = logged
    dialog = open_log(window)
    dialog.filters.user.setCurrentIndex(dialog.filters.user.findData("wang"))
    table, model = dialog.table, dialog.model
    rect = table.visualRect(model.index(0, model.column_of(Column.ITEM)))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a mouse does:
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # press, then double
    qtbot.waitUntil(lambda: current_key(window) == ("plan", first))
    dialog.filters.user.setCurrentIndex(0)
    dialog.filters.kind.setCurrentIndex(dialog.filters.kind.findData("policy"))
    policy_row = next(r for r in range(model.rowCount()) if cells(model, r, Column.FIELD) == "导入")
    table.doubleClicked.emit(model.index(policy_row, 0))
    assert current_key(window)[0] == "policy"


def test_rows_are_fetched_a_page_at_a_time(qtbot, window, logged):
    with window.database.session() as session:
        session.execute(insert(ChangeLog), [
            dict(user="bulk", machine="PC-BULK", entity="plan", entity_id=logged[0], field="text",
                 old=f"旧{n}", new=f"新{n}", source="typed") for n in range(PAGE + 50)])
    dialog = open_log(window)
    dialog.filters.user.setCurrentIndex(dialog.filters.user.findData("bulk"))
    assert dialog.model.rowCount() == PAGE and dialog.model.canFetchMore()
    bar = dialog.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # scrolled to the end: the next page comes in
    qtbot.waitUntil(lambda: dialog.model.rowCount() == PAGE + 50)
    assert not dialog.model.canFetchMore()
    assert len({e.id for e in dialog.model.entries()}) == PAGE + 50


def test_the_filtered_log_is_exported_for_the_auditors(qtbot, window, logged, tmp_path):
    dialog = open_log(window)
    dialog.filters.user.setCurrentIndex(dialog.filters.user.findData("wang"))
    target = tmp_path / "审计" / "修改记录"
    target.parent.mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=20000) as done:
        dialog.export(str(target))
    assert done.args == [str(target) + ".xlsx"]
    sheet = load_workbook(str(target) + ".xlsx")["修改记录"]
    assert sheet["A1"].value == "修改记录"
    assert "用户：wang" in sheet["A2"].value and "共 2 条" in sheet["A2"].value
    assert [c.value for c in sheet[3]] == ["时间", "用户", "计算机", "政策文件", "对象", "项目", "字段", "原值",
                                           "新值", "来源"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert [(r[1], r[2], r[4], r[6], r[7], r[8], r[9]) for r in rows] == [
        ("wang", "PC-WANG", "进展", "存在问题", None, "=SUM(A1)", "手工录入"),
        ("wang", "PC-WANG", "进展", "落实情况", None, "召开专题推进会", "手工录入")]
    formula = sheet.cell(row=4, column=9)
    assert formula.data_type == "s" and formula.quotePrefix
    with window.database.session() as session:
        title = session.scalar(select(Policy.title).where(Policy.id == 1))
    assert rows[0][3] == short_title(title, 30)
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref == "A3:J5"
    assert "修改记录.xlsx" in dialog.status.text()
