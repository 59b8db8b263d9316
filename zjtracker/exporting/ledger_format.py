"""The look of the Excel ledger's sheets: fonts, borders, the header fill and the print setup
(exporting/print_fit.py: never below 9 pt on paper)."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from zjtracker.exporting.print_fit import PrintFit, apply_print, plan_print, sheet_widths

FONT = "宋体"
LINE_HEIGHT = 13.5  # points per wrapped line of 10.5 pt text
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
HEADER_FONT = Font(name=FONT, size=10.5, bold=True)
BODY_FONT = Font(name=FONT, size=10.5)
TITLE_FONT = Font(name="黑体", size=16)
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT_ALIGN = Alignment(vertical="top", wrap_text=True)
CENTER_ALIGN = Alignment(horizontal="center", vertical="top", wrap_text=True)


def setup_print(ws: Worksheet, title_rows: str, fit: PrintFit | None = None) -> None:
    """Landscape A4 or A3 (exporting/print_fit.py: as ``fit`` plans it, else planned from
    the sheet's column widths as they are), printed at 9 pt or more, ``title_rows``
    repeated on every page."""
    if fit is None:
        widths = sheet_widths(ws, ws.max_column)
        fit = plan_print(widths, widths, BODY_FONT.size)
    apply_print(ws, fit, title_rows)


def write_title(ws: Worksheet, text: str, columns: int) -> None:
    """The merged title row above the header."""
    from openpyxl.utils import get_column_letter

    from zjtracker.exporting.cells import set_text

    ws.merge_cells(f"A1:{get_column_letter(columns)}1")
    set_text(ws["A1"], text)
    ws["A1"].font = TITLE_FONT
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 32
