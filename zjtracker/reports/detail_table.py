"""The detail table (落实情况明细表) on landscape pages: one row per measure, area and group
rows between them, the header repeated on every page, long text wrapped inside its cell.

A row taller than the rest of a page breaks at the foot of the page and goes on on the next
(splitInRow), however many pages it takes. For a row reportlab still cannot place, the
table can be laid out with every cell taller than a page cut beforehand into continuation
rows (marked 续), so no text is ever lost."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

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
from zjtracker.reports.wording import DETAIL_HEADERS, percent
from zjtracker.services.ledger import LedgerRow
from zjtracker.services.report_data import ReportData

PAD = 3
CONTINUED = "（续）"
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
        "status": row.status,
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


class Band(Flowable):
    """The text of a row that runs across the whole table (a policy, area or group heading),
    laid out over the table's full width although it sits in the first cell. The other cells
    of its row are empty and have no lines between them, so it reads as one merged cell; this
    is much cheaper for reportlab than SPAN on a table split over a hundred pages."""

    def __init__(self, paragraph: Paragraph, width: float):
        super().__init__()
        self.paragraph, self.full_width = paragraph, width

    def wrap(self, avail_width, avail_height):
        _, height = self.paragraph.wrap(self.full_width, avail_height)
        return avail_width, height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)


def _bands_and_lines(keys, bands: list[tuple[int, str]], rows: int) -> list[tuple]:
    """Backgrounds of the band rows, and the vertical lines of every other row."""
    fills = {"policy": HEADER_FILL, "area": AREA_FILL, "group": GROUP_FILL}
    commands = [("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]
    start = 0
    for index, kind in [*bands, (rows, "")]:
        if index > start:
            commands.append(("LINEAFTER", (0, start), (len(keys) - 2, index - 1), 0.5, colors.black))
        if kind:
            commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor(fills[kind])))
        start = index + 1
    return commands


def _is_band(cells) -> bool:
    first = cells[0]
    if isinstance(first, (list, tuple)):
        first = first[0] if first else None
    return isinstance(first, Band)


class DetailTable(Table):
    """A Table that never leaves a heading row (Band) alone at the foot of a page: when the
    table is split between rows right after a heading, the heading goes over with the rows
    below it. (NOSPLIT would do the same at many times the cost on a table of many pages.)"""

    def _getFirstPossibleSplitRowPosition(self, availHeight, ignoreSpans=0):
        n = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        if not ignoreSpans:  # between rows; a row split in two keeps its lines on this page
            while n > 1 and _is_band(self._cellvalues[n - 1]):
                n -= 1
        return n


def detail_table(data: ReportData, st: Styles, continued: bool = False) -> Table:
    """The table; with ``continued`` every cell taller than a page is cut beforehand into
    continuation rows (续), for the rare row that reportlab cannot break by itself."""
    cols = columns(data.rows)
    keys = [key for key, _ in cols]
    widths = dict(cols)
    full = sum(widths.values()) * mm - 2 * PAD
    blank = [""] * (len(keys) - 1)
    header = [Paragraph(_HEADER_OF[key] if key != "plan" else f"{data.period.year}年度计划", st.cell_header)
              for key in keys]
    body: list[list] = [header]
    commands: list[tuple] = []
    bands: list[tuple[int, str]] = []

    def band(text: str, style, kind: str) -> None:
        bands.append((len(body), kind))
        body.append([Band(Paragraph(cell_markup(text), style), full), *blank])

    last = (None, None, None)
    for row in data.rows:
        if data.multi_policy and row.policy_id != last[0]:
            band(f"《{row.policy_title}》", st.cell_area, "policy")
        if (row.policy_id, row.area_id) != last[:2]:
            band(f"{row.area_label}{row.area_title}", st.cell_area, "area")
        group = (row.policy_id, row.area_id, row.group_label + row.group_text)
        if (row.group_label or row.group_text) and group != last:
            band(f"{row.group_label}{row.group_text}", st.cell_group, "group")
        last = group
        texts = cell_texts(row)
        pieces = {key: split_text(texts[key], widths[key]) if continued and key in _TEXT_KEYS else [texts[key]]
                  for key in keys}
        for index in range(max(len(p) for p in pieces.values())):
            line = []
            for key in keys:
                part = pieces[key][index] if index < len(pieces[key]) else ""
                if key == "no":
                    line.append(part if index == 0 else CONTINUED)
                elif key in ("percent", "status"):
                    line.append(part if index == 0 else "")
                else:
                    line.append(Paragraph(cell_markup(part), st.cell) if part else "")
            if index == 0 and row.status in STATUS_COLORS and row.status != "未启动":
                commands.append(("TEXTCOLOR", (len(keys) - 1, len(body)), (len(keys) - 1, len(body)),
                                 colors.HexColor(STATUS_COLORS[row.status])))
            body.append(line)
    no_col, percent_col = keys.index("no"), keys.index("percent")
    style = TableStyle([
        *_bands_and_lines(keys, bands, len(body)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
        ("LINEAFTER", (0, 0), (-2, 0), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), st.fonts.song),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
        ("LEADING", (0, 0), (-1, -1), TABLE_LEADING),
        ("ALIGN", (no_col, 1), (no_col, -1), "CENTER"),
        ("ALIGN", (percent_col, 1), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        *commands,
    ])
    # Rows break at the foot of a page (in-row first), at least two lines on either side.
    return DetailTable(body, colWidths=[w * mm for _, w in cols], repeatRows=1, splitByRow=0,
                 splitInRow=MIN_SPLIT, style=style)
