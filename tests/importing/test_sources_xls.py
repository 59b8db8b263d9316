"""Legacy Excel (.xls) task lists written with xlwt: merged cells, date cells, title rows;
compound files that are not workbooks refused with what to do."""

from datetime import datetime

import pytest

from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.sources.xls_source import read_xls_document

xlwt = pytest.importorskip("xlwt")


def _write(path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("任务清单")
    sheet.write_merge(0, 0, 0, 4, "某市2025年重点任务清单")
    for c, name in enumerate(("序号", "重点任务", "具体措施", "牵头单位", "完成时限")):
        sheet.write(1, c, name)
    sheet.write_merge(2, 3, 1, 1, "优化营商环境")
    dated = xlwt.easyxf(num_format_str="yyyy/m/d")
    rows = [(1, "推行企业开办一网通办", "市市场监管局、市公安局", datetime(2025, 6, 30)),
            (2, "压减工程建设项目审批时限", "市住房城乡建设局", "2025年底前")]
    for r, (number, task, lead, deadline) in enumerate(rows, start=2):
        sheet.write(r, 0, number)
        sheet.write(r, 2, task)
        sheet.write(r, 3, lead)
        sheet.write(r, 4, deadline, dated) if isinstance(deadline, datetime) else sheet.write(r, 4, deadline)
    book.save(str(path))


def test_xls_sheet_as_table_with_merges_and_dates(tmp_path):
    path = tmp_path / "清单.xls"
    _write(path)
    document, dropped = read_xls_document(path.read_bytes(), path.name)
    table = document.tables[0]
    assert table.name == "任务清单" and not dropped
    assert table.rows[0][0].col_span == 5 and table.rows[0][3].covered
    assert table.rows[2][1].text == "优化营商环境" and table.rows[3][1].covered
    assert table.rows[2][4].value == datetime(2025, 6, 30) and table.rows[2][4].text == "2025年6月30日"
    assert table.rows[2][0].text == "1"


def test_xls_task_list_reads_into_measures(tmp_path):
    path = tmp_path / "清单.xls"
    _write(path)
    result = read_policy_file(path)
    leaves = [m for p in result.policies for m in p.iter_measures() if not m.children]
    assert [m.text for m in leaves] == ["推行企业开办一网通办", "压减工程建设项目审批时限"]
    assert [str(m.deadline) for m in leaves] == ["2025-06-30", "2025-12-31"]
    assert {u.name for u in leaves[0].units} == {"市市场监管局", "市公安局"}


def test_xlsx_under_an_xls_name_is_read(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["序号", "工作任务", "牵头单位", "完成时限"])
    book.active.append([1, "建设智慧城市运行管理中心", "市政务服务数据管理局", "2025年12月底前"])
    path = tmp_path / "其实是新格式.xls"
    book.save(str(path))
    leaves = [m for p in read_policy_file(path).policies for m in p.iter_measures() if not m.children]
    assert leaves[0].text == "建设智慧城市运行管理中心"


@pytest.mark.parametrize("suffix,word", [(".doc", "旧版 Word 文档"), (".wps", "WPS 文字文档"), (".et", "WPS 表格文件")])
def test_legacy_formats_say_what_to_do(tmp_path, suffix, word, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no LibreOffice on this PATH
    path = tmp_path / f"通知{suffix}"
    path.write_bytes(legacy_compound_file())
    with pytest.raises(UnreadableFile) as refused:
        read_policy_file(path)
    message = str(refused.value)
    assert f"通知{suffix}" in message and word in message and "另存为" in message


def legacy_compound_file() -> bytes:
    """The head of a compound document naming a WordDocument stream: what .doc/.wps are."""
    from zjtracker.importing.sources.forms import OLE

    return OLE + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 1024


def test_damaged_xls_refused(tmp_path):
    path = tmp_path / "坏表.xls"
    path.write_bytes(b"\x00\x01garbage" * 20)
    with pytest.raises(UnreadableFile, match="坏表.xls"):
        read_policy_file(path)
