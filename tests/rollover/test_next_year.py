"""生成下一年度台账 on real databases (SQLite and PostgreSQL): tasks carried, closed ones left
out or kept greyed as chosen, plans already made for the new year never overwritten, the
policy's end year extended, every new plan in the change log, and the undo."""

from datetime import date

import pytest
from sqlalchemy import select

from tests.rollover.factories import LEDGER_2025, write_policy
from zjtracker.db.models import ChangeLog, Policy, ProgressReport, YearlyPlan
from zjtracker.services.rollover.next_year import (
    CARRY,
    CLOSED_GREY,
    CLOSED_OUT,
    EXISTS,
    KEEP_GREY,
    Choices,
    make_next_year,
    preview_next_year,
    undo_next_year,
)
from zjtracker.services.structure.common import StructureError


def plans_of(database, year):
    with database.session() as session:
        return {p.measure_id: (p.text, p.closed_on, p.closed_basis)
                for p in session.scalars(select(YearlyPlan).where(YearlyPlan.year == year))}


def test_blank_plans_carried_and_closed_tasks_left_out(database):
    policy_id, ids = write_policy(database, "湛江市2025年重点工作台账", 2025, LEDGER_2025)
    preview = preview_next_year(database, policy_id, 2025)
    assert [t.fate for t in preview.tasks] == [CARRY, CLOSED_OUT, CARRY, CLOSED_OUT]
    assert preview.extends_end_year and preview.creates == 2
    result = make_next_year(database, policy_id, 2025)
    assert plans_of(database, 2026) == {ids[1]: ("", None, ""), ids[3]: ("", None, "")}
    assert result.counts == {CARRY: 2, CLOSED_OUT: 2, CLOSED_GREY: 0, EXISTS: 0}
    with database.session() as session:
        assert session.get(Policy, policy_id).end_year == 2026
        log = [(r.entity, r.field, r.new) for r in session.scalars(select(ChangeLog).order_by(ChangeLog.id))]
    assert log.count(("plan", "created", "2026年（由2025年度台账生成）")) == 2
    assert ("policy", "end_year", "2026") in log
    assert len(plans_of(database, 2025)) == 4  # last year's ledger untouched


def test_copied_text_and_closed_tasks_kept_greyed(database):
    policy_id, ids = write_policy(database, "湛江市2025年重点工作台账", 2025, LEDGER_2025, end_year=2027)
    choices = Choices(copy_text=True, closed=KEEP_GREY)
    preview = preview_next_year(database, policy_id, 2025, choices)
    assert [t.fate for t in preview.tasks] == [CARRY, CLOSED_GREY, CARRY, CLOSED_GREY]
    assert not preview.extends_end_year
    make_next_year(database, policy_id, 2025, choices)
    new = plans_of(database, 2026)
    assert len(new) == 4
    assert new[ids[1]] == (plans_of(database, 2025)[ids[1]][0], None, "")
    assert new[ids[2]][1:] == (date(2025, 12, 20), "验收报告")  # created already closed: greyed in the tree
    with database.session() as session:
        assert session.get(Policy, policy_id).end_year == 2027  # within the policy's years: unchanged


def test_a_plan_already_made_for_next_year_is_never_overwritten(database):
    policy_id, ids = write_policy(database, "湛江市2025年重点工作台账", 2025, LEDGER_2025)
    with database.session() as session:
        session.add(YearlyPlan(measure_id=ids[1], year=2026, text="已写好的2026年计划"))
    preview = preview_next_year(database, policy_id, 2025, Choices(copy_text=True))
    assert preview.tasks[0].fate == EXISTS and preview.tasks[0].new_text == "已写好的2026年计划"
    result = make_next_year(database, policy_id, 2025, Choices(copy_text=True))
    assert plans_of(database, 2026)[ids[1]][0] == "已写好的2026年计划"
    assert len(result.plan_ids) == 1  # only task 3 (2 and 4 are closed)
    again = make_next_year(database, policy_id, 2025, Choices(copy_text=True))  # twice: nothing new
    assert again.plan_ids == () and again.counts[EXISTS] == 2


def test_undo_removes_the_new_year_and_puts_the_end_year_back(database):
    policy_id, _ids = write_policy(database, "湛江市2025年重点工作台账", 2025, LEDGER_2025)
    result = make_next_year(database, policy_id, 2025)
    undo_next_year(database, result)
    assert plans_of(database, 2026) == {}
    with database.session() as session:
        assert session.get(Policy, policy_id).end_year == 2025
        fields = [(r.entity, r.field, r.source) for r in session.scalars(select(ChangeLog))]
    assert fields.count(("plan", "deleted", "undo")) == 2 and ("policy", "end_year", "undo") in fields


def test_undo_is_refused_once_progress_is_reported_in_the_new_year(database):
    policy_id, _ids = write_policy(database, "湛江市2025年重点工作台账", 2025, LEDGER_2025)
    result = make_next_year(database, policy_id, 2025)
    with database.session() as session:
        session.add(ProgressReport(plan_id=result.plan_ids[0], period="2026Q1", percent=10))
    with pytest.raises(StructureError, match="已填报了进展"):
        undo_next_year(database, result)
    assert len(plans_of(database, 2026)) == 2


def test_a_policy_without_tasks_is_refused_in_words(database):
    with database.session() as session:
        policy = Policy(title="空台账")
        session.add(policy)
        session.flush()
        policy_id = policy.id
    with pytest.raises(StructureError, match="还没有任务"):
        make_next_year(database, policy_id, 2025)
