"""The next fill-in workbook: a 退回原因 column on the rows sent back (read by nobody: the return
with it still merges), and no row for a closed task."""

from datetime import date

from openpyxl import load_workbook

from tests.oversight.conftest import PERIOD, plan_of, report
from tests.returns.conftest import fill
from zjtracker.services.history.batches import apply_return
from zjtracker.services.oversight.actions import close_task, reopen_task, return_report
from zjtracker.services.periods import Period
from zjtracker.services.progress import load_progress
from zjtracker.services.returns.export import export_template, template_units
from zjtracker.services.returns.preview import preview_return

Q4 = Period.parse("2025Q4")


def headers_and_rows(path):
    sheet = load_workbook(path)["报送表"]
    headers = [c.value for c in sheet[4]]
    rows = [dict(zip(headers, (c.value for c in row))) for row in sheet.iter_rows(min_row=5)]
    return headers, rows


def test_the_reason_shows_in_the_next_workbook_and_the_return_still_reads(database, policy_id, commerce, tmp_path):
    plan_id = report(database, "一、", 2, status_text="排查中。", percent=40.0)
    return_report(database, plan_id, PERIOD, "请补充排查企业数量")
    path = export_template(database, policy_id, Q4, commerce, tmp_path / "q4.xlsx").path
    headers, rows = headers_and_rows(path)
    assert headers.index("退回原因") == headers.index("2025年工作计划") + 1  # before the fill-in columns
    assert [(r["序号"], r["退回原因"]) for r in rows] == [
        ("（1）", None), ("（2）", "请补充排查企业数量"), ("（3）", None), ("（2）", None)]
    sheet = load_workbook(path)["报送表"]
    reason_cell = sheet.cell(row=6, column=headers.index("退回原因") + 1)
    assert reason_cell.protection.locked and reason_cell.font.color.rgb.endswith("C00000")

    filled = fill(path, {"一、/（2）": {"落实情况": "已排查 32 家企业。", "完成进度（%）": 60}})
    preview = preview_return(database, filled, Q4)
    assert preview.kind == "stamped" and not preview.rejected and preview.conflicts == []
    changes = {(r.task, c.field) for r in preview.rows for c in r.changes}
    assert changes == {("2", "status_text"), ("2", "percent")}  # nothing read from 退回原因
    assert apply_return(database, preview).updated_cells == 2


def test_re_sent_for_the_same_period_and_gone_once_answered(database, policy_id, commerce, tmp_path):
    plan_id = report(database, "一、", 2, status_text="排查中。", percent=40.0)
    return_report(database, plan_id, PERIOD, "请补充排查企业数量")
    _headers, rows = headers_and_rows(export_template(database, policy_id, PERIOD, commerce, tmp_path / "a.xlsx").path)
    assert rows[1]["退回原因"] == "请补充排查企业数量"
    report(database, "一、", 2, status_text="已排查 32 家。", percent=60.0)  # 已重报: nothing to show
    headers, _rows = headers_and_rows(export_template(database, policy_id, Q4, commerce, tmp_path / "b.xlsx").path)
    assert "退回原因" not in headers


def test_a_closed_task_leaves_the_next_workbooks_until_reopened(database, policy_id, commerce, tmp_path):
    plan_id = plan_of(database, "一、", 2)
    close_task(database, plan_id, date(2025, 9, 30), "验收通过")
    done = export_template(database, policy_id, Q4, commerce, tmp_path / "q4.xlsx")
    _headers, rows = headers_and_rows(done.path)
    assert [r["序号"] for r in rows] == ["（1）", "（3）", "（2）"] and done.rows == 3
    units = {u.name: u for u in template_units(database, policy_id, Q4)}
    assert units["市商务局"].lead == 1  # 一、（2） no longer counted among its tasks
    reopen_task(database, plan_id)
    assert export_template(database, policy_id, Q4, commerce, tmp_path / "again.xlsx").rows == 4


def test_a_workbook_sent_before_the_task_was_closed_cannot_change_it(database, policy_id, commerce, tmp_path):
    plan_id = report(database, "一、", 2, status_text="排查中。", percent=40.0)
    path = export_template(database, policy_id, Q4, commerce, tmp_path / "q4.xlsx").path
    close_task(database, plan_id, date(2025, 12, 20), "验收通过")
    filled = fill(path, {"一、/（2）": {"落实情况": "已排查 32 家企业。", "完成进度（%）": 60},
                         "一、/（1）": {"落实情况": "已完成摸底。"}})
    preview = preview_return(database, filled, Q4)
    [refused] = preview.rejected
    assert refused.reason == "task_closed" and "2025-12-20" in refused.message and "重新打开" in refused.message
    assert "q4" in refused.message  # the file named, and its row
    assert plan_id not in {r.plan_id for r in preview.rows}
    assert [c.field for r in preview.rows for c in r.changes] == ["status_text"]  # the open task still comes in
    apply_return(database, preview)
    assert (load_progress(database, plan_id, str(Q4)).status_text or "") == ""  # the closed task untouched

    reopen_task(database, plan_id)
    again = preview_return(database, filled, Q4)
    assert not again.rejected and plan_id in {r.plan_id for r in again.rows}
