"""The workbook reader: responsibility lists and ledgers in the city's layout."""

from pathlib import Path

import pytest
from openpyxl import Workbook

from zjtracker.importing.errors import ImportRefused, NoHeader, UnreadableFile
from zjtracker.importing.tables.ledger.text import parse_ledger_text
from zjtracker.importing.sources.workbook import read_policy_workbook

SEED = Path(__file__).resolve().parents[2] / "resources" / "seeds" / "001_0593ceaf3128112f.txt"
LEDGER_HEADER = ["指标名称", "牵头单位", "责任单位", "序号", "工作任务", "工作任务", "落实\n情况", "存在\n问题",
                 "存在问\n题的意\n见建议", "完成\n进度\n（%）", "评估情\n况（请\n选择）", "备注"]


def names(task, role):
    return [u.name for u in task.units if u.role == role]


def merge_runs(sheet, col, first_row, values):
    """Merge runs of equal values in one column, as the city's ledger does."""
    start = first_row
    for offset in range(1, len(values) + 1):
        if offset == len(values) or values[offset] != values[offset - 1]:
            end = first_row + offset - 1
            if end > start:
                sheet.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
            start = end + 1


def write_city_ledger(policy, path):
    book = Workbook()
    sheet = book.active
    sheet.append([policy.title] + [None] * 11)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=12)
    sheet.append(LEDGER_HEADER)
    sheet.merge_cells(start_row=2, start_column=5, end_row=2, end_column=6)
    rows = []
    for area in policy.areas:
        for group in area.measures:
            for task in group.children:
                rows.append([f"{area.label}{area.title}", "、".join(names(task, "lead")),
                             "、".join(names(task, "responsible")) or "/", f"{group.label}{group.text}",
                             task.label, task.text])
    for row in rows:
        sheet.append(row + [None] * 6)
    for col in (1, 2, 3, 4):
        merge_runs(sheet, col, 3, [r[col - 1] for r in rows])
    book.save(path)


@pytest.fixture(scope="module")
def seed_policy():
    return parse_ledger_text(SEED.read_text(encoding="utf-8"), SEED.name)


def test_city_ledger_round_trip(seed_policy, tmp_path):
    path = tmp_path / "ledger.xlsx"
    write_city_ledger(seed_policy, path)
    result = read_policy_workbook(path)
    assert result.source == "ledger.xlsx" and len(result.policies) == 1
    policy = result.policies[0]
    assert policy.kind == "ledger" and policy.title == seed_policy.title
    assert (policy.start_year, policy.end_year) == (2023, 2023)
    assert [(a.label, a.title) for a in policy.areas] == [(a.label, a.title) for a in seed_policy.areas]
    assert [i.name for i in policy.indicators] == [i.name for i in seed_policy.indicators]
    got = [m for m in policy.iter_measures()]
    want = [m for m in seed_policy.iter_measures()]
    assert len(got) == len(want) == 83 + 472
    for mine, theirs in zip(got, want):
        assert (mine.label, mine.number, mine.text) == (theirs.label, theirs.number, theirs.text)
        assert [(u.name, u.role) for u in mine.units] == [(u.name, u.role) for u in theirs.units]


def test_ledger_with_blank_carry_reordered_and_numbers(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["某市2024年工作台账"])
    sheet.append(["备注", "工作任务", "序号", "牵头单位", "指标名称", "责任单位", "其他", "序号"])
    sheet.append([None, "推行电子营业执照。", "（12）", "市市场监督管理局", "（一）市场准入", "市税务局", "x", "1.深化改革"])
    sheet.append([None, "推广电子发票。", "(13)", None, None, "市税务局、市财政局", None, None])
    sheet.append([None, "简化注销。", 14.0, "市税务局", None, None, None, "2.建立退出机制"])
    sheet.append([None, "压缩办税时间。", "15", None, "（二）纳税", "/", None, None])
    sheet.append([None, "（16）推行容缺受理。", None, None, None, None, None, None])
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    policy = read_policy_workbook(path).policies[0]
    assert policy.kind == "ledger" and policy.start_year == 2024
    assert [(a.label, a.title) for a in policy.areas] == [("（一）", "市场准入"), ("（二）", "纳税")]
    tasks = {m.number: m for m in policy.iter_measures() if not m.children}
    assert sorted(tasks) == [12, 13, 14, 15, 16]
    assert names(tasks[13], "lead") == ["市市场监督管理局"]  # blank carries
    assert names(tasks[13], "responsible") == ["市税务局", "市财政局"]
    assert names(tasks[14], "lead") == ["市税务局"]
    assert names(tasks[15], "responsible") == []
    assert tasks[16].text == "推行容缺受理。"
    groups = [m for m in policy.iter_measures() if m.children]
    assert [(g.label, g.text) for g in groups] == [("1.", "深化改革"), ("2.", "建立退出机制"), ("2.", "建立退出机制")]


def test_responsibility_list_with_years_and_headings(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["附件", None, None, None, None, None, None])
    sheet.append(["工作责任清单", None, None, None, None, None, None])
    sheet.merge_cells("A2:G2")
    sheet.append(["序号", "具体措施", "工作计划", None, None, "牵头单位", "配合单位"])
    sheet.merge_cells("C3:E3")
    sheet.append([None, None, "2022年", "2023年", "2024年", None, None])
    sheet.append(["一、培育壮大新型消费"] * 7)
    sheet.append(["（一）加快发展数字消费"] * 7)
    sheet.append([1, "推动商贸企业数字化转型。", "启动", "推进", "完成", "市商务局", "市工业和信息化局、市财政局"])
    sheet.append([2, "发展直播电商。", "试点", None, "推广", None, "市市场监督管理局"])
    sheet.merge_cells("F7:F8")
    path = tmp_path / "list.xlsx"
    book.save(path)
    policy = read_policy_workbook(path).policies[0]
    assert policy.kind == "plan" and policy.title == "工作责任清单"
    assert (policy.start_year, policy.end_year) == (2022, 2024)
    area = policy.areas[0]
    assert (area.label, area.title) == ("一、", "培育壮大新型消费")
    group = area.measures[0]
    assert (group.label, group.number, group.text) == ("（一）", 1, "加快发展数字消费")
    first, second = group.children
    assert [(p.year, p.text) for p in first.plans] == [(2022, "启动"), (2023, "推进"), (2024, "完成")]
    assert [(p.year, p.text) for p in second.plans] == [(2022, "试点"), (2024, "推广")]
    assert names(second, "lead") == ["市商务局"]  # merged cell
    assert names(first, "cooperating") == ["市工业和信息化局", "市财政局"]


def test_deadline_and_people(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "工作任务", "牵头单位", "分管领导", "责任科室", "责任人", "完成时限"])
    sheet.append([1, "梳理事项清单。", "市商务局", "张三", "综合科", "李四", "2021年6月底前"])
    path = tmp_path / "d.xlsx"
    book.save(path)
    task = next(m for m in read_policy_workbook(path).policies[0].iter_measures())
    assert task.deadline_text == "2021年6月底前" and str(task.deadline) == "2021-06-30"
    lead = task.units[0]
    assert (lead.name, lead.leader, lead.section, lead.person) == ("市商务局", "张三", "综合科", "李四")


def test_refusals(tmp_path):
    bogus = tmp_path / "bogus.xlsx"
    bogus.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(UnreadableFile) as caught:
        read_policy_workbook(bogus)
    assert caught.value.reason == "unreadable_file" and "bogus.xlsx" in caught.value.message

    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    with pytest.raises(UnreadableFile) as caught:
        read_policy_workbook(empty)
    assert "empty.xlsx" in caught.value.message

    headless = tmp_path / "headless.xlsx"
    book = Workbook()
    book.active.append(["随便", "写点", "东西"])
    book.save(headless)
    with pytest.raises(NoHeader) as caught:
        read_policy_workbook(headless)
    assert isinstance(caught.value, ImportRefused)
    assert caught.value.reason == "no_header" and "headless.xlsx" in caught.value.message
