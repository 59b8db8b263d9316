"""The 附件 佐证材料清单: each task that has evidence files for the period, with their names,
in the order of the document (a band per policy in a report of several). Plain rows of
text for the PDF and the Word writer alike (``tables.Table``)."""

from __future__ import annotations

from zjtracker.reports.narrative import EVIDENCE_NAME
from zjtracker.reports.tables import Table, _names, task_text
from zjtracker.services.reporting.data import ReportData

__all__ = ["EVIDENCE_NAME", "evidence_table"]


def evidence_table(data: ReportData) -> Table:
    table = Table(("序号", "工作任务", "牵头单位", "佐证材料"), (14, 120, 40, 83), centered_from=4)
    names = _names(data)
    last_policy = None
    number = 0
    for row in data.rows:
        files = data.evidence.get(row.plan_id)
        if not files:
            continue
        if data.multi_policy and row.policy_id != last_policy:
            table.band(f"《{row.policy_title}》")
            last_policy = row.policy_id
        number += 1
        listed = "\n".join(f"{n}．{name}" if len(files) > 1 else name for n, name in enumerate(files, 1))
        table.rows.append([str(number), task_text(row, None if data.multi_policy else names),
                           "、".join(row.lead_units) or "—", listed])
    return table
