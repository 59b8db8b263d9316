"""The change log in words: the Chinese names of entities, fields and sources, the stored
values as a clerk reads them (是/否, 第 3 位, 2025年第三季度), and the label of what each row
changed (（3）推进… / 2025年 / 2025年第三季度), resolved for a whole page in a few queries.

An id can outlive its row: a deleted area, measure or plan (its ``deleted`` row keeps its
name) or a progress report removed by undoing an import (the plan's ``progress_deleted`` row
keeps plan, period and the report's id). SQLite may give such an id to a new row; the rows
before a later ``created`` (structure) or before the removal (progress) belong to the old one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import (
    Area,
    ChangeLog,
    Indicator,
    Measure,
    Policy,
    ProgressReport,
    ReportText,
    Unit,
    YearlyPlan,
)
from zjtracker.services.periods import BadPeriod, Period
from zjtracker.services.tree import short_title

# entity → 修改对象 (the log view's kind filter offers these, in this order)
KIND_NAMES = {
    "progress": "进展", "plan": "年度计划", "measure": "措施", "assignment": "责任单位",
    "area": "领域", "policy": "政策文件", "indicator": "指标", "unit": "单位", "report_text": "报告文字",
    "attachment": "佐证材料",
}
SOURCE_NAMES = {"typed": "手工录入", "import": "导入", "undo": "撤销"}

_COMMON = {"created": "新建", "deleted": "删除", "restored": "恢复", "position": "顺序"}
_FIELDS = {
    "progress": {"status_text": "落实情况", "problems": "存在问题", "suggestions": "意见建议",
                 "percent": "完成进度", "assessment": "评估情况", "remarks": "备注"},
    "plan": {"year": "年份", "text": "计划内容", "target": "目标值", "progress_deleted": "删除进展",
             "review": "复核/退回", "closed_on": "办结销号日期", "closed_basis": "销号依据", "closed_by": "销号经办人"},
    "measure": {"label": "编号", "number": "序号", "text": "内容", "deadline": "完成时限（日期）",
                "deadline_text": "完成时限", "is_group": "是否分组", "previous_id": "上年任务"},
    "assignment": {"units": "责任单位"},
    "area": {"label": "编号", "title": "标题", "guiding_text": "指导性内容"},
    "policy": {"created": "导入", "status": "状态", "interpretation": "政策解读", "title": "标题",
               "doc_no": "文号", "short_name": "简称", "issuer": "发文机关", "start_year": "起始年份",
               "end_year": "截止年份", "frequency": "报送频次"},
    "unit": {"name": "名称", "alias": "别名", "assignment": "分工", "merged_into": "合并到"},
    "indicator": {},
    "attachment": {"added": "添加", "removed": "删除"},  # entity id: the plan; old: the period; new: the file
    "report_text": {"recipient": "主送", "issuer": "发文机关署名", "signed_on": "成文日期", "short_name": "简称",
                    "opening": "开头", "overview": "一、总体情况", "highlights": "二、主要进展",
                    "problems": "三、存在问题", "next_steps": "四、下一步工作", "attachments_note": "附件说明"},
}
_TABLES = {"progress_reports": "进展", "import_batches": "导入记录", "sent_workbooks": "报送表"}


def kind_name(entity: str) -> str:
    return KIND_NAMES.get(entity, entity)


def field_name(entity: str, field: str) -> str:
    """落实情况, 2024年实际值, 关联记录（进展）…"""
    named = _FIELDS.get(entity, {}).get(field) or _COMMON.get(field)
    if named:
        return named
    if entity == "indicator" and field.startswith("actual_"):
        return f"{field.removeprefix('actual_')}年实际值"
    if entity == "unit" and "." in field:  # a reference moved by a merge: table.column
        return f"关联记录（{_TABLES.get(field.split('.')[0], field)}）"
    return field


def fields_named(text: str) -> list[tuple[str, str]]:
    """(entity, field) pairs whose Chinese name contains ``text`` (to search by 落实情况)."""
    text = (text or "").strip()
    if not text:
        return []
    found = [(entity, field) for entity, names in _FIELDS.items() for field, name in names.items()
             if text in name]
    found += [(None, field) for field, name in _COMMON.items() if text in name]
    return found


def period_label(text: str | None) -> str:
    try:
        return Period.parse(text or "").label()
    except BadPeriod:
        return text or ""


def _is_period(text: str) -> bool:
    try:
        Period.parse(text)
    except BadPeriod:
        return False
    return True


def value_text(entity: str, field: str, value: str | None) -> str:
    """A stored old or new value as shown: None is empty."""
    if value is None:
        return ""
    if field == "is_group":
        return "是" if value in ("True", "true", "1") else "否"
    if field == "position":
        try:
            return f"第 {int(value) + 1} 位"
        except ValueError:
            return value
    if entity == "policy" and field == "status":
        from zjtracker.services.policies.status import status_name

        return status_name(value) if value else value
    if entity == "policy" and field == "frequency":
        from zjtracker.services.structure.policy_edit import FREQUENCY_NAMES

        return FREQUENCY_NAMES.get(value, value)
    if entity == "attachment":  # old: the period (2025年第三季度), new: the file's name
        return period_label(value) if _is_period(value) else value
    if entity == "plan" and field == "progress_deleted":
        return "" if value.isdigit() else period_label(value)  # new holds the removed report's id
    if entity == "progress" and field == "percent" and value != "":
        return f"{value}%"
    return value


def source_text(source: str, file_name: str | None) -> str:
    """手工录入 / 导入（市商务局.xlsx） / 撤销（市商务局.xlsx）"""
    name = SOURCE_NAMES.get(source, source)
    return f"{name}（{file_name}）" if file_name and source != "typed" else name


# labels ---------------------------------------------------------------------------------
STRUCTURE = ("area", "measure", "plan")
DELETED = "（已删除）"


@dataclass(frozen=True)
class Target:
    """What a log row changed, in words, and the tree node that shows it (None: gone)."""

    label: str
    policy: str = ""
    node_kind: str | None = None
    node_id: int | None = None
    period: str = ""  # the report period a progress change belongs to: 2025年第三季度


@dataclass(frozen=True)
class Removal:
    """A progress report removed by undoing an import (the plan's progress_deleted row)."""

    log_id: int
    plan_id: int
    period: str


def removals(session: Session, report_ids) -> dict[int, list[Removal]]:
    """The removals of these report ids, oldest first (few rows: the plan rows are indexed)."""
    keys = sorted({str(i) for i in report_ids})
    found: dict[int, list[Removal]] = {}
    for start in range(0, len(keys), 500):
        for log_id, plan_id, period, report in session.execute(
                select(ChangeLog.id, ChangeLog.entity_id, ChangeLog.old, ChangeLog.new)
                .where(ChangeLog.entity == "plan", ChangeLog.field == "progress_deleted",
                       ChangeLog.new.in_(keys[start:start + 500])).order_by(ChangeLog.id)):
            found.setdefault(int(report), []).append(Removal(log_id, plan_id, period or ""))
    return found


def removal_after(found: dict[int, list[Removal]], report_id: int, log_id: int) -> Removal | None:
    """The removal that ended the life of ``report_id`` holding row ``log_id`` (None: alive)."""
    for removal in found.get(report_id, ()):
        if removal.log_id > log_id:
            return removal
    return None


def structure_markers(session: Session, keys) -> dict[tuple[str, int], list[tuple[int, str, str]]]:
    """(entity, id) → [(log id, created/deleted, name)] in log order."""
    markers: dict[tuple[str, int], list[tuple[int, str, str]]] = {}
    by_entity: dict[str, set[int]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, set()).add(entity_id)
    for entity, ids in by_entity.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            for log_id, entity_id, field, old, new in session.execute(
                    select(ChangeLog.id, ChangeLog.entity_id, ChangeLog.field, ChangeLog.old, ChangeLog.new)
                    .where(ChangeLog.entity == entity, ChangeLog.entity_id.in_(ordered[start:start + 500]),
                           ChangeLog.field.in_(("created", "deleted", "merged_into")))
                    .order_by(ChangeLog.id)):
                markers.setdefault((entity, entity_id), []).append(
                    (log_id, field, (old if field != "created" else new) or ""))
    return markers


def earlier_life(markers: list[tuple[int, str, str]], log_id: int) -> str | None:
    """The name of the earlier node that held the id at row ``log_id``; None: the current one."""
    created = [m for m in markers if m[1] == "created"]
    if not created or created[-1][0] <= log_id:
        return None
    ids = [m[0] for m in markers]
    later = markers[bisect_right(ids, log_id - 1):]
    end = next(i for i, m in enumerate(later) if m[1] == "created" and m[0] > log_id)
    life = later[:end]
    return next((name for _id, field, name in life if field == "deleted"), life[0][2] if life else "")


def gone_name(markers: list[tuple[int, str, str]]) -> str:
    """The last name a vanished node had in the log."""
    for _id, field, name in reversed(markers):
        if name and field in ("deleted", "merged_into"):
            return name
    return next((name for _id, _field, name in reversed(markers) if name), "")


class Labels:
    """Labels for a batch of log rows: every table is read once for all rows."""

    def __init__(self, session: Session):
        self.session = session

    def resolve(self, rows: list[ChangeLog]) -> list[Target]:
        s = self.session
        progress_ids = {r.entity_id for r in rows if r.entity == "progress"}
        found = removals(s, progress_ids)
        reports = _rows(s, ProgressReport, progress_ids, ProgressReport.plan_id, ProgressReport.period)
        owners = {}  # row id → (plan id, period, removed)
        for r in rows:
            if r.entity == "progress":
                removal = removal_after(found, r.entity_id, r.id)
                if removal is not None:
                    owners[r.id] = (removal.plan_id, removal.period, True)
                elif r.entity_id in reports:
                    owners[r.id] = (*reports[r.entity_id], False)
        plan_ids = {r.entity_id for r in rows if r.entity in ("plan", "attachment")} | {o[0] for o in owners.values()}
        plans = _rows(s, YearlyPlan, plan_ids, YearlyPlan.year, YearlyPlan.measure_id)
        measure_ids = {r.entity_id for r in rows if r.entity in ("measure", "assignment")} | \
            {m for _y, m in plans.values()}
        measures = _rows(s, Measure, measure_ids, Measure.label, Measure.text, Measure.area_id)
        areas = _rows(s, Area, {r.entity_id for r in rows if r.entity == "area"} |
                      {a for *_t, a in measures.values()}, Area.label, Area.title, Area.policy_id)
        indicators = _rows(s, Indicator, {r.entity_id for r in rows if r.entity == "indicator"},
                           Indicator.name, Indicator.policy_id)
        texts = _rows(s, ReportText, {r.entity_id for r in rows if r.entity == "report_text"},
                      ReportText.scope, ReportText.scope_key, ReportText.period)
        text_policies = {int(key) for scope, key, _p in texts.values() if scope == "policy" and key.isdigit()}
        policies = _rows(s, Policy, {r.entity_id for r in rows if r.entity == "policy"} | text_policies |
                         {p for *_t, p in areas.values()} | {p for _n, p in indicators.values()}, Policy.title)
        units = _rows(s, Unit, {r.entity_id for r in rows if r.entity == "unit"}, Unit.name)
        markers = structure_markers(s, {(r.entity, r.entity_id) for r in rows
                                        if r.entity in (*STRUCTURE, "unit", "policy")}
                                    | {("plan", o[0]) for o in owners.values() if o[0] not in plans})

        def gone(entity: str, entity_id: int) -> str:
            name = gone_name(markers.get((entity, entity_id), [])) or f"#{entity_id}"
            return f"{kind_name(entity)} {name}{DELETED}"

        def policy_of_area(area_id):
            area = areas.get(area_id)
            return short_title(policies[area[2]][0], 30) if area and area[2] in policies else ""

        def measure_target(measure_id) -> Target:
            if measure_id not in measures:
                return Target(gone("measure", measure_id))
            label, text, area_id = measures[measure_id]
            return Target(f"{label}{short_title(text, 16)}", policy_of_area(area_id), "measure", measure_id)

        def plan_target(plan_id) -> Target:
            if plan_id not in plans:
                return Target(gone("plan", plan_id))
            year, measure_id = plans[plan_id]
            measure = measure_target(measure_id)
            return Target(f"{measure.label} / {year}年", measure.policy, "plan", plan_id)

        def target(r: ChangeLog) -> Target:
            if r.entity in STRUCTURE:
                name = earlier_life(markers.get((r.entity, r.entity_id), []), r.id)
                if name is not None:
                    return Target(f"{kind_name(r.entity)} {name}{DELETED}")
            if r.entity == "progress":
                if r.id not in owners:
                    return Target(f"进展 #{r.entity_id}{DELETED}")
                plan_id, period, removed = owners[r.id]
                plan = plan_target(plan_id)
                label = f"{plan.label} / {period_label(period)}{DELETED if removed else ''}"
                return Target(label, plan.policy, plan.node_kind, plan.node_id, period_label(period))
            if r.entity == "attachment":  # old holds the period the file was attached to
                plan = plan_target(r.entity_id)
                return Target(f"{plan.label} / {period_label(r.old)}", plan.policy, plan.node_kind, plan.node_id,
                              period_label(r.old))
            if r.entity == "plan":
                plan = plan_target(r.entity_id)
                if r.field == "progress_deleted":  # old holds the period of the removed report
                    return Target(plan.label, plan.policy, plan.node_kind, plan.node_id, period_label(r.old))
                return plan
            if r.entity in ("measure", "assignment"):
                return measure_target(r.entity_id)
            if r.entity == "area":
                if r.entity_id not in areas:
                    return Target(gone("area", r.entity_id))
                label, title, _policy = areas[r.entity_id]
                return Target(f"{label}{short_title(title, 16)}", policy_of_area(r.entity_id), "area", r.entity_id)
            if r.entity == "policy":
                if r.entity_id not in policies:  # a deleted policy keeps its title in the log
                    title = short_title(gone_name(markers.get(("policy", r.entity_id), [])) or f"#{r.entity_id}", 30)
                    return Target(f"{kind_name('policy')} {title}{DELETED}", title)
                title = policies[r.entity_id][0]
                return Target(short_title(title, 30), short_title(title, 30), "policy", r.entity_id)
            if r.entity == "report_text" and r.entity_id in texts:
                scope, key, period = texts[r.entity_id]
                policy = short_title(policies[int(key)][0], 30) if scope == "policy" and key.isdigit() \
                    and int(key) in policies else ""
                label = f"{period_label(period)}报告" + (f"（{key}）" if scope == "unit" and key else "")
                return Target(label, policy, period=period_label(period))
            if r.entity == "indicator":
                if r.entity_id not in indicators:
                    return Target(gone("indicator", r.entity_id))
                name, policy_id = indicators[r.entity_id]
                policy = short_title(policies[policy_id][0], 30) if policy_id in policies else ""
                return Target(short_title(name, 30), policy, "indicator", r.entity_id)
            if r.entity == "unit":
                if r.entity_id in units:
                    return Target(units[r.entity_id][0])
                return Target(gone("unit", r.entity_id))
            return Target(f"{kind_name(r.entity)} #{r.entity_id}")

        return [target(r) for r in rows]


def _rows(session: Session, model, ids, *columns) -> dict[int, tuple]:
    """id → the columns, read in chunks (IN lists stay small on every engine)."""
    ordered = sorted(i for i in ids if i is not None)
    found = {}
    for start in range(0, len(ordered), 500):
        for row in session.execute(select(model.id, *columns).where(model.id.in_(ordered[start:start + 500]))):
            found[row[0]] = tuple(row[1:])
    return found
