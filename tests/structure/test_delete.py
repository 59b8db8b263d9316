"""Deleting a subtree and putting it back exactly (services.structure.delete)."""

import json

import pytest
from sqlalchemy import select

from tests.structure.conftest import dump
from zjtracker.db.models import Area, ChangeLog, Measure, ProgressReport, YearlyPlan
from zjtracker.services.structure import edits as structure
from zjtracker.services.progress import load_progress
from zjtracker.services.structure.edits import Snapshot, StructureError


def _through_json(snapshot: Snapshot) -> Snapshot:
    return Snapshot.from_dict(json.loads(json.dumps(snapshot.as_dict(), ensure_ascii=False)))


def _count(database, model):
    with database.session() as session:
        return len(list(session.scalars(select(model.id))))


def test_delete_impact_counts_what_would_go(database, stored):
    area = structure.delete_impact(database, "area", stored.area_tasks)
    assert (area.name, area.measures, area.plans, area.progress_reports, area.assignments) == (
        "二、重点任务", 3, 4, 2, 4)
    leaf = structure.delete_impact(database, "measure", stored.task_2)
    assert (leaf.measures, leaf.plans, leaf.progress_reports, leaf.assignments) == (1, 2, 0, 1)
    plan = structure.delete_impact(database, "plan", stored.plan_2024)
    assert (plan.name, plan.measures, plan.plans, plan.progress_reports) == ("2024年", 0, 1, 2)
    empty = structure.delete_impact(database, "area", stored.area_general)
    assert (empty.measures, empty.plans, empty.progress_reports) == (0, 0, 0)


@pytest.mark.parametrize("kind, attribute", [
    ("area", "area_tasks"), ("measure", "group"), ("measure", "task_1"), ("plan", "plan_2024"),
])
def test_delete_and_restore_is_an_exact_round_trip(database, stored, kind, attribute):
    before = dump(database)
    node_id = getattr(stored, attribute)
    snapshot = structure.delete_node(database, kind, node_id)
    after_delete = dump(database)
    assert after_delete != before
    assert not any(r.plan_id == stored.plan_2024 for r in _reports(database))
    structure.restore_snapshot(database, _through_json(snapshot))
    assert dump(database) == before
    form = load_progress(database, stored.plan_2024, "2024Q2")
    assert (form.percent, form.assessment, form.problems, form.version) == (55, "序时推进", "资金不足。", 1)
    with database.session() as session:
        log = [(c.field, c.source) for c in session.scalars(
            select(ChangeLog).where(ChangeLog.entity == kind, ChangeLog.entity_id == node_id)
            .order_by(ChangeLog.id))]
    assert log[-2:] == [("deleted", "typed"), ("restored", "undo")]


def _reports(database):
    with database.session() as session:
        return list(session.scalars(select(ProgressReport)))


def test_deleting_renumbers_the_siblings_and_restoring_puts_them_back(database, stored):
    third = structure.add_area(database, stored.policy, "三、", "保障措施")
    snapshot = structure.delete_node(database, "area", stored.area_general)
    with database.session() as session:
        assert session.get(Area, stored.area_tasks).position == 0
        assert session.get(Area, third).position == 1
    structure.restore_snapshot(database, snapshot)
    with database.session() as session:
        positions = [session.get(Area, i).position for i in (stored.area_general, stored.area_tasks, third)]
    assert positions == [0, 1, 2]


def test_after_a_restore_new_rows_get_fresh_ids(database, stored):
    snapshot = structure.delete_node(database, "measure", stored.group)
    structure.restore_snapshot(database, snapshot)
    new_measure = structure.add_measure(database, stored.area_tasks, None, "（二）", "新的一组。")
    new_plan = structure.add_plan(database, new_measure, 2024, "计划。")
    restored_measures = {row["id"] for row in snapshot.rows["measures"]}
    restored_plans = {row["id"] for row in snapshot.rows["yearly_plans"]}
    assert new_measure not in restored_measures and new_plan not in restored_plans
    assert _count(database, Measure) == 4 and _count(database, YearlyPlan) == 5


def test_a_restore_whose_ids_are_taken_is_refused_and_changes_nothing(database, stored):
    snapshot = structure.delete_node(database, "plan", stored.plan_2024)
    with database.session() as session:  # someone else's row took the id meanwhile
        session.add(YearlyPlan(id=stored.plan_2024, measure_id=stored.task_2, year=2030, text="别人的。"))
    before = dump(database)
    with pytest.raises(StructureError, match="编号已被新建的内容占用"):
        structure.restore_snapshot(database, snapshot)
    assert dump(database) == before


def test_a_restore_under_a_deleted_parent_is_refused(database, stored):
    inner = structure.delete_node(database, "measure", stored.task_1)
    structure.delete_node(database, "area", stored.area_tasks)
    before = dump(database)
    with pytest.raises(StructureError, match="上级措施已不存在"):
        structure.restore_snapshot(database, inner)
    assert dump(database) == before


def test_deleting_a_missing_node_says_so(database, stored):
    with pytest.raises(StructureError, match="不存在"):
        structure.delete_node(database, "measure", 424242)


def test_round_trip_on_the_biggest_area_of_the_sample(sample_db):
    """The biggest area of the sample (113 tasks of the 2023 business-environment ledger),
    with progress typed for some of its plans, deleted and restored exactly."""
    from sqlalchemy import func

    from zjtracker.services.progress import ProgressForm, save_progress

    with sample_db.session() as session:
        area_id, measures = session.execute(
            select(Measure.area_id, func.count(Measure.id)).group_by(Measure.area_id)
            .order_by(func.count(Measure.id).desc()).limit(1)).one()
        plans = list(session.scalars(select(YearlyPlan.id).join(Measure, Measure.id == YearlyPlan.measure_id)
                                     .where(Measure.area_id == area_id).order_by(YearlyPlan.id).limit(5)))
    for number, plan_id in enumerate(plans):
        save_progress(sample_db, ProgressForm(plan_id, "2023Q3", status_text=f"第{number}项已推进。",
                                              percent=10.0 * number))
    before = dump(sample_db)
    impact = structure.delete_impact(sample_db, "area", area_id)
    assert (impact.measures, impact.progress_reports) == (measures, 5)
    snapshot = structure.delete_node(sample_db, "area", area_id)
    assert _count(sample_db, Measure) == len(before["measures"]) - measures
    structure.restore_snapshot(sample_db, _through_json(snapshot))
    assert dump(sample_db) == before
