"""The returned workbook is opened read-only and its sheets streamed (importing.returns_sheet);
every cell must come out as a full openpyxl load gives it: the grid (merged ranges, cells
formatted as a percentage) is compared with one built from a full load, on workbooks written
by openpyxl and on workbooks written the way Excel writes them (shared strings, rich text)."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.hostile.craft import _MAIN, excel_style_parts, members, write_parts
from tests.returns.conftest import LEDGER_HEADER, TEXTS, ledger_book, save
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.returns.reader import read_return
from zjtracker.importing.returns.workbook import MAX_COLUMNS, MAX_ROWS, open_return, read_grid


def full_grid(sheet) -> tuple[list[list], set]:
    """The grid as it was built from a fully loaded worksheet."""
    cells, percent = {}, set()
    for (row, col), cell in sheet._cells.items():
        if cell.value is None or row > MAX_ROWS or col > MAX_COLUMNS:
            continue
        cells[(row - 1, col - 1)] = cell.value
        if isinstance(cell.value, (int, float)) and "%" in (cell.number_format or ""):
            percent.add((row - 1, col - 1))
    for merged in sheet.merged_cells.ranges:
        top = (merged.min_row - 1, merged.min_col - 1)
        if top not in cells:
            continue
        for row in range(merged.min_row - 1, min(merged.max_row, MAX_ROWS)):
            for col in range(merged.min_col - 1, min(merged.max_col, MAX_COLUMNS)):
                cells[(row, col)] = cells[top]
                if top in percent:
                    percent.add((row, col))
    if not cells:
        return [], percent
    values = [[None] * (max(c for _, c in cells) + 1) for _ in range(max(r for r, _ in cells) + 1)]
    for (row, col), value in cells.items():
        values[row][col] = value
    return values, percent


def assert_same_grids(path: Path) -> None:
    book = load_workbook(io.BytesIO(path.read_bytes()))
    expected = {sheet.title: full_grid(sheet) for sheet in book.worksheets}
    loaded = open_return(path)
    try:
        found = {}
        for sheet in loaded.book.worksheets:
            grid = read_grid(sheet, path.name)
            found[sheet.title] = (grid.values, grid.percent_cells)
    finally:
        loaded.close()
    assert found == expected


def test_an_openpyxl_workbook_with_every_kind_of_cell(tmp_path):
    book = ledger_book([
        ["一、市场准入", "市市场监督管理局", "市商务局", "（1）", TEXTS[("一", 1)], "已集中办理。", None, None, 0.8, "序时推进", None],
        [None, "市商务局", None, 2, TEXTS[("一", 2)], "=A1&B1", True, date(2025, 9, 30), "80%", None, 12.5],
        ["二、纳税服务", None, None, "（1）", "   ", "  空白  ", datetime(2025, 9, 30, 8, 30), None, 45, "滞后", -3],
    ], title_rows=3)
    sheet = book.active
    sheet["I5"].number_format = "0%"
    sheet["K5"].number_format = "0.00%"
    sheet["F7"] = "=SUM(I5:I7)"
    sheet.merge_cells("A5:A6")
    sheet.merge_cells("I5:I6")  # a percentage spread over two rows
    sheet.merge_cells("L6:L7")  # an empty top-left cell: the range stays empty
    second = book.create_sheet("说明")
    second.append(["说明", None, 3])
    second.sheet_state = "hidden"
    assert_same_grids(save(book, tmp_path / "kinds.xlsx"))


def test_a_workbook_written_as_excel_writes_it(tmp_path):
    rows = [["2025年第三季度工作任务台账"], LEDGER_HEADER]
    rows += [["一、市场准入", "市商务局", None, f"（{n}）", f"第{n}项工作任务，推进市场准入改革。", "已推进",
              None, None, 50 + n, "序时推进", None] for n in range(1, 6)]
    parts = excel_style_parts(rows)
    # a rich-text string (two runs) and one with a phonetic guide, as Excel and WPS write them
    parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(
        "<si><t>已推进</t></si>".encode(),
        '<si><r><rPr><b/></rPr><t>已</t></r><r><t xml:space="preserve">推进 </t></r><rPh sb="0" eb="1"><t>ピン</t></rPh></si>'
        .encode(), 1)
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace('<row r="4">', '<row r="4"><c t="inlineStr"><is><t>无坐标</t></is></c>', 1)  # cells without r
    sheet = sheet.replace('<row r="5">', '<row>', 1)  # a row without its number
    # merged ranges over cells that hold values (dropped, as Excel drops them), one with an empty top-left
    sheet = sheet.replace("</sheetData>", '</sheetData><mergeCells count="2"><mergeCell ref="A3:A4"/>'
                          '<mergeCell ref="G3:H5"/></mergeCells>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    path = write_parts(tmp_path / "excel.xlsx", parts)
    assert_same_grids(path)
    returned = read_return(path)
    assert [row.values.get("status_text") for row in returned.rows][:2] == ["已推进", "已推进"]


def test_the_sample_sized_ledger_reads_the_same(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["2023年湛江市优化营商环境行动工作任务台账"])
    sheet.merge_cells("A1:K1")
    sheet.append(LEDGER_HEADER)
    for n in range(1, 401):
        sheet.append([f"（{n % 7}）领域", "市商务局", None, f"（{n}）", f"第{n}项任务的内容，推进改革。",
                      f"第{n}项已推进。", None, None, n % 101, "序时推进", None])
        if n % 3 == 0:
            sheet.cell(sheet.max_row, 9).number_format = "0%"
    assert_same_grids(save(book, tmp_path / "big.xlsx"))


def _with_sheet(tmp_path, name: str, change) -> Path:
    base = save(ledger_book([["一、市场准入", None, None, "（1）", TEXTS[("一", 1)], "进展", None, None, 80, None, None]]),
                tmp_path / "base.xlsx")
    parts = members(base)
    parts["xl/worksheets/sheet1.xml"] = change(parts["xl/worksheets/sheet1.xml"].decode()).encode()
    return write_parts(tmp_path / name, parts)


@pytest.mark.parametrize("change", [
    lambda xml: xml.replace('s="', 's="99', 1) if 's="' in xml else xml.replace('<c r="A1"', '<c r="A1" s="99"', 1),
    lambda xml: xml.replace('<mergeCell ref="A1:K1"/>', '<mergeCell ref="A1:B"/>'),
    lambda xml: xml.replace('<row r="3"', '<row r="3.5"', 1),
    lambda xml: xml.replace("</sheetData>", "", 1),
], ids=["unknown style", "bad merged range", "bad row number", "broken XML"])
def test_a_damaged_sheet_refuses_the_file(tmp_path, change):
    path = _with_sheet(tmp_path, "损坏.xlsx", change)
    with pytest.raises(UnreadableFile) as refused:
        read_return(path)
    assert "文件“损坏.xlsx”" in refused.value.message and "已损坏" in refused.value.message


def test_an_unknown_namespace_reads_as_an_empty_sheet_as_before(tmp_path):
    path = _with_sheet(tmp_path, "ns.xlsx", lambda xml: xml.replace(_MAIN, "http://example.com/other", 1))
    assert_same_grids(path)
    with pytest.raises(UnreadableFile) as refused:
        read_return(path)
    assert "文件“ns.xlsx”是空的工作簿" in refused.value.message
