"""The tasks of a policy in the order the tree shows them (area by area, depth first), with
the label as the ledger writes it; shared by the rollover and the linking of ledgers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import Area, Measure


@dataclass(frozen=True)
class TaskRow:
    """One task (a measure that is not a group) of a policy."""

    measure_id: int
    label: str  # （12） / 3.
    number: int | None
    text: str
    area: str  # 一、总体要求
    previous_id: int | None = None


def policy_tasks(session: Session, policy_id: int) -> list[TaskRow]:
    """Every task of the policy in the tree's order (groups left out, their tasks kept)."""
    areas = list(session.execute(
        select(Area.id, Area.label, Area.title).where(Area.policy_id == policy_id)
        .order_by(Area.position, Area.id)))
    if not areas:
        return []
    rows = list(session.execute(
        select(Measure.id, Measure.area_id, Measure.parent_id, Measure.position, Measure.label,
               Measure.number, Measure.text, Measure.is_group, Measure.previous_id)
        .where(Measure.area_id.in_([a.id for a in areas]))
        .order_by(Measure.position, Measure.id)))
    children: dict[tuple[int, int | None], list] = {}
    for row in rows:
        children.setdefault((row.area_id, row.parent_id), []).append(row)
    has_children = {row.parent_id for row in rows if row.parent_id is not None}
    tasks: list[TaskRow] = []
    for area in areas:
        area_name = f"{area.label}{area.title}"
        stack = list(reversed(children.get((area.id, None), [])))
        while stack:
            row = stack.pop()
            if not row.is_group and row.id not in has_children:
                tasks.append(TaskRow(row.id, row.label, row.number, row.text or "", area_name,
                                     row.previous_id))
            stack.extend(reversed(children.get((area.id, row.id), [])))
    return tasks


def short(text: str, length: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[: length - 1] + "…"
