"""Matching the rows of a return to the yearly plans of a policy.

A stamped file names its policy, unit and period, and each row its plan and measure (row
key). A return in the city's ledger layout is matched by 序号 within the policy: directly
where the numbers are unique, else narrowed by the 指标名称 / heading above the row, the
group, and the task text. Its policy is the one given, or the one whose task texts agree
with the file's; a ledger whose texts agree with none is refused (wrong_ledger).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, Policy, SentWorkbook, YearlyPlan
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing import returns_model as R
from zjtracker.importing.returns_model import Issue, ReturnFile, ReturnRow, where
from zjtracker.services.ledger import LedgerRow, ledger_rows
from zjtracker.services.periods import Period
from zjtracker.services.policy_queries import PolicyNotFound
from zjtracker.services.returns_units import unit_named_in
from zjtracker.services.returns_text import DIFFERENT, SAME, meaningful, mentions, similarity


@dataclass
class Match:
    policy_id: int
    policy_title: str
    unit_id: int | None = None
    unit_name: str = ""
    sent_workbook_id: int | None = None
    pairs: list[tuple[ReturnRow, LedgerRow]] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)


def _refuse(reason: str, message: str) -> ImportRefused:
    return ImportRefused(message, reason)


def match_return(database: Database, file: ReturnFile, period: Period, policy_id: int | None = None,
                 unit_id: int | None = None) -> Match:
    if policy_id is not None:
        with database.session() as session:
            if session.get(Policy, policy_id) is None:
                raise PolicyNotFound(policy_id)
    if file.stamp is not None:
        return _match_stamped(database, file, period, policy_id, unit_id)
    return _match_ledger(database, file, period, policy_id)


def _match_stamped(database: Database, file: ReturnFile, period: Period, policy_id: int | None,
                   unit_id: int | None) -> Match:
    stamp, name = file.stamp, file.file_name
    if stamp.period != str(period):
        raise _refuse(R.WRONG_PERIOD, f"文件“{name}”是 {_period_label(stamp.period)}的报送表，"
                      f"不是 {period.label()}（{period}）的。请选择正确的报告期，或找对应的文件再导入。")
    with database.session() as session:
        policy = session.get(Policy, stamp.policy_id)
        if policy is None or policy.title != stamp.policy_title or (
                policy_id is not None and policy_id != stamp.policy_id):
            raise _refuse(R.WRONG_LEDGER, f"文件“{name}”是政策“{stamp.policy_title}”的报送表，"
                          "与要导入的政策不符（或不是从本数据库导出的）。请确认政策后再导入。")
        sent = session.scalar(select(SentWorkbook).where(SentWorkbook.token == stamp.token))
    if unit_id is not None and stamp.unit_id != unit_id:
        raise _refuse(R.WRONG_UNIT, f"文件“{name}”是发给“{stamp.unit_name}”的报送表，"
                      "不是所选单位的。请确认报回单位后再导入。")
    match = Match(stamp.policy_id, stamp.policy_title, stamp.unit_id, stamp.unit_name,
                  sent.id if sent is not None else None)
    if sent is None:
        match.warnings.append(Issue(R.UNKNOWN_STAMP, f"文件“{name}”不是从本数据库导出的（或导出记录已不在），"
                                    "将按表中的标记对应任务。"))
    named = unit_named_in(database, name)
    if named is not None and named != stamp.unit_id:
        match.warnings.append(Issue(R.UNIT_DIFFERS, f"文件名“{name}”写的是另一个单位，但这份报送表是发给"
                                    f"“{stamp.unit_name}”的，将按“{stamp.unit_name}”的报回处理。请核实是否发错了文件。"))
    targets = {row.plan_id: row for row in ledger_rows(database, period, stamp.policy_id)}
    keyed = any(row.key for row in file.rows)  # else the key column is gone: go by row number
    for row in file.rows:
        stamped = stamp.rows.get(row.key) if keyed else stamp.row_at(row.row)
        target = targets.get(stamped.plan_id) if stamped else None
        if target is None or target.measure_id != stamped.measure_id:
            if row.values or row.problems:
                match.rejected.append(Issue(
                    R.UNKNOWN_TASK, f"{where(name, row.sheet, row.row)}：这一行不是导出时的任务"
                    "（或该任务已从数据库中删除），无法对应，未导入。", row.sheet, row.row, row.task))
            continue
        row.key = stamped.key
        match.pairs.append((row, target))
    return match


def _period_label(text: str) -> str:
    try:
        return f"{Period.parse(text).label()}（{text}）"
    except ValueError:
        return text


class _Index:
    """The plans of one policy for the period's year, by measure number."""

    def __init__(self, rows: list[LedgerRow]):
        self.by_number: dict[int, list[LedgerRow]] = defaultdict(list)
        for row in rows:
            if row.number is not None:
                self.by_number[row.number].append(row)

    def agrees(self, row: ReturnRow) -> bool:
        return any((similarity(row.text, t.measure_text) or 0) >= SAME for t in self.by_number.get(row.number, ()))

    def find(self, row: ReturnRow) -> list[LedgerRow]:
        candidates = self.by_number.get(row.number, [])
        if len(candidates) <= 1:
            return candidates
        for context, attrs in ((row.area, ("area_label", "area_title")), (row.group, ("group_label", "group_text")),
                               (f"{row.area} {row.group}", ("group_label", "group_text"))):
            narrowed = [t for t in candidates if mentions(context, getattr(t, attrs[0]), getattr(t, attrs[1]))]
            if len(narrowed) == 1:
                return narrowed
            if narrowed:
                candidates = narrowed
        scored = sorted(((similarity(row.text, t.measure_text) or 0, i) for i, t in enumerate(candidates)),
                        reverse=True)
        if scored and scored[0][0] >= SAME and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            return [candidates[scored[0][1]]]
        return candidates


def _choose_policy(database: Database, file: ReturnFile, period: Period, policy_id: int | None):
    rows = ledger_rows(database, period, policy_id)
    by_policy: dict[int, list[LedgerRow]] = defaultdict(list)
    for row in rows:
        by_policy[row.policy_id].append(row)
    texted = [r for r in file.rows if r.number is not None and meaningful(r.text)]
    name = file.file_name
    if policy_id is None and not texted:
        raise _refuse(R.WRONG_LEDGER, f"文件“{name}”中没有“工作任务”列，无法判断它属于哪项政策。"
                      "请指定政策（--policy）后再导入。")
    scores = {}
    for pid, prows in by_policy.items():
        index = _Index(prows)
        scores[pid] = sum(1 for r in texted if index.agrees(r))
    if policy_id is None:
        policy_id = max(scores, key=lambda pid: (scores[pid], -pid), default=None)
    score = scores.get(policy_id, 0)
    if policy_id is None or (texted and score < max(1, len(texted) / 2)):
        title = _title(database, policy_id) if policy_id is not None else ""
        target = f"政策“{title}”{period.year}年的任务" if title else f"数据库中任何一项政策{period.year}年的任务"
        raise _refuse(R.WRONG_LEDGER, f"文件“{name}”中的任务与{target}对不上（{len(texted)} 行中只有 "
                      f"{score} 行的任务内容一致），看来是另一份台账。请确认政策和报告期后再导入。")
    return policy_id, by_policy.get(policy_id, [])


def _title(database: Database, policy_id: int) -> str:
    with database.session() as session:
        policy = session.get(Policy, policy_id)
        return policy.title if policy else ""


def _numbers_without_plan(database: Database, policy_id: int, year: int) -> set[int]:
    with database.session() as session:
        numbers = set(session.scalars(
            select(Measure.number).join(Area).where(Area.policy_id == policy_id, Measure.is_group.is_(False))))
        planned = set(session.scalars(
            select(Measure.number).join(Area).join(YearlyPlan)
            .where(Area.policy_id == policy_id, YearlyPlan.year == year)))
    return {n for n in numbers - planned if n is not None}


def _match_ledger(database: Database, file: ReturnFile, period: Period, policy_id: int | None) -> Match:
    policy_id, targets = _choose_policy(database, file, period, policy_id)
    match = Match(policy_id, _title(database, policy_id))
    index = _Index(targets)
    unplanned = _numbers_without_plan(database, policy_id, period.year)
    name = file.file_name
    for row in file.rows:
        if not row.values and not row.problems:
            continue  # a row with nothing filled in changes nothing
        place = where(name, row.sheet, row.row)
        if row.number is None:
            what = f"序号“{row.task}”无法识别" if row.task else "没有序号"
            match.rejected.append(Issue(R.UNKNOWN_TASK, f"{place}：{what}，无法对应到任务，未导入。",
                                        row.sheet, row.row, row.task))
            continue
        found = index.find(row)
        if not found:
            if row.number in unplanned:
                match.rejected.append(Issue(R.NO_PLAN, f"{place}：任务（{row.number}）没有 {period.year} 年的"
                                            "年度计划，无法记录本期进展，未导入。", row.sheet, row.row, row.task))
            else:
                match.rejected.append(Issue(R.UNKNOWN_TASK, f"{place}：序号（{row.number}）在政策“{match.policy_title}”"
                                            "中不存在，未导入。", row.sheet, row.row, row.task))
            continue
        if len(found) > 1:
            match.rejected.append(Issue(R.AMBIGUOUS_TASK, f"{place}：政策中有 {len(found)} 项序号为（{row.number}）"
                                        "的任务，无法确定是哪一项，未导入。请在表中保留“指标名称”和“工作任务”列。",
                                        row.sheet, row.row, row.task))
            continue
        target = found[0]
        score = similarity(row.text, target.measure_text)
        if score is not None and score < DIFFERENT:
            row.warnings.append(Issue(R.TASK_TEXT_DIFFERS, f"{place}：表中（{row.number}）的任务内容与数据库中的"
                                      f"“{target.measure_text[:24]}…”明显不同，请核对序号是否填错。",
                                      row.sheet, row.row, row.task))
        row.key = f"{target.plan_id}:{target.measure_id}"
        match.pairs.append((row, target))
    return match
