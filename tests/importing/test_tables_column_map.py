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
