"""Small ledgers written for the rollover tests: one area, numbered tasks with a lead unit,
plans and progress for one year, some of them closed (已销号)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from zjtracker.db.models import (
    Area,
    Assignment,
    Measure,
    Policy,
    ProgressReport,
    Unit,
    YearlyPlan,
)


@dataclass(frozen=True)
class Task:
    number: int
    text: str
    closed: bool = False
    percent: float | None = None
    assessment: str = ""


def write_policy(database, title: str, year: int, tasks: list[Task], end_year: int | None = None,
                 issuer: str = "湛江市人民政府办公室") -> tuple[int, dict[int, int]]:
    """Store a policy with a plan for ``year`` per task; returns (policy id, number → measure id)."""
    with database.session() as session:
        unit = session.query(Unit).filter_by(name="市发展和改革局").one_or_none() or Unit(name="市发展和改革局")
        policy = Policy(title=title, issuer=issuer, start_year=year, end_year=end_year or year)
        area = Area(policy=policy, position=0, label="一、", title="重点任务")
        ids = {}
        measures = []
        for position, task in enumerate(tasks):
            measure = Measure(area=area, position=position, label=f"（{task.number}）", number=task.number,
                              text=task.text)
            measure.assignments.append(Assignment(unit=unit, role="lead"))
            plan = YearlyPlan(measure=measure, year=year, text=f"{year}年：{task.text[:12]}")
            if task.closed:
                plan.closed_on, plan.closed_basis, plan.closed_by = date(year, 12, 20), "验收报告", "张三"
            if task.percent is not None or task.assessment:
                plan.reports.append(ProgressReport(period=f"{year}Q4", percent=task.percent,
                                                   assessment=task.assessment, status_text="已推进"))
            measures.append(measure)
        session.add(policy)
        session.flush()
        ids = {task.number: measure.id for task, measure in zip(tasks, measures)}
        return policy.id, ids


LEDGER_2025 = [
    Task(1, "加快推进湛江港30万吨级航道改扩建工程，提升港口通过能力", percent=80, assessment="序时推进"),
    Task(2, "推动东海岛石化产业园区建设，引进下游精细化工项目", closed=True, percent=100, assessment="已完成"),
    Task(3, "完善城乡冷链物流体系，建设农产品产地仓储保鲜设施", percent=40, assessment="滞后"),
    Task(4, "深化“放管服”改革，推行企业开办一网通办", closed=True, percent=100, assessment="已完成"),
]
