"""Plans written for this test only, in layouts other cities use and in words the corpus
generator never produced: labelled lines with mixed separators and colons, brackets whose
tails mix roles, periods and phrases such as 年内见成效, a Word table whose merged 序号 and
工作任务 cells cover several 具体措施 rows, and an Excel list with a name column beside its
content column. Each is read as a clerk would check the preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from zjtracker.importing.reader import read_policy_file

HERE = Path(__file__).parent / "held_out"


def only_policy(path: Path):
    result = read_policy_file(path)
    assert len(result.policies) == 1
    return result.policies[0]


def leaves(policy):
    return [m for m in policy.iter_measures() if not m.children]


def roles(measure) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for unit in measure.units:
        found.setdefault(unit.role, []).append(unit.name)
    return found


def test_labelled_lines_with_mixed_separators_and_colons():
    policy = only_policy(HERE / "qinghe_work_report_split.txt")
    assert policy.title == "清河区2025年政府工作报告重点任务分解方案"
    assert policy.doc_no == "清政发〔2025〕4号"
    tasks = leaves(policy)
    assert [m.number for m in tasks] == [1, 2, 3, 4, 5, 6]
    first, second, third, _, fifth, last = tasks
    assert "责任单位" not in first.text
    assert roles(first) == {"lead": ["区发展改革局"], "responsible": ["各街道办事处", "区经济运行专班"]}
    assert second.deadline == date(2025, 12, 31)
    assert third.deadline == date(2025, 11, 30)
    assert [u.leader for u in third.units if u.role == "lead"] == ["王建平"]
    assert fifth.deadline is None and "长期坚持" in (fifth.deadline_text or "")
    assert roles(last)["cooperating"] == ["区财政局", "区城管局", "各街道办事处"]
    assert last.deadline == date(2025, 10, 31)


def test_brackets_whose_tails_mix_roles_periods_and_phrases():
    tasks = leaves(only_policy(HERE / "shimen_work_points.txt"))
    assert len(tasks) == 5
    assert all("（" not in m.text[-30:] and "(" not in m.text[-30:] for m in tasks), [m.text for m in tasks]
    assert roles(tasks[0]) == {"lead": ["市政务服务数据管理局", "市司法局"],
                               "responsible": ["市直各有关部门", "各县区政府"]}
    assert tasks[0].deadline == date(2025, 6, 30)  # the date inside the sentence
    assert tasks[1].deadline == date(2025, 9, 30)
    assert tasks[2].deadline is None and "年内见成效" in (tasks[2].deadline_text or "")
    assert tasks[3].deadline == date(2025, 12, 31)
    assert roles(tasks[4]) == {"responsible": ["市司法局", "市市场监管局"]}


@pytest.fixture
def merged_table_docx(tmp_path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("南岭市制造业数字化转型三年行动任务分工表")
    document.add_paragraph("（责任单位中排在第一位的为牵头单位）")
    rows = [("序号", "工作任务", "具体措施", "责任单位", "完成时间"),
            ("1", "推进企业上云用云", "组织500家中小企业上云，发放上云服务券。",
             "市工信局、市财政局、各县（市、区）人民政府", "2025年12月底前"),
            ("", "", "培育10个行业级工业互联网平台。", "市工信局、市科技局", "2026年6月底前"),
            ("2", "建设智能工厂", "遴选20家智能工厂和50个数字化车间。", "市工信局、市发展改革委", "每年12月底前"),
            ("", "", "对认定的智能工厂给予一次性奖励。", "市财政局、市工信局", "2025—2027年")]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for top in (1, 3):
        for column in (0, 1):
            keep = table.cell(top, column).text
            table.cell(top, column).merge(table.cell(top + 1, column)).text = keep
    path = tmp_path / "任务分工表.docx"
    document.save(str(path))
    return path


def test_a_word_table_with_merged_number_and_task_cells(merged_table_docx):
    policy = only_policy(merged_table_docx)
    groups = [m for m in policy.iter_measures() if m.children]
    assert [g.text for g in groups] == ["推进企业上云用云", "建设智能工厂"]
    tasks = leaves(policy)
    assert len(tasks) == 4 and len({m.number for m in tasks}) == 4  # numbers a clerk can cite
    assert roles(tasks[0]) == {"lead": ["市工信局"], "responsible": ["市财政局", "各县（市、区）人民政府"]}
    assert roles(tasks[3])["lead"] == ["市财政局"]
    assert tasks[1].deadline == date(2026, 6, 30)
    assert tasks[2].deadline is None  # 每年12月底前: a rhythm, not one date
    assert tasks[3].deadline == date(2027, 12, 31)
    assert all(area.title for area in policy.areas)


@pytest.fixture
def named_list_xlsx(tmp_path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["北川县2025年优化营商环境重点任务清单"])
    sheet.merge_cells("A1:G1")
    sheet.append(["序号", "任务名称", "主要内容", "牵头领导", "牵头部门", "配合部门", "时间节点"])
    sheet.append([1, "不动产登记", "一般登记业务办理时间压缩至3个工作日", "李四", "县自然资源局",
                  "县税务局，县住建局", date(2025, 9, 30)])
    sheet.append([2, "获得电力", "低压小微企业用电报装零投资", "王五", "县发改局", "国网北川供电公司",
                  date(2025, 12, 31)])
    for row in sheet.iter_rows(min_row=3):
        row[6].number_format = "yyyy年m月d日"
    path = tmp_path / "清单.xlsx"
    book.save(str(path))
    return path


def test_an_excel_list_keeps_the_content_beside_its_name_column(named_list_xlsx):
    tasks = leaves(only_policy(named_list_xlsx))
    assert [m.text for m in tasks] == ["不动产登记：一般登记业务办理时间压缩至3个工作日",
                                       "获得电力：低压小微企业用电报装零投资"]
    assert roles(tasks[0]) == {"lead": ["县自然资源局"], "cooperating": ["县税务局", "县住建局"]}
    assert [u.leader for u in tasks[0].units if u.role == "lead"] == ["李四"]
    assert [m.deadline for m in tasks] == [date(2025, 9, 30), date(2025, 12, 31)]
