import pytest

from tests.services.factories import result_of, small_policy
from zjtracker.db.models import ChangeLog, YearlyPlan
from zjtracker.services.periods import Period
from zjtracker.services.policies.importer import store_result
from zjtracker.services.policies.queries import dump_policy
from zjtracker.services.progress import (
    EditConflict, InvalidProgress, history, load_progress, save_progress, with_values)


def _plan_id(database, year=2024):
    with database.session() as session:
        return session.query(YearlyPlan).filter_by(year=year).order_by(YearlyPlan.id).first().id


def test_save_then_load_and_dump(database):
    [policy_id] = store_result(database, result_of(small_policy()), "s")
    plan_id = _plan_id(database)
    form = load_progress(database, plan_id, "2024Q2")
    assert form.version is None and form.percent is None
    saved = save_progress(database, with_values(form, status_text="已召开推进会。", percent=40.0,
                                                assessment="序时推进", problems="=SUM(A1)"))
    assert saved.version == 1
    again = load_progress(database, plan_id, "2024Q2")
    assert (again.status_text, again.percent, again.problems) == ("已召开推进会。", 40.0, "=SUM(A1)")
    task = dump_policy(database, policy_id, Period.parse("2024Q2"))["areas"][1]["measures"][0]["children"][0]
    assert task["progress"]["percent"] == 40 and task["progress"]["assessment"] == "序时推进"
    with database.session() as session:
        logged = {(c.field, c.old, c.new) for c in session.query(ChangeLog)}
    assert ("percent", None, "40") in logged and ("status_text", "", "已召开推进会。") in logged


def test_a_stale_form_is_a_conflict_and_nothing_is_lost(database):
    store_result(database, result_of(small_policy()), "s")
    plan_id = _plan_id(database)
    mine = save_progress(database, with_values(load_progress(database, plan_id, "2024Q3"), percent=50.0))
    theirs = save_progress(database, with_values(mine, percent=60.0, status_text="他人填写"))
    with pytest.raises(EditConflict) as conflict:
        save_progress(database, with_values(mine, percent=55.0))
    assert conflict.value.theirs.percent == 60.0 and conflict.value.theirs.version == theirs.version
    assert load_progress(database, plan_id, "2024Q3").status_text == "他人填写"


@pytest.mark.parametrize("values, field", [({"percent": 120.0}, "percent"), ({"percent": -1.0}, "percent"),
                                           ({"assessment": "差不多"}, "assessment")])
def test_invalid_values_are_refused_with_the_field(database, values, field):
    store_result(database, result_of(small_policy()), "s")
    form = load_progress(database, _plan_id(database), "2024Q1")
    with pytest.raises(InvalidProgress) as refused:
        save_progress(database, with_values(form, **values))
    assert refused.value.field == field
    assert load_progress(database, _plan_id(database), "2024Q1").version is None


def test_history_is_in_period_order(database):
    store_result(database, result_of(small_policy()), "s")
    plan_id = _plan_id(database)
    for period, percent in (("2024Q3", 70.0), ("2024Q1", 20.0), ("2024Q2", 45.0)):
        save_progress(database, with_values(load_progress(database, plan_id, period), percent=percent))
    assert [(f.period, f.percent) for f in history(database, plan_id)] == [
        ("2024Q1", 20.0), ("2024Q2", 45.0), ("2024Q3", 70.0)]
