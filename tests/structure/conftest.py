"""Fixtures for the structure editing tests: a stored small policy with progress, and a
full dump of the tables an edit can touch."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select

from tests.services.factories import result_of, small_policy
from zjtracker.db.models import (
    Area,
    Assignment,
    Measure,
    Policy,
    ProgressReport,
    Unit,
    UnitAlias,
    YearlyPlan,
)
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import ProgressForm, save_progress

DUMPED = (Policy, Area, Measure, YearlyPlan, ProgressReport, Assignment, Unit, UnitAlias)


@dataclass
class Stored:
    """Ids in the stored small policy (see tests/services/factories.small_policy)."""

    policy: int
    area_general: int  # 一、总体要求 (no measures)
    area_tasks: int  # 二、重点任务
    group: int  # （一）第一组
    task_1: int  # 1. with plans 2024 and 2025, three units
    task_2: int  # 2. with the default plans 2024 and 2025
    plan_2024: int  # task 1's plan for 2024, with progress in 2024Q1 and 2024Q2


def dump(database) -> dict[str, list[tuple]]:
    """Every row of the structure tables, ordered by id (ChangeLog and batches excluded)."""
    with database.session() as session:
        return {
            model.__tablename__: [
                tuple(row) for row in session.execute(select(model.__table__).order_by(model.__table__.c.id))
            ]
            for model in DUMPED
        }


def store_small(database) -> Stored:
    [policy_id] = store_result(database, result_of(small_policy()), "sha-small")
    with database.session() as session:
        areas = list(session.scalars(select(Area).where(Area.policy_id == policy_id).order_by(Area.position)))
        group = session.scalar(select(Measure).where(Measure.area_id == areas[1].id, Measure.parent_id.is_(None)))
        task_1, task_2 = session.scalars(
            select(Measure).where(Measure.parent_id == group.id).order_by(Measure.position))
        plan = session.scalar(select(YearlyPlan).where(YearlyPlan.measure_id == task_1.id, YearlyPlan.year == 2024))
        ids = Stored(policy_id, areas[0].id, areas[1].id, group.id, task_1.id, task_2.id, plan.id)
    save_progress(database, ProgressForm(ids.plan_2024, "2024Q1", status_text="已开展调研。", percent=20))
    save_progress(database, ProgressForm(ids.plan_2024, "2024Q2", status_text="完成过半。", percent=55,
                                         assessment="序时推进", problems="资金不足。"))
    return ids


@pytest.fixture
def stored(database) -> Stored:
    return store_small(database)
