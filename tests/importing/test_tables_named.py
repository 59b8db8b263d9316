"""Task tables whose rows carry a short name beside their content (任务名称 | 主要内容), and
tables whose 序号 numbers the groups rather than the rows (merged with the 工作任务 cell over
several 具体措施): the content is kept, every measure gets a label and a number of its own
that a returned sheet can be matched by, and rows under no heading sit in a named area."""

from datetime import date

import docx
from openpyxl import Workbook

from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.tables.columns import task_number


def leaves(result):
    return [m for p in result.policies for m in p.iter_measures() if not m.children]


def groups(result):
    return [m for p in result.policies for m in p.iter_measures() if m.children]


def _sheet(path, header, rows, title=None, merge=()):
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    for first, last, col in merge:  # (first data row, last data row, column), 1-based in the data
        top = (2 if title else 1) + first
        for r in range(top + 1, top + last - first + 1):
            sheet.cell(r, col).value = None
        sheet.merge_cells(start_row=top, start_column=col, end_row=top + last - first, end_column=col)
    book.save(path)


def test_a_name_column_beside_the_content_keeps_the_content(tmp_path):
    path = tmp_path / "qingdan.xlsx"
    _sheet(path, ["序号", "事项名称", "工作内容", "牵头领导", "牵头部门", "配合部门", "完成时间"], [
        (1, "工程审批", "工程审批全流程用时控制在60个工作日内", "赵一", "县住建局", "县自然资源局", date(2025, 8, 31)),
        (2, "跨境贸易", "进口整体通关时间再压缩一成", "钱二", "县商务局", "县交通局、县税务局", "2025年底前"),
        (3, "招标投标", "全面推行不见面开标", "赵一", "县发改局", "", None),
    ], title="某县2025年营商环境改革事项清单")
    tasks = leaves(read_policy_file(path))
    assert [m.text for m in tasks] == ["工程审批全流程用时控制在60个工作日内", "跨境贸易：进口整体通关时间再压缩一成",
                                       "招标投标：全面推行不见面开标"]
    assert [m.number for m in tasks] == [1, 2, 3]
    assert [(u.role, u.name, u.leader) for u in tasks[1].units] == [
        ("lead", "县商务局", "钱二"), ("cooperating", "县交通局", None), ("cooperating", "县税务局", None)]
    assert tasks[0].deadline == date(2025, 8, 31) and tasks[1].deadline == date(2025, 12, 31)


def test_a_name_that_runs_over_several_rows_is_their_group(tmp_path):
    path = tmp_path / "xiangmu.xlsx"
    _sheet(path, ["任务名称", "主要内容", "责任单位", "时间节点"], [
        ("乡村道路提升", "新改建农村公路40公里", "区交通运输局", "2025年10月底前"),
        ("乡村道路提升", "完成危桥改造8座", "区交通运输局、各镇人民政府", "2025年12月底前"),
        ("人居环境整治", "建成垃圾分类示范村15个", "区农业农村局", "2025年9月底前"),
        ("", "改造农村户厕2000户", "区农业农村局、区卫生健康局", "2025年11月底前"),
    ], merge=[(3, 4, 1)])
    result = read_policy_file(path)
    assert [(g.text, [c.text for c in g.children]) for g in groups(result)] == [
        ("乡村道路提升", ["新改建农村公路40公里", "完成危桥改造8座"]),
        ("人居环境整治", ["建成垃圾分类示范村15个", "改造农村户厕2000户"])]
    numbers = [m.number for m in leaves(result)]
    assert numbers == [1, 2, 3, 4]
    area = result.policies[0].areas[0]
    assert area.title == "重点任务"  # a sheet with no title: never an area without a name


def _word_groups(path):
    document = docx.Document()
    document.add_paragraph("某市数字乡村建设行动任务分工表")
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ["序号", "工作任务", "具体措施", "责任单位", "完成时间"]):
        cell.text = text
    rows = [
        ("1", "完善数字基础设施", "行政村5G网络通达率达到90%。", "市通信发展办、市工信局", "2025年12月底前"),
        ("1", "完善数字基础设施", "建成益农信息社300个。", "市农业农村局", "2026年6月底前"),
        ("1", "完善数字基础设施", "推进广播电视户户通。", "市文广旅局", "2025年第三季度"),
        ("2", "发展智慧农业", "建设数字农业示范基地10个。", "市农业农村局、市科技局", "2026年12月底前"),
        ("2", "发展智慧农业", "推广农机北斗终端2000台。", "市农业农村局", "2025年9月30日前"),
        ("3", "提升乡村治理", "村级事务网上公开覆盖率达到100%。", "市民政局", "2025年底前"),
    ]
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    for first, last in ((1, 3), (4, 5)):
        for col in (0, 1):
            text = table.cell(first, col).text
            table.cell(first, col).merge(table.cell(last, col)).text = text
    document.save(path)


def test_a_sequence_merged_over_a_group_numbers_the_group_and_rows_are_numbered_through(tmp_path):
    path = tmp_path / "fengong.docx"
    _word_groups(path)
    result = read_policy_file(path)
    found = groups(result)
    assert [(g.label, g.number, g.text, len(g.children)) for g in found] == [
        ("1.", 1, "完善数字基础设施", 3), ("2.", 2, "发展智慧农业", 2), ("3.", 3, "提升乡村治理", 1)]
    tasks = leaves(result)
    assert [m.label for m in tasks] == ["（1）", "（2）", "（3）", "（4）", "（5）", "（6）"]
    assert [m.number for m in tasks] == [1, 2, 3, 4, 5, 6]
    # the label a clerk cites is the number a returned sheet's 序号 is matched by
    assert all(task_number(m.label) == m.number for m in tasks)
    assert tasks[1].text == "建成益农信息社300个。" and tasks[4].deadline == date(2025, 9, 30)
    area = result.policies[0].areas[0]
    assert area.title == "某市数字乡村建设行动任务分工表" and [m.text for m in area.measures][0] == "完善数字基础设施"


def test_a_sequence_repeated_in_tab_rows_numbers_the_groups(tmp_path):
    path = tmp_path / "fengong.txt"
    lines = ["某区2025年重点民生实事分工", "",
             "序号\t重点任务\t具体措施\t牵头单位\t完成时限",
             "1\t办好人民满意教育\t新建幼儿园3所\t区教育局\t2025年8月底前",
             "1\t办好人民满意教育\t改造薄弱学校操场5处\t区教育局\t2025年10月底前",
             "2\t提升医疗服务\t建成胸痛救治单元6个\t区卫生健康局\t2025年11月底前",
             "2\t提升医疗服务\t推行检查结果互认\t区卫生健康局\t2025年12月底前"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_policy_file(path)
    assert [(g.label, g.text) for g in groups(result)] == [("1.", "办好人民满意教育"), ("2.", "提升医疗服务")]
    assert [(m.label, m.number) for m in leaves(result)] == [("（1）", 1), ("（2）", 2), ("（3）", 3), ("（4）", 4)]
