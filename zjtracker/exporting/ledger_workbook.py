"""The Excel ledger (工作任务台账) of a period: one sheet per policy in the city's column layout,
plus a sheet of the policies' indicators; frozen header, filters, wrapped text, widths that
fit, and a landscape print setup (A4, or A3 with narrowed text columns) that repeats the
header and prints no text below 9 pt.

``iter_ledger_workbook`` yields (done, total, message) and returns the workbook's bytes."""

from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Generator, Sequence

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from zjtracker.db.engine import Database
from zjtracker.exporting.cells import set_text
from zjtracker.exporting.ledger_columns import Column, fit_width, ledger_columns, line_count
from zjtracker.exporting.ledger_format import (
    BODY_FONT,
    BORDER,
    CENTER_ALIGN,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    LEFT_ALIGN,
    LINE_HEIGHT,
    setup_print,
    write_title,
)
from zjtracker.exporting.ledger_indicators import write_indicator_sheet
from zjtracker.exporting.print_fit import plan_print
from zjtracker.services.assessment import CHOICES
from zjtracker.services.ledger import LedgerRow, find_unit_id, ledger_rows
from zjtracker.services.periods import Period
from zjtracker.services.policies.queries import PolicyNotFound
from zjtracker.services.reporting.data import NothingToReport
from zjtracker.services.tree import short_title

TITLE_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\\x00-\x1f\x7f]")


def sheet_title(title: str, taken: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, none of []:*?/\\ nor control characters,
    not beginning or ending with an apostrophe, not History), unique in the workbook."""
    base = _BAD_SHEET_CHARS.sub("", short_title(title, 28)).strip("'").strip()
    if not base or base.lower() == "history":
        base = "台账"
    name, n = base[:31], 2
    while name in taken:
        suffix = f"（{n}）"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


def write_table(ws: Worksheet, title: str, columns: list[Column], rows: list[LedgerRow]) -> None:
    """Title row, header row and one row per ledger row, formatted and set up for print."""
    last = get_column_letter(len(columns))
    write_title(ws, title, len(columns))
    values = [[column.value(row) for column in columns] for row in rows]
    wanted = [fit_width(c.header, (v[i] for v in values), c.min_width, c.max_width)
              for i, c in enumerate(columns)]
    fit = plan_print(wanted, [c.min_width for c in columns], BODY_FONT.size)  # ≥ 9 pt on A4 or A3
    widths = list(fit.widths)
    for i, column in enumerate(columns, 1):
        cell = ws.cell(HEADER_ROW, i)
        set_text(cell, column.header)
        cell.font, cell.fill, cell.border, cell.alignment = HEADER_FONT, HEADER_FILL, BORDER, HEADER_ALIGN
        ws.column_dimensions[get_column_letter(i)].width = widths[i - 1]
    ws.row_dimensions[HEADER_ROW].height = max(line_count(c.header, widths[i]) for i, c in enumerate(columns)) \
        * LINE_HEIGHT + 6
    for r, line in enumerate(values, FIRST_ROW):
        for i, value in enumerate(line):
            cell = ws.cell(r, i + 1)
            set_text(cell, value if value != "" else None)
            cell.font, cell.border = BODY_FONT, BORDER
            cell.alignment = CENTER_ALIGN if columns[i].center else LEFT_ALIGN
        lines = max(line_count(v, widths[i]) for i, v in enumerate(line))
        ws.row_dimensions[r].height = min(409, lines * LINE_HEIGHT + 4)
    end = FIRST_ROW + len(values) - 1
    ws.freeze_panes = ws.cell(FIRST_ROW, 1).coordinate
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(end, HEADER_ROW)}"
    keys = [c.key for c in columns]
    if "assessment" in keys and values:
        letter = get_column_letter(keys.index("assessment") + 1)
        choice = DataValidation(type="list", formula1='"' + ",".join(CHOICES) + '"', allow_blank=True)
        choice.error, choice.errorTitle = f"请从列表中选择：{'、'.join(CHOICES)}。", "评估情况"
        ws.add_data_validation(choice)
        choice.add(f"{letter}{FIRST_ROW}:{letter}{end}")
    setup_print(ws, f"{HEADER_ROW}:{HEADER_ROW}", fit)


def iter_ledger_workbook(database: Database, period: Period | str, policy_ids: Sequence[int] | None = None,
                         unit: str | None = None) -> Generator[tuple[int, int, str], None, bytes]:
    """The ledger of ``period`` for the given policies (all that have plans in the period's
    year when None), optionally only the measures ``unit`` takes part in."""
    period = Period.parse(period) if isinstance(period, str) else period
    unit_id = find_unit_id(database, unit) if unit else None
    yield 0, 1, "正在读取台账数据"
    if policy_ids:
        rows = []
        for policy_id in policy_ids:
            found = ledger_rows(database, period, policy_id=policy_id, unit_id=unit_id)
            if not found and not _policy_exists(database, policy_id):
                raise PolicyNotFound(policy_id)
            rows += found
    else:
        rows = ledger_rows(database, period, unit_id=unit_id)
    if not rows:
        raise NothingToReport(f"所选范围内没有 {period.year} 年的年度计划，{period.label()}的台账是空的。")
    from zjtracker.services.oversight.queries import closed_plan_ids

    closed = closed_plan_ids(database, [row.plan_id for row in rows])  # 系统评估 says 已销号
    for row in rows:
        row.closed = row.plan_id in closed
    by_policy: dict[int, list[LedgerRow]] = defaultdict(list)
    for row in rows:
        by_policy[row.policy_id].append(row)
    total = len(by_policy) + 2
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for done, policy_rows in enumerate(by_policy.values(), 1):
        title = policy_rows[0].policy_title
        yield done, total, f"正在写入：{short_title(title, 30)}"
        ws = workbook.create_sheet(sheet_title(title, taken))
        heading = title if title.endswith("台账") else f"{title}工作任务台账"
        write_table(ws, f"{heading}（{period.label()}）", ledger_columns(policy_rows, period.year), policy_rows)
    yield total - 1, total, "正在写入：主要指标"
    titles = {pid: policy_rows[0].policy_title for pid, policy_rows in by_policy.items()}
    write_indicator_sheet(workbook.create_sheet(sheet_title("主要指标", taken)), database, titles, period)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _policy_exists(database: Database, policy_id: int) -> bool:
    from zjtracker.db.models import Policy

    with database.session() as session:
        return session.get(Policy, policy_id) is not None


def write_ledger_workbook(database: Database, period: Period | str, policy_ids: Sequence[int] | None = None,
                          unit: str | None = None) -> bytes:
    """The workbook's bytes, without progress."""
    work = iter_ledger_workbook(database, period, policy_ids, unit)
    while True:
        try:
            next(work)
        except StopIteration as finished:
            return finished.value
