"""Adding, editing and reordering areas, measures and yearly plans (services.structure)."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.structure.conftest import dump
from zjtracker.db.models import Area, ChangeLog, Measure, YearlyPlan
from zjtracker.services.structure import edits as structure
from zjtracker.services.policies.queries import dump_policy
from zjtracker.services.structure.edits import StructureError


def _log(database, entity, entity_id):
    with database.session() as session:
        return [(c.field, c.old, c.new, c.source) for c in session.scalars(
            select(ChangeLog).where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
            .order_by(ChangeLog.id))]


def _area_labels(database, policy_id):
    return [(a["label"], a["title"]) for a in dump_policy(database, policy_id)["areas"]]


def test_add_area_at_the_end_and_at_a_position(database, stored):
    last = structure.add_area(database, stored.policy, "三、", "保障措施")
    first = structure.add_area(database, stored.policy, "零、", "前言", position=0)
    assert _area_labels(database, stored.policy) == [
        ("零、", "前言"), ("一、", "总体要求"), ("二、", "重点任务"), ("三、", "保障措施")]
    with database.session() as session:
        positions = session.scalars(select(Area.position).where(Area.policy_id == stored.policy)
                                    .order_by(Area.position))
        assert list(positions) == [0, 1, 2, 3]
    assert _log(database, "area", last) == [("created", None, "三、保障措施", "typed")]
    assert _log(database, "area", first)[0][0] == "created"


def test_add_measure_under_an_area_and_under_a_measure(database, stored):
    top = structure.add_measure(database, stored.area_tasks, None, "（二）", "第二组。")
    child = structure.add_measure(database, None, stored.task_2, "（12）", "子任务。",
                                  deadline_text="2025年6月底前")
    tree = dump_policy(database, stored.policy)["areas"][1]["measures"]
    assert [m["label"] for m in tree] == ["（一）", "（二）"]
    task_2 = tree[0]["children"][1]
    assert task_2["children"][0]["label"] == "（12）" and task_2["children"][0]["number"] == 12
    assert task_2["children"][0]["deadline"] == "2025-06-30"
    with database.session() as session:
        assert session.get(Measure, stored.task_2).is_group is True  # it has a child now
        assert session.get(Measure, top).number == 2 and session.get(Measure, top).area_id == stored.area_tasks
    assert ("is_group", "False", "True", "typed") in _log(database, "measure", stored.task_2)
    assert _log(database, "measure", child) == [("created", None, "（12）子任务。", "typed")]


def test_a_measure_needs_a_label_or_text_and_an_existing_parent(database, stored):
    before = dump(database)
    with pytest.raises(StructureError, match="编号或内容"):
        structure.add_measure(database, stored.area_tasks, None, "  ", "")
    with pytest.raises(StructureError, match="不存在"):
        structure.add_measure(database, None, 99999, "1.", "x")
    with pytest.raises(StructureError, match="不属于"):
        structure.add_measure(database, stored.area_general, stored.task_1, "1.", "x")
    with pytest.raises(StructureError, match="过长"):
        structure.add_measure(database, stored.area_tasks, None, "（" + "一" * 50 + "）", "x")
    assert dump(database) == before


def test_add_plan_refuses_a_year_the_measure_already_has(database, stored):
    plan = structure.add_plan(database, stored.task_1, 2026, "巩固提升。", "80%")
    with database.session() as session:
        stored_plan = session.get(YearlyPlan, plan)
        assert (stored_plan.year, stored_plan.text, stored_plan.target) == (2026, "巩固提升。", 80.0)
    before = dump(database)
    with pytest.raises(StructureError) as error:
        structure.add_plan(database, stored.task_1, 2024, "重复")
    assert "已有 2024 年的年度计划" in error.value.message
    with pytest.raises(StructureError, match="不是一个数字"):
        structure.add_plan(database, stored.task_1, 2027, "x", target="八十")
    with pytest.raises(StructureError, match="年份"):
        structure.add_plan(database, stored.task_1, 3000, "x")
    assert dump(database) == before


def test_update_returns_the_old_values_and_logs_each_field(database, stored):
    old = structure.update_area(database, stored.area_tasks, title="主要任务", label="二、")
    assert old == {"title": "重点任务"}  # the unchanged label is not reported
    assert _log(database, "area", stored.area_tasks) == [("title", "重点任务", "主要任务", "typed")]
    structure.update_area(database, stored.area_tasks, source="undo", **old)
    assert _area_labels(database, stored.policy)[1] == ("二、", "重点任务")
    assert _log(database, "area", stored.area_tasks)[-1] == ("title", "主要任务", "重点任务", "undo")


def test_a_measure_label_keeps_its_number_in_step_and_undo_restores_both(database, stored):
    with database.session() as session:
        session.get(Measure, stored.task_1).number = 7  # as a reader might have numbered it
    old = structure.update_measure(database, stored.task_1, label="（三）", deadline_text="2024年第三季度")
    assert old == {"label": "1.", "number": 7, "deadline_text": "", "deadline": None}
    with database.session() as session:
        measure = session.get(Measure, stored.task_1)
        assert (measure.label, measure.number, measure.deadline) == ("（三）", 3, date(2024, 9, 30))
    structure.update_measure(database, stored.task_1, source="undo", **old)
    with database.session() as session:
        measure = session.get(Measure, stored.task_1)
        assert (measure.label, measure.number, measure.deadline, measure.deadline_text) == ("1.", 7, None, "")


def test_update_plan_text_target_and_year(database, stored):
    old = structure.update_plan(database, stored.plan_2024, text="完成六成。", target=60)
    assert old == {"text": "完成一半。", "target": 50.0}
    with pytest.raises(StructureError, match="已有 2025 年"):
        structure.update_plan(database, stored.plan_2024, year=2025)
    assert structure.update_plan(database, stored.plan_2024, year=2023) == {"year": 2024}
    plans = dump_policy(database, stored.policy)["areas"][1]["measures"][0]["children"][0]["plans"]
    assert [(p["year"], p["text"], p["target"]) for p in plans] == [(2023, "完成六成。", 60.0),
                                                                     (2025, "全部完成。", None)]
    with pytest.raises(StructureError, match="没有可修改的字段"):
        structure.update_plan(database, stored.plan_2024, label="x")


def test_empty_label_and_title_together_are_refused(database, stored):
    with pytest.raises(StructureError, match="不能都为空"):
        structure.update_area(database, stored.area_general, label="", title=" ")
    assert _area_labels(database, stored.policy)[0] == ("一、", "总体要求")


def test_move_reorders_siblings_and_returns_the_old_position(database, stored):
    structure.add_area(database, stored.policy, "三、", "保障措施")
    assert structure.move(database, "area", stored.area_general, 2) == 0
    assert [label for label, _ in _area_labels(database, stored.policy)] == ["二、", "三、", "一、"]
    with database.session() as session:
        assert sorted(session.scalars(select(Area.position).where(Area.policy_id == stored.policy))) == [0, 1, 2]
    assert _log(database, "area", stored.area_general) == [("position", "0", "2", "typed")]
    assert structure.move(database, "measure", stored.task_2, 0) == 1
    children = dump_policy(database, stored.policy)["areas"][0]["measures"][0]["children"]
    assert [c["label"] for c in children] == ["2.", "1."]
    assert structure.move(database, "measure", stored.task_2, 99) == 0  # clamped to the last place
    with pytest.raises(StructureError, match="按年份"):
        structure.move(database, "plan", stored.plan_2024, 1)


def test_node_fields_and_parent_of(database, stored):
    assert structure.node_fields(database, "area", stored.area_general) == {
        "label": "一、", "title": "总体要求", "guiding_text": "指导思想……", "position": 0}
    fields = structure.node_fields(database, "measure", stored.task_2)
    assert fields["label"] == "2." and fields["deadline"] == date(2024, 12, 31)
    assert structure.node_fields(database, "plan", stored.plan_2024)["target"] == 50
    assert structure.parent_of(database, "area", stored.area_tasks) == ("policy", stored.policy)
    assert structure.parent_of(database, "measure", stored.group) == ("area", stored.area_tasks)
    assert structure.parent_of(database, "measure", stored.task_1) == ("measure", stored.group)
    assert structure.parent_of(database, "plan", stored.plan_2024) == ("measure", stored.task_1)
    with pytest.raises(StructureError, match="不能编辑"):
        structure.node_fields(database, "policy", stored.policy)
