"""A small policy whose task numbers restart in each area, and helpers that write returned
workbooks the way colleagues do (openpyxl) and read the database back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import inspect, select, text

from zjtracker.db.models import Area, Measure, Policy, ProgressReport, Unit, YearlyPlan
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParsedPlan, ParsedPolicy, ParsedUnit, ParseResult
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result

PERIOD = Period.parse("2025Q3")
TEXTS = {
    ("一", 1): "便利企业分支机构信息变更，在全市范围内实行集中统一办理。",
    ("一", 2): "落实全国统一市场准入负面清单，建立隐性壁垒意见反馈渠道。",
    ("一", 3): "全面推广数字化电子发票，引导企业通过电子发票服务平台开具发票。",
    ("二", 1): "压缩企业纳税时间，推行办税缴费事项全程网上办理。",
    ("二", 2): "优化出口退税服务，正常退税平均办理时间压缩至3个工作日内。",
    ("二", 4): "推进跨境贸易便利化，清理规范口岸收费。",
}
LEADS = {("一", 1): "市市场监督管理局", ("一", 2): "市商务局", ("一", 3): "市税务局",
         ("二", 1): "市税务局", ("二", 2): "市商务局", ("二", 4): "市发改局"}


def _task(area: str, number: int) -> ParsedMeasure:
    units = [ParsedUnit(LEADS[(area, number)], "lead")]
    if (area, number) in (("一", 1), ("一", 3)):
        units.append(ParsedUnit("市商务局", "cooperating"))
    years = (2024,) if (area, number) == ("二", 4) else (2024, 2025)
    return ParsedMeasure(f"（{number}）", TEXTS[(area, number)], number=number, units=units,
                         plans=[ParsedPlan(y, f"{y}年完成{number}号任务的阶段目标。") for y in years])


def test_policy(title: str = "湛江市测试营商环境行动方案") -> ParsedPolicy:
    group = ParsedMeasure("1.", "深化市场准入改革", number=1, children=[_task("一", n) for n in (1, 2, 3)])
    return ParsedPolicy(
        title=title, start_year=2024, end_year=2025,
        areas=[ParsedArea("一、", "市场准入", measures=[group]),
               ParsedArea("二、", "纳税服务", measures=[_task("二", n) for n in (1, 2, 4)])],
    )


test_policy.__test__ = False  # a factory, not a test


@pytest.fixture
def policy_id(database) -> int:
    """The test policy, stored in ``database`` (both engines)."""
    [stored] = store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    return stored


def plan_of(database, area_label: str, number: int, year: int = 2025) -> int:
    with database.session() as session:
        return session.scalar(
            select(YearlyPlan.id).join(Measure).join(Area)
            .where(Area.label == area_label, Measure.number == number, YearlyPlan.year == year))


def progress(database, area_label: str, number: int, period: str = "2025Q3") -> dict | None:
    plan_id = plan_of(database, area_label, number)
    with database.session() as session:
        report = session.scalar(select(ProgressReport).where(
            ProgressReport.plan_id == plan_id, ProgressReport.period == period))
        if report is None:
            return None
        return {"status_text": report.status_text, "problems": report.problems,
                "suggestions": report.suggestions, "percent": report.percent,
                "assessment": report.assessment, "remarks": report.remarks, "version": report.version}


def unit_id(database, name: str) -> int:
    with database.session() as session:
        return session.scalar(select(Unit.id).where(Unit.name == name))


def policy_id_by_title(database, title: str) -> int:
    with database.session() as session:
        return session.scalar(select(Policy.id).where(Policy.title == title))


def dump_all(database) -> dict:
    """Every row of every table, in primary-key order: the database byte for byte."""
    names = sorted(n for n in inspect(database.engine).get_table_names() if n != "alembic_version")
    found = {}
    with database.engine.connect() as connection:
        for name in names:
            rows = connection.execute(text(f'SELECT * FROM "{name}" ORDER BY 1')).all()
            found[name] = [tuple(row) for row in rows]
    return found


LEDGER_HEADER = ["指标名称", "牵头单位", "责任单位", "序号", "工作任务", "落实情况", "存在问题",
                 "存在问题的意见建议", "完成进度（%）", "评估情况（请选择）", "备注"]


def ledger_book(rows: list[list], header: list[str] = LEDGER_HEADER, title_rows: int = 1) -> Workbook:
    """A return in the city's ledger layout: merged title rows, the header, the rows."""
    book = Workbook()
    sheet = book.active
    for index in range(title_rows):
        sheet.append(["2025年第三季度工作任务台账" if index == 0 else "填报单位：市商务局"])
        sheet.merge_cells(start_row=index + 1, start_column=1, end_row=index + 1, end_column=len(header))
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    return book


def save(book: Workbook, path: Path) -> Path:
    book.save(path)
    return path


def fill(path: Path, values: dict[str, dict], out: Path | None = None) -> Path:
    """Fill a fill-in workbook as a colleague would: ``values`` maps 序号 as printed
    (（2）) to {header: value}; cells are found by header, rows by 序号 and 指标名称."""
    book = load_workbook(path)
    sheet = book["报送表"]
    headers = {cell.value: cell.column for cell in sheet[4] if cell.value}
    for key, cells in values.items():
        area, task = key.split("/") if "/" in key else (None, key)
        for row in range(5, sheet.max_row + 1):
            if sheet.cell(row=row, column=headers["序号"]).value != task:
                continue
            if area and not str(sheet.cell(row=row, column=headers["指标名称"]).value).startswith(area):
                continue
            for header, value in cells.items():
                sheet.cell(row=row, column=headers[header]).value = value
            break
        else:
            raise AssertionError(f"no row {key}")
    out = out or path.with_name(path.stem + "-filled.xlsx")
    book.save(out)
    return out


SENT_DURING_PERIOD = datetime(2025, 7, 20, 9, 0)  # workbooks of PERIOD go out during it


@pytest.fixture(autouse=True)
def _sent_during_the_period(monkeypatch):
    """The tests give ``today`` in 2025; the workbooks they send are dated in the period too (a
    workbook sent later, for a past period, gives the unit ten days from sending)."""
    monkeypatch.setattr("zjtracker.services.returns.export.utcnow", lambda: SENT_DURING_PERIOD)
