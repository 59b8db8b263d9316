"""Formulas are never evaluated and never written out live: every workbook the program
writes (fill-in workbooks, the ledger, the report's Excel ledger, the 催报 list) holds text
that begins with = + - @ as a plain string, checked with openpyxl and in the sheet XML."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.hostile.craft import ledger_workbook
from zjtracker.cli import main
from zjtracker.importing.model import (
    ParsedArea, ParsedIndicator, ParsedMeasure, ParsedPlan, ParsedPolicy, ParsedUnit, ParseResult,
)
from zjtracker.importing.reader import read_policy_file
from zjtracker.importing.returns.reader import read_return
from zjtracker.services.reporting.job import ReportRequest, iter_report
from zjtracker.services.ledger import ledger_rows
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values

PERIOD = Period.parse("2025Q3")
HYPERLINK = '=HYPERLINK("http://x","y")'
TEXTS = {
    "title": "=HYPERLINK(\"http://evil\",\"湛江市方案\")",
    "area": "+领域以加号开头",
    "measure": HYPERLINK,
    "measure2": "@SUM(A1)",
    "plan": "=1+1",
    "status_text": "=cmd|' /C calc'!A0",
    "problems": "+问题\x07以加号开头",  # a control character an .xlsx cannot hold
    "suggestions": "-2+3",
    "remarks": "@SUM(A1:A9)",
    "indicator": "=A1*2",
}


def hostile_policy() -> ParsedPolicy:
    units = [ParsedUnit("市商务局", "lead"), ParsedUnit("市发展和改革局", "cooperating")]
    measures = [
        ParsedMeasure("（1）", TEXTS["measure"], number=1, units=list(units),
                      plans=[ParsedPlan(2025, TEXTS["plan"])]),
        ParsedMeasure("（2）", TEXTS["measure2"], number=2, units=list(units),
                      plans=[ParsedPlan(2025, "全部完成。")]),
    ]
    return ParsedPolicy(
        title=TEXTS["title"], start_year=2025, end_year=2025,
        areas=[ParsedArea("一、", TEXTS["area"], measures=measures)],
        indicators=[ParsedIndicator(TEXTS["indicator"], category="-类别", unit="@", target_year=2025,
                                    target_text="=100")],
    )


@pytest.fixture
def hostile_db(database):
    [policy_id] = store_result(database, ParseResult(source="x.txt", policies=[hostile_policy()]), "x")
    for row in ledger_rows(database, PERIOD, policy_id):
        form = load_progress(database, row.plan_id, str(PERIOD))
        save_progress(database, with_values(form, status_text=TEXTS["status_text"], problems=TEXTS["problems"],
                                            suggestions=TEXTS["suggestions"], remarks=TEXTS["remarks"],
                                            percent=50))
    return database, policy_id


def assert_no_formula(path: Path, must_show: list[str]) -> None:
    """No cell is a formula (openpyxl) and no <f> element is in any sheet (the XML); the
    texts in ``must_show`` are there, as text."""
    book = load_workbook(path)
    shown = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    shown.append(cell.value)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                assert not re.search(rb"<(\w+:)?f[\s>/]", archive.read(name)), f"<f> in {name}"
    every = "\n".join(shown)
    for text in must_show:
        assert text.replace("\x07", "") in every


def _cli(database, *args) -> int:
    return main(["--db", database.url, *args])


def test_the_fill_in_workbooks_hold_no_formula(hostile_db, tmp_path):
    database, policy_id = hostile_db
    assert _cli(database, "export-template", "--policy", str(policy_id), "--period", str(PERIOD),
                "-o", str(tmp_path / "out")) == 0
    files = sorted((tmp_path / "out").glob("*.xlsx"))
    assert len(files) == 2  # one per unit
    for path in files:
        assert_no_formula(path, [HYPERLINK, TEXTS["measure2"], TEXTS["status_text"], TEXTS["problems"],
                                 TEXTS["suggestions"], TEXTS["remarks"], TEXTS["plan"]])
        title = load_workbook(path).worksheets[0]["A1"].value
        assert title.startswith(TEXTS["title"])


def test_the_ledger_and_the_report_hold_no_formula(hostile_db, tmp_path):
    database, policy_id = hostile_db
    ledger, report = tmp_path / "台账.xlsx", tmp_path / "报告.xlsx"
    assert _cli(database, "export-ledger", "--policy", str(policy_id), "--period", str(PERIOD), "-o", str(ledger)) == 0
    for _ in iter_report(database, ReportRequest(str(PERIOD), report, policy_id=policy_id)):  # the report dialog's Excel
        pass
    for path in (ledger, report):
        assert_no_formula(path, [HYPERLINK, TEXTS["measure2"], TEXTS["status_text"], TEXTS["suggestions"],
                                 TEXTS["remarks"], TEXTS["indicator"], TEXTS["area"]])


def test_the_reminder_list_holds_no_formula(hostile_db, tmp_path):
    from zjtracker.services.returns.reminder_list import reminder_list, reminder_xlsx_bytes

    database, policy_id = hostile_db
    data = reminder_list(database, policy_id, PERIOD, today=date(2025, 10, 20))
    path = tmp_path / "催报.xlsx"
    path.write_bytes(reminder_xlsx_bytes(data))
    assert_no_formula(path, [])
    assert any(TEXTS["title"] in str(c.value) for row in load_workbook(path).active.iter_rows() for c in row)


def test_a_returned_formula_is_read_as_its_text_never_evaluated(tmp_path):
    path = ledger_workbook(tmp_path / "回报.xlsx", rows=2)
    book = load_workbook(path)
    sheet = book.active
    sheet["F3"] = '=HYPERLINK("http://x","y")'  # 落实情况: a live formula, as Excel stores one
    sheet["I3"] = "=40+40"  # 完成进度
    sheet["F4"] = "@SUM(A1)"
    book.save(path)
    rows = read_return(path).rows
    assert rows[0].values["status_text"] == '=HYPERLINK("http://x","y")'
    assert "percent" not in rows[0].values and "公式" in rows[0].problems[0].message
    assert rows[1].values["status_text"] == "@SUM(A1)"


def test_a_policy_workbook_gives_what_excel_stored_not_a_computation(tmp_path):
    """The policy reader takes the value Excel stored with a formula (openpyxl writes none,
    so the cell reads empty): never the formula's result computed here, never the formula."""
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "工作任务", "牵头单位"])
    sheet.append(["1", "=CONCATENATE(\"推进\",\"工作\")", "市商务局"])
    sheet.append(["2", "推进第二项工作。", "市商务局"])
    path = tmp_path / "清单.xlsx"
    book.save(path)
    texts = [m.text for m in read_policy_file(path).policies[0].iter_measures()]
    assert "推进工作" not in texts and not any(t.startswith("=") for t in texts)
    assert "推进第二项工作。" in texts
