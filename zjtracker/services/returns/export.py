"""Sending out fill-in workbooks (报送表): one per unit and period, with the unit's measures
(those it leads and those it cooperates on), the last reported values pre-filled, and a
record of what was sent (SentWorkbook) for the returns tracker.

Sending a whole policy reads what every workbook needs once, then makes the workbooks one
after another in memory; while one is made, the one before is written (a temporary file,
flushed to disk, renamed into place: exporting.safe_write) and its record committed in a
second thread, which mostly waits on the disk and the database. Each file is reported
done only once it is in place and recorded."""

from __future__ import annotations

import contextvars
import json
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from zjtracker.db.engine import Database
from zjtracker.db.models import (
    Area,
    Assignment,
    Measure,
    Policy,
    ProgressReport,
    SentWorkbook,
    Unit,
    YearlyPlan,
    utcnow,
)
from zjtracker.exporting.file_names import safe_file_name, safe_part, unique_path
from zjtracker.exporting.safe_write import (
    EXISTS,
    TEMPLATE,
    OutputRefused,
    check_target,
    write_bytes,
)
from zjtracker.exporting.template_layout import FIELDS, TemplateData, TemplateRow
from zjtracker.exporting.template_workbook import template_bytes
from zjtracker.services.context import current_user
from zjtracker.services.ledger import (
    COOPERATING,
    LEAD,
    RESPONSIBLE,
    LedgerRow,
    ledger_rows,
)
from zjtracker.services.oversight.queries import closed_plan_ids, returned_reasons
from zjtracker.services.periods import Period
from zjtracker.services.policies.queries import PolicyNotFound


class NothingToSend(LookupError):
    def __init__(self, unit_name: str, period: Period):
        super().__init__(f"单位“{unit_name}”在这项政策中没有{period.year}年的任务，无需生成{period.label()}报送表。")
        self.message = str(self)


@dataclass(frozen=True)
class TemplateUnit:
    """A unit that gets a fill-in workbook, with how many measures it leads (牵头), is
    responsible for (责任) and cooperates on (配合), counted apart."""

    unit_id: int
    name: str
    lead: int
    cooperating: int  # 配合
    responsible: int = 0  # 责任

    @property
    def total(self) -> int:
        return self.lead + self.responsible + self.cooperating


@dataclass(frozen=True)
class ExportedTemplate:
    path: Path
    unit_id: int
    unit_name: str
    rows: int
    sent_id: int
    token: str


def policy_title(database: Database, policy_id: int) -> str:
    with database.session() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise PolicyNotFound(policy_id)
        return policy.title


def template_units(database: Database, policy_id: int, period: Period) -> list[TemplateUnit]:
    """Every unit with measures in the policy for the period's year, leads first by count."""
    policy_title(database, policy_id)
    # As the ledger counts them (a row per yearly plan of the year; a unit's part in a row is
    # its first of 牵头, 责任, 配合), read as (plan, unit, role) only: the tracker asks this for
    # every policy it shows.
    rank = {LEAD: 0, RESPONSIBLE: 1, COOPERATING: 2}
    with database.session() as session:
        parts: dict[tuple[int, int], str] = {}
        for plan_id, unit_id, role in session.execute(
                select(YearlyPlan.id, Assignment.unit_id, Assignment.role)
                .join(Measure, Measure.id == YearlyPlan.measure_id).join(Area, Area.id == Measure.area_id)
                .join(Assignment, Assignment.measure_id == Measure.id)
                .where(Area.policy_id == policy_id, YearlyPlan.year == period.year,
                       YearlyPlan.closed_on.is_(None))):  # 已销号 tasks are not sent out again
            known = parts.get((plan_id, unit_id))
            if known is None or rank.get(role, 3) < rank.get(known, 3):
                parts[(plan_id, unit_id)] = role
        names = dict(session.execute(select(Unit.id, Unit.name).where(
            Unit.id.in_({unit_id for _plan, unit_id in parts}))).all()) if parts else {}
    counts: dict[int, list] = {}
    for (_plan_id, unit_id), role in parts.items():
        entry = counts.setdefault(unit_id, [names[unit_id], 0, 0, 0])
        entry[1 if role == LEAD else 3 if role == RESPONSIBLE else 2] += 1
    units = [TemplateUnit(uid, name, lead, cooperating, responsible)
             for uid, (name, lead, cooperating, responsible) in counts.items()]
    return sorted(units, key=lambda u: (-u.lead, -u.total, u.name))


def template_file_name(title: str, period: Period, unit_name: str) -> str:
    """单位_2025Q3_政策简称_报送表.xlsx, safe on every file system whatever the names hold
    (path separators, 市住建局/城管局, .., CON, control characters, very long names)."""
    short = safe_part(title, 24, "政策")
    unit = safe_part(unit_name, 40, "单位")  # with the rest, under 240 bytes in UTF-8
    return safe_file_name(f"{unit}_{period}_{short}_报送表", ".xlsx")


def export_template(database: Database, policy_id: int, period: Period, unit_id: int,
                    path: str | Path, force: bool = False) -> ExportedTemplate:
    """Write one unit's fill-in workbook to ``path`` and record it as sent. The target is
    checked first (safe_write): never the database, an existing file only with ``force``."""
    path = check_target(path, TEMPLATE, database, force)
    title = policy_title(database, policy_id)
    rows = open_rows(database, ledger_rows(database, period, policy_id, unit_id))
    data = _template_data(database, policy_id, title, period, unit_id, unit_name_of(database, unit_id), rows)
    return _record_and_write(database, data, template_bytes(data), path, force, current_user())


def planned_templates(database: Database, policy_id: int, period: Period,
                      folder: str | Path) -> list[tuple[TemplateUnit, Path]]:
    """The units that get a workbook and the file each goes to inside ``folder``."""
    title = policy_title(database, policy_id)
    taken: set[str] = set()  # two units whose names give the same file name get （2）
    return [(unit, unique_path(Path(folder), template_file_name(title, period, unit.name), taken))
            for unit in template_units(database, policy_id, period)]


def check_folder_targets(database: Database, planned: list[tuple[TemplateUnit, Path]], force: bool = False) -> None:
    """Refuse the whole run before anything is written when one of its files may not be:
    one sentence for all the files that exist already (replaced only with ``force``)."""
    existing = []
    for _unit, path in planned:
        try:
            check_target(path, TEMPLATE, database, force)
        except OutputRefused as refused:
            if not refused.confirmable:
                raise
            existing.append(path)
    if existing:
        names = "、".join(f"“{p.name}”" for p in existing[:3]) + ("等" if len(existing) > 3 else "")
        raise OutputRefused(
            f"文件夹“{existing[0].parent}”中已有 {len(existing)} 个同名报送表（{names}），没有替换。"
            "确实要替换，请确认（命令行加 --force），或另选一个文件夹。", existing[0], EXISTS, confirmable=True)


def iter_export_templates(database: Database, policy_id: int, period: Period, folder: str | Path,
                          force: bool = False) -> Iterator[tuple[int, int, ExportedTemplate]]:
    """One workbook per unit into ``folder``, yielding (done, total, exported) after each;
    every target is checked before the first is written."""
    title = policy_title(database, policy_id)
    rows = open_rows(database, ledger_rows(database, period, policy_id))
    planned = planned_templates(database, policy_id, period, folder)
    check_folder_targets(database, planned, force)
    by_unit: dict[int, list[LedgerRow]] = {}
    for row in rows:
        for unit_id in dict.fromkeys(u.unit_id for u in row.units):
            by_unit.setdefault(unit_id, []).append(row)
    earlier = _earlier_reports(database, [row.plan_id for row in rows if row.version is None], period)
    reasons = returned_reasons(database, [row.plan_id for row in rows], period)
    sent_by, total = current_user(), len(planned)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="send-write") as writer:
        pending: Future | None = None
        for done, (unit, path) in enumerate(planned, start=1):
            try:
                data = _template_data(database, policy_id, title, period, unit.unit_id, unit.name,
                                      by_unit.get(unit.unit_id, []), earlier, reasons)
                payload = template_bytes(data)
            except Exception:
                if pending is not None:  # the file before is in place all the same
                    yield done - 1, total, pending.result()
                raise
            if pending is not None:
                yield done - 1, total, pending.result()
            pending = writer.submit(contextvars.copy_context().run, _record_and_write, database, data, payload,
                                    path, force, sent_by)
        if pending is not None:
            yield total, total, pending.result()


def _template_data(database: Database, policy_id: int, title: str, period: Period, unit_id: int, unit_name: str,
                   rows: list[LedgerRow], earlier: dict[int, ProgressReport] | None = None,
                   reasons: dict[int, str] | None = None) -> TemplateData:
    """What one unit's workbook holds; the reports pre-filled and the 退回原因 read here
    unless given (read once for all the units of a policy)."""
    if not rows:
        raise NothingToSend(unit_name, period)
    if earlier is None:
        earlier = _earlier_reports(database, [row.plan_id for row in rows if row.version is None], period)
    if reasons is None:
        reasons = returned_reasons(database, [row.plan_id for row in rows], period)
    return TemplateData(
        token=uuid.uuid4().hex, policy_id=policy_id, policy_title=title, unit_id=unit_id,
        unit_name=unit_name, period=str(period), period_label=period.label(), plan_year=period.year,
        exported_at=utcnow(),
        rows=[_template_row(row, unit_id, earlier.get(row.plan_id), reasons.get(row.plan_id, "")) for row in rows],
    )


def _record_and_write(database: Database, data: TemplateData, payload: bytes, path: Path, force: bool,
                      sent_by: str) -> ExportedTemplate:
    """Record the workbook as sent and put its file in place, in one transaction: a failure
    to write rolls the record back (one row: a plain connection, not a session)."""
    with database.engine.begin() as connection:
        sent_id = connection.scalar(insert(SentWorkbook).values(
            token=data.token, policy_id=data.policy_id, unit_id=data.unit_id, period=data.period,
            file_name=path.name, sent_at=data.exported_at, sent_by=sent_by,
            rows=json.dumps([{"key": r.key, "plan_id": r.plan_id, "measure_id": r.measure_id,
                              "version": r.version} for r in data.rows]),
        ).returning(SentWorkbook.id))
        write_bytes(path, payload, TEMPLATE, database, force)
        return ExportedTemplate(path, data.unit_id, data.unit_name, len(data.rows), sent_id, data.token)


def unit_name_of(database: Database, unit_id: int) -> str:
    with database.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise LookupError(f"单位 {unit_id} 不存在。")
        return unit.name


def _earlier_reports(database: Database, plan_ids: list[int], period: Period) -> dict[int, ProgressReport]:
    """The last report before ``period`` (same kind of period) of each plan."""
    if not plan_ids:
        return {}
    latest: dict[int, tuple[Period, ProgressReport]] = {}
    with database.session() as session:
        for report in session.scalars(select(ProgressReport).where(ProgressReport.plan_id.in_(plan_ids))):
            try:
                when = Period.parse(report.period)
            except ValueError:
                continue
            if when.kind != period.kind or not when < period:
                continue
            if report.plan_id not in latest or latest[report.plan_id][0] < when:
                latest[report.plan_id] = (when, report)
    return {plan_id: report for plan_id, (_, report) in latest.items()}


def open_rows(database: Database, rows: list[LedgerRow]) -> list[LedgerRow]:
    """The rows whose task is not closed (已销号 tasks leave the next workbooks)."""
    closed = closed_plan_ids(database, [row.plan_id for row in rows])
    return [row for row in rows if row.plan_id not in closed] if closed else rows


def _template_row(row: LedgerRow, unit_id: int, earlier: ProgressReport | None,
                  returned_reason: str = "") -> TemplateRow:
    area = f"{row.area_label}{row.area_title}".strip()
    if row.group_label or row.group_text:
        area = f"{area}\n{row.group_label}{row.group_text}".strip()
    others = [u.name for u in row.units if u.role in (RESPONSIBLE, COOPERATING)]
    source = row if row.version is not None else earlier
    values = {name: getattr(source, name) if source is not None else (None if name == "percent" else "")
              for name in FIELDS}
    return TemplateRow(
        plan_id=row.plan_id, measure_id=row.measure_id, area=area,
        lead_units="、".join(row.lead_units), other_units="、".join(dict.fromkeys(others)),
        role=row.role_of(unit_id) or COOPERATING, task=row.measure_label or str(row.number or ""),
        text=row.measure_text, plan_text=row.plan_text, values=values, version=row.version,
        prefill_period=earlier.period if row.version is None and earlier is not None else "",
        returned_reason=returned_reason,
    )
