import pytest
from sqlalchemy import func, select

from tests.services.factories import result_of, small_policy
from tests.units_admin.conftest import ABSORB, KEEP, twin_units_policy
from zjtracker.db.models import Assignment, ChangeLog, Measure, ProgressReport, Unit, UnitAlias, YearlyPlan
from zjtracker.services.ledger import find_unit_id
from zjtracker.services.policies.importer import store_result
from zjtracker.services.units.search import sort_key
from zjtracker.services.units.admin import (
    AliasTaken, BadName, DuplicateName, SameUnit, UnitAdminError, add_alias, list_units, merge_units,
    remove_alias, rename_unit, unit_names)


@pytest.fixture
def loaded(database):
    store_result(database, result_of(small_policy(), twin_units_policy()), "s")
    return database


def _info(database, name):
    [info] = [u for u in list_units(database) if u.name == name]
    return info


def _assignments(database, unit_id):
    with database.session() as session:
        return sorted(session.execute(
            select(Measure.number, Assignment.role, Assignment.person)
            .join(Measure, Measure.id == Assignment.measure_id).where(Assignment.unit_id == unit_id)).all())


def _log(database):
    with database.session() as session:
        return [(c.entity, c.entity_id, c.field, c.old, c.new)
                for c in session.scalars(select(ChangeLog).order_by(ChangeLog.id))]


def test_list_units_counts_measures_by_role(loaded):
    units = {u.name: u for u in list_units(loaded)}
    with loaded.session() as session:
        expected = dict(session.execute(
            select(Unit.name, func.count(func.distinct(Assignment.measure_id)))
            .join(Assignment, Assignment.unit_id == Unit.id).where(Assignment.role == "lead")
            .group_by(Unit.name)).all())
    assert {n: u.lead_count for n, u in units.items() if u.lead_count} == expected
    development = units["市发展和改革局"]
    assert development.lead_count == 3 and "市发改局" in development.aliases
    assert (units[KEEP].lead_count, units[KEEP].cooperating_count, units[KEEP].responsible_count) == (1, 1, 0)
    assert (units[ABSORB].lead_count, units[ABSORB].responsible_count) == (2, 1)
    assert units["市商务局"].cooperating_count == 2 and units["市商务局"].kind == "city_bureau"
    assert [u.name for u in list_units(loaded)] == sorted(units, key=sort_key)  # 拼音顺序
    assert sort_key("市旅控集团") < sort_key("市商务局") < sort_key("市税务局")


def test_merge_moves_assignments_aliases_and_references(loaded):
    keep_id, absorb_id = find_unit_id(loaded, KEEP), find_unit_id(loaded, ABSORB)
    add_alias(loaded, absorb_id, "旅控集团")
    before_keep, before_absorb = _info(loaded, KEEP), _info(loaded, ABSORB)
    with loaded.session() as session:
        plan = session.scalars(select(YearlyPlan).order_by(YearlyPlan.id)).first()
        session.add(ProgressReport(plan_id=plan.id, period="2024Q3", percent=10.0, reporting_unit_id=absorb_id))
    result = merge_units(loaded, keep_id, absorb_id)
    assert (result.kept_name, result.absorbed_name) == (KEEP, ABSORB)
    assert (result.moved_assignments, result.dropped_duplicates) == (2, 1)
    assert result.moved_aliases == ["旅控集团"]
    assert result.moved_references == {"progress_reports.reporting_unit_id": 1}
    after = _info(loaded, KEEP)
    assert after.lead_count == before_keep.lead_count + before_absorb.lead_count - 1 == 2
    assert after.responsible_count == 1 and after.cooperating_count == 1
    assert set(after.aliases) == {"旅控集团", ABSORB}
    # the duplicate lead on measure 1 is dropped, keeping the person only it knew
    assert _assignments(loaded, keep_id) == [
        (1, "lead", "张三"), (2, "lead", None), (3, "cooperating", None), (3, "responsible", None)]
    with loaded.session() as session:
        assert session.get(Unit, absorb_id) is None
        assert session.scalar(select(func.count()).select_from(Assignment).where(Assignment.unit_id == absorb_id)) == 0
        assert session.scalar(select(ProgressReport.reporting_unit_id)) == keep_id
    assert find_unit_id(loaded, ABSORB) == keep_id and find_unit_id(loaded, "旅控集团") == keep_id
    assert ABSORB not in [u.name for u in list_units(loaded)]
    log = _log(loaded)
    assert ("unit", absorb_id, "merged_into", ABSORB, KEEP) in log
    assert ("unit", keep_id, "alias", None, ABSORB) in log and ("unit", keep_id, "alias", None, "旅控集团") in log
    assert sum(1 for e in log if e[2] == "assignment") == 3
    assert all(e[0] == "unit" for e in log if e[0] != "policy")


def test_rename_keeps_the_old_name_as_an_alias(loaded):
    unit_id = find_unit_id(loaded, "市商务局")
    rename_unit(loaded, unit_id, "  湛江市商务局 ")
    info = _info(loaded, "湛江市商务局")
    assert info.id == unit_id and "市商务局" in info.aliases
    assert find_unit_id(loaded, "市商务局") == unit_id
    assert ("unit", unit_id, "name", "市商务局", "湛江市商务局") in _log(loaded)
    rename_unit(loaded, unit_id, "市商务局")  # back again: the alias becomes the name
    assert _info(loaded, "市商务局").aliases == ("湛江市商务局",)


@pytest.mark.parametrize("action, args, error, words", [
    ("merge", ("市商务局", "市商务局"), SameUnit, ["市商务局", "自己"]),
    ("rename", ("市商务局", "市发展和改革局"), DuplicateName, ["市发展和改革局", "合并"]),
    ("rename", ("市商务局", "市发改局"), DuplicateName, ["市发改局", "市发展和改革局"]),
    ("rename", ("市商务局", ""), BadName, ["不能为空"]),
    ("alias", ("市商务局", "市发改局"), AliasTaken, ["市发改局", "市发展和改革局"]),
    ("alias", ("市商务局", "湛江市发展和改革局"), AliasTaken, ["市发展和改革局"]),
    ("alias", ("市发展和改革局", "市发改局"), AliasTaken, ["已是"]),
    ("alias", ("市商务局", "市商务局"), AliasTaken, ["已是"]),
])
def test_refusals_are_clear_and_change_nothing(loaded, action, args, error, words):
    before_units, before_log = list_units(loaded), _log(loaded)
    first, second = find_unit_id(loaded, args[0]), args[1]
    with pytest.raises(error) as refused:
        if action == "merge":
            merge_units(loaded, first, find_unit_id(loaded, second))
        elif action == "rename":
            rename_unit(loaded, first, second)
        else:
            add_alias(loaded, first, second)
    assert isinstance(refused.value, (UnitAdminError, ValueError))
    assert all(word in str(refused.value) for word in words), str(refused.value)
    assert list_units(loaded) == before_units and _log(loaded) == before_log


def test_aliases_can_be_added_and_removed_and_names_complete(loaded):
    unit_id = find_unit_id(loaded, "市商务局")
    add_alias(loaded, unit_id, "商务局")
    assert "商务局" in unit_names(loaded) and find_unit_id(loaded, "商务局") == unit_id
    remove_alias(loaded, unit_id, "商务局")
    assert "商务局" not in unit_names(loaded)
    with pytest.raises(UnitAdminError):
        remove_alias(loaded, unit_id, "商务局")
    names = unit_names(loaded)
    assert {"市发展和改革局", "市发改局", KEEP, ABSORB} <= set(names) and names == sorted(names, key=sort_key)
    with loaded.session() as session:
        assert session.scalar(select(func.count()).select_from(UnitAlias).where(UnitAlias.alias == "商务局")) == 0
    assert ("unit", unit_id, "alias", "商务局", None) in _log(loaded)
