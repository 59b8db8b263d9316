"""Units of a measure set by hand through the registry (services.structure.units)."""

import pytest
from sqlalchemy import select

from tests.structure.conftest import dump
from zjtracker.db.models import ChangeLog, Unit
from zjtracker.services.structure import edits as structure
from zjtracker.services.structure.edits import StructureError, UnitAssignment


def _units(database, measure_id):
    return [(u.name, u.role) for u in structure.measure_units(database, measure_id)]


def test_set_units_resolves_aliases_and_creates_unknown_units(database, stored):
    before = dump(database)
    change = structure.set_units(database, stored.task_2, [
        ("市发改局", "lead", "王副市长", None, None),
        ("市发展改革局", "lead"),  # the same unit again, written another way
        ("市市场监管局", "cooperating", None, "登记注册科", "李四"),
        ("市新设服务中心", "cooperating"),
    ])
    assert change.previous == [UnitAssignment("市发展和改革局", "lead")]
    assert _units(database, stored.task_2) == [
        ("市发展和改革局", "lead"), ("市市场监督管理局", "cooperating"), ("市新设服务中心", "cooperating")]
    units = structure.measure_units(database, stored.task_2)
    assert (units[0].leader, units[1].section, units[1].person) == ("王副市长", "登记注册科", "李四")
    with database.session() as session:
        assert session.scalar(select(Unit).where(Unit.name == "市新设服务中心")) is not None
        [log] = session.scalars(select(ChangeLog).where(ChangeLog.entity == "assignment"))
    assert (log.entity_id, log.field, log.source) == (stored.task_2, "units", "typed")
    assert log.old == "市发展和改革局（牵头）"
    assert log.new.startswith("市发展和改革局（牵头：王副市长）、市市场监督管理局（配合：登记注册科/李四）")
    structure.restore_units(database, change)
    assert dump(database) == before  # the new unit is gone again


def test_restore_keeps_a_new_unit_that_is_used_elsewhere_by_now(database, stored):
    change = structure.set_units(database, stored.task_2, [("市新设服务中心", "lead")])
    structure.set_units(database, stored.task_1, [("市新设服务中心", "lead")])
    structure.restore_units(database, change)
    assert _units(database, stored.task_2) == [("市发展和改革局", "lead")]
    assert _units(database, stored.task_1) == [("市新设服务中心", "lead")]


def test_setting_the_same_units_changes_nothing(database, stored):
    before = dump(database)
    change = structure.set_units(database, stored.task_1, structure.measure_units(database, stored.task_1))
    assert dump(database) == before and change.created_units == []
    with database.session() as session:
        assert session.scalar(select(ChangeLog).where(ChangeLog.entity == "assignment")) is None


def test_bad_roles_and_blank_names(database, stored):
    before = dump(database)
    with pytest.raises(StructureError, match="角色"):
        structure.set_units(database, stored.task_1, [("市商务局", "boss")])
    assert dump(database) == before
    structure.set_units(database, stored.task_1, [(" ", "lead"), ("市商务局", "lead")])
    assert _units(database, stored.task_1) == [("市商务局", "lead")]


def test_unit_name_choices_lists_names_and_aliases(database, stored):
    choices = structure.unit_name_choices(database)
    assert "市发展和改革局" in choices and "市发改局" in choices and "市商务局" in choices
    assert choices == sorted(set(choices))
