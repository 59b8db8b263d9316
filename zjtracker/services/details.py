"""What the detail pane shows for a selected node, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, Policy, YearlyPlan
from zjtracker.services.policies.status import status_name
from zjtracker.services.tree import KIND_AREA, KIND_INDICATOR, KIND_INDICATORS, KIND_MEASURE, KIND_PLAN, KIND_POLICY

FREQUENCY_NAMES = {"monthly": "每月", "bimonthly": "每两个月", "quarterly": "每季度",
                   "half_yearly": "每半年", "yearly": "每年"}
ROLE_NAMES = {"lead": "牵头单位", "cooperating": "配合单位", "responsible": "责任单位"}


@dataclass
class NodeDetails:
    heading: str
    fields: list[tuple[str, str]] = field(default_factory=list)  # (field key, value)
    body: str = ""  # the full text, wrapped by the view


def years_text(start: int | None, end: int | None) -> str:
    """实施年度 as read: 2022–2025, 2023 (not 2023–2023), 2022起, 至2025; empty when not stated."""
    if start and end:
        return str(start) if start == end else f"{start}–{end}"
    if start:
        return f"{start}起"
    return f"至{end}" if end else ""


def node_details(database: Database, kind: str, node_id: int) -> NodeDetails | None:
    with database.session() as session:
        if kind == KIND_POLICY:
            policy = session.get(Policy, node_id)
            if policy is None:
                return None
            years = years_text(policy.start_year, policy.end_year)
            fields = [
                ("doc_no", policy.doc_no),
                ("issuer", policy.issuer),
                ("issued_on", policy.issued_on.isoformat() if policy.issued_on else ""),
                ("years", years),
                ("status", status_name(policy.status)),
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
            by_role: dict[str, list[str]] = {}
            for assignment in measure.assignments:  # one line per role: 牵头单位 A、B
                people = "，".join(
                    x for x in (assignment.leader, assignment.section, assignment.person) if x
                )
                by_role.setdefault(assignment.role, []).append(
                    assignment.unit.name + (f"（{people}）" if people else ""))
            for role in ("lead", "responsible", "cooperating"):
                if role in by_role:
                    fields.append((role, "、".join(by_role.pop(role))))
            fields.extend((role, "、".join(names)) for role, names in by_role.items())
            from zjtracker.services.tree import short_title

            return NodeDetails(f"{measure.label} {short_title(measure.text, 60)}".strip(), fields, measure.text)
        if kind == KIND_PLAN:
            plan = session.get(YearlyPlan, node_id)
            if plan is None:
                return None
            fields = [("year", str(plan.year))]
            if plan.target is not None:
                fields.append(("target", f"{plan.target:g}"))
            from zjtracker.services.rollover.earlier_years import (
                earlier_years_in,
                earlier_years_text,
            )

            earlier = earlier_years_in(session, [plan.measure_id], plan.year)[plan.measure_id]
            fields.append(("earlier_years", earlier_years_text(earlier)))
            return NodeDetails(f"{plan.measure.label} {plan.year}年计划", fields,
                               plan.text or plan.measure.text)
    if kind == KIND_INDICATOR:
        return _indicator_details(database, node_id)
    if kind == KIND_INDICATORS:
        from zjtracker.services.indicators import policy_indicators

        lines = [f"{i.name}：{_amount(i.target_value, i.target_text, i.unit)}" for i in policy_indicators(database, node_id)]
        return NodeDetails("主要指标", [("count", str(len(lines)))], "\n".join(lines))
    return None


def _amount(value: float | None, text: str, unit: str) -> str:
    if value is None:
        return text
    return f"{value:g}{unit}" if unit not in ("%", "％") else f"{value:g}%"


def _indicator_details(database: Database, indicator_id: int) -> NodeDetails | None:
    from zjtracker.services.indicators import load_indicator

    info = load_indicator(database, indicator_id)
    if info is None:
        return None
    baseline = _amount(info.baseline_value, info.baseline_text, info.unit)
    target = _amount(info.target_value, info.target_text, info.unit)
    share = info.share_reached()
    fields = [
        ("category", info.category),
        ("measure_unit", info.unit),
        ("baseline", f"{baseline}（{info.baseline_year}年）" if info.baseline_year and baseline else baseline),
        ("target", f"{target}（{info.target_year}年）" if info.target_year and target else target),
        ("nature", info.nature),
        ("direction", "越大越好" if info.direction == "up" else "越小越好"),
    ]
    if info.latest_year is not None:
        fields.append(("latest", f"{_amount(info.latest_value, '', info.unit)}（{info.latest_year}年）"))
    if share is not None:
        fields.append(("share", f"{share:g}%"))
    return NodeDetails(info.name, fields, "")
