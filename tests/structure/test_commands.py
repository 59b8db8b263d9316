"""Undo and redo of structure edits through a real QUndoStack (ui.structure_commands)."""

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from tests.structure.conftest import dump
from zjtracker.db.models import Measure, YearlyPlan
from zjtracker.services.structure import edits as structure
from zjtracker.services.structure.edits import StructureError
from zjtracker.ui.structure.commands import (
    AddNodeCommand,
    DeleteNodeCommand,
    EditNodeCommand,
    MoveNodeCommand,
    SetUnitsCommand,
    push,
)


@pytest.fixture
def stack(qtbot):
    return QUndoStack()


class Recorder:
    def __init__(self):
        self.refreshed, self.errors = [], []

    def refresh(self, kind, node_id):
        self.refreshed.append((kind, node_id))

    def error(self, message):
        self.errors.append(message)


def _round_trip(database, stack, command, compare=dump):
    """Push, undo back to the start, redo to the pushed state; each compared in full."""
    start = dump(database)
    assert push(stack, command)
    changed = compare(database)
    assert dump(database) != start
    stack.undo()
    assert dump(database) == start
    stack.redo()
    assert compare(database) == changed
    stack.undo()
    assert dump(database) == start
    return changed


@pytest.mark.parametrize("kind, parent_attr, values", [
    ("area", None, {"label": "三、", "title": "保障措施", "position": 0}),
    ("measure", "area_tasks", {"label": "（二）", "text": "第二组。"}),
    ("measure", "task_2", {"label": "（1）", "text": "子任务。", "deadline_text": "2025年底前"}),
    ("plan", "task_1", {"year": 2026, "text": "巩固。", "target": 90}),
])
def test_add_is_undone_and_redone_with_the_same_id(database, stored, stack, kind, parent_attr, values):
    parent = ("policy", stored.policy) if parent_attr is None else (
        "area" if parent_attr.startswith("area") else "measure", getattr(stored, parent_attr))
    recorder = Recorder()
    command = AddNodeCommand(database, kind, parent, values, recorder.refresh, recorder.error)
    _round_trip(database, stack, command)
    stack.redo()
    assert structure.node_fields(database, kind, command.node_id)["text" if kind != "area" else "title"] \
        == values.get("text", values.get("title"))
    assert recorder.refreshed == [parent] * 5 and recorder.errors == []


def test_undoing_a_sub_measure_makes_the_parent_a_plain_measure_again(database, stored, stack):
    push(stack, AddNodeCommand(database, "measure", ("measure", stored.task_2), {"label": "（1）", "text": "x"}))
    assert structure.node_fields(database, "measure", stored.task_2)["is_group"] is True
    stack.undo()
    assert structure.node_fields(database, "measure", stored.task_2)["is_group"] is False


def test_edit_move_and_delete_round_trips(database, stored, stack):
    recorder = Recorder()
    _round_trip(database, stack, EditNodeCommand(database, "measure", stored.task_1,
                                                 {"label": "（九）", "text": "改写的任务。"}, recorder.refresh))
    _round_trip(database, stack, EditNodeCommand(database, "plan", stored.plan_2024, {"target": 75}))
    _round_trip(database, stack, MoveNodeCommand(database, "area", stored.area_tasks, 0, recorder.refresh))
    _round_trip(database, stack, DeleteNodeCommand(database, "area", stored.area_tasks, recorder.refresh))
    _round_trip(database, stack, DeleteNodeCommand(database, "plan", stored.plan_2024, recorder.refresh))
    assert ("measure", stored.group) in recorder.refreshed  # the edited measure's parent
    assert ("policy", stored.policy) in recorder.refreshed
    assert ("measure", stored.task_1) in recorder.refreshed  # the deleted plan's measure


def test_set_units_round_trip(database, stored, stack):
    def units(db):
        return structure.measure_units(db, stored.task_1)

    changed = _round_trip(database, stack, SetUnitsCommand(
        database, stored.task_1, [("市市场监管局", "lead", "张副局长", None, None), ("市新设中心", "cooperating")]),
        compare=units)
    assert [(u.name, u.role, u.leader) for u in changed] == [
        ("市市场监督管理局", "lead", "张副局长"), ("市新设中心", "cooperating", None)]


def test_a_sequence_undone_to_the_start_and_redone_to_the_end(database, stored, stack):
    start = dump(database)
    add = AddNodeCommand(database, "measure", ("area", stored.area_tasks), {"label": "（二）", "text": "第二组。"})
    push(stack, add)
    push(stack, AddNodeCommand(database, "plan", ("measure", add.node_id), {"year": 2025, "text": "计划。"}))
    push(stack, EditNodeCommand(database, "measure", add.node_id, {"text": "第二组，改。"}))
    push(stack, SetUnitsCommand(database, add.node_id, [("市商务局", "lead")]))
    push(stack, MoveNodeCommand(database, "measure", add.node_id, 0))
    push(stack, DeleteNodeCommand(database, "area", stored.area_tasks))
    end = dump(database)
    assert stack.count() == 6
    while stack.canUndo():
        stack.undo()
    assert dump(database) == start
    while stack.canRedo():
        stack.redo()
    end_again = dump(database)
    assert end_again["areas"] == end["areas"] and end_again["measures"] == end["measures"] == []


def test_a_refused_edit_raises_and_leaves_the_stack_alone(database, stored, stack):
    before = dump(database)
    with pytest.raises(StructureError, match="已有 2024 年"):
        push(stack, AddNodeCommand(database, "plan", ("measure", stored.task_1), {"year": 2024, "text": "x"}))
    with pytest.raises(StructureError, match="不存在"):
        push(stack, DeleteNodeCommand(database, "measure", 987654))
    assert stack.count() == 0 and dump(database) == before
    assert not push(stack, EditNodeCommand(database, "area", stored.area_tasks, {"title": "重点任务"}))
    assert not push(stack, MoveNodeCommand(database, "measure", stored.task_2, 5))  # already last
    assert stack.count() == 0


def test_a_command_pushed_directly_that_fails_is_dropped(database, stored, stack):
    recorder = Recorder()
    stack.push(AddNodeCommand(database, "plan", ("measure", stored.task_1), {"year": 2024, "text": "x"},
                              recorder.refresh, recorder.error))
    assert stack.count() == 0 and "已有 2024 年" in recorder.errors[0]
    stack.push(AddNodeCommand(database, "plan", ("measure", stored.task_1), {"year": 2030, "text": "y"}))
    assert stack.count() == 1 and stack.canUndo()
    stack.undo()
    with database.session() as session:
        assert session.scalar(select(YearlyPlan).where(YearlyPlan.year == 2030)) is None


def test_an_undo_that_no_longer_fits_the_data_is_reported_and_dropped(database, stored, stack):
    recorder = Recorder()
    push(stack, EditNodeCommand(database, "area", stored.area_general, {"title": "总要求"}))
    push(stack, DeleteNodeCommand(database, "measure", stored.task_2, recorder.refresh, recorder.error))
    with database.session() as session:  # meanwhile another user's measure took the id
        session.add(Measure(id=stored.task_2, area_id=stored.area_general, label="9.", text="别人的。"))
    stack.undo()
    assert "编号已被新建的内容占用" in recorder.errors[0]
    assert stack.count() == 1 and stack.index() == 1  # the delete is gone, the edit is still there
    stack.undo()
    assert structure.node_fields(database, "area", stored.area_general)["title"] == "总体要求"
