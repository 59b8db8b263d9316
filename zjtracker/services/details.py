"""What the detail pane shows for a selected node, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, Policy, YearlyPlan
from zjtracker.services.tree import KIND_AREA, KIND_MEASURE, KIND_PLAN, KIND_POLICY

STATUS_NAMES = {"in_force": "有效", "expired": "已失效", "abolished": "已废止"}
FREQUENCY_NAMES = {"monthly": "每月", "bimonthly": "每两个月", "quarterly": "每季度",
                   "half_yearly": "每半年", "yearly": "每年"}
ROLE_NAMES = {"lead": "牵头单位", "cooperating": "配合单位", "responsible": "责任单位"}


@dataclass
class NodeDetails:
    heading: str
    fields: list[tuple[str, str]] = field(default_factory=list)  # (field key, value)
    body: str = ""  # the full text, wrapped by the view


def node_details(database: Database, kind: str, node_id: int) -> NodeDetails | None:
    with database.session() as session:
        if kind == KIND_POLICY:
            policy = session.get(Policy, node_id)
            if policy is None:
                return None
            years = "–".join(str(y) for y in (policy.start_year, policy.end_year) if y)
            fields = [
                ("doc_no", policy.doc_no),
                ("issuer", policy.issuer),
                ("issued_on", policy.issued_on.isoformat() if policy.issued_on else ""),
                ("years", years),
                ("status", STATUS_NAMES.get(policy.status, policy.status)),
                ("frequency", FREQUENCY_NAMES.get(policy.frequency, policy.frequency)),
            ]
            if policy.abolished_by_id:
                notice = session.get(Policy, policy.abolished_by_id)
                fields.append(("abolished_by", f"{notice.title} {notice.doc_no}".strip()))
            body = policy.interpretation or ""
            return NodeDetails(policy.title, fields, body)
        if kind == KIND_AREA:
            area = session.get(Area, node_id)
            if area is None:
                return None
            return NodeDetails(f"{area.label}{area.title}", [], area.guiding_text)
        if kind == KIND_MEASURE:
            measure = session.get(Measure, node_id)
            if measure is None:
                return None
            fields = []
            if measure.deadline or measure.deadline_text:
                fields.append(("deadline", measure.deadline_text or measure.deadline.isoformat()))
            for assignment in measure.assignments:
                people = "，".join(
                    x for x in (assignment.leader, assignment.section, assignment.person) if x
                )
                value = assignment.unit.name + (f"（{people}）" if people else "")
                fields.append((assignment.role, value))
            from zjtracker.services.tree import short_title

            return NodeDetails(f"{measure.label} {short_title(measure.text, 60)}".strip(), fields, measure.text)
        if kind == KIND_PLAN:
            plan = session.get(YearlyPlan, node_id)
            if plan is None:
                return None
            fields = [("year", str(plan.year))]
            if plan.target is not None:
                fields.append(("target", f"{plan.target:g}"))
            return NodeDetails(f"{plan.measure.label} {plan.year}年计划", fields,
                               plan.text or plan.measure.text)
    return None
