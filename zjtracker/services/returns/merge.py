"""Merging a matched return with what is stored, cell by cell, and checking the result.

Stamped files merge three ways per cell: as sent (the stamp), as stored now, as returned.
What only the colleague changed is taken; what only the database changed is kept; where
both changed a cell differently it is a conflict for the clerk. Returns in the ledger
layout carry no stamp: every returned value that differs from the stored one is a change,
flagged ``overwrites`` where it replaces a stored non-empty value. A blank cell never
changes anything. Rows with unreadable cells, and rows given twice with different values,
are rejected whole.
"""

from __future__ import annotations

from collections import defaultdict

from zjtracker.exporting.template_layout import FIELD_LABELS, FIELDS
from zjtracker.importing.returns import model as R
from zjtracker.importing.returns.model import Issue, ReturnFile, ReturnRow, where
from zjtracker.services.assessment import DONE, TOLERANCE, expected_percent
from zjtracker.services.periods import Period
from zjtracker.services.returns.match import Match
from zjtracker.services.returns.model import CellChange, CellConflict, PreviewRow
from zjtracker.services.returns.targets import Target


def is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def same(a, b) -> bool:
    if is_empty(a) or is_empty(b):
        return is_empty(a) and is_empty(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    return str(a).replace("\r\n", "\n").strip() == str(b).replace("\r\n", "\n").strip()


def shown(value, field: str = "") -> str:
    if is_empty(value):
        return "（空）"
    if field == "percent" and isinstance(value, (int, float)):
        return f"{float(value):g}%"
    text = str(value)
    return text if len(text) <= 30 else text[:30] + "…"


def stored_values(target: Target) -> dict:
    return {name: getattr(target, name) for name in FIELDS}


def merge(file: ReturnFile, match: Match, period: Period) -> tuple[list[PreviewRow], list[Issue]]:
    """The preview rows of the matched rows, and every rejected row's issues."""
    rejected = list(match.rejected)
    pairs = _without_duplicates(file.file_name, match.pairs, rejected)
    rows: list[PreviewRow] = []
    for row, target in pairs:
        if row.problems:
            rejected.extend(row.problems)
            continue
        merged = _merge_row(file, row, target, period)
        if target.closed_on is not None and (merged.changes or merged.conflicts):
            rejected.append(Issue(R.TASK_CLOSED, f"{where(file.file_name, row.sheet, row.row)}：任务（"
                                  f"{merged.task}）已于 {target.closed_on.isoformat()} 办结销号，报回的修改未导入；"
                                  "如确需修改，请先在程序中重新打开该任务。", row.sheet, row.row, row.task))
            continue
        rows.append(merged)
    rejected.sort(key=lambda i: (i.sheet, i.row or 0))
    return rows, rejected


def _without_duplicates(name: str, pairs, rejected: list[Issue]):
    by_key: dict[str, list] = defaultdict(list)
    for pair in pairs:
        by_key[pair[0].key].append(pair)
    kept = []
    for group in by_key.values():
        given = [p for p in group if p[0].values or p[0].problems]
        if len(given) <= 1:
            kept.append(given[0] if given else group[0])
            continue
        first = given[0][0]
        if all(p[0].values == first.values and not p[0].problems for p in given):
            kept.append(given[0])  # the same row twice (merged cells): one is enough
            continue
        lines = "、".join(str(p[0].row) for p in given)
        for row, _ in given:
            rejected.append(Issue(R.DUPLICATE_TASK, f"{where(name, row.sheet, row.row)}：序号（{row.task}）在第 "
                                  f"{lines} 行重复出现且内容不同，无法确定以哪一行为准，均未导入。",
                                  row.sheet, row.row, row.task))
    order = {id(p[0]): i for i, p in enumerate(pairs)}
    return sorted(kept, key=lambda p: order[id(p[0])])


def _merge_row(file: ReturnFile, row: ReturnRow, target: Target, period: Period) -> PreviewRow:
    stored = stored_values(target)
    preview = PreviewRow(
        key=row.key, sheet=row.sheet, row=row.row, task=row.task or str(target.number or ""),
        plan_id=target.plan_id, measure_id=target.measure_id, measure_label=target.measure_label,
        measure_text=target.measure_text, area=f"{target.area_label}{target.area_title}",
        version=target.version, stored=dict(stored), warnings=list(row.warnings),
    )
    stamped = file.stamp.rows.get(row.key) if file.stamp is not None else None
    for name in FIELDS:
        if name not in row.values:
            continue
        theirs, ours = row.values[name], stored[name]
        column = row.labels.get(name, FIELD_LABELS[name])
        if stamped is None:
            if same(ours, theirs):
                preview.unchanged.append(name)
            else:
                preview.changes.append(CellChange(name, column, ours, theirs, overwrites=not is_empty(ours)))
            continue
        base = stamped.base[name]
        if same(theirs, base) or same(ours, theirs):
            preview.unchanged.append(name)
        elif same(ours, base):
            carried = bool(stamped.prefill_period) and same(theirs, stamped.shown[name])
            preview.changes.append(CellChange(name, column, ours, theirs, base, carried=carried))
        else:
            preview.conflicts.append(CellConflict(name, column, base, ours, theirs, (
                f"{where(file.file_name, row.sheet, row.row, column)}：导出后数据库中已改为“{shown(ours, name)}”，"
                f"单位报回的是“{shown(theirs, name)}”（导出时为“{shown(base, name)}”），请选择保留哪一个。")))
    preview.warnings.extend(_checks(file.file_name, row, preview, target, period))
    return preview


def _checks(name: str, row: ReturnRow, preview: PreviewRow, target: Target, period: Period) -> list[Issue]:
    """Warnings on the row as it would be after the changes: 已完成 without 100%, a low
    完成进度 with no 存在问题, 完成进度 lower than last period."""
    touched = {c.field for c in preview.changes}
    if not touched:
        return []
    after = dict(preview.stored)
    after.update({c.field: c.new for c in preview.changes})
    percent = after["percent"]
    found = []

    def warn(reason: str, field: str, text: str) -> None:
        column = row.labels.get(field, FIELD_LABELS[field])
        found.append(Issue(reason, f"{where(name, row.sheet, row.row, column)}：{text}",
                           row.sheet, row.row, row.task, field, column))

    if touched & {"assessment", "percent"} and after["assessment"] == DONE and (percent is None or percent < 100):
        warn(R.DONE_NOT_100, "assessment", f"评估情况为“已完成”，但完成进度是 {shown(percent, 'percent')}，"
             "应为 100%。请与报送单位核实。")
    expected = expected_percent(period, target.plan_year)
    if touched & {"percent", "problems"} and percent is not None and percent + TOLERANCE < expected \
            and is_empty(after["problems"]):
        warn(R.BEHIND_WITHOUT_PROBLEMS, "problems", f"完成进度 {percent:g}% 低于序时进度 {expected:g}%，"
             "但没有填写存在问题。")
    previous = target.previous_percent
    if "percent" in touched and percent is not None and previous is not None and percent < previous:
        warn(R.PERCENT_DROPPED, "percent", f"完成进度 {percent:g}% 低于上期的 {previous:g}%，请核实是否填错。")
    return found
