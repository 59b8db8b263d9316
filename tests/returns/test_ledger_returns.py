"""Messy returns in the city's ledger layout, filled in without the program: each is read,
matched by 序号 within the policy, applied, and the database checked cell by cell."""

import pytest
from openpyxl import Workbook

from tests.returns.conftest import PERIOD, TEXTS, ledger_book, progress, save
from zjtracker.services.history.batches import apply_return
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.preview import preview_return
from tests.returns.conftest import plan_of


def run(database, path, policy_id=None):
    preview = preview_return(database, path, PERIOD, policy_id)
    assert preview.refused is None, preview.refused
    return preview, apply_return(database, preview)


def reasons(preview):
    return sorted((i.row, i.reason) for i in preview.rejected)


def test_header_on_row_9_under_merged_titles_with_merged_cells_spanning_rows(database, policy_id, tmp_path):
    book = ledger_book([
        ["一、市场准入", "市市场监督管理局", "市商务局", "（1）", TEXTS[("一", 1)], "已集中办理。", None, None, "80%",
         "序时推进", None],
        [None, "市商务局", None, "（2）", TEXTS[("一", 2)], "负面清单已落实。", None, None, 100, "已完成", "按期"],
        ["二、纳税服务", "市税务局", None, "（1）", TEXTS[("二", 1)], "全程网办上线。", "人手不足", "增加编制", "６０", "滞后",
         None],
    ], title_rows=8)
    sheet = book.active
    sheet.merge_cells("A10:A11")  # 指标名称 spans two task rows: only the top-left holds the value
    path = save(book, tmp_path / "台账 第9行表头.xlsx")
    preview, result = run(database, path)
    assert preview.kind == "ledger" and preview.policy_id == policy_id
    assert preview.rejected == [] and result.updated_rows == 3
    assert progress(database, "一、", 1) == {
        "status_text": "已集中办理。", "problems": "", "suggestions": "", "percent": 80.0,
        "assessment": "序时推进", "remarks": "", "version": 1}
    assert progress(database, "一、", 2)["percent"] == 100.0 and progress(database, "一、", 2)["remarks"] == "按期"
    assert progress(database, "二、", 1) == {
        "status_text": "全程网办上线。", "problems": "人手不足", "suggestions": "增加编制", "percent": 60.0,
        "assessment": "滞后", "remarks": "", "version": 1}
    assert progress(database, "一、", 3) is None and progress(database, "二、", 2) is None


def test_two_row_header_with_wrapped_text_and_merged_group_header(database, policy_id, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["附件2"])
    sheet.append(["湛江市测试营商环境行动方案落实情况表（2025年第三季度）"])
    sheet.merge_cells("A2:I2")
    sheet.append(["指标名称", "序号", "工作任务", "落实\n情况", "存在\n问题", "存在问\n题的意\n见建议", "完成情况", None, "备注"])
    sheet.append([None, None, None, None, None, None, "完成\n进度\n（%）", "评估情\n况（请\n选择）", None])
    sheet.merge_cells("G3:H3")
    for col in "ABCDEFI":
        sheet.merge_cells(f"{col}3:{col}4")
    sheet.append(["（一）市场准入", "(3)", TEXTS[("一", 3)], "电子发票全面推广。", None, None, 0.9, "序时推进", None])
    sheet["G5"].number_format = "0%"
    sheet.append(["（二）纳税服务", "2", TEXTS[("二", 2)], "退税提速。", None, None, "45％", None, None])
    path = save(book, tmp_path / "two-row.xlsx")
    preview, _ = run(database, path)
    assert preview.rejected == []
    assert progress(database, "一、", 3)["percent"] == pytest.approx(90.0)
    assert progress(database, "一、", 3)["assessment"] == "序时推进"
    assert progress(database, "二、", 2)["percent"] == 45.0
    assert progress(database, "二、", 2)["status_text"] == "退税提速。"


def test_reordered_extra_columns_and_synonyms(database, policy_id, tmp_path):
    header = ["备注", "进度（%）", "联系人", "序号", "其他说明", "工作任务", "工作进展", "问题", "建议", "评估情况"]
    book = ledger_book([
        ["无", 12.0, "张三", 2.0, "x", TEXTS[("一", 2)], "已排查。", "数据不全", "请求协调", "滞后"],
        [None, "30", "李四", "（3）", None, TEXTS[("一", 3)], "推广中。", None, None, None],
    ], header=header)
    path = save(book, tmp_path / "synonyms.xlsx")
    preview, _ = run(database, path)
    assert preview.rejected == []
    assert progress(database, "一、", 2) == {
        "status_text": "已排查。", "problems": "数据不全", "suggestions": "请求协调", "percent": 12.0,
        "assessment": "滞后", "remarks": "无", "version": 1}
    assert progress(database, "一、", 3)["percent"] == 30.0 and progress(database, "一、", 3)["problems"] == ""


def test_numbers_restart_per_area_and_are_told_apart_by_headings(database, policy_id, tmp_path):
    header = ["序号", "工作任务", "落实情况", "完成进度（%）"]
    book = ledger_book([
        ["一、市场准入"],
        ["1", "（略）", "市场准入第一项。", 10],
        ["二、纳税服务"],
        ["1", "（略）", "纳税第一项。", 20],
        ["(2)", "（略）", "纳税第二项。", 30],
    ], header=header)
    sheet = book.active
    for row in (3, 5):
        sheet.merge_cells(f"A{row}:D{row}")  # a heading row across the table
    path = save(book, tmp_path / "headings.xlsx")
    preview, _ = run(database, path, policy_id)
    assert preview.rejected == []
    assert progress(database, "一、", 1)["status_text"] == "市场准入第一项。"
    assert progress(database, "二、", 1)["status_text"] == "纳税第一项。"
    assert progress(database, "二、", 2)["percent"] == 30.0
    assert progress(database, "一、", 2) is None


def test_repeated_number_without_area_is_resolved_by_task_text_or_rejected(database, policy_id, tmp_path):
    header = ["序号", "工作任务", "落实情况"]
    book = ledger_book([
        ["（1）", TEXTS[("二", 1)], "按任务内容对应到纳税。"],
        ["（2）", "", "没有任务内容，无法区分。"],
    ], header=header)
    path = save(book, tmp_path / "ambiguous.xlsx")
    preview, _ = run(database, path, policy_id)
    assert progress(database, "二、", 1)["status_text"] == "按任务内容对应到纳税。"
    assert progress(database, "一、", 1) is None
    assert reasons(preview) == [(4, "ambiguous_task")]


def test_blank_cells_change_nothing_and_formula_text_is_stored_as_text(database, policy_id, tmp_path):
    plan_id = plan_of(database, "一、", 1)
    save_progress(database, with_values(load_progress(database, plan_id, "2025Q3"), status_text="原有进展",
                                        problems="原有问题", percent=50.0, assessment="序时推进"))
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], None, "=A1+B1", "+86 759 1234", None, None,
         "@市商务局"],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "-10%的偏差已纠正", None, None, None, None, None],
    ])
    sheet = book.active
    sheet["H3"] = "=SUM(1,2)"  # a real formula: kept as its text, never evaluated
    path = save(book, tmp_path / "blank-formula.xlsx")
    preview, _ = run(database, path)
    assert preview.rejected == []
    row = progress(database, "一、", 1)
    assert row["status_text"] == "原有进展" and row["percent"] == 50.0 and row["assessment"] == "序时推进"
    assert row["problems"] == "=A1+B1" and row["suggestions"] == "=SUM(1,2)"
    assert row["remarks"] == "@市商务局"
    assert progress(database, "一、", 2)["status_text"] == "-10%的偏差已纠正"
    changes = {c.field: c for c in preview.row(preview.rows[0].key).changes}
    assert changes["problems"].overwrites is True and changes["problems"].old == "原有问题"
    assert "remarks" in changes and not changes["remarks"].overwrites


def test_merged_fill_in_cell_spanning_two_tasks_gives_both_the_value(database, policy_id, tmp_path):
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "两项合并推进。", None, None, 40, None, None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], None, None, None, 60, None, None],
    ])
    book.active.merge_cells("F3:F4")
    path = save(book, tmp_path / "merged.xlsx")
    run(database, path)
    assert progress(database, "一、", 1)["status_text"] == "两项合并推进。"
    assert progress(database, "一、", 2)["status_text"] == "两项合并推进。"
    assert (progress(database, "一、", 1)["percent"], progress(database, "一、", 2)["percent"]) == (40.0, 60.0)


def test_bad_rows_are_rejected_with_place_and_the_rest_applied(database, policy_id, tmp_path):
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "好的一行。", None, None, 70, None, None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "进度写成汉字。", None, None, "八十", None, None],
        ["一、市场准入", None, None, "（3）", TEXTS[("一", 3)], "超过一百。", None, None, 120, None, None],
        ["二、纳税服务", None, None, "（1）", TEXTS[("二", 1)], "评估乱写。", None, None, None, "基本完成", None],
        ["二、纳税服务", None, None, "（9）", "不存在的任务。", "无此序号。", None, None, None, None, None],
        ["二、纳税服务", None, None, "（2）", TEXTS[("二", 2)], "第一次。", None, None, 10, None, None],
        ["二、纳税服务", None, None, "（2）", TEXTS[("二", 2)], "第二次。", None, None, 20, None, None],
        ["二、纳税服务", None, None, "（4）", TEXTS[("二", 4)], "今年没有计划。", None, None, None, None, None],
    ])
    path = save(book, tmp_path / "有错的回表.xlsx")
    preview, result = run(database, path)
    assert reasons(preview) == [(4, "not_a_number"), (5, "percent_out_of_range"), (6, "bad_assessment"),
                                (7, "unknown_task"), (8, "duplicate_task"), (9, "duplicate_task"), (10, "no_plan")]
    by_row = {i.row: i.message for i in preview.rejected}
    assert by_row[4].startswith("文件“有错的回表.xlsx”，工作表“Sheet”第 4 行“完成进度（%）”列：“八十”不是数字")
    assert "“评估情况（请选择）”列" in by_row[6] and "（9）" in by_row[7]
    assert result.updated_rows == 1 and result.rejected == 7
    assert progress(database, "一、", 1)["percent"] == 70.0
    for area, number in (("一、", 2), ("一、", 3), ("二、", 1), ("二、", 2)):
        assert progress(database, area, number) is None


def test_warnings_are_shown_but_do_not_block(database, policy_id, tmp_path):
    plan_id = plan_of(database, "一、", 3)
    save_progress(database, with_values(load_progress(database, plan_id, "2025Q2"), percent=60.0))
    book = ledger_book([
        ["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "自称完成。", None, None, 90, "已完成", None],
        ["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "很慢。", None, None, 20, "滞后", None],
        ["一、市场准入", None, None, "（3）", TEXTS[("一", 3)], "倒退了。", "有困难", None, 50, None, None],
        ["二、纳税服务", None, None, "（1）", "完全是另一件事：修建一座大桥。", "对不上。", None, None, None, None, None],
        ["二、纳税服务", None, None, "（2）", TEXTS[("二", 2)], "小数。", None, None, 0.6, None, None],
    ])
    path = save(book, tmp_path / "warnings.xlsx")
    preview, result = run(database, path)
    assert preview.rejected == [] and result.updated_rows == 5
    found = sorted((w.row, w.reason) for w in preview.all_warnings)
    assert found == [(3, "done_not_100"), (4, "behind_without_problems"), (5, "percent_dropped"),
                     (6, "task_text_differs"), (7, "behind_without_problems"), (7, "percent_as_fraction")]
    assert progress(database, "一、", 1)["assessment"] == "已完成"  # a warning, not a rejection


def test_policy_is_found_among_several_and_a_foreign_ledger_is_refused(database, policy_id, tmp_path):
    from tests.returns.conftest import test_policy
    from zjtracker.importing.model import ParseResult
    from zjtracker.services.policies.importer import store_result

    other = test_policy("另一项政策")
    for area in other.areas:
        for measure in area.measures:
            for task in measure.children or [measure]:
                task.text = "另一项政策的任务：" + task.text[::-1]
    [other_id] = store_result(database, ParseResult(source="o.txt", policies=[other]), "o")
    book = ledger_book([["一、市场准入", None, None, "（2）", TEXTS[("一", 2)], "本政策。", None, None, 5, None, None]])
    path = save(book, tmp_path / "which.xlsx")
    preview = preview_return(database, path, PERIOD)
    assert preview.policy_id == policy_id
    refused = preview_return(database, path, PERIOD, other_id)
    assert refused.refused.reason == "wrong_ledger" and "另一项政策" in refused.refused.message
