"""save_progress between two desks, one step at a time: a changed row, a deleted row and a
deleted plan are each reported as what they are, and nothing is half-saved."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select

from zjtracker.db.models import ChangeLog, ProgressReport, YearlyPlan
from zjtracker.services.progress import EditConflict, PlanGone, load_progress, save_progress, with_values

PERIOD = "2024Q3"


def test_a_row_deleted_at_the_other_desk_is_a_conflict_and_mine_can_store_it_again(database, other_desk,
                                                                                    plan_id):
    mine = save_progress(database, with_values(load_progress(database, plan_id, PERIOD), status_text="原有"))
    with other_desk.session() as session:
        session.execute(delete(ProgressReport).where(ProgressReport.plan_id == plan_id))
    with pytest.raises(EditConflict) as conflict:
        save_progress(database, with_values(mine, status_text="我的"))
    assert conflict.value.deleted and "删除" in str(conflict.value)
    stored = save_progress(database, with_values(mine, status_text="我的", version=conflict.value.theirs.version))
    assert (stored.version, load_progress(other_desk, plan_id, PERIOD).status_text) == (1, "我的")


def test_a_plan_deleted_at_the_other_desk(database, other_desk, plan_id):
    form = load_progress(database, plan_id, PERIOD)
    with other_desk.session() as session:
        session.execute(delete(YearlyPlan).where(YearlyPlan.id == plan_id))
    with pytest.raises(PlanGone) as gone:
        save_progress(database, with_values(form, status_text="我的"))
    assert gone.value.plan_id == plan_id and isinstance(gone.value, LookupError)
    with database.session() as session:
        assert session.scalar(select(func.count(ChangeLog.id)).where(ChangeLog.entity == "progress")) == 0


def test_a_stale_version_changes_nothing(database, other_desk, plan_id):
    mine = save_progress(database, with_values(load_progress(database, plan_id, PERIOD), status_text="一"))
    theirs = save_progress(other_desk, with_values(load_progress(other_desk, plan_id, PERIOD), status_text="二"))
    with database.session() as session:
        logged = session.scalar(select(func.count(ChangeLog.id)))
    with pytest.raises(EditConflict) as conflict:
        save_progress(database, with_values(mine, status_text="三", percent=10.0))
    assert not conflict.value.deleted and conflict.value.theirs.status_text == "二"
    assert conflict.value.theirs.version == theirs.version == 2
    with database.session() as session:
        assert session.scalar(select(func.count(ChangeLog.id))) == logged
    assert load_progress(database, plan_id, PERIOD).percent is None
