"""The Excel ledger read back with openpyxl: the city's columns, the values, and the sheet
set up for screen and print."""

import io

import pytest
from openpyxl import load_workbook

from tests.reports.conftest import LEDGER_POLICY, PLAN_POLICY, TODAY
from zjtracker.exporting.ledger_workbook import sheet_title, write_ledger_workbook
from zjtracker.services.reporting.job import ReportRequest, run_report
from zjtracker.services.policies.queries import PolicyNotFound
from zjtracker.services.reporting.data import NothingToReport


def _rows(ws):
    header = [c.value for c in ws[2]]
    return header, [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=3)]


def test_one_policy_in_the_city_layout(filled, tmp_path):
    done = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "台账.xlsx", policy_id=LEDGER_POLICY,
                                               today=TODAY))
    wb = load_workbook(done.path)
    assert wb.sheetnames == ["2023年湛江市优化营商环境行动工作任务台账", "主要指标"]
    ws = wb.worksheets[0]
    assert ws["A1"].value == "2023年湛江市优化营商环境行动工作任务台账（2023年第三季度）"
    header, rows = _rows(ws)
    assert header == ["指标名称", "牵头单位", "责任单位", "任务组", "序号", "工作任务", "落实情况", "存在问题",
                      "存在问题的意见建议", "完成进度（%）", "评估情况（请选择）", "备注", "系统评估"]
    assert len(rows) == 472
    first = rows[0]
    assert first["指标名称"] == "（一）市场准入" and first["序号"] == "（1）"
    assert first["任务组"] == "1.深化市场准入准营制度改革"
    assert first["牵头单位"] == "市市场监督管理局"
    assert first["落实情况"] == "部分企业材料退回重新办理。" and first["完成进度（%）"] == 70
    assert first["评估情况（请选择）"] == "序时推进" and first["存在问题的意见建议"] == "加强政策宣传。"
    by_no = {r["序号"]: r for r in rows}
    assert by_no["（4）"]["系统评估"] == "超期" and by_no["（4）"]["评估情况（请选择）"] is None
    assert by_no["（5）"]["落实情况"] == filled.texts["long_status"]
    assert by_no["（5）"]["存在问题"] == filled.texts["long_problems"]


def test_formula_looking_text_stays_text(filled, tmp_path):
    content = write_ledger_workbook(filled.db, "2023Q3", [LEDGER_POLICY])
    ws = load_workbook(io.BytesIO(content)).worksheets[0]
    cells = {c.value: c for row in ws.iter_rows(min_row=3) for c in row if isinstance(c.value, str)}
    for text in (filled.texts["formula_status"], filled.texts["formula_problems"], filled.texts["formula_remarks"]):
        assert cells[text].data_type == "s" and cells[text].quotePrefix, text


def test_sheet_is_set_up_for_screen_and_print(filled, tmp_path):
    content = write_ledger_workbook(filled.db, "2023Q3", [PLAN_POLICY, LEDGER_POLICY])
    wb = load_workbook(io.BytesIO(content))
    assert len(wb.sheetnames) == 3 and wb.sheetnames[-1] == "主要指标"
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A3"
        assert ws.auto_filter.ref.startswith("A2:")
        assert ws.print_title_rows == "$2:$2"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert all(c.alignment.wrap_text for c in ws[3] if c.value is not None)
    plans = wb.worksheets[0]
    header, rows = _rows(plans)
    assert "2023年度计划" in header and "配合单位" in header and "责任单位" not in header
    assert rows[0]["2023年度计划"].startswith("1.结合“12221”市场体系建设")
    assert plans["A1"].value == "湛江市以新业态新模式引领新型消费加快发展的实施方案工作任务台账（2023年第三季度）"
    widths = {plans.cell(2, i + 1).value: plans.column_dimensions[plans.cell(2, i + 1).column_letter].width
              for i in range(len(header))}
    assert widths["序号"] < 10 < widths["牵头单位"] < widths["工作任务"] <= 50
    assert plans.auto_filter.ref == f"A2:{plans.cell(2, len(header)).column_letter}{2 + len(rows)}"
    assert plans.row_dimensions[3].height > 15  # wrapped text gets room


def test_indicator_sheet(sample_db):
    from zjtracker.services.indicators import policy_indicators, set_actual

    gdp = policy_indicators(sample_db, 3)[0]
    set_actual(sample_db, gdp.id, 2021, 7.7)
    ws = load_workbook(io.BytesIO(write_ledger_workbook(sample_db, "2021Q4", [3])))["主要指标"]
    header, rows = _rows(ws)
    assert rows[0]["指标名称"] == "地区生产总值增长" and rows[0]["目标值"] == 7
    assert rows[0]["最新实际值"] == 7.7 and rows[0]["最新实际值年份"] == 2021
    assert rows[0]["完成目标比例（%）"] == 110
    assert len(rows) == 10


def test_refusals(filled):
    with pytest.raises(PolicyNotFound):
        write_ledger_workbook(filled.db, "2023Q3", [999])
    with pytest.raises(NothingToReport):
        write_ledger_workbook(filled.db, "2019Q3", [LEDGER_POLICY])


def test_sheet_titles_excel_accepts():
    taken = set()
    assert sheet_title("关于[试行]办法：第一/二部分*?", taken) == "关于试行办法：第一二部分"
    long_title = "湛江市以新业态新模式引领新型消费加快发展的实施方案（第二次修订版本）"
    first, second = sheet_title(long_title, taken), sheet_title(long_title, taken)
    assert len(first) <= 31 and len(second) <= 31 and first != second
