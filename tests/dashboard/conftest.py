"""Policies and progress for the dashboard tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from zjtracker.db.models import Area, Measure, Policy, YearlyPlan
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParsedPlan, ParsedPolicy, ParsedUnit
from zjtracker.services.progress import load_progress, save_progress, with_values

LONG_AREA = "持续优化营商环境全面提升政务服务效能的若干重点任务和保障措施"


def dashboard_policy() -> ParsedPolicy:
    """Five measures with plans for 2024; in 2024Q3 (序时进度 75) they come out as
    已完成, 滞后 (two lead units), 超期 (no lead unit), 序时推进 (due 2024-10-15), 未启动."""
    def measure(number, text, units, deadline=None):
        return ParsedMeasure(f"（{number}）", text, number=number, deadline=deadline,
                             deadline_text=str(deadline or ""), units=units,
                             plans=[ParsedPlan(2024, f"计划{number}")])

    lead, coop = "lead", "cooperating"
    return ParsedPolicy(
        title="湛江市看板测试实施方案", doc_no="湛府办〔2024〕11号", start_year=2024, end_year=2024,
        areas=[
            ParsedArea("一、", "稳定增长", measures=[
                measure(1, "完成第一项。", [ParsedUnit("市发改局", lead), ParsedUnit("市商务局", coop)]),
                measure(2, "推进第二项。", [ParsedUnit("市发展和改革局", lead), ParsedUnit("市商务局", lead)]),
                measure(3, "推进第三项。", [ParsedUnit("市财政局", coop)], date(2024, 6, 30)),
            ]),
            ParsedArea("二、", LONG_AREA, measures=[
                measure(4, "推进第四项。", [ParsedUnit("市财政局", lead)], date(2024, 10, 15)),
                measure(5, "推进第五项。", [ParsedUnit("市商务局", lead)]),
            ]),
        ],
    )


PERCENTS = {1: 100.0, 2: 40.0, 3: 50.0, 4: 70.0}  # measure number -> 完成进度 in 2024Q3


def plan_ids_by_number(database, title) -> dict[int, int]:
    with database.session() as session:
        rows = session.execute(
            select(Measure.number, YearlyPlan.id).join(YearlyPlan, YearlyPlan.measure_id == Measure.id)
            .join(Area, Area.id == Measure.area_id).join(Policy, Policy.id == Area.policy_id)
            .where(Policy.title == title, YearlyPlan.year == 2024))
        return dict(rows.all())


def fill(database, plan_id: int, period: str, **values) -> None:
    save_progress(database, with_values(load_progress(database, plan_id, period), **values))


# Sample database: progress typed for 2023Q3 in the 2023 business-environment ledger.
SAMPLE_PERIOD = "2023Q3"
SAMPLE_PERCENTS = [100.0, 100.0, 80.0, 75.0, 40.0, 20.0, 0.0, 60.0, 30.0, 100.0, 55.0, 90.0]
OVERDUE_DEADLINE = date(2023, 8, 31)
SOON_DEADLINE = date(2023, 10, 20)
SAMPLE_TODAY = date(2023, 10, 1)


def sample_plans(database) -> list[tuple[int, int]]:
    """(plan_id, measure_id) of the first plans of 2023 in the ledger policy, document-wise."""
    with database.session() as session:
        rows = session.execute(
            select(YearlyPlan.id, YearlyPlan.measure_id).join(Measure, Measure.id == YearlyPlan.measure_id)
            .join(Area, Area.id == Measure.area_id).join(Policy, Policy.id == Area.policy_id)
            .where(Policy.title.like("2023年湛江市优化营商环境%"), YearlyPlan.year == 2023)
            .order_by(Area.position, Measure.id).limit(len(SAMPLE_PERCENTS) + 2))
        return [tuple(r) for r in rows.all()]


@dataclass
class Filled:
    database: object
    overdue_plan: int
    soon_plan: int


@pytest.fixture
def filled_sample(sample_db):
    """The sample with twelve plans reported for 2023Q3, one measure overdue (deadline
    2023-08-31, 30%) and one due 2023-10-20 (60%)."""
    plans = sample_plans(sample_db)
    for (plan_id, _), percent in zip(plans, SAMPLE_PERCENTS):
        fill(sample_db, plan_id, SAMPLE_PERIOD, percent=percent, status_text="已推进。")
    overdue_plan, overdue_measure = plans[len(SAMPLE_PERCENTS)]
    soon_plan, soon_measure = plans[len(SAMPLE_PERCENTS) + 1]
    with sample_db.session() as session:
        session.get(Measure, overdue_measure).deadline = OVERDUE_DEADLINE
        session.get(Measure, soon_measure).deadline = SOON_DEADLINE
    fill(sample_db, overdue_plan, SAMPLE_PERIOD, percent=30.0, status_text="仍在推进。")
    fill(sample_db, soon_plan, SAMPLE_PERIOD, percent=60.0, status_text="仍在推进。")
    return Filled(sample_db, overdue_plan, soon_plan)
