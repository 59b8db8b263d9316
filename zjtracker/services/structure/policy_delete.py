"""Deleting a whole policy document with everything that belongs to it, and putting it back.

What goes: its areas, measures, yearly plans, units' assignments, progress, indicators,
glossary, the fill-in workbooks sent for it, its import batches and its report texts.
``delete_policy`` returns a ``PolicySnapshot`` (plain JSON-safe rows with their ids, and the
links other rows had to them: change-log rows of its batches, policies it abolished) so that
``restore_policy`` recreates it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from zjtracker.db.models import (
    Area,
    Assignment,
    Attachment,
    ChangeLog,
    GlossaryTerm,
    ImportBatch,
    Indicator,
    IndicatorValue,
    Measure,
    Policy,
    ProgressReport,
    ReportText,
    Review,
    SentWorkbook,
    Unit,
    YearlyPlan,
)
from zjtracker.services.structure.common import StructureError, get_policy, log_change
from zjtracker.services.structure.delete import _existing, _load, _parents_first, _plain
from zjtracker.services.structure.snapshot_links import (
    keep_valid_attachments,
    plan_rows_wanted,
    previous_links,
    relink,
    without_previous,
)

# Restored in this order: parents before the rows that refer to them.
TABLES = (Policy, Area, Measure, YearlyPlan, Assignment, Indicator, IndicatorValue, GlossaryTerm,
          SentWorkbook, ImportBatch, ProgressReport, ReportText, Review, Attachment)


@dataclass
class PolicyDeleteImpact:
    """What deleting a policy would remove (the confirmation's list)."""

    policy_id: int
    name: str
    areas: int = 0
    measures: int = 0
    plans: int = 0
    progress_reports: int = 0
    indicators: int = 0
    sent_workbooks: int = 0
    batches: int = 0
    attachments: int = 0  # 佐证材料

    def lines(self) -> list[str]:
        """The list in words, leaving out what is not there."""
        parts = (("领域", self.areas, "个"), ("措施", self.measures, "项"), ("年度计划", self.plans, "条"),
                 ("进展记录", self.progress_reports, "条"), ("指标", self.indicators, "个"),
                 ("已发送的报送表", self.sent_workbooks, "份"), ("导入批次", self.batches, "个"),
                 ("佐证材料", self.attachments, "个"))
        return [f"{name} {count} {measure}" for name, count, measure in parts if count]


@dataclass
class PolicySnapshot:
    policy_id: int
    name: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    change_log_batches: list[tuple[int, int]] = field(default_factory=list)  # (change id, batch id)
    abolished: list[int] = field(default_factory=list)  # policies this one abolished
    foreign_progress: list[tuple[int, int]] = field(default_factory=list)  # other policies' reports → batch
    previous_links: list[tuple[int, int]] = field(default_factory=list)  # (task, earlier task)
    foreign_attachments: list[tuple[int, int]] = field(default_factory=list)  # other policies' files → batch

    def as_dict(self) -> dict:
        return {"policy_id": self.policy_id, "name": self.name, "rows": self.rows,
                "change_log_batches": [list(p) for p in self.change_log_batches],
                "abolished": list(self.abolished), "foreign_progress": [list(p) for p in self.foreign_progress],
                "previous_links": [list(p) for p in self.previous_links],
                "foreign_attachments": [list(p) for p in self.foreign_attachments]}

    @classmethod
    def from_dict(cls, data: dict) -> PolicySnapshot:
        return cls(data["policy_id"], data["name"], data["rows"],
                   [tuple(p) for p in data.get("change_log_batches", [])], list(data.get("abolished", [])),
                   [tuple(p) for p in data.get("foreign_progress", [])],
                   [tuple(p) for p in data.get("previous_links", [])],
                   [tuple(p) for p in data.get("foreign_attachments", [])])


def policy_name(policy: Policy) -> str:
    """How messages and the change log name a policy: 标题（文号）."""
    title = " ".join((policy.title or "").split())
    return f"{title}（{policy.doc_no}）" if policy.doc_no else title


def policy_delete_impact(database, policy_id: int) -> PolicyDeleteImpact:
    with database.session() as session:
        policy = get_policy(session, policy_id)
        ids = _ids(session, policy_id)
        return PolicyDeleteImpact(
            policy_id, policy_name(policy), len(ids["areas"]), _leaf_measures(session, ids["measures"]),
            len(ids["plans"]),
            _count(session, ProgressReport, ProgressReport.plan_id, ids["plans"]), len(ids["indicators"]),
            len(ids["sent"]), len(ids["batches"]),
            _count(session, Attachment, Attachment.plan_id, ids["plans"]))


def delete_policy(database, policy_id: int, source: str = "typed") -> PolicySnapshot:
    """Delete the policy and everything that belongs to it in one transaction."""
    with database.session() as session:
        policy = get_policy(session, policy_id)
        snapshot = PolicySnapshot(policy_id, policy_name(policy))
        ids = _ids(session, policy_id)
        snapshot.rows = _dump(session, policy_id, ids)
        if ids["batches"]:
            snapshot.change_log_batches = list(session.execute(
                select(ChangeLog.id, ChangeLog.batch_id).where(ChangeLog.batch_id.in_(ids["batches"]))).all())
            snapshot.foreign_progress = list(session.execute(
                select(ProgressReport.id, ProgressReport.import_batch_id)
                .where(ProgressReport.import_batch_id.in_(ids["batches"]),
                       ProgressReport.plan_id.notin_(ids["plans"] or [-1]))).all())
            snapshot.foreign_attachments = list(session.execute(
                select(Attachment.id, Attachment.import_batch_id)
                .where(Attachment.import_batch_id.in_(ids["batches"]),
                       Attachment.plan_id.notin_(ids["plans"] or [-1]))).all())
        snapshot.previous_links = previous_links(session, ids["measures"])
        snapshot.abolished = list(session.scalars(select(Policy.id).where(Policy.abolished_by_id == policy_id)))
        session.expunge(policy)
        if ids["batches"]:
            session.execute(delete(ImportBatch).where(ImportBatch.id.in_(ids["batches"])))
        session.execute(delete(ReportText).where(ReportText.scope == "policy",
                                                 ReportText.scope_key == str(policy_id)))
        session.execute(delete(Policy).where(Policy.id == policy_id))  # the database cascades the rest
        log_change(session, "policy", policy_id, "deleted", snapshot.name, None, source)
        return snapshot


def restore_policy(database, snapshot: PolicySnapshot, source: str = "undo") -> None:
    """Put a deleted policy back with the same ids, progress, workbooks and batches."""
    with database.session() as session:
        for model in TABLES:
            ids = [row["id"] for row in snapshot.rows.get(model.__tablename__, [])]
            if ids and session.scalar(select(func.count(model.id)).where(model.id.in_(ids))):
                raise StructureError(
                    f"无法恢复已删除的政策文件“{snapshot.name}”：它原来的编号已被新建的内容占用。")
        for model in TABLES:
            rows = [_load(model, row) for row in snapshot.rows.get(model.__tablename__, [])]
            rows = _keep_valid_references(session, model, rows)
            if rows:
                session.execute(insert(model.__table__), rows)
        for change_id, batch_id in snapshot.change_log_batches:
            session.execute(update(ChangeLog).where(ChangeLog.id == change_id).values(batch_id=batch_id))
        for report_id, batch_id in snapshot.foreign_progress:
            session.execute(update(ProgressReport).where(ProgressReport.id == report_id)
                            .values(import_batch_id=batch_id))
        for attachment_id, batch_id in snapshot.foreign_attachments:
            session.execute(update(Attachment).where(Attachment.id == attachment_id)
                            .values(import_batch_id=batch_id))
        relink(session, snapshot.previous_links)
        if snapshot.abolished:
            session.execute(update(Policy).where(Policy.id.in_(snapshot.abolished))
                            .values(abolished_by_id=snapshot.policy_id))
        log_change(session, "policy", snapshot.policy_id, "restored", None, snapshot.name, source)


def _ids(session: Session, policy_id: int) -> dict[str, list[int]]:
    def ids(statement) -> list[int]:
        return list(session.scalars(statement))

    areas = ids(select(Area.id).where(Area.policy_id == policy_id))
    measures = ids(select(Measure.id).where(Measure.area_id.in_(areas))) if areas else []
    plans = ids(select(YearlyPlan.id).where(YearlyPlan.measure_id.in_(measures))) if measures else []
    return {
        "areas": areas, "measures": measures, "plans": plans,
        "indicators": ids(select(Indicator.id).where(Indicator.policy_id == policy_id)),
        "sent": ids(select(SentWorkbook.id).where(SentWorkbook.policy_id == policy_id)),
        "batches": ids(select(ImportBatch.id).where(ImportBatch.policy_id == policy_id)),
    }


def _leaf_measures(session: Session, ids: list[int]) -> int:
    """Measures proper, without the groups (（一）…) that hold them."""
    if not ids:
        return 0
    return session.scalar(select(func.count(Measure.id)).where(Measure.id.in_(ids), Measure.is_group.is_(False))) or 0


def _count(session: Session, model, column, ids: list[int]) -> int:
    if not ids:
        return 0
    return session.scalar(select(func.count(model.id)).where(column.in_(ids))) or 0


def _dump(session: Session, policy_id: int, ids: dict[str, list[int]]) -> dict[str, list[dict]]:
    def among(column, key):
        return [column.in_(ids[key])] if ids[key] else None

    wanted = {
        Policy: [Policy.id == policy_id],
        Area: among(Area.id, "areas"),
        Measure: among(Measure.id, "measures"),
        YearlyPlan: among(YearlyPlan.id, "plans"),
        Assignment: among(Assignment.measure_id, "measures"),
        Indicator: among(Indicator.id, "indicators"),
        IndicatorValue: among(IndicatorValue.indicator_id, "indicators"),
        GlossaryTerm: [GlossaryTerm.policy_id == policy_id],
        SentWorkbook: among(SentWorkbook.id, "sent"),
        ImportBatch: among(ImportBatch.id, "batches"),
        ProgressReport: among(ProgressReport.plan_id, "plans"),
        ReportText: [ReportText.scope == "policy", ReportText.scope_key == str(policy_id)],
        **plan_rows_wanted(ids["plans"]),
    }
    rows: dict[str, list[dict]] = {}
    for model, conditions in wanted.items():
        if conditions is None:
            continue
        table = model.__table__
        result = session.execute(select(table).where(*conditions).order_by(table.c.id)).mappings()
        found = [{key: _plain(value) for key, value in row.items()} for row in result]
        if found:
            rows[table.name] = found
    if Measure.__tablename__ in rows:
        rows[Measure.__tablename__] = _parents_first(rows[Measure.__tablename__])
    return rows


def _keep_valid_references(session: Session, model, rows: list[dict]) -> list[dict]:
    """Units, other policies and other batches are not part of the snapshot: a link to one
    deleted since is dropped (an assignment whose unit is gone goes with it)."""
    if not rows:
        return rows
    if model is Assignment:
        units = _existing(session, Unit, {r["unit_id"] for r in rows})
        return [r for r in rows if r["unit_id"] in units]
    if model is Measure:
        return without_previous(rows)
    if model is Attachment:
        return keep_valid_attachments(session, rows)
    references = {Policy: (("abolished_by_id", Policy),),
                  SentWorkbook: (("unit_id", Unit),),
                  ImportBatch: (("unit_id", Unit), ("sent_workbook_id", SentWorkbook)),
                  ProgressReport: (("reporting_unit_id", Unit), ("import_batch_id", ImportBatch))}
    for column, target in references.get(model, ()):
        present = _existing(session, target, {r[column] for r in rows} - {None})
        for row in rows:
            if row[column] is not None and row[column] not in present:
                row[column] = None
    return rows
