"""The fill-in workbook as a colleague opens it: the unit's measures, the city's columns,
pre-filled values, locked cells, validations, print setup, and the hidden stamp."""

from openpyxl import load_workbook

from tests.returns.conftest import PERIOD, TEXTS, plan_of, unit_id
from zjtracker.services.periods import Period
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.export import (
    NothingToSend, export_template, iter_export_templates, template_units,
)

HEADERS = ["指标名称", "牵头单位", "责任单位", "本单位职责", "序号", "工作任务", "2025年工作计划", "落实情况",
           "存在问题", "存在问题的意见建议", "完成进度（%）", "评估情况", "备注", "行标识（请勿修改）"]


def rows_of(sheet):
    return [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]


def test_template_lists_led_and_cooperated_measures_with_marks_and_prefill(database, policy_id, tmp_path):
    commerce = unit_id(database, "市商务局")
    save_progress(database, with_values(load_progress(database, plan_of(database, "一、", 2), "2025Q3"),
                                        status_text="=已排查", percent=40.0, assessment="序时推进"))
    save_progress(database, with_values(load_progress(database, plan_of(database, "二、", 2), "2025Q2"),
                                        status_text="二季度进展", percent=30.0))
    done = export_template(database, policy_id, PERIOD, commerce, tmp_path / "商务局.xlsx")
    assert done.rows == 4 and done.unit_name == "市商务局"
    book = load_workbook(done.path)
    sheet = book["报送表"]
    assert [c.value for c in sheet[4]] == HEADERS
    rows = rows_of(sheet)
    assert [(r[4], r[3]) for r in rows] == [("（1）", "配合"), ("（2）", "牵头"), ("（3）", "配合"), ("（2）", "牵头")]
    assert rows[0][0] == "一、市场准入\n1.深化市场准入改革" and rows[3][0] == "二、纳税服务"
    assert rows[0][1] == "市市场监督管理局" and rows[0][2] == "市商务局"
    assert rows[1][5] == TEXTS[("一", 2)] and rows[1][6] == "2025年完成2号任务的阶段目标。"
    # this period's values, and the last earlier report where this period has none
    assert rows[1][7:12] == ["=已排查", None, None, 40, "序时推进"]
    assert sheet.cell(row=6, column=8).data_type == "s" and sheet.cell(row=6, column=8).quotePrefix
    assert rows[3][7] == "二季度进展" and rows[3][10] == 30
    assert sheet.cell(row=8, column=5).font.b and not sheet.cell(row=5, column=5).font.b  # leads in bold


def test_only_fill_in_cells_are_unlocked_and_validated(database, policy_id, tmp_path):
    path = export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "t.xlsx").path
    book = load_workbook(path)
    sheet = book["报送表"]
    assert sheet.protection.sheet
    unlocked = [c.column for c in sheet[5] if not c.protection.locked]
    assert unlocked == [8, 9, 10, 11, 12, 13]
    validations = {v.type: v for v in sheet.data_validations.dataValidation}
    assert (validations["decimal"].formula1, validations["decimal"].formula2) == ("0", "100")
    assert str(validations["decimal"].sqref) == "K5:K8"
    assert validations["list"].formula1 == '"已完成,序时推进,滞后,未启动"'
    assert str(validations["list"].sqref) == "L5:L8"


def test_looks_right_when_printed_and_scrolled(database, policy_id, tmp_path):
    path = export_template(database, policy_id, PERIOD, unit_id(database, "市商务局"), tmp_path / "t.xlsx").path
    sheet = load_workbook(path)["报送表"]
    assert sheet.freeze_panes == "A5"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize in (8, 9)  # A3 or A4
    from zjtracker.exporting.print_fit import printed_scale
    assert 10 * printed_scale(sheet) >= 9  # the 10 pt text prints at 9 pt or more
    assert sheet.print_title_rows == "$4:$4"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert "填报说明" in sheet["A3"].value and sheet["A3"].alignment.wrap_text
    assert "市商务局" in sheet["A2"].value and "2025年第三季度" in sheet["A2"].value
    assert all(sheet.cell(row=5, column=c).alignment.wrap_text for c in range(1, 14))
    assert sheet.column_dimensions["F"].width >= 30 and sheet.column_dimensions["N"].hidden
    assert sheet.row_dimensions[5].height > 30  # tall enough for the wrapped task text


def test_stamp_sheet_is_very_hidden_protected_and_complete(database, policy_id, tmp_path):
    commerce = unit_id(database, "市商务局")
    done = export_template(database, policy_id, PERIOD, commerce, tmp_path / "t.xlsx")
    book = load_workbook(done.path)
    stamp = book["zjtracker_stamp"]
    assert stamp.sheet_state == "veryHidden" and stamp.protection.sheet and book.security.lockStructure
    meta = {row[0]: row[1] for row in stamp.iter_rows(min_row=2, max_row=11, values_only=True)}
    assert meta["policy_id"] == policy_id and meta["unit_id"] == commerce and meta["period"] == "2025Q3"
    assert meta["token"] == done.token
    table = list(stamp.iter_rows(min_row=13, values_only=True))
    assert table[0][:7] == ("key", "sheet_row", "plan_id", "measure_id", "task", "version", "prefill_period")
    assert [r[1] for r in table[1:]] == [5, 6, 7, 8]
    assert table[2][0] == f"{plan_of(database, '一、', 2)}:{table[2][3]}"


def test_all_units_at_once_one_file_each(database, policy_id, tmp_path):
    units = template_units(database, policy_id, PERIOD)
    assert [(u.name, u.lead, u.cooperating) for u in units][:2] == [("市商务局", 2, 2), ("市税务局", 2, 0)]
    made = [done for _, _, done in iter_export_templates(database, policy_id, PERIOD, tmp_path / "out")]
    assert sorted(d.unit_name for d in made) == ["市商务局", "市市场监督管理局", "市税务局"]
    assert all(d.path.exists() and d.path.parent == tmp_path / "out" for d in made)
    assert len({d.path.name for d in made}) == 3


def test_a_unit_without_measures_that_year_gets_no_file(database, policy_id, tmp_path):
    import pytest

    reform = unit_id(database, "市发展和改革局")
    with pytest.raises(NothingToSend) as nothing:
        export_template(database, policy_id, Period.parse("2025Q3"), reform, tmp_path / "x.xlsx")
    assert "市发展和改革局" in nothing.value.message and not (tmp_path / "x.xlsx").exists()
