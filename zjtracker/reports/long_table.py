"""A table of hundreds of rows over many pages, laid out once and drawn lean: the report's
detail table (落实情况明细表) and its smaller tables.

It looks as the same reportlab Table of Paragraphs looks (same cell boxes and paddings, the
same line breaks, baselines and alignment, backgrounds, 0.5 pt lines), header repeated on
every page. Every cell is broken into lines once (text_cell.py); a page is cut off the rows
already measured, where a reportlab Table measures the rest of the table again for every
page and draws each cell as a flowable of its own. All the text of a page is one text
object, all its lines one path.

A row that does not fit at the foot of a page breaks between two lines of its cells (at
least ``min_split`` points of it stay on the page, a cell never leaves one line behind),
else it goes over to the next page; a band (a heading row across the table) never stays
alone at the foot of a page. ``rows_first`` tables break between rows and break a row
only when not one row fits on a whole page (never the header and a sliver of a row at the
foot of a page, as a reportlab Table would)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.platypus import Flowable

from zjtracker.reports.text_cell import Line, cell_lines, plain_lines

TOP, MIDDLE = "TOP", "MIDDLE"
_FUZZ = 1e-6


@dataclass(frozen=True)
class Cell:
    text: str
    style: object  # a ParagraphStyle: font, size, leading, alignment in the cell, colour
    wrap: bool = True  # False: a plain value shown line for line as given, never broken
    color: object = None  # a text colour other than the style's


@dataclass
class Row:
    cells: list[Cell]  # one per column; a band holds one cell across the whole table
    band: bool = False
    fill: object = None  # background colour


@dataclass
class _Laid:
    """A row (or the piece of one on a page) with its cells broken into lines."""

    cells: list[tuple[float, list[Line], object, object, bool]]  # (x of the text box, lines, style, colour, plain)
    height: float
    band: bool = False
    fill: object = None
    valign: str = TOP


@dataclass
class _Setup:
    widths: list[float]
    padding: tuple[float, float, float, float]  # left, right, top, bottom
    min_split: float
    rows_first: bool
    line_width: float
    line_color: object
    positions: list[float] = field(default_factory=list)


class LongTable(Flowable):
    """``rows`` may be any iterable (a generator over thousands of rows): rows are laid out as
    pages ask for them, and a page's rows are let go once the page is cut off, so a table of
    any length holds about a page of laid-out rows at a time."""

    def __init__(self, widths, header: Row, rows: Iterable[Row], *, padding=(3, 3, 3, 3), valign: str = TOP,
                 min_split: float = 1, rows_first: bool = False, line_width: float = 0.5,
                 line_color=colors.black):
        super().__init__()
        self.hAlign = "CENTER"
        setup = _Setup(list(widths), tuple(padding), min_split, rows_first, line_width, line_color)
        x = 0.0
        for width in setup.widths:
            setup.positions.append(x)
            x += width
        self._setup, self._width = setup, x
        self._header_row, self._valign = header, valign
        self._header: _Laid | None = None
        self._rows: list[_Laid] = []  # laid out, not yet given to a page
        self._laid = 0.0  # their height
        self._pending: Iterator[Row] | None = iter(rows)  # not laid out yet; None when all are

    @classmethod
    def _part(cls, model: LongTable, rows: list[_Laid], pending: Iterator[Row] | None) -> LongTable:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        part.hAlign, part._setup, part._width = model.hAlign, model._setup, model._width
        part._header_row, part._valign, part._header = None, model._valign, model._header
        part._rows, part._pending = rows, pending
        part._laid = 0.0
        for row in rows:  # summed in order, as the whole table's height is
            part._laid += row.height
        part.height = model._header.height + part._laid
        return part

    # laying out -----------------------------------------------------------------------
    def _lay(self, row: Row, valign: str) -> _Laid:
        s = self._setup
        left, right, top, bottom = s.padding
        cells, content = [], 0.0
        spans = [(0.0, self._width)] if row.band else zip(s.positions, s.widths)
        for cell, (x, width) in zip(row.cells, spans):
            box = width - left - right
            lines = cell_lines(cell.text, cell.style, box) if cell.wrap else plain_lines(cell.text, cell.style, box)
            cells.append((x + left, lines, cell.style, cell.color, not cell.wrap))
            content = max(content, max(len(lines), 1 if row.band else 0) * cell.style.leading)
        return _Laid(cells, content + top + bottom, row.band, row.fill, valign)

    def _prepare(self, avail_height: float = math.inf) -> None:
        """Lay rows out until they overflow ``avail_height`` (or there are no more)."""
        if self._header is None:
            self._header = self._lay(self._header_row, MIDDLE)
        room = avail_height - self._header.height
        while self._pending is not None and self._laid <= room + _FUZZ:
            row = next(self._pending, None)
            if row is None:
                self._pending = None
                break
            laid = self._lay(row, self._valign)
            self._rows.append(laid)
            self._laid += laid.height
        self.height = self._header.height + self._laid

    def wrap(self, avail_width, avail_height):
        self._prepare(avail_height)
        return self._width, self.height

    def split(self, avail_width, avail_height):
        self._prepare(avail_height)
        rows = self._rows
        room = avail_height - self._header.height
        used, n = 0.0, 0
        while n < len(rows) and used + rows[n].height <= room + _FUZZ:
            used += rows[n].height
            n += 1
        if n == len(rows) and self._pending is None:
            return [self]
        if self._setup.rows_first and not n and not getattr(getattr(self, "_frame", None), "_atTop", True):
            return []  # not one row fits in what is left of the page: the table goes on on the next
        pieces = None if self._setup.rows_first and n else self._break_row(rows[n], room - used)
        if pieces:
            return [self._part(self, rows[:n] + [pieces[0]], None),
                    self._part(self, [pieces[1]] + rows[n + 1:], self._pending)]
        while n and rows[n - 1].band:  # a heading goes over with the rows below it
            n -= 1
        if not n:
            return []
        return [self._part(self, rows[:n], None), self._part(self, rows[n:], self._pending)]

    def _break_row(self, row: _Laid, room: float) -> tuple[_Laid, _Laid] | None:
        """The row cut between two lines: its first piece within ``room``, or None."""
        s = self._setup
        _left, _right, top, bottom = s.padding
        if row.band:
            return None
        plain = max((style.fontSize * 1.2 for _x, _l, style, _c, is_plain in row.cells if is_plain), default=0.0)
        keep = plain + bottom if plain else 0.0  # as reportlab: a plain value's line is kept for below
        at = min(room, row.height - keep)
        if at + 1 < s.min_split or (plain and (plain + top + keep > row.height or plain + top > room)):
            return None
        content = at - top
        first, second = [], []
        for x, lines, style, color, is_plain in row.cells:
            if len(lines) * style.leading <= content:
                first.append((x, lines, style, color, is_plain))
                second.append((x, [], style, color, is_plain))
                continue
            fit = int(content / float(style.leading))
            if fit <= 1:  # a broken cell keeps two lines at least on this page (no orphan)
                return None
            first.append((x, lines[:fit], style, color, is_plain))
            second.append((x, lines[fit:], style, color, is_plain))
        if not any(cell[1] for cell in second):
            return None

        def height(cells):
            return max((len(lines) * style.leading for _x, lines, style, _c, _p in cells), default=0.0) + top + bottom

        used = min(at, height(first))  # as reportlab: the first piece may give up its bottom padding
        return (_Laid(first, used, False, row.fill, TOP),
                _Laid(second, max(height(second), row.height - used), False, row.fill, TOP))

    # drawing --------------------------------------------------------------------------
    def draw(self) -> None:
        canvas, s = self.canv, self._setup
        rows = [self._header, *self._rows]
        tops, y = [], self.height
        for row in rows:
            tops.append(y)
            y -= row.height
        canvas.saveState()
        for row, top in zip(rows, tops):
            if row.fill is not None:
                canvas.setFillColor(row.fill)
                canvas.rect(0, top - row.height, self._width, row.height, stroke=0, fill=1)
        self._draw_text(canvas, rows, tops)
        canvas.setStrokeColor(s.line_color)
        canvas.setLineWidth(s.line_width)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.lines(self._grid(rows, tops))
        canvas.restoreState()

    def _draw_text(self, canvas, rows: list[_Laid], tops: list[float]) -> None:
        _left, _right, pad_top, pad_bottom = self._setup.padding
        text = canvas.beginText(0, 0)
        font = color = None
        for row, top in zip(rows, tops):
            for x, lines, style, cell_color, _plain in row.cells:
                if not lines or (len(lines) == 1 and not lines[0][1]):
                    continue
                if font != (style.fontName, style.fontSize, style.leading):
                    font = (style.fontName, style.fontSize, style.leading)
                    text.setFont(*font)
                wanted = cell_color or style.textColor
                if wanted != color:
                    text.setFillColor(wanted)
                    color = wanted
                if row.valign == MIDDLE:
                    height = len(lines) * style.leading
                    y = top - row.height + (row.height + pad_bottom - pad_top + height) / 2 - style.fontSize
                else:
                    y = top - pad_top - style.fontSize
                share = 0.5 if style.alignment == TA_CENTER else 1.0 if style.alignment == TA_RIGHT else 0.0
                placed = None  # the shift of the line origin in force (each line ends with T*)
                for index, (extra, line) in enumerate(lines):
                    shift = share * extra
                    if placed is None or abs(shift - placed) > 1e-6:
                        text.setTextOrigin(x + shift, y - index * style.leading)
                        placed = shift
                    text.textLine(line)
        canvas.drawText(text)

    def _grid(self, rows: list[_Laid], tops: list[float]) -> list[tuple[float, float, float, float]]:
        """The box, a line below every row, and the lines between the columns of every run of
        rows that are not bands."""
        width, height = self._width, self.height
        inner = self._setup.positions[1:]
        segments = [(0, height, width, height), (0, 0, 0, height), (width, 0, width, height)]
        run_top = None
        for row, top in zip(rows, tops):
            bottom = top - row.height
            segments.append((0, bottom, width, bottom))
            if row.band:
                if run_top is not None:
                    segments += [(x, run_top, x, top) for x in inner]
                run_top = None
            elif run_top is None:
                run_top = top
        if run_top is not None:
            segments += [(x, run_top, x, 0) for x in inner]
        return segments
