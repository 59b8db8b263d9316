"""The cells of one worksheet of a returned workbook, read straight from the sheet's XML.

The workbook is opened by openpyxl in read-only mode (sheet names and states, shared
strings, styles, the date epoch); the sheet itself is streamed here with lxml, a few times
quicker than openpyxl's own reader, and every cell gets the value openpyxl would give it:
the common cells (a plain inline or shared string, a number, an empty cell) are read
directly, every other one (formulas, rich text, dates, booleans, errors) by openpyxl's own
cell parser; an error (#N/A, also as a formula's last result) comes as a ``CellError``. Merged ranges are taken from the sheet's ``<mergeCells>`` and treated as a
fully loaded workbook treats them: only the top-left cell keeps its value.

The XML has passed ``file_limits`` (no DTD, sizes and cell counts within bounds) before it
gets here; lxml is still told to resolve no entity and fetch nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import (
    INLINE_STRING, MERGE_TAG, ROW_TAG, VALUE_TAG, WorkSheetParser, _cast_number,
)
from openpyxl.worksheet.merge import MergeCells

from zjtracker.importing.returns.values import CellError

_TEXT_TAG = INLINE_STRING[:-len("is")] + "t"
_OTHER = object()  # a cell for openpyxl's parser


@dataclass
class SheetCells:
    """The cells of a sheet that hold a value, as openpyxl's full load would leave them."""

    values: dict[tuple[int, int], object] = field(default_factory=dict)  # (row, col), 1-based
    percent: set[tuple[int, int]] = field(default_factory=set)  # numbers formatted as a percentage
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_row, min_col, max_row, max_col


class _Styles:
    """Whether a style id stands for a percentage number format; an id the workbook does
    not have makes the file damaged, as it does for openpyxl's full load."""

    def __init__(self, book):
        self.book = book
        self.known: dict[object, bool] = {}

    def percent(self, style_id) -> bool:
        found = self.known.get(style_id)
        if found is None:
            style = self.book._cell_styles[style_id]
            number = style.numFmtId
            if number < BUILTIN_FORMATS_MAX_SIZE:
                text = BUILTIN_FORMATS.get(number, "General")
            else:
                formats = self.book._number_formats
                offset = number - BUILTIN_FORMATS_MAX_SIZE
                text = formats[offset] if 0 <= offset < len(formats) else ""
            found = self.known[style_id] = "%" in (text or "")
        return found


def read_cells(sheet, max_rows: int | None = None, max_columns: int | None = None) -> SheetCells:
    """The cells of a read-only openpyxl worksheet within the limits (1-based, inclusive),
    with merged ranges applied as a full load applies them. Raises whatever the XML or
    openpyxl raise for a damaged sheet (the caller refuses the file)."""
    book = sheet.parent
    cells = _Cells(book, sheet._shared_strings, SheetCells(), max_rows, max_columns)
    merges = None
    with book._archive.open(sheet._worksheet_path) as source:
        events = etree.iterparse(source, events=("end",), tag=(ROW_TAG, MERGE_TAG), resolve_entities=False,
                                 no_network=True, load_dtd=False, remove_comments=True, remove_pis=True)
        for _, element in events:
            if element.tag == MERGE_TAG:
                merges = MergeCells.from_tree(element)
            else:
                cells.row(element)
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                del element.getparent()[0]
    cells.check_styles()
    if merges is not None:
        _merge(cells.found, merges)
    return cells.found


class _Cells:
    """The rows of a sheet as they stream by. A row's number and a cell's position,
    value and style are read the way openpyxl's parser reads them (``parse_row``,
    ``parse_cell``); the common cells directly, every other one by that parser."""

    def __init__(self, book, shared_strings, found: SheetCells, max_rows, max_columns):
        self.parser = WorkSheetParser(None, shared_strings, data_only=False, epoch=book.epoch,
                                      date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        self.shared, self.dates = shared_strings, book._date_formats
        self.styles = _Styles(book)
        self.found = found
        self.max_rows = max_rows if max_rows is not None else float("inf")
        self.max_columns = max_columns if max_columns is not None else float("inf")
        self.row_number = 0
        self.columns: dict[str, int] = {}  # column letters seen → index
        self.style_ids: set = set()

    def check_styles(self) -> None:
        for style in self.style_ids:
            self.styles.percent(style)

    def row(self, element) -> None:
        number = element.get("r")
        if number is None:
            self.row_number += 1
        else:
            try:
                self.row_number = int(number)
            except ValueError:
                value = float(number)
                if not value.is_integer():
                    raise ValueError(f"{number} is not a valid row number") from None
                self.row_number = int(value)
        column = 0
        values, percent, styles = self.found.values, self.found.percent, self.style_ids
        for cell in element:
            value = self.plain(cell)
            if value is _OTHER:
                row, column, value, style = self.parsed(cell, column)
            else:
                style = cell.get("s", 0)
                if style:
                    style = int(style)
                coordinate = cell.get("r")
                if coordinate:
                    row, column = self.position(coordinate)
                else:
                    row, column = self.row_number, column + 1
            styles.add(style)  # every style id is looked up at the end, as a full load looks it up
            if row > self.max_rows or column > self.max_columns:
                continue
            key = (row, column)
            if value is None:  # a cell written twice: the last one counts, as in a full load
                values.pop(key, None)
                percent.discard(key)
                continue
            values[key] = value
            if isinstance(value, (int, float)) and self.styles.percent(style):
                percent.add(key)
            else:
                percent.discard(key)

    def plain(self, cell):
        """The value of a cell without formula, rich text or date; _OTHER for any other."""
        size = len(cell)
        if size == 0:
            return None
        if size > 1:
            return _OTHER
        kind = cell.get("t", "n")
        child = cell[0]
        tag = child.tag
        if tag == VALUE_TAG and len(child) == 0:
            text = child.text
            if kind == "s":
                return self.shared[int(text)] if text else None
            if kind != "n":
                return _OTHER
            style = cell.get("s", 0)
            if style and int(style) in self.dates:
                return _OTHER
            return _cast_number(text) if text else None
        if tag == INLINE_STRING and kind == "inlineStr" and len(child) == 1:
            run = child[0]
            if run.tag == _TEXT_TAG and len(run) == 0:
                return run.text or ""
        return _OTHER

    def position(self, coordinate: str) -> tuple[int, int]:
        """``coordinate_to_tuple``, with the column of letters seen before looked up."""
        letters = coordinate.rstrip("0123456789")
        column = self.columns.get(letters)
        if column is not None and len(letters) < len(coordinate):
            return int(coordinate[len(letters):]), column
        row, column = coordinate_to_tuple(coordinate)
        if letters.isascii() and letters.isalpha():
            self.columns[letters] = column
        return row, column

    def parsed(self, cell, column: int) -> tuple[int, int, object, object]:
        self.parser.row_counter, self.parser.col_counter = self.row_number, column
        found = self.parser.parse_cell(cell)
        value = found["value"]
        if cell.get("t") == "e" or found["data_type"] == "e":  # #N/A, also as a formula's result
            value = CellError(cell.findtext(VALUE_TAG) or value or "#VALUE!")
        return found["row"], found["column"], value, found["style_id"]


def _merge(found: SheetCells, merges: MergeCells) -> None:
    """Every cell of a merged range but the top-left one loses its value (a full load
    replaces them with empty MergedCells)."""
    seen = set()
    for merge in merges.mergeCell:
        bounds = (merge.min_row, merge.min_col, merge.max_row, merge.max_col)
        if bounds in seen:
            continue
        seen.add(bounds)
        found.merged.append(bounds)
        min_row, min_col, max_row, max_col = bounds
        if (max_row - min_row + 1) * (max_col - min_col + 1) > len(found.values):
            covered = [key for key in found.values
                       if min_row <= key[0] <= max_row and min_col <= key[1] <= max_col]
        else:
            covered = [(r, c) for r in range(min_row, max_row + 1) for c in range(min_col, max_col + 1)]
        for key in covered:
            if key != (min_row, min_col):
                found.values.pop(key, None)
                found.percent.discard(key)
