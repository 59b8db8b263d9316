"""The detail table (落实情况明细表) on landscape pages: one row per measure, area and group
rows between them, the header repeated on every page, long text wrapped inside its cell.

A row taller than the rest of a page breaks at the foot of the page and goes on on the next,
however many pages it takes (long_table.py). For a row that still cannot be placed, the
table can be laid out with every cell taller than a page cut beforehand into continuation
rows (marked 续), so no text is ever lost."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm

from zjtracker.reports.layout import (
    AREA_FILL,
    GROUP_FILL,
    HEADER_FILL,
    L_HEIGHT,
    STATUS_COLORS,
    TABLE_LEADING,
    TABLE_SIZE,
    Styles,
)
from zjtracker.reports.long_table import TOP, Cell, LongTable, Row
from zjtracker.reports.wording import DETAIL_HEADERS, percent
from zjtracker.services.ledger import LedgerRow
from zjtracker.services.reporting.data import ReportData, report_status

PAD = 3
CONTINUED = "（续）"
EARLIER_YEARS = "往年情况"
# (key, width in mm) with and without the yearly plan column; 257 mm in all.
WITH_PLAN = (("no", 16), ("task", 58), ("lead", 26), ("plan", 45), ("status_text", 76),
             ("percent", 17), ("status", 19))
WITHOUT_PLAN = (("no", 16), ("task", 80), ("lead", 28), ("status_text", 97), ("percent", 17),
                ("status", 19))
_HEADER_OF = dict(zip(("no", "task", "lead", "plan", "status_text", "percent", "status"), DETAIL_HEADERS))
_TEXT_KEYS = ("task", "lead", "plan", "status_text")
# The tallest cell kept in one row: a page less the repeated header and some air.
MAX_LINES = int((L_HEIGHT - 60) / TABLE_LEADING)
MIN_SPLIT = 2 * TABLE_LEADING + 2 * PAD


def columns(rows: list[LedgerRow]) -> tuple[tuple[str, int], ...]:
    """The columns of the table: the yearly plan only where some row has one."""
    return WITH_PLAN if any(r.plan_text.strip() for r in rows) else WITHOUT_PLAN


def cell_markup(text: str) -> str:
    """Text as Paragraph markup: escaped, line breaks kept."""
    lines = [escape(line.rstrip()) for line in (text or "").strip().splitlines()]
    return "<br/>".join(lines)


def cell_texts(row: LedgerRow) -> dict[str, str]:
    """What each column of a measure's row shows."""
    lead = "、".join(row.lead_units) or "、".join(row.responsible_units)
    return {
        "no": row.measure_label or (str(row.number) if row.number is not None else ""),
        "task": row.measure_text, "lead": lead, "plan": row.plan_text,
        "status_text": row.status_text, "percent": percent(row.percent) if row.percent is not None else "",
        "status": report_status(row),
    }


def _line_count(text: str, width_mm: float) -> int:
    per_line = max(1.0, (width_mm * mm - 2 * PAD) / TABLE_SIZE)
    total = 0
    for line in (text or "").splitlines() or [""]:
        units = sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in line)
        total += max(1, math.ceil(units / per_line))
    return total


def split_text(text: str, width_mm: float, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` in pieces of at most ``max_lines`` estimated lines, cut after a 。；; where one
    is near, else at the limit. The pieces joined give the text back."""
    if _line_count(text, width_mm) <= max_lines:
        return [text]
    budget = int(max(1.0, (width_mm * mm - 2 * PAD) / TABLE_SIZE) * max_lines * 0.85)
    pieces, rest = [], text
    while _line_count(rest, width_mm) > max_lines:
        cut = budget
        for mark in ("。", "；", ";", "\n", "，"):
            found = rest.rfind(mark, budget // 2, budget)
            if found > 0:
                cut = found + 1
                break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def detail_table(data: ReportData, st: Styles, continued: bool = False) -> LongTable:
    """The table; with ``continued`` every cell taller than a page is cut beforehand into
    continuation rows (续), for the rare row that cannot be broken by itself."""
    cols = columns(data.rows)
    keys = [key for key, _ in cols]
    widths = dict(cols)
    fills = {kind: colors.HexColor(fill) for kind, fill in
             (("policy", HEADER_FILL), ("area", AREA_FILL), ("group", GROUP_FILL))}
    status_colors = {status: colors.HexColor(color) for status, color in STATUS_COLORS.items() if status != "未启动"}
    header = Row([Cell(_HEADER_OF[key] if key != "plan" else f"{data.period.year}年度计划", st.cell_header)
                  for key in keys], fill=fills["policy"])
    body = _body_rows(data, st, keys, widths, fills, status_colors, continued)
    # Rows break at the foot of a page (in-row first), at least two lines on either side.
    return LongTable([w * mm for _, w in cols], header, body, padding=(PAD, PAD, PAD, PAD), valign=TOP,
                     min_split=MIN_SPLIT)


def _body_rows(data: ReportData, st: Styles, keys, widths, fills, status_colors, continued: bool):
    """The table's rows one by one, as the pages take them: bands for a policy, an area and a
    group where they begin, then a row per measure (in pieces marked 续 with ``continued``)."""
    def band(text: str, style, kind: str) -> Row:
        return Row([Cell(text, style)], band=True, fill=fills[kind])

    last = (None, None, None)
    for row in data.rows:
        if data.multi_policy and row.policy_id != last[0]:
            yield band(f"《{row.policy_title}》", st.cell_area, "policy")
        if (row.policy_id, row.area_id) != last[:2]:
            yield band(f"{row.area_label}{row.area_title}", st.cell_area, "area")
        group = (row.policy_id, row.area_id, row.group_label + row.group_text)
        if (row.group_label or row.group_text) and group != last:
            yield band(f"{row.group_label}{row.group_text}", st.cell_group, "group")
        last = group
        texts = cell_texts(row)
        pieces = {key: split_text(texts[key], widths[key]) if continued and key in _TEXT_KEYS else [texts[key]]
                  for key in keys}
        for index in range(max(len(p) for p in pieces.values())):
            cells = []
            for key in keys:
                part = pieces[key][index] if index < len(pieces[key]) else ""
                if key == "no":
                    cells.append(Cell(part if index == 0 else CONTINUED, st.cell_center, wrap=False))
                elif key in ("percent", "status"):
                    color = status_colors.get(report_status(row)) if key == "status" and index == 0 else None
                    cells.append(Cell(part if index == 0 else "", st.cell_center, wrap=False, color=color))
                else:
                    cells.append(Cell(part, st.cell) if part else Cell("", st.cell, wrap=False))
            yield Row(cells)
        earlier = data.earlier_years.get(row.plan_id)
        if earlier:  # 往年情况 under the task, across the table
            yield Row([Cell(f"{EARLIER_YEARS}：{earlier}", st.cell)], band=True)
