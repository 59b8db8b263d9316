"""往年情况: a task's earlier years, across ledgers. A task's years are the plans of the same
measure and, following ``Measure.previous_id``, the plans of the same task in earlier
years' ledgers. For each earlier year: the last reported percent and assessment, and the
销号 date when it was closed. Read in a few queries for a whole report's tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import Measure, ProgressReport, YearlyPlan
from zjtracker.services.periods import BadPeriod, Period

MAX_CHAIN = 20  # links followed at most (a broken chain never loops)


@dataclass(frozen=True)
class EarlierYear:
    year: int
    plan_id: int
    measure_id: int
    period: str  # the last period with progress ("" when nothing was reported)
    percent: float | None
    assessment: str
    status_text: str
    closed_on: date | None


def chains(session: Session, measure_ids: list[int]) -> dict[int, list[int]]:
    """measure id → [itself, its previous task, that one's previous …]."""
    links: dict[int, int | None] = {}
    frontier = set(measure_ids)
    for _ in range(MAX_CHAIN):
        frontier -= set(links)
        if not frontier:
            break
        found = dict(session.execute(select(Measure.id, Measure.previous_id).where(Measure.id.in_(frontier))).all())
        links.update(found)
        links.update({missing: None for missing in frontier - set(found)})
        frontier = {v for v in found.values() if v is not None}
    result = {}
    for measure_id in measure_ids:
        chain, current = [], measure_id
        while current is not None and current not in chain and len(chain) <= MAX_CHAIN:
            chain.append(current)
            current = links.get(current)
        result[measure_id] = chain
    return result


def _latest_reports(session: Session, plan_ids: list[int]) -> dict[int, ProgressReport]:
    latest: dict[int, tuple[tuple, ProgressReport]] = {}
    if not plan_ids:
        return {}
    for report in session.scalars(select(ProgressReport).where(ProgressReport.plan_id.in_(plan_ids))):
        try:
            parsed = Period.parse(report.period)
            key = (parsed.year, parsed.last_month, parsed.index)
        except BadPeriod:
            key = (0, 0, 0)
        if report.plan_id not in latest or key > latest[report.plan_id][0]:
            latest[report.plan_id] = (key, report)
    return {plan_id: report for plan_id, (_key, report) in latest.items()}


def earlier_years_in(session: Session, measure_ids: list[int], year: int) -> dict[int, list[EarlierYear]]:
    """measure id → its earlier years before ``year``, newest first (one per year: the
    nearest task in the chain that has a plan that year)."""
    measure_chains = chains(session, measure_ids)
    every = {m for chain in measure_chains.values() for m in chain}
    plans = list(session.execute(select(YearlyPlan.id, YearlyPlan.measure_id, YearlyPlan.year, YearlyPlan.closed_on)
                                 .where(YearlyPlan.measure_id.in_(every), YearlyPlan.year < year))) if every else []
    reports = _latest_reports(session, [p.id for p in plans])
    by_measure: dict[int, list] = {}
    for plan in plans:
        by_measure.setdefault(plan.measure_id, []).append(plan)
    result: dict[int, list[EarlierYear]] = {}
    for measure_id, chain in measure_chains.items():
        years: dict[int, EarlierYear] = {}
        for member in chain:
            for plan in by_measure.get(member, []):
                if plan.year in years:
                    continue
                report = reports.get(plan.id)
                years[plan.year] = EarlierYear(
                    plan.year, plan.id, member, report.period if report else "",
                    report.percent if report else None, report.assessment if report else "",
                    report.status_text if report else "", plan.closed_on)
        result[measure_id] = [years[y] for y in sorted(years, reverse=True)]
    return result


def earlier_years(database: Database, plan_id: int) -> list[EarlierYear]:
    """The earlier years of the task that ``plan_id`` plans, newest first."""
    with database.session() as session:
        plan = session.get(YearlyPlan, plan_id)
        if plan is None:
            return []
        return earlier_years_in(session, [plan.measure_id], plan.year)[plan.measure_id]


def earlier_years_text(years: list[EarlierYear], limit: int = 3) -> str:
    """2025年：80%，序时推进；2024年：已销号（2024-12-20） — the 往年情况 line."""
    parts = []
    for item in years[:limit]:
        bits = []
        if item.percent is not None:
            bits.append(f"{item.percent:g}%")
        if item.assessment:
            bits.append(item.assessment)
        if item.closed_on is not None:
            bits.append(f"已销号（{item.closed_on.isoformat()}）")
        parts.append(f"{item.year}年：{'，'.join(bits) or '未报送'}")
    return "；".join(parts)
