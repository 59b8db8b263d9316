"""The indicator sheet (主要指标) of the Excel ledger: baseline, target, the latest actual
value up to the period's year and the share of the target reached, for each policy."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from zjtracker.db.engine import Database
from zjtracker.exporting.cells import set_text
from zjtracker.exporting.ledger_columns import fit_width, line_count
from zjtracker.exporting.ledger_format import (
    BODY_FONT,
    BORDER,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    LEFT_ALIGN,
    LINE_HEIGHT,
    setup_print,
    write_title,
)
from zjtracker.services.indicators import IndicatorInfo, policy_indicators
from zjtracker.services.periods import Period

HEADERS = ("政策文件", "类别", "指标名称", "计量单位", "基期年份", "基期值", "目标年份", "目标值", "属性",
           "最新实际值年份", "最新实际值", "完成目标比例（%）")
_LIMITS = ((12, 30), (8, 16), (14, 36), (6, 10), (6, 8), (8, 12), (6, 8), (8, 14), (6, 8), (8, 9), (8, 12), (8, 10))
NONE_NOTE = "所选政策没有设定指标。"


def indicator_values(policy_title: str, info: IndicatorInfo, year: int) -> list:
    """One row of the sheet; the latest actual value is the newest up to ``year``."""
    years = [y for y in info.actuals if y <= year]
    latest = max(years) if years else None
    value = info.actuals[latest] if latest is not None else None
    return [
        policy_title, info.category, info.name, info.unit,
        info.baseline_year, info.baseline_value if info.baseline_value is not None else info.baseline_text,
        info.target_year, info.target_value if info.target_value is not None else info.target_text,
        info.nature, latest, value, info.share_reached(value) if value is not None else None,
    ]


def write_indicator_sheet(ws: Worksheet, database: Database, titles: dict[int, str], period: Period) -> None:
    values = [indicator_values(title, info, period.year)
              for pid, title in titles.items() for info in policy_indicators(database, pid)]
    last = get_column_letter(len(HEADERS))
    write_title(ws, f"主要指标完成情况（截至{period.label()}）", len(HEADERS))
    widths = [fit_width(h, (v[i] for v in values), *_LIMITS[i]) for i, h in enumerate(HEADERS)]
    for i, header in enumerate(HEADERS, 1):
        cell = ws.cell(2, i, header)
        cell.font, cell.fill, cell.border, cell.alignment = HEADER_FONT, HEADER_FILL, BORDER, HEADER_ALIGN
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
    ws.row_dimensions[2].height = max(line_count(h, widths[i]) for i, h in enumerate(HEADERS)) * LINE_HEIGHT + 6
    if not values:
        ws.cell(3, 1, NONE_NOTE)
        ws.merge_cells(f"A3:{last}3")
    for r, line in enumerate(values, 3):
        for i, value in enumerate(line, 1):
            cell = ws.cell(r, i)
            set_text(cell, value if value != "" else None)
            cell.font, cell.border, cell.alignment = BODY_FONT, BORDER, LEFT_ALIGN
        ws.row_dimensions[r].height = max(line_count(v, widths[i]) for i, v in enumerate(line)) * LINE_HEIGHT + 4
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{last}{2 + max(len(values), 1)}"
    setup_print(ws, "2:2")
