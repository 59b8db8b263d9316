"""The clerk says which column of a task table is which: the reader takes the map over its
own guess for the columns named and reports how it read every table."""

import docx
import pytest

from zjtracker.importing.reader import read_policy_file

ROWS = [("序号", "内容", "负责", "完成时限"),
        ("1", "推行企业开办全程网上办理，压缩开办时间至1个工作日", "市市场监督管理局", "2024年6月底前"),
        ("2", "推进工程建设项目审批制度改革，精简审批环节", "市住房和城乡建设局\n市自然资源局", "2024年9月底前"),
        ("3", "建立涉企政策统一发布平台，实现政策免申即享", "市政务服务数据管理局", "2024年12月底前")]


def write_unknown_header_docx(path):
    """A task list whose task column is headed 内容 and whose unit column 负责."""
    document = docx.Document()
    document.add_paragraph("湛江市2024年优化营商环境重点任务清单")
    table = document.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(path)
    return path


def measures(result):
    return [m for p in result.policies for m in p.iter_measures()]


def test_unknown_headers_are_read_with_the_clerks_map(tmp_path):
    path = write_unknown_header_docx(tmp_path / "清单.docx")

    guessed = read_policy_file(path)
    texts = [m.text for m in measures(guessed)]
    assert not any(t.startswith("推行企业开办全程网上办理") and m.units
                   for t, m in zip(texts, measures(guessed)))
    [table] = guessed.table_columns
    assert [(i, h) for i, h, _ in table.columns] == [(0, "序号"), (1, "内容"), (2, "负责"), (3, "完成时限")]
    assert [role for _, _, role in table.columns] == ["number", "ignore", "ignore", "deadline"]

    mapped = read_policy_file(path, column_map={"内容": "task", "负责": "lead"})
    read = measures(mapped)
    assert [m.text for m in read] == [row[1] for row in ROWS[1:]]
    assert [[(u.role, u.name) for u in m.units] for m in read] == [
        [("lead", "市市场监督管理局")], [("lead", "市住房和城乡建设局"), ("lead", "市自然资源局")],
        [("lead", "市政务服务数据管理局")]]
    assert [m.deadline_text for m in read] == [row[3] for row in ROWS[1:]]
    [table] = mapped.table_columns
    assert [role for _, _, role in table.columns] == ["number", "task", "lead", "deadline"]


def test_a_map_by_index_overrides_the_readers_guess(tmp_path):
    document = docx.Document()
    document.add_paragraph("某县重点工作任务分工")
    rows = [("序号", "工作任务", "牵头单位", "配合单位"),
            ("1", "开展营商环境专项督查", "县政务服务中心", "县发展改革局"),
            ("2", "清理拖欠企业账款", "县财政局", "县工信局")]
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "分工.docx"
    document.save(path)

    guessed = measures(read_policy_file(path))
    assert [(u.role, u.name) for u in guessed[0].units] == [("lead", "县政务服务中心"), ("cooperating", "县发展改革局")]
    swapped = measures(read_policy_file(path, column_map={2: "cooperating", 3: "ignore"}))
    assert [(u.role, u.name) for u in swapped[0].units] == [("cooperating", "县政务服务中心")]


def test_an_unknown_role_is_a_program_error(tmp_path):
    path = write_unknown_header_docx(tmp_path / "清单.docx")
    with pytest.raises(ValueError):
        read_policy_file(path, column_map={"内容": "任务"})


def test_a_table_whose_columns_were_not_recognised_is_said_with_its_headers(tmp_path):
    path = tmp_path / "清单.docx"
    write_unknown_header_docx(path)
    result = read_policy_file(path)
    said = [w.message for w in result.warnings if w.code == "unread_table"]
    assert len(said) == 1 and "“内容”" in said[0] and "“负责”" in said[0] and "表格列" in said[0]


def write_outlined_docx(path, headers=("序号", "内容", "负责", "完成时限")):
    """A work plan with a numbered outline, and under 三、年度重点任务 a table of tasks."""
    document = docx.Document()
    for text in ("湛江市2025年数字政府建设工作方案", "一、总体要求", "坚持统筹规划、分步实施，全面提升政务服务数字化水平。",
                 "二、主要任务", "（一）夯实数字基础设施", "1.推进全市政务云平台扩容升级（市政务服务数据管理局牵头）。",
                 "2.建设城市运行管理中心（市城市管理局牵头，市公安局配合）。", "三、年度重点任务", "各单位按下表抓好落实。"):
        document.add_paragraph(text)
    table = document.add_table(rows=len(OUTLINE_TABLE) + 1, cols=4)
    for r, row in enumerate([headers, *OUTLINE_TABLE]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("四、保障措施")
    document.add_paragraph("各单位要加强组织领导，确保各项任务按期完成。")
    document.save(path)
    return path


OUTLINE_TABLE = [("1", "完成电子证照库建设", "市政务服务数据管理局", "2025年6月底前"),
                 ("2", "上线企业开办一网通办系统", "市市场监督管理局", "2025年9月底前"),
                 ("3", "建成公共数据开放平台", "市发展改革局、市工业和信息化局", "2025年12月底前")]


def test_a_table_inside_an_outlined_document_is_named_and_read_with_the_clerks_map(tmp_path):
    path = write_outlined_docx(tmp_path / "方案.docx")
    guessed = read_policy_file(path)
    [table] = guessed.table_columns
    assert table.title == "第1个表格（列：序号/内容/负责/完成时限）"
    assert [role for _, _, role in table.columns] == ["number", "ignore", "ignore", "deadline"]
    areas = guessed.policies[0].areas
    assert [a.title for a in areas] == ["总体要求", "主要任务", "年度重点任务", "保障措施"]
    assert areas[2].measures == []  # the outline's own reading: the table is not read
    [said] = [w.message for w in guessed.warnings if w.code == "unread_table"]
    assert "第1个表格" in said and "三、年度重点任务" in said and "表格列" in said

    mapped = read_policy_file(path, column_map={"内容": "task", "负责": "lead"})
    areas = mapped.policies[0].areas
    assert [a.title for a in areas] == ["总体要求", "主要任务", "年度重点任务", "保障措施"]
    assert [m.text for m in areas[1].measures[0].children] == ["推进全市政务云平台扩容升级", "建设城市运行管理中心"]
    assert [(m.text, [(u.role, u.name) for u in m.units], m.deadline_text) for m in areas[2].measures] == [
        ("完成电子证照库建设", [("lead", "市政务服务数据管理局")], "2025年6月底前"),
        ("上线企业开办一网通办系统", [("lead", "市市场监督管理局")], "2025年9月底前"),
        ("建成公共数据开放平台", [("lead", "市发展改革局"), ("lead", "市工业和信息化局")], "2025年12月底前")]
    assert [role for _, _, role in mapped.table_columns[0].columns] == ["number", "task", "lead", "deadline"]
    assert any(w.code == "table_mapped" and "第1个表格" in w.message for w in mapped.warnings)
    assert not [w for w in mapped.warnings if w.code == "unread_table"]


def test_a_known_task_table_in_an_outline_re_mapped_is_not_read_twice(tmp_path):
    """A table the reader took for a responsibility list, re-mapped by the clerk: its rows
    become measures once, and no longer give their units to the outline's measures."""
    path = write_outlined_docx(tmp_path / "方案.docx", headers=("序号", "工作任务", "牵头单位", "完成时限"))
    guessed = read_policy_file(path)
    assert guessed.table_columns[0].title == "第1个表格（列：序号/工作任务/牵头单位/完成时限）"
    mapped = read_policy_file(path, column_map={"牵头单位": "responsible"})
    areas = mapped.policies[0].areas
    outline = areas[1].measures[0].children
    assert [[(u.role, u.name) for u in m.units] for m in outline] == [
        [("lead", "市政务服务数据管理局")], [("lead", "市城市管理局"), ("cooperating", "市公安局")]]
    assert [[(u.role, u.name) for u in m.units] for m in areas[2].measures][0] == [("responsible", "市政务服务数据管理局")]
    assert sum(1 for p in mapped.policies for _ in p.iter_measures()) == 3 + 3


def test_a_workbooks_columns_are_mapped_and_named_by_sheet(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "重点任务"
    for row in ROWS:
        book.active.append(list(row))
    path = tmp_path / "清单.xlsx"
    book.save(path)
    from zjtracker.importing.errors import ImportRefused

    with pytest.raises(ImportRefused, match="清单.xlsx"):
        read_policy_file(path)  # no header the reader knows: refused, as before
    mapped = read_policy_file(path, column_map={"内容": "task", "负责": "lead"})
    assert [m.text for m in measures(mapped)] == [row[1] for row in ROWS[1:]]
    assert [t.title for t in mapped.table_columns] == ["工作表“重点任务”（列：序号/内容/负责/完成时限）"]
    again = read_policy_file(tmp_path / "清单.xlsx", column_map={"内容": "task", "负责": "lead"})
    assert len(again.table_columns) == 1  # each reading notes its own tables
