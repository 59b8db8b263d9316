"""The Excel ledger and the fill-in workbooks on paper: landscape A4 or A3, never a printed
font below 9 pt (scale read back from the page setup and the column widths), fitted to the
width only where that holds; the fill-in workbook's plan column, 责任单位 width and frozen rows."""

import io
import math

from openpyxl import load_workbook
from sqlalchemy import select

from zjtracker.db.models import Area, Measure, Policy, Unit, YearlyPlan
from zjtracker.exporting.ledger_workbook import write_ledger_workbook
from zjtracker.exporting.print_fit import A3, A4, MIN_PRINTED_PT, narrow, plan_print, printed_scale
from zjtracker.services.periods import Period
from zjtracker.services.returns.export import export_template, template_units

LEDGER = "2023年湛江市优化营商环境%"


def _display(value) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in str(value or ""))


def _smallest_font(sheet, first_row: int) -> float:
    return min(cell.font.sz for row in sheet.iter_rows(min_row=first_row, max_row=min(sheet.max_row, 60))
               for cell in row if cell.value is not None and cell.font and cell.font.sz)


def _check_paper(sheet, first_row: int) -> float:
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) in (A4, A3)
    if sheet.sheet_properties.pageSetUpPr.fitToPage:
        assert setup.fitToWidth == 1 and setup.fitToHeight == 0
    printed = _smallest_font(sheet, first_row) * printed_scale(sheet)
    assert printed >= MIN_PRINTED_PT, f"{sheet.title}: {printed:.1f} pt"
    return printed


def test_the_472_task_ledger_prints_at_9_pt_or_more(sample_db):
    book = load_workbook(io.BytesIO(write_ledger_workbook(sample_db, Period.parse("2023Q3"))))
    for sheet in book.worksheets:
        _check_paper(sheet, 2)
    ledger = book.worksheets[0]
    assert int(ledger.page_setup.paperSize) == A3  # 13 columns of text do not fit A4 at 9 pt
    header = [c.value for c in ledger[2]]
    task = ledger.column_dimensions[chr(ord("A") + header.index("工作任务"))].width
    assert task >= 24  # wide enough to read: twelve characters a line at least


def test_the_fill_in_workbook_of_the_busiest_unit(sample_db, tmp_path):
    period = Period.parse("2023Q3")
    with sample_db.session() as session:
        policy_id = session.scalar(select(Policy.id).where(Policy.title.like(LEDGER)))
        plan_texts = [t for (t,) in session.execute(
            select(YearlyPlan.text).join(Measure).join(Area).where(Area.policy_id == policy_id,
                                                                    YearlyPlan.year == 2023))]
    busiest = template_units(sample_db, policy_id, period)[0]
    path = export_template(sample_db, policy_id, period, busiest.unit_id, tmp_path / "t.xlsx").path
    sheet = load_workbook(path)["报送表"]
    headers = [c.value for c in sheet[4]]
    if not any(text.strip() for text in plan_texts):
        assert "2023年工作计划" not in headers  # the 2023 ledger carries no plan texts: no empty column
    else:
        assert "2023年工作计划" in headers
    _check_paper(sheet, 4)
    frozen = sum(sheet.row_dimensions[r].height for r in range(1, 5))
    assert sheet.freeze_panes == "A5" and frozen <= 110  # about a fifth of Excel on a 1366×768 laptop
    for name in ("责任单位", "牵头单位"):  # a long list of units takes a few lines, not a 180 pt row
        column = headers.index(name) + 1
        width = sheet.column_dimensions[chr(ord("A") + column - 1)].width
        longest = max(_display(sheet.cell(r, column).value) for r in range(5, sheet.max_row + 1))
        assert longest > 100 and 13.5 * math.ceil(longest / (width - 1)) < 180, name


def test_the_plan_column_is_kept_where_plans_have_text(database, tmp_path):
    from tests.returns.conftest import PERIOD, test_policy
    from zjtracker.importing.model import ParseResult
    from zjtracker.services.policies.importer import store_result

    [policy_id] = store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    with database.session() as session:
        unit = session.scalar(select(Unit.id).where(Unit.name == "市商务局"))
    sheet = load_workbook(export_template(database, policy_id, PERIOD, unit, tmp_path / "a.xlsx").path)["报送表"]
    column = [c.value for c in sheet[4]].index("2025年工作计划") + 1
    assert sheet.cell(5, column).value.startswith("2025年完成")


def test_the_plan_chooses_paper_then_narrows_then_scales():
    assert plan_print([20] * 5, [10] * 5, 10.5) == plan_print([20] * 5, [10] * 5, 10.5)
    small = plan_print([20] * 5, [10] * 5, 10.5)
    assert (small.paper, small.fit_to_width, small.widths) == (A4, True, (20.0,) * 5)
    wide = plan_print([20] * 10, [10] * 10, 10.5)  # 200 characters: A3 as they are
    assert (wide.paper, wide.fit_to_width, wide.widths) == (A3, True, (20.0,) * 10)
    wider = plan_print([40] * 10, [15] * 10, 10.5)  # narrowed to print at 90 %
    assert wider.paper == A3 and wider.fit_to_width and all(15 <= w < 40 for w in wider.widths)
    assert 10.5 * wider.printed_scale() >= 9.4
    too_many = plan_print([12] * 40, [10] * 40, 10.5)  # even the minimums need more than one A3 page
    assert (too_many.fit_to_width, too_many.scale, too_many.widths) == (False, 86, (10.0,) * 40)
    assert 10.5 * too_many.printed_scale() >= 9
    assert narrow([30, 10], [10, 10], 30) == [20.0, 10]
    assert narrow([30, 10], [25, 10], 30) is None
