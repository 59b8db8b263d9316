"""Writing cells so that no spreadsheet evaluates what a colleague typed.

Text that starts with = + - @ would be taken for a formula by Excel and WPS; it is written
as a plain string cell with the quote prefix set, so it shows as the text it is. Control
characters, which an .xlsx cannot hold (openpyxl refuses them), are left out."""

from __future__ import annotations

from openpyxl.cell.cell import Cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def set_text(cell: Cell, value) -> None:
    """Put ``value`` into ``cell``; strings are always stored as strings."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, str) and looks_like_formula(value):
        cell.value = value
        cell.data_type = "s"
        cell.quotePrefix = True
        return
    cell.value = value
