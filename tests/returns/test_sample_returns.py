"""Returns against the sample: the 2023 营商环境 ledger (472 tasks numbered （1）…（472）)
sent back in the city's own layout, and fill-in workbooks for every unit of a policy."""

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from tests.returns.conftest import dump_all
from zjtracker.db.models import ProgressReport
from zjtracker.services.history.batches import apply_return
from zjtracker.services.ledger import find_unit_id, ledger_rows
from zjtracker.services.periods import Period
from zjtracker.services.returns.export import export_template, iter_export_templates
from zjtracker.services.returns.preview import preview_return

Q3_2023 = Period.parse("2023Q3")
HEADER = ["指标名称", "牵头单位", "责任单位", "序号", "工作任务", "工作任务", "落实\n情况", "存在\n问题",
          "存在问\n题的意\n见建议", "完成\n进度\n（%）", "评估情\n况（请\n选择）", "备注"]


def merge_runs(sheet, col, first_row, values):
    start = first_row
    for offset in range(1, len(values) + 1):
        if offset == len(values) or values[offset] != values[offset - 1]:
            end = first_row + offset - 1
            if end > start:
                sheet.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
            start = end + 1


def city_ledger(rows, progress: dict[int, list], path):
    """The ledger as the city prints it: merged title, 工作任务 over number and text, runs of
    equal 指标名称 / units / group merged down, progress filled for the numbers given."""
    book = Workbook()
    sheet = book.active
    sheet.append([rows[0].policy_title])
    sheet.merge_cells("A1:L1")
    sheet.append(HEADER)
    sheet.merge_cells("E2:F2")
    lines = []
    for row in rows:
        lines.append([f"{row.area_label}{row.area_title}", "、".join(row.lead_units),
                      "、".join(row.responsible_units + row.cooperating_units),
                      f"{row.group_label}{row.group_text}", row.measure_label, row.measure_text,
                      *progress.get(row.number, [None] * 6)])
    for line in lines:
        sheet.append(line)
    for col in (1, 2, 3, 4):
        merge_runs(sheet, col, 3, [line[col - 1] for line in lines])
    book.save(path)
    return path


def reports_count(database):
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(ProgressReport))


def stored(database, plan_id, period="2023Q3"):
    with database.session() as session:
        return session.scalar(select(ProgressReport).where(
            ProgressReport.plan_id == plan_id, ProgressReport.period == period))


def test_city_ledger_return_is_matched_by_number_and_policy_found(sample_db, tmp_path):
    rows = [r for r in ledger_rows(sample_db, Q3_2023) if r.policy_title.startswith("2023年湛江市优化营商环境")]
    assert len(rows) == 472
    by_number = {r.number: r for r in rows}
    path = city_ledger(rows, {
        1: ["已实行集中统一办理。", None, None, "100%", "已完成", None],
        12: ["简易注销全程网办。", "系统对接慢", "请省里协调", 60, "滞后", "（12）备注"],
        472: [None, None, None, "８０", None, None],
    }, tmp_path / "营商环境台账（三季度）.xlsx")
    count = reports_count(sample_db)
    preview = preview_return(sample_db, path, Q3_2023)
    assert preview.refused is None and preview.policy_id == rows[0].policy_id
    assert preview.rejected == [] and len(preview.updated_rows) == 3
    apply_return(sample_db, preview)
    assert reports_count(sample_db) == count + 3
    first, twelfth, last = (stored(sample_db, by_number[n].plan_id) for n in (1, 12, 472))
    assert (first.status_text, first.percent, first.assessment) == ("已实行集中统一办理。", 100.0, "已完成")
    assert (twelfth.problems, twelfth.suggestions, twelfth.percent, twelfth.remarks) == (
        "系统对接慢", "请省里协调", 60.0, "（12）备注")
    assert last.percent == 80.0 and last.status_text == ""


def test_another_policys_ledger_is_refused_whole(sample_db, tmp_path):
    consumption = [r for r in ledger_rows(sample_db, Period.parse("2025Q3")) if r.policy_id == 1]
    path = city_ledger(consumption, {n: ["进展。", None, None, 50, None, None] for n in range(1, 31)},
                       tmp_path / "新型消费.xlsx")
    before = dump_all(sample_db)
    business = next(r.policy_id for r in ledger_rows(sample_db, Q3_2023) if r.policy_id != 1)
    preview = preview_return(sample_db, path, Period.parse("2025Q3"), business)
    assert preview.refused.reason == "wrong_ledger"
    found = preview_return(sample_db, path, Period.parse("2025Q3"))
    assert found.refused is None and found.policy_id == 1 and len(found.updated_rows) == 30
    assert dump_all(sample_db) == before


def test_every_unit_gets_a_workbook_and_a_big_one_round_trips(sample_db, tmp_path):
    made = list(iter_export_templates(sample_db, 1, Period.parse("2025Q3"), tmp_path / "all"))
    assert len(made) == made[-1][1] == len(list((tmp_path / "all").glob("*.xlsx")))
    market = find_unit_id(sample_db, "市市场监管局")
    business = next(r.policy_id for r in ledger_rows(sample_db, Q3_2023) if r.policy_id != 1)
    done = export_template(sample_db, business, Q3_2023, market, tmp_path / "市场监管局.xlsx")
    assert done.rows == len(ledger_rows(sample_db, Q3_2023, business, market)) > 50
    book = load_workbook(done.path)
    sheet = book["报送表"]
    headers = {cell.value: cell.column for cell in sheet[4]}
    assert "2023年工作计划" not in headers  # the 2023 ledger's plans carry no text: no empty column
    sheet.cell(5, headers["完成进度（%）"]).value, sheet.cell(5, headers["落实情况"]).value = 75, "按季度推进。"
    book.save(tmp_path / "back.xlsx")
    preview = preview_return(sample_db, tmp_path / "back.xlsx", Q3_2023)
    assert preview.unit_name == "市市场监督管理局" and len(preview.updated_rows) == 1
    assert len(preview.unchanged_rows) == done.rows - 1
    apply_return(sample_db, preview)
    first = ledger_rows(sample_db, Q3_2023, business, market)[0]
    assert (first.percent, first.status_text) == (75.0, "按季度推进。")
