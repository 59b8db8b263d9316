"""The evidence files of a report's tasks, by plan, for the report's 附件 佐证材料清单."""

from __future__ import annotations

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Attachment


def file_names_by_plan(database: Database, plan_ids: list[int], period: str) -> dict[int, list[str]]:
    """plan id → the names of its evidence files in ``period``, in the order they were added;
    plans without any are left out."""
    found: dict[int, list[str]] = {}
    ordered = sorted(set(plan_ids))
    with database.session() as session:
        for start in range(0, len(ordered), 500):
            for plan_id, name in session.execute(
                    select(Attachment.plan_id, Attachment.file_name)
                    .where(Attachment.period == period, Attachment.plan_id.in_(ordered[start:start + 500]))
                    .order_by(Attachment.plan_id, Attachment.added_at, Attachment.id)):
                found.setdefault(plan_id, []).append(name)
    return found
