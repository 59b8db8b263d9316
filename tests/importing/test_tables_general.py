"""The one table reader over every source: Word tables with merged cells, Excel lists with
date cells, and tables standing in text (tab rows, box drawing, one cell per line)."""

from datetime import date, datetime

import docx
from openpyxl import Workbook

from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.sources.docx_source import read_docx_document
from zjtracker.importing.tables.lead_note import first_listed_is_lead


def leaves(result):
    return [m for p in result.policies for m in p.iter_measures() if not m.children]


def roles(measure):
    return [(u.role, u.name) for u in measure.units]


def _word_table(path, note=""):
    document = docx.Document()
    document.add_paragraph("某市2024年重点工作任务分工表")
    if note:
        document.add_paragraph(note)
    table = document.add_table(rows=2, cols=6)
    top = ["序号", "重点任务", "具体措施", "责任单位", "", "完成时限"]
    below = ["", "", "", "牵头单位", "配合单位", ""]
    for cell, text in zip(table.rows[0].cells, top):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, below):
        cell.text = text
    table.cell(0, 3).merge(table.cell(0, 4)).text = "责任单位"
    for col in (0, 1, 2, 5):
        table.cell(0, col).merge(table.cell(1, col))
    rows = [
        ("1", "壮大先进制造业", "推进产业集群建设。培育产值超百亿元的集群", "市工信局", "市财政局\n市科技局", "2024年6月底前"),
        ("2", "", "盘活低效工业用地。开展闲置厂房清查", "市自然资源局", "市发展改革委", "2024年第三季度"),
        ("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"),  # header again
        ("3", "优化营商环境", "压缩企业开办时间。推行一网通办", "市市场监管局", "", "长期坚持"),
    ]
    first = len(table.rows)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell.text = text
    table.cell(first, 1).merge(table.cell(first + 1, 1)).text = "壮大先进制造业"
    document.save(path)


def test_word_table_merged_cells_two_row_header_and_repeated_header(tmp_path):
    path = tmp_path / "fengong.docx"
    _word_table(path)
    source = read_docx_document(path)
    table = source.tables[0]
    assert table.rows[0][3].col_span == 2 and table.rows[0][4].covered
    assert table.rows[2][1].row_span == 2 and table.rows[3][1].covered
    assert table.rows[3][1].text == "壮大先进制造业"
    result = read_policy_file(path)
    tasks = leaves(result)
    assert [m.number for m in tasks] == [1, 2, 3]
    assert tasks[0].text.startswith("推进产业集群建设") and tasks[1].text.startswith("盘活低效")
    groups = [m for p in result.policies for m in p.iter_measures() if m.children]
    assert [g.text for g in groups] == ["壮大先进制造业", "优化营商环境"]
    assert [len(g.children) for g in groups] == [2, 1]
    assert roles(tasks[0]) == [("lead", "市工信局"), ("cooperating", "市财政局"), ("cooperating", "市科技局")]
    assert (tasks[0].deadline, tasks[1].deadline) == (date(2024, 6, 30), date(2024, 9, 30))
    assert tasks[2].deadline is None and tasks[2].deadline_text == "长期坚持"


def test_a_note_makes_the_first_responsible_unit_the_lead(tmp_path):
    document = docx.Document()
    document.add_paragraph("某市2024年营商环境工作方案")
    document.add_paragraph("（责任单位中排在第一位的为牵头单位）")
    table = document.add_table(rows=2, cols=5)
    for cell, text in zip(table.rows[0].cells, ["序号", "工作任务", "责任单位", "责任领导", "完成时间"]):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["1", "深化涉企收费清理。定期公布收费目录清单", "市发改局、市财政局、市市场监管局",
                                                 "张三", "2024年9月30日前"]):
        cell.text = text
    path = tmp_path / "first.docx"
    document.save(path)
    (task,) = leaves(read_policy_file(path))
    assert roles(task) == [("lead", "市发改局"), ("responsible", "市财政局"), ("responsible", "市市场监管局")]
    assert task.units[0].leader == "张三" and task.deadline == date(2024, 9, 30)


def test_lead_note_is_read_from_its_wording_not_from_a_person():
    assert first_listed_is_lead("注：列第一位的责任单位为牵头单位。")
    assert first_listed_is_lead("排在第一位的为牵头单位")
    assert not first_listed_is_lead("明确分管领导和具体责任人，第一责任人亲自抓")


def test_excel_list_with_title_rows_own_headers_and_date_cells(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["某市2024年城乡建设重点任务推进表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["序号", "重点工作", "主责单位", "协办单位", "分管领导", "进度安排"])
    sheet.append([1, "推进海绵城市建设。新建项目全面落实海绵城市要求", "市住建局", "市水务局、市财政局", "李四",
                  datetime(2024, 10, 31)])
    sheet.append([2, "实施燃气管道更新改造。完成老化管道更新", "市城管局", None, "王五", "2024年底前"])
    sheet.append(["序号", "重点工作", "主责单位", "协办单位", "分管领导", "进度安排"])
    sheet.append([3, "完善城市排水防涝体系。整治易涝点", "市水务局", "市住建局", "李四", "每季度"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = read_policy_file(path)
    assert result.policies[0].title == "某市2024年城乡建设重点任务推进表"
    tasks = leaves(result)
    assert [m.number for m in tasks] == [1, 2, 3]
    assert tasks[0].deadline == date(2024, 10, 31) and tasks[0].deadline_text == "2024年10月31日"
    assert tasks[1].deadline == date(2024, 12, 31)
    assert tasks[2].deadline is None
    assert roles(tasks[0]) == [("lead", "市住建局"), ("cooperating", "市水务局"), ("cooperating", "市财政局")]
    assert tasks[0].units[0].leader == "李四"


def test_excel_merged_group_over_its_measures(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"])
    sheet.append([1, "壮大先进制造业", "推动传统产业技术改造。支持设备更新", "市工信局", "市发改委", datetime(2024, 4, 30)])
    sheet.append([2, None, "加强工业运行监测。按月分析运行情况", "市科技局", "市统计局", datetime(2024, 8, 31)])
    sheet.append([3, "推动产业转型升级", "实施链长制。绘制产业图谱", "市发改委", "市招商局", None])
    sheet.merge_cells("B2:B3")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    result = read_policy_file(path)
    groups = [m for p in result.policies for m in p.iter_measures() if m.children]
    assert [(g.text, [c.number for c in g.children]) for g in groups] == [
        ("壮大先进制造业", [1, 2]), ("推动产业转型升级", [3])]
    assert leaves(result)[1].deadline == date(2024, 8, 31)


HEAD = "某市人民政府办公室\n关于印发某市2024年重点任务清单的通知\n\n附件\n\n某市2024年重点任务清单\n\n"


def test_text_tables_tab_box_and_flat(tmp_path):
    tab = HEAD + ("序号\t任务内容\t责任单位\t责任领导\t进度安排\n"
                  "1\t完善科技金融服务。设立风险补偿资金池\t市科技局、市财政局\t张三\t2024年第三季度\n"
                  "2\t建设科技企业孵化器。新认定孵化器10家\t市科技局\t李四\t长期坚持\n")
    box = HEAD + (
        "┌──┬──────────┬──────┬──────┬─────┐\n"
        "│序号│主要任务            │主责单位    │协办单位    │完成时间  │\n"
        "├──┼──────────┼──────┼──────┼─────┤\n"
        "│1   │优化不动产登记服务。│市自然资源局│市税务局、市│2024年10月│\n"
        "│    │推进联动过户        │            │发展改革委  │底前      │\n"
        "├──┼──────────┼──────┼──────┼─────┤\n"
        "│2   │清理拖欠企业账款。  │市财政局    │市中级人民法│每季度    │\n"
        "│    │按月调度清偿进度    │            │院          │          │\n"
        "└──┴──────────┴──────┴──────┴─────┘\n")
    flat = HEAD + "\n".join([
        "序号", "重点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "1", "深化商事制度改革", "推行证照联办改革。实行一表申请", "市发展改革委", "市自然资源局", "2024年4月底前",
        "2", "规范招标投标活动。全面推行电子招投标", "市市场监督管理局", "德阳海关、市中级人民法院", "2024年3月底前",
        "序号", "重点任务", "具体措施", "牵头单位", "配合单位", "时间节点",
        "3", "夯实农业基础", "完善农业社会化服务。培育农机服务组织", "市农业农村局", "市民政局", "2024年10月底前",
    ]) + "\n"
    for name, text in (("tab.txt", tab), ("box.txt", box), ("flat.txt", flat)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        tasks = leaves(read_policy_file(path))
        assert [m.number for m in tasks] == ([1, 2] if name != "flat.txt" else [1, 2, 3]), name
        assert all(m.units for m in tasks), name
        if name == "tab.txt":
            assert tasks[0].deadline == date(2024, 9, 30) and tasks[0].units[0].leader == "张三"
        if name == "box.txt":
            assert tasks[0].text == "优化不动产登记服务。推进联动过户"
            assert roles(tasks[0]) == [("lead", "市自然资源局"), ("cooperating", "市税务局"),
                                       ("cooperating", "市发展改革委")]
            assert tasks[0].deadline == date(2024, 10, 31)
            assert roles(tasks[1])[-1] == ("cooperating", "市中级人民法院")
        if name == "flat.txt":
            groups = [m for p in read_policy_file(path).policies for m in p.iter_measures() if m.children]
            assert [(g.text, len(g.children)) for g in groups] == [("深化商事制度改革", 2), ("夯实农业基础", 1)]
            assert roles(tasks[1]) == [("lead", "市市场监督管理局"), ("cooperating", "德阳海关"),
                                       ("cooperating", "市中级人民法院")]
            assert tasks[2].deadline == date(2024, 10, 31)


def test_a_plan_that_mentions_leaders_in_a_sentence_is_not_a_task_table(tmp_path):
    text = ("某市老旧小区改造实施方案\n一、主要任务\n（一）改造老旧小区。\n1.完成改造200个小区。（市住建局牵头）\n"
            "二、保障措施\n（一）加强组织领导。明确分管领导和具体责任人，落实工作任务和牵头单位。\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    tasks = leaves(read_policy_file(path))
    assert any(m.text.startswith("完成改造200个小区") for m in tasks)


def test_three_thousand_rows_read_in_one_pass(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"])
    for i in range(1, 3001):
        sheet.append([i, f"重点任务{(i - 1) // 5 + 1}", f"推进第{i}项工作。完成建设任务", f"市局{i % 7}",
                      "市财政局、市发展改革委", datetime(2024, 6, 30)])
    path = tmp_path / "big.xlsx"
    book.save(path)
    tasks = leaves(read_policy_file(path))
    assert len(tasks) == 3000 and tasks[-1].number == 3000 and tasks[-1].deadline == date(2024, 6, 30)
