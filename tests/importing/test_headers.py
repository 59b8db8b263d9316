"""Header recognition for spreadsheets in the city's column layout."""

import pytest

from zjtracker.importing.tables.headers import classify_header, find_header, normalize_header


@pytest.mark.parametrize("cell, expected", [
    ("指标名称", ("indicator", None)),
    ("牵头单位", ("lead_unit", None)),
    ("牵 头 单 位", ("lead_unit", None)),
    ("责任单位", ("responsible_unit", None)),
    ("配合单位", ("cooperating_unit", None)),
    ("序号", ("task_no", None)),
    ("工作任务", ("task_text", None)),
    ("具体措施", ("task_text", None)),
    ("任务内容", ("task_text", None)),
    ("落实\n情况", ("status_text", None)),
    ("工作进展", ("status_text", None)),
    ("存在\n问题", ("problems", None)),
    ("存在问\n题的意\n见建议", ("suggestions", None)),
    ("完成\n进度\n（%）", ("percent", None)),
    ("进度(%)", ("percent", None)),
    ("进度（％）", ("percent", None)),
    ("评估情\n况（请\n选择）", ("assessment", None)),
    ("备注", ("remarks", None)),
    ("分管领导", ("leader", None)),
    ("责任科室", ("section", None)),
    ("责任人", ("person", None)),
    ("完成时限", ("deadline", None)),
    ("2023年工作计划", ("plan", 2023)),
    ("２０２４年", ("plan", 2024)),
    ("2025年度计划", ("plan", 2025)),
    ("市税务局", None),
    ("推进政务服务便利化", None),
    (None, None),
])
def test_classify(cell, expected):
    assert classify_header(cell) == expected


def test_normalize():
    assert normalize_header(" 完成\n进度\n（％）") == "完成进度（%）"


def test_one_row_header_below_merged_title():
    rows = [
        ["2023年湛江市优化营商环境行动工作任务台账"] * 11,
        [None] * 11,
        ["指标名称", "牵头单位", "责任单位", "序号", "工作任务", "工作任务", "落实\n情况", "存在\n问题",
         "存在问题的意见建议", "完成\n进度\n（%）", "评估情况（请选择）"],
        ["（一）市场准入", "市市场监督管理局", "市相关单位", "1.深化", "（1）", "便利企业分支机构", None, None,
         None, None, None],
    ]
    match = find_header(rows)
    assert match.header_rows == [2] and match.first_data_row == 3
    assert match.columns[0] == "indicator" and match.columns[2] == "responsible_unit"
    assert match.columns[6] == "status_text" and match.columns[9] == "percent"
    assert match.columns[10] == "assessment"
    assert match.column_of("lead_unit") == 1


def test_two_row_header_with_years():
    rows = [
        ["工作责任清单", None, None, None, None, None, None],
        ["序号", "具体措施", "工作计划", "工作计划", "工作计划", "牵头单位", "配合单位"],
        [None, None, "2022年", "2023年", "2024年", None, None],
        [1, "推动商贸企业数字化转型", "a", "b", "c", "市商务局", "市财政局"],
    ]
    match = find_header(rows)
    assert match.header_rows == [1, 2] and match.first_data_row == 3
    assert match.plan_years == {2: 2022, 3: 2023, 4: 2024}
    assert match.columns[5] == "lead_unit" and match.columns[6] == "cooperating_unit"


def test_header_found_late_and_reordered():
    rows = [[None]] * 9 + [["备注", "工作进展", "工作任务", "序号", "牵头单位"], ["", "", "x", 1, "市商务局"]]
    match = find_header(rows)
    assert match.first_data_row == 10
    assert match.columns == {0: "remarks", 1: "status_text", 2: "task_text", 3: "task_no", 4: "lead_unit"}


def test_no_header():
    assert find_header([["a", "b"], [1, 2]]) is None
    assert find_header([]) is None
    rows = [[None]] * 16 + [["序号", "工作任务", "牵头单位"]]
    assert find_header(rows) is None  # beyond the first 15 rows
