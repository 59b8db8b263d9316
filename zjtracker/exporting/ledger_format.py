"""The look of the Excel ledger's sheets: fonts, borders, the header fill and the print setup."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

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


def setup_print(ws: Worksheet, title_rows: str) -> None:
    """A4 landscape, fit to the width of a page, ``title_rows`` repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def write_title(ws: Worksheet, text: str, columns: int) -> None:
    """The merged title row above the header."""
    from openpyxl.utils import get_column_letter

    from zjtracker.exporting.cells import set_text

    ws.merge_cells(f"A1:{get_column_letter(columns)}1")
    set_text(ws["A1"], text)
    ws["A1"].font = TITLE_FONT
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 32
