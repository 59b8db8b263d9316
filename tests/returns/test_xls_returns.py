"""A return in the city's ledger layout saved as legacy Excel (.xls, as WPS and older Excel
still save by default) is read like its .xlsx twin: merged title rows, the header, 序号 in
any writing, a percent-formatted 0.8, and an error value rejected with its row and column."""

import pytest

from tests.returns.conftest import LEDGER_HEADER, PERIOD, TEXTS, progress
from zjtracker.services.history.batches import apply_return
from zjtracker.services.returns.detect import looks_like_return
from zjtracker.services.returns.preview import preview_return

xlwt = pytest.importorskip("xlwt")


def write_xls(path, rows, error_row: int | None = None):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("台账")
    sheet.write_merge(0, 0, 0, len(LEDGER_HEADER) - 1, "2025年第三季度工作任务台账")
    for col, text in enumerate(LEDGER_HEADER):
        sheet.write(1, col, text)
    percent = xlwt.easyxf(num_format_str="0%")
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, float) and value < 1:
                sheet.write(r, c, value, percent)
            else:
                sheet.write(r, c, value)
    if error_row is not None:  # #N/A as Excel stores it: an error cell
        sheet.row(error_row).set_cell_error(8, 0x2A)
    book.save(str(path))
    return path


def test_a_ledger_return_saved_as_xls_is_read_and_applied(database, policy_id, tmp_path):
    path = write_xls(tmp_path / "市商务局 第三季度.xls", [
        ["一、市场准入", "市市场监督管理局", "市商务局", "（1）", TEXTS[("一", 1)], "已集中办理。", None, None,
         0.8, "序时推进", None],
        [None, "市商务局", None, "2", TEXTS[("一", 2)], "负面清单已落实。", None, None, 100, "已完成", "按期"],
    ])
    assert looks_like_return(path)
    preview = preview_return(database, path, PERIOD, None)
    assert preview.refused is None, preview.refused
    assert preview.kind == "ledger" and preview.policy_id == policy_id and preview.rejected == []
    assert apply_return(database, preview).updated_rows == 2
    assert progress(database, "一、", 1)["percent"] == 80.0
    assert progress(database, "一、", 1)["status_text"] == "已集中办理。"
    assert progress(database, "一、", 2)["remarks"] == "按期"


def test_an_error_value_in_an_xls_return_is_a_rejected_cell(database, policy_id, tmp_path):
    path = write_xls(tmp_path / "带错误值.xls", [
        ["一、市场准入", "市市场监督管理局", "市商务局", "（1）", TEXTS[("一", 1)], "已集中办理。", None, None,
         None, "序时推进", None],
    ], error_row=2)
    preview = preview_return(database, path, PERIOD, None)
    assert preview.refused is None, preview.refused
    assert [(issue.row, issue.reason) for issue in preview.rejected] == [(3, "error_value")]
    assert "带错误值.xls" in preview.rejected[0].message
