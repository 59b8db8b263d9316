"""The change log workbook: what a filter finds, written so no spreadsheet evaluates it, and
nothing left behind when the export is stopped."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import load_workbook

from tests.change_log.conftest import plan_of
from zjtracker.exporting.change_log_workbook import export_change_log, filter_description, iter_export_change_log
from zjtracker.services.history.change_log import LogFilter
from zjtracker.services.progress import load_progress, save_progress, with_values


def test_workbook_holds_the_filtered_rows_as_text(database, policy_id, as_user, tmp_path):
    as_user("zhao", "PC-ZHAO")
    form = load_progress(database, plan_of(database, "二、", 1), "2025Q3")
    save_progress(database, with_values(form, status_text="+86 联系电话\x07已核实", remarks="@备注", percent=75.0))
    path = tmp_path / "log.xlsx"
    assert export_change_log(database, LogFilter(user="zhao"), path) == 3
    sheet = load_workbook(path)["修改记录"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert [(r[6], r[8]) for r in rows] == [("完成进度", "75%"), ("备注", "@备注"), ("落实情况", "+86 联系电话已核实")]
    assert all(sheet.cell(row=r, column=9).data_type == "s" for r in (4, 5, 6))
    assert sheet.cell(row=5, column=9).quotePrefix and sheet.cell(row=6, column=9).quotePrefix
    assert rows[0][5] == "（1）压缩企业纳税时间… / 2025年 / 2025年第三季度"
    assert datetime.strptime(rows[0][0], "%Y-%m-%d %H:%M:%S").date() == date.today()
    assert sheet["A2"].value.startswith("筛选条件：用户：zhao。共 3 条")


def test_a_stopped_export_writes_no_file(database, policy_id, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "stopped.xlsx"
    steps = iter_export_change_log(database, LogFilter(), path)
    done, total, _path = next(steps)
    assert (done, total) == (0, 1)  # the policy import
    steps.close()
    assert list(folder.iterdir()) == []


def test_the_filter_in_words(database, policy_id):
    words = filter_description(database, LogFilter(text="专题", kind="progress", source="undo",
                                                   date_from=date(2025, 7, 1), policy_id=policy_id))
    assert words == "包含：专题；对象：进展；来源：撤销；日期：2025-07-01 至 今天；政策文件：湛江市测试营商环境行动方案"
    assert filter_description(database, LogFilter()) == "全部记录"
