"""Printing a wide sheet so that it can be read on paper: landscape A4, or A3 when A4 would
shrink it, fitted to the width of the page only where the text stays at 9 pt or more. The
scale is computed from the column widths (Excel prints a column ``w`` characters wide at
7 pixels a character, ¾ pt a pixel, at 100 %); where even A3 would shrink the text below
9 pt, the widest text columns are narrowed (their text wraps onto more lines), and where
that is not enough the sheet prints at a fixed scale across more than one page wide."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

MIN_PRINTED_PT = 9.0
MARGIN_SIDE_IN = 0.4  # left and right
MARGIN_TOP_IN = 0.6  # top and bottom
A4, A3 = 9, 8  # openpyxl / Excel paperSize codes
_LONG_SIDE_MM = {A4: 297.0, A3: 420.0}
POINTS_PER_CHAR = 7 * 0.75  # an Excel character width: 7 px, ¾ pt each
COMFORTABLE_SCALE = 0.9  # columns narrowed to print at this scale first (10.5 pt → 9.45 pt)


def column_points(width: float) -> float:
    return width * POINTS_PER_CHAR


def printable_points(paper: int, side_margin_in: float = MARGIN_SIDE_IN) -> float:
    """The width inside the margins of ``paper`` in landscape."""
    return _LONG_SIDE_MM[paper] / 25.4 * 72 - 2 * side_margin_in * 72


@dataclass(frozen=True)
class PrintFit:
    paper: int  # A4 or A3, always landscape
    fit_to_width: bool  # one page wide (the scale then follows from the widths)
    scale: int  # percent when not fitted to the width
    widths: tuple[float, ...]  # the column widths to use (narrowed where needed)

    def printed_scale(self) -> float:
        if not self.fit_to_width:
            return self.scale / 100
        return min(1.0, printable_points(self.paper) / max(1.0, sum(map(column_points, self.widths))))


def plan_print(widths: Sequence[float], min_widths: Sequence[float], font_pt: float) -> PrintFit:
    """The paper, fitting and column widths that print ``font_pt`` text at 9 pt or more:
    A4 as they are, else A3 as they are, else A3 with the widest columns narrowed toward
    ``min_widths`` (to print at 90 %, or at least at 9 pt), else a fixed scale at the
    narrowest widths, more than one page wide."""
    widths = [float(w) for w in widths]
    least = MIN_PRINTED_PT / font_pt  # the smallest scale that keeps 9 pt
    total = sum(map(column_points, widths))
    for paper in (A4, A3):
        if total * least <= printable_points(paper):
            return PrintFit(paper, True, 100, tuple(widths))
    room = printable_points(A3)
    for target in (room / max(least, COMFORTABLE_SCALE), room / least):
        narrowed = narrow(widths, min_widths, target / POINTS_PER_CHAR)
        if narrowed is not None:
            return PrintFit(A3, True, 100, tuple(narrowed))
    floor = [min(w, m) for w, m in zip(widths, min_widths)]
    return PrintFit(A3, False, min(100, math.ceil(least * 100)), tuple(floor))


def narrow(widths: Sequence[float], min_widths: Sequence[float], total: float) -> list[float] | None:
    """``widths`` narrowed to add up to ``total`` characters, each column giving up a share
    of what it has above its minimum; None when the minimums alone are wider."""
    floors = [min(w, m) for w, m in zip(widths, min_widths)]
    spare = sum(w - f for w, f in zip(widths, floors))
    over = sum(widths) - total
    if over <= 0:
        return list(widths)
    if over > spare:
        return None
    keep = 1 - over / spare
    return [max(f, math.floor((f + (w - f) * keep) * 10) / 10) for w, f in zip(widths, floors)]


def apply_print(ws: Worksheet, fit: PrintFit, title_rows: str | None = None) -> None:
    """Landscape on the planned paper, fitted or scaled, ``title_rows`` repeated, page
    numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = fit.paper
    ws.sheet_properties.pageSetUpPr.fitToPage = fit.fit_to_width
    if fit.fit_to_width:
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    else:
        ws.page_setup.scale = fit.scale
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = MARGIN_SIDE_IN
    ws.page_margins.top = ws.page_margins.bottom = MARGIN_TOP_IN
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def sheet_widths(ws: Worksheet, columns: int) -> list[float]:
    """The widths of the first ``columns`` columns as set (hidden ones count 0)."""
    found = []
    for index in range(1, columns + 1):
        dimension = ws.column_dimensions[get_column_letter(index)]
        found.append(0.0 if dimension.hidden else float(dimension.width or 8.43))
    return found


def printed_scale(ws: Worksheet) -> float:
    """The scale the sheet prints at, read from its page setup and column widths as Excel
    computes it: a fixed scale, or the page's printable width over the columns' width."""
    if not ws.sheet_properties.pageSetUpPr.fitToPage:
        return (ws.page_setup.scale or 100) / 100
    paper = int(ws.page_setup.paperSize or A4)
    long_mm = _LONG_SIDE_MM.get(paper, 297.0)
    room = long_mm / 25.4 * 72 - (ws.page_margins.left + ws.page_margins.right) * 72
    total = sum(map(column_points, sheet_widths(ws, ws.max_column)))
    return min(1.0, room / max(1.0, total))
