"""A colleague's return handed to the policy import: recognised, so it is never stored as
a policy (whose title would be the fill-in notes, 填报说明, and whose measures would copy a
stored policy's).

A file is a return when it is the program's own stamped fill-in workbook, or a table in
the city's ledger layout with progress filled in (落实情况, 完成进度 … hold something)
whose tasks are those of a stored policy (the same 序号 and task text for at least half
of its rows). A ledger whose progress columns are empty is a new policy's ledger, and
one whose tasks match no stored policy is a new policy too: both go to the policy import.

The command line refuses such a file with a sentence pointing to ``import-updates``
(``refusal``); the window hands it to the returns import, where the clerk sees what it
would change before anything is applied.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Measure, Policy
from zjtracker.importing.errors import ImportRefused
from zjtracker.services.returns.detect import ReturnGlance, glance

IS_RETURN = "is_return"


def return_given_as_policy(database: Database, path: str | os.PathLike) -> ReturnGlance | None:
    """The glance of ``path`` when it is a return rather than a policy, else None. Never
    raises for a file that cannot be read: the reader that follows explains it."""
    seen = glance(path)
    if seen is None or not seen.is_return:
        return None
    if seen.stamped:
        return seen
    title = _stored_policy_of_filled_ledger(database, path)
    return ReturnGlance(False, True, period=seen.period, period_guessed=seen.period_guessed,
                        policy_title=title) if title else None


def refusal(path: str | os.PathLike, seen: ReturnGlance) -> ImportRefused:
    """The sentence for the command line: what the file is and the command to use."""
    name = Path(path).name
    period = f"--period {seen.period}" if seen.period is not None else "--period 报告期（如 2025Q3）"
    if seen.stamped:
        what = "是本程序导出的报送表"
        if seen.period is not None:
            what += f"（{seen.period.label()}）"
    else:
        what = f"是台账格式的报送表：已填写落实情况或完成进度，任务与已有的政策“{seen.policy_title}”一致"
    return ImportRefused(
        f"文件“{name}”{what}，用于报回进展，不是政策文件，没有作为政策导入。"
        f"请用 import-updates 命令导入其中的进展，例如：import-updates \"{name}\" {period}", IS_RETURN)


def _stored_policy_of_filled_ledger(database: Database, path) -> str:
    """The title of the stored policy whose tasks the filled-in ledger at ``path`` holds,
    "" when its progress columns are empty, it matches no policy or cannot be read."""
    from zjtracker.importing.returns.reader import read_return
    from zjtracker.services.returns.choose import agreeing, shortlist
    from zjtracker.services.returns.text import meaningful

    try:
        file = read_return(path)
    except ImportRefused:
        return ""
    if not any(row.values or row.problems for row in file.rows):
        return ""  # nothing reported: the ledger of a policy, as it is handed out
    texted = [r for r in file.rows if r.number is not None and meaningful(r.text)]
    if not texted:
        return ""
    with database.session() as session:
        candidates = shortlist(session, texted)
        if not candidates:
            return ""
        tasks: dict[int, list] = defaultdict(list)
        for policy_id, number, text in session.execute(
                select(Area.policy_id, Measure.number, Measure.text).join(Measure, Measure.area_id == Area.id)
                .where(Area.policy_id.in_(sorted(candidates)))):
            tasks[policy_id].append(SimpleNamespace(number=number, measure_text=text))
        needed = max(1, len(texted) / 2)
        for policy_id in sorted(tasks):
            if agreeing(tasks[policy_id], texted) >= needed:
                return session.scalar(select(Policy.title).where(Policy.id == policy_id)) or ""
    return ""
