"""Matching the rows of a return to the yearly plans of a policy.

A stamped file names its policy, unit and period, and each row its plan and measure (row
key). A return in the city's ledger layout is matched by 序号 within the policy: directly
where the numbers are unique, else narrowed by the 指标名称 / heading above the row, the
group, and the task text. Its policy is the one given, or the one whose task texts agree
with the file's (``returns_choose``); a ledger whose texts agree with none is refused
(wrong_ledger). Everything is read in one session, as plain tuples (``returns_targets``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import Policy, SentWorkbook
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.returns import model as R
from zjtracker.importing.returns.model import Issue, ReturnFile, ReturnRow, where
from zjtracker.services.periods import Period
from zjtracker.services.policies.queries import PolicyNotFound
from zjtracker.services.returns.choose import choose_policy
from zjtracker.services.returns.targets import Target, load_targets
from zjtracker.services.returns.text import DIFFERENT, SAME, mentions, similarity
from zjtracker.services.returns.units import unit_in_name


@dataclass
class Match:
    policy_id: int
    policy_title: str
    unit_id: int | None = None
    unit_name: str = ""
    sent_workbook_id: int | None = None
    pairs: list[tuple[ReturnRow, Target]] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)


def _refuse(reason: str, message: str) -> ImportRefused:
    return ImportRefused(message, reason)


def match_return(database: Database, file: ReturnFile, period: Period, policy_id: int | None = None,
                 unit_id: int | None = None) -> Match:
    with database.session() as session:
        return match_in(session, file, period, policy_id, unit_id)


def match_in(session: Session, file: ReturnFile, period: Period, policy_id: int | None = None,
             unit_id: int | None = None) -> Match:
    """``match_return`` inside the caller's session."""
    if policy_id is not None and session.get(Policy, policy_id) is None:
        raise PolicyNotFound(policy_id)
    if file.stamp is not None:
        return _match_stamped(session, file, period, policy_id, unit_id)
    return _match_ledger(session, file, period, policy_id)


def _match_stamped(session: Session, file: ReturnFile, period: Period, policy_id: int | None,
                   unit_id: int | None) -> Match:
    stamp, name = file.stamp, file.file_name
    if stamp.period != str(period):
        raise _refuse(R.WRONG_PERIOD, f"文件“{name}”是 {_period_label(stamp.period)}的报送表，"
                      f"不是 {period.label()}（{period}）的。请选择正确的报告期，或找对应的文件再导入。")
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
    named = unit_in_name(session, name)
    if named is not None and named != stamp.unit_id:
        match.warnings.append(Issue(R.UNIT_DIFFERS, f"文件名“{name}”写的是另一个单位，但这份报送表是发给"
                                    f"“{stamp.unit_name}”的，将按“{stamp.unit_name}”的报回处理。请核实是否发错了文件。"))
    targets = {t.plan_id: t for t in load_targets(session, period, [stamp.policy_id])[stamp.policy_id].targets}
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

    def __init__(self, targets: list[Target]):
        self.by_number: dict[int, list[Target]] = defaultdict(list)
        for target in targets:
            if target.number is not None:
                self.by_number[target.number].append(target)

    def find(self, row: ReturnRow) -> list[Target]:
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


def _match_ledger(session: Session, file: ReturnFile, period: Period, policy_id: int | None) -> Match:
    policy = choose_policy(session, file, period, policy_id)
    match = Match(policy.policy_id, policy.title)
    index = _Index(policy.targets)
    unplanned = policy.unplanned
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
