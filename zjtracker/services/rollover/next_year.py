"""生成下一年度台账: from a policy's ledger for year N, the yearly plans of N+1 in one
transaction. The structure and the units stay as they are (they belong to the measures);
each task gets a plan for N+1 — blank or with the old plan text — unless it was closed
(已销号) in N, which the clerk leaves out or keeps greyed (the new plan created already
closed, with the same date and basis). A plan already made for N+1 is never touched.
``preview_next_year`` says what will happen to every task; ``make_next_year`` does it;
``undo_next_year`` takes it back while the new plans hold no progress."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, select

from zjtracker.db.engine import Database
from zjtracker.db.models import Attachment, ProgressReport, Review, YearlyPlan
from zjtracker.services.rollover.tasks import policy_tasks
from zjtracker.services.structure.common import StructureError, get_policy, log_change

CARRY = "carry"  # 带入
CLOSED_OUT = "closed_out"  # 已销号不带入
CLOSED_GREY = "closed_grey"  # 已销号置灰
EXISTS = "exists"  # 已有下一年度计划，不覆盖
FATES = (CARRY, CLOSED_OUT, CLOSED_GREY, EXISTS)
FATE_NAMES = {CARRY: "带入", CLOSED_OUT: "已销号不带入", CLOSED_GREY: "已销号置灰",
              EXISTS: "已有下一年度计划（不覆盖）"}
LEAVE_OUT, KEEP_GREY = "leave_out", "keep_grey"


@dataclass(frozen=True)
class Choices:
    """The clerk's choices: the old plan text copied (to edit) or blank; closed tasks left
    out or kept greyed."""

    copy_text: bool = False
    closed: str = LEAVE_OUT  # LEAVE_OUT / KEEP_GREY


@dataclass(frozen=True)
class TaskFate:
    measure_id: int
    label: str
    text: str
    area: str
    old_text: str  # the plan of year N ("" when the task had none)
    closed_on: date | None  # 销号 in year N
    fate: str  # one of FATES
    new_text: str  # the text the N+1 plan gets (or already has)


@dataclass
class RolloverPreview:
    policy_id: int
    policy_title: str
    year: int
    next_year: int
    end_year: int | None  # the policy's end year now
    choices: Choices
    tasks: list[TaskFate] = field(default_factory=list)

    @property
    def extends_end_year(self) -> bool:
        return self.end_year is not None and self.next_year > self.end_year

    @property
    def counts(self) -> dict[str, int]:
        counted = Counter(task.fate for task in self.tasks)
        return {fate: counted.get(fate, 0) for fate in FATES}

    @property
    def creates(self) -> int:
        return sum(1 for task in self.tasks if task.fate in (CARRY, CLOSED_GREY))


@dataclass(frozen=True)
class RolloverResult:
    """What ``make_next_year`` did: enough to undo it."""

    policy_id: int
    year: int
    next_year: int
    plan_ids: tuple[int, ...]
    old_end_year: int | None
    new_end_year: int | None
    counts: dict[str, int]


def _fates(session, policy_id: int, year: int, choices: Choices) -> list[TaskFate]:
    tasks = policy_tasks(session, policy_id)
    ids = [task.measure_id for task in tasks]
    plans = {(p.measure_id, p.year): p for p in session.scalars(
        select(YearlyPlan).where(YearlyPlan.measure_id.in_(ids), YearlyPlan.year.in_((year, year + 1))))} \
        if ids else {}
    fates = []
    for task in tasks:
        old, new = plans.get((task.measure_id, year)), plans.get((task.measure_id, year + 1))
        old_text = old.text if old is not None else ""
        closed_on = old.closed_on if old is not None else None
        if new is not None:
            fate, new_text = EXISTS, new.text
        elif closed_on is not None:
            fate = CLOSED_GREY if choices.closed == KEEP_GREY else CLOSED_OUT
            new_text = old_text if choices.copy_text and fate == CLOSED_GREY else ""
        else:
            fate, new_text = CARRY, old_text if choices.copy_text else ""
        fates.append(TaskFate(task.measure_id, task.label, task.text, task.area, old_text, closed_on,
                              fate, new_text))
    return fates


def _check_year(year: int) -> None:
    if not isinstance(year, int) or not 1900 <= year < 2200:
        raise StructureError(f"年份“{year}”不对，请写四位数的年份。")


def preview_next_year(database: Database, policy_id: int, year: int,
                      choices: Choices | None = None) -> RolloverPreview:
    """What generating year+1 from ``year`` would do to every task; nothing is written."""
    choices = choices or Choices()
    _check_year(year)
    with database.session() as session:
        policy = get_policy(session, policy_id)
        preview = RolloverPreview(policy_id, policy.title, year, year + 1, policy.end_year, choices)
        preview.tasks = _fates(session, policy_id, year, choices)
        return preview


def make_next_year(database: Database, policy_id: int, year: int, choices: Choices | None = None,
                   source: str = "typed") -> RolloverResult:
    """Create the plans of year+1 as the preview says, in one transaction, change-logged."""
    choices = choices or Choices()
    _check_year(year)
    with database.session() as session:
        policy = get_policy(session, policy_id)
        fates = _fates(session, policy_id, year, choices)
        if not fates:
            raise StructureError(f"《{policy.title}》还没有任务，无法生成{year + 1}年度台账。")
        closed = {p.measure_id: p for p in session.scalars(select(YearlyPlan).where(
            YearlyPlan.measure_id.in_([f.measure_id for f in fates if f.fate == CLOSED_GREY]),
            YearlyPlan.year == year))}
        created = []
        for fate in fates:
            if fate.fate not in (CARRY, CLOSED_GREY):
                continue
            plan = YearlyPlan(measure_id=fate.measure_id, year=year + 1, text=fate.new_text)
            if fate.fate == CLOSED_GREY:
                old = closed[fate.measure_id]
                plan.closed_on, plan.closed_basis, plan.closed_by = old.closed_on, old.closed_basis, old.closed_by
            session.add(plan)
            created.append(plan)
        session.flush()
        for plan in created:
            log_change(session, "plan", plan.id, "created", None, f"{year + 1}年（由{year}年度台账生成）", source)
        old_end = policy.end_year
        if old_end is not None and year + 1 > old_end:
            policy.end_year = year + 1
            log_change(session, "policy", policy.id, "end_year", old_end, year + 1, source)
        counts = dict(Counter(f.fate for f in fates))
        return RolloverResult(policy_id, year, year + 1, tuple(p.id for p in created), old_end,
                              policy.end_year, {fate: counts.get(fate, 0) for fate in FATES})


def undo_next_year(database: Database, result: RolloverResult, source: str = "undo") -> None:
    """Remove the plans the rollover made and put the end year back, in one transaction.
    Refused (nothing changed) once progress, a review or evidence was stored for them."""
    ids = list(result.plan_ids)
    with database.session() as session:
        policy = get_policy(session, result.policy_id)
        if ids:
            used = sum(session.scalar(select(func.count(model.id)).where(model.plan_id.in_(ids))) or 0
                       for model in (ProgressReport, Review, Attachment))
            if used:
                raise StructureError(
                    f"{result.next_year}年度台账中已填报了进展或材料，不能再撤销生成；"
                    f"如需删除，请逐项删除年度计划。")
            present = list(session.scalars(select(YearlyPlan.id).where(YearlyPlan.id.in_(ids))))
            session.execute(delete(YearlyPlan).where(YearlyPlan.id.in_(present)))
            for plan_id in present:
                log_change(session, "plan", plan_id, "deleted", f"{result.next_year}年", None, source)
        if policy.end_year != result.old_end_year and policy.end_year == result.new_end_year:
            log_change(session, "policy", policy.id, "end_year", policy.end_year, result.old_end_year, source)
            policy.end_year = result.old_end_year


def redo_next_year(database: Database, result: RolloverResult, choices: Choices) -> RolloverResult:
    """Make the plans again after an undo (new ids; the same choices)."""
    return make_next_year(database, result.policy_id, result.year, choices)


def latest_plan_year(database: Database, policy_id: int) -> int | None:
    """The newest year with plans in the policy (the year a rollover starts from by default)."""
    with database.session() as session:
        ids = [t.measure_id for t in policy_tasks(session, policy_id)]
        if not ids:
            return None
        return session.scalar(select(func.max(YearlyPlan.year)).where(YearlyPlan.measure_id.in_(ids)))
