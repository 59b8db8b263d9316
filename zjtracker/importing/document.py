"""The neutral document every source becomes before it is read: a list of blocks, each a
paragraph (with its line, and page where known) or a table (rows of cells with their row
and column positions, spans and the typed value the source gave, such as an Excel date).

A table is always rectangular: a position covered by a merged cell holds a ``Cell`` with
``covered=True`` that repeats the text and value of the cell covering it, so a reader can
take every row as complete and still know which values were written once for several
rows. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Paragraph:
    text: str
    line: int | None = None  # 1-based line in the source text, where the source has lines
    page: int | None = None


@dataclass
class Cell:
    text: str  # as written; line breaks inside the cell kept as "\n"
    row: int  # 0-based position in the table
    col: int
    row_span: int = 1
    col_span: int = 1
    value: object = None  # the typed value where the source has one (date, number)
    covered: bool = False  # a position inside another cell's span (repeats its text)


@dataclass
class Table:
    rows: list[list[Cell]]
    name: str = ""  # the sheet's name, or "" for a table inside a document
    line: int | None = None  # 1-based line (text) or row (sheet) where the table starts
    page: int | None = None
    row_lines: list[int] = field(default_factory=list)  # source line of each row, if known
    title: str = ""  # a caption or merged title row above the table, if any

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def texts(self) -> list[list[str]]:
        return [[cell.text for cell in row] for row in self.rows]

    def line_of(self, row: int) -> int | None:
        """The source line (text) or row number (sheet) of row ``row`` (0-based)."""
        if row < len(self.row_lines):
            return self.row_lines[row]
        return None if self.line is None else self.line + row


Block = Paragraph | Table


@dataclass
class Document:
    name: str  # the file's name, for messages
    blocks: list[Block] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def text(self) -> str:
        """The document as lines for the prose reader: paragraphs as they are, each table row
        one line of tab-separated cells (line breaks inside a cell become spaces), a blank
        line after each table. A table whose source has no lines (a PDF) is given the lines
        its rows have in this text, so that what is read from it is known there."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                lines.extend(block.text.split("\n"))
            else:
                if block.line is None:
                    block.line = len(lines) + 1
                    block.row_lines = [block.line + i for i in range(len(block.rows))]
                lines.extend("\t".join(" ".join(c.text.split("\n")).strip() for c in row)
                             for row in block.rows)
                lines.append("")
        return "\n".join(lines)


def grid_table(values: list[list], name: str = "", line: int | None = None,
               row_lines: list[int] | None = None) -> Table:
    """A table from plain rows of values (text rows, a sheet without merges); short rows
    are padded with empty cells."""
    width = max((len(r) for r in values), default=0)
    rows = []
    for r, row in enumerate(values):
        cells = []
        for c in range(width):
            value = row[c] if c < len(row) else None
            text = "" if value is None else (value if isinstance(value, str) else str(value))
            cells.append(Cell(text=text, row=r, col=c,
                              value=None if isinstance(value, str) else value))
        rows.append(cells)
    return Table(rows=rows, name=name, line=line, row_lines=list(row_lines or []))
