"""PDF with a text layer → the neutral document, read with PDFium (pypdfium2): every
character with its position, the lines of a page joined into paragraphs where a line runs to
the right edge and the next one starts without indent, and the tables drawn with ruling lines
(``pdf_grid``) as Table blocks with their merged cells. A table continued on the next page
(same columns, nothing but a page number between) is one table. Page numbers and running
headers stay as paragraphs for the cleaning to remove.

A page with no text but with an image is a scan: the file is refused with a sentence, since
the measures on that page would silently be missing. Limits: 50 MB (as for Office files),
2,000 pages, 5 million characters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from zjtracker.importing.document import Cell, Document, Paragraph, Table
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.sources.pdf_grid import Grid, find_grids

MAX_PAGES = 2000
MAX_CHARS = 5_000_000
_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
                    r"\d{1,4}[.．、](?!\d)|第[一二三四五六七八九十百\d]+[章节条部分])")
_PAGE_MARK = re.compile(r"^[\s\-—－–·•第页共/]*\d{1,4}[\s\-—－–·•页共/\d]*$")
_SCANNED = ("是扫描件，没有文字层（第 {pages} 页只有图像），程序无法读出其中的文字。"
            "请用 WPS/Word 的 OCR（图片转文字）功能转成可编辑的文档，或向发文单位索取可复制文字的版本"
            "（.docx 或带文字的 PDF）后再导入。")


@dataclass(slots=True)
class Char:
    text: str
    x: float  # left of the character's advance
    y: float  # bottom of the font's box (one value for all characters of a line)
    right: float  # x plus the advance
    size: float  # height of the font's box


class TextLine:
    __slots__ = ("chars", "y", "size")

    def __init__(self, char: Char):
        self.chars, self.y, self.size = [char], char.y, char.size or 10.0

    def add(self, char: Char) -> None:
        self.chars.append(char)
        self.size = max(self.size, char.size)

    @property
    def left(self) -> float:
        return self.chars[0].x

    @property
    def right(self) -> float:
        return self.chars[-1].right

    def text(self) -> str:
        out, last = [], None
        for char in self.chars:
            if last is not None and char.x - last.right > 0.3 * self.size:
                out.append(" ")  # a gap wider than a letter space: words or columns apart
            out.append(char.text)
            last = char
        return "".join(out).strip()


def read_pdf_document(data: bytes, name: str) -> Document:
    """The PDF's bytes (read and size-checked by the caller) as a neutral document."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise UnreadableFile(f"文件“{name}”设置了打开密码，程序无法读取。请取消密码后另存，再导入。") from error
        raise UnreadableFile(f"文件“{name}”不是有效的 PDF 文件，可能已损坏或只是改了扩展名（{error}）。"
                             "请用 PDF 阅读器打开确认，或向发文单位索取 .docx 版本。") from error
    try:
        return _read(pdf, name)
    finally:
        pdf.close()


def _read(pdf, name: str) -> Document:
    if len(pdf) > MAX_PAGES:
        raise UnreadableFile(f"文件“{name}”有 {len(pdf):,} 页，超过了上限 {MAX_PAGES:,} 页，"
                             "不像是一份政策文件。请确认选对了文件，或只导出需要的部分后再导入。")
    document = Document(name=name)
    scanned, total = [], 0
    for number in range(1, len(pdf) + 1):
        page = pdf[number - 1]
        try:
            chars, boxes, images = _page_content(page)
        finally:
            page.close()
        total += len(chars)
        if total > MAX_CHARS:
            raise UnreadableFile(f"文件“{name}”中的文字超过了 {MAX_CHARS:,} 个字，远多于一份政策文件，"
                                 "程序拒绝读取。请确认选对了文件，或把它拆成几份后再导入。")
        if not any(c.text.strip() for c in chars):
            if images:
                scanned.append(number)
            continue
        _add_page(document, number, chars, boxes)
    if scanned:
        pages = "、".join(map(str, scanned[:10])) + ("等" if len(scanned) > 10 else "")
        raise UnreadableFile(f"文件“{name}”" + _SCANNED.format(pages=pages))
    if not document.blocks:
        raise UnreadableFile(f"文件“{name}”中没有任何文字，没有可以读取的内容。")
    return document


def _page_content(page) -> tuple[list[Char], list[tuple], int]:
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        handle, count = textpage.raw, textpage.count_chars()
        box, unicode, loose_box = raw.FS_RECTF(), raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox
        chars = []
        for i in range(count):
            code = unicode(handle, i)
            if code <= 32 or 0xFFFE <= code:  # spaces are put back from the gaps between words
                continue
            loose_box(handle, i, box)
            chars.append(Char(chr(code), box.left, box.bottom, box.right, box.top - box.bottom))
    finally:
        textpage.close()
    boxes = [obj.get_bounds() for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2)]
    images = sum(1 for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    return chars, boxes, images


def _lines(chars: list[Char]) -> list[TextLine]:
    """Characters in the order they were drawn, cut into lines where the baseline moves or
    the text goes back to the left."""
    lines: list[TextLine] = []
    for char in chars:
        line = lines[-1] if lines else None
        if (line is None or abs(char.y - line.y) > 0.4 * max(line.size, char.size)
                or char.x < line.chars[-1].x - 0.5 * line.size):
            lines.append(TextLine(char))
        else:
            line.add(char)
    return lines


def _join(previous: str, following: str) -> str:
    """A wrapped line joined to the one before: a space between two Latin words, none inside
    a number the line's end cut (2024—20 | 26年)."""
    if previous[-1:].isdigit() and following[:1].isdigit():
        return previous + following
    if previous[-1:].isascii() and previous[-1:].isalnum() and following[:1].isascii() and following[:1].isalnum():
        return previous + " " + following
    return previous + following


def _add_page(document: Document, number: int, chars: list[Char], boxes) -> None:
    grids = find_grids(boxes)
    outside: list[Char] = []
    inside: list[list[Char]] = [[] for _ in grids]
    for char in chars:
        middle_y = char.y + 0.5 * char.size
        for index, grid in enumerate(grids):
            if grid.contains((char.x + char.right) / 2, middle_y):
                inside[index].append(char)
                break
        else:
            outside.append(char)
    blocks: list[tuple[float, object]] = [(grid.top, _table(grid, own, number))
                                          for grid, own in zip(grids, inside)]
    blocks += [(y, Paragraph(text, page=number)) for y, text in _paragraphs(_lines(outside))]
    blocks.sort(key=lambda item: -item[0])
    for _, block in blocks:
        if isinstance(block, Table) and not any(c.text for row in block.rows for c in row):
            continue
        if isinstance(block, Table) and _continues(document, block):
            continue
        document.blocks.append(block)


def _paragraphs(lines: list[TextLine]) -> list[tuple[float, str]]:
    """(top, text) of each paragraph: a line that reaches the right edge of the page's text
    goes on in the next line when that one starts at the left edge, is no numbered item, and
    follows at the ordinary line distance."""
    lines = sorted(lines, key=lambda line: -line.y)
    full = [line for line in lines if len(line.chars) >= 8] or lines  # not a page number
    if not full:
        return []
    left_edge = min(line.left for line in full)
    right_edge = max(line.right for line in full)
    out: list[tuple[float, str]] = []
    previous: TextLine | None = None
    for line in lines:
        text = line.text()
        if not text:
            continue
        if (previous is not None and out
                and previous.right >= right_edge - 1.5 * previous.size
                and line.left <= left_edge + 0.6 * line.size
                and previous.y - line.y <= 2.5 * line.size
                and not _LABEL.match(text) and not _PAGE_MARK.match(text)):
            out[-1] = (out[-1][0], _join(out[-1][1], text))
        else:
            out.append((line.y + line.size, text))
        previous = line
    return out


def _cell_text(chars: list[Char], left: float, right: float) -> tuple[str, bool]:
    """A cell's lines: a line that fills the cell is wrapped, so the next one goes on it;
    a shorter line ends where the writer broke it ("\\n"). With whether its last line fills
    the cell (its text may go on in the next cell down, on the next page)."""
    text = ""
    previous: TextLine | None = None
    for line in _lines(chars):
        piece = line.text()
        if not piece:
            continue
        if previous is None:
            text = piece
        elif _fills(previous, right) and line.left <= left + 1.5 * line.size:
            text = _join(text, piece)
        else:
            text += "\n" + piece
        previous = line
    return text, previous is not None and _fills(previous, right)


def _fills(line: TextLine, right: float) -> bool:
    return line.right >= right - 2.0 * line.size


def _table(grid: Grid, chars: list[Char], page: int) -> Table:
    owned: dict[tuple[int, int], list[Char]] = {}
    for char in chars:
        r, c = grid.position((char.x + char.right) / 2, char.y + 0.5 * char.size)
        origin = grid.cells[(r, c)]
        owned.setdefault(origin[:2], []).append(char)
    rows: list[list[Cell]] = []
    texts: dict[tuple[int, int], str] = {}
    full: set[tuple[int, int]] = set()  # cells whose last line fills them
    for r in range(len(grid.ys) - 1):
        row = []
        for c in range(len(grid.xs) - 1):
            r0, c0, rs, cs = grid.cells[(r, c)]
            if (r0, c0) not in texts:
                texts[(r0, c0)], fills = _cell_text(owned.get((r0, c0), []), grid.xs[c0], grid.xs[c0 + cs])
                if fills:
                    full.add((r0, c0))
            if (r0, c0) == (r, c):
                row.append(Cell(texts[(r0, c0)], r, c, row_span=rs, col_span=cs))
            else:
                row.append(Cell(texts[(r0, c0)], r, c, covered=True))
        rows.append(row)
    table = Table(rows=rows, page=page)
    table.full_cells = full  # to join a row the page break cut
    table.columns_x = grid.xs  # column boundaries and last page: to join a table continued
    table.last_page = page  # on the next page
    return table


def _cut_row(previous: Table, table: Table) -> bool:
    """Whether the first row of a table continued on the next page is the rest of the last
    row before the break: it has no first cell (序号) of its own, and every cell it fills
    goes on from a cell above whose last line filled it."""
    if not previous.rows or not table.rows:
        return False
    last_row, first = len(previous.rows) - 1, table.rows[0]
    filled = [cell.col for cell in first if cell.text.strip() and not cell.covered]
    if not filled or first[0].text.strip() or not previous.rows[-1][0].text.strip():
        return False
    ends = getattr(previous, "full_cells", set())
    return all((last_row, col) in ends for col in filled)


def _continues(document: Document, table: Table) -> bool:
    """Append ``table`` to the table that ends the previous page when it has the same
    columns and only page marks stand between them (which are dropped)."""
    tail = []
    for block in reversed(document.blocks):
        if isinstance(block, Table):
            break
        if not _PAGE_MARK.match(block.text) and len(block.text) > 0:
            return False
        tail.append(block)
    else:
        return False
    previous = block
    if previous.last_page != table.page - 1 or len(previous.columns_x) != len(table.columns_x):
        return False
    if any(abs(a - b) > 2.0 for a, b in zip(previous.columns_x, table.columns_x)):
        return False
    for _ in tail:
        document.blocks.pop()
    cut = _cut_row(previous, table)
    if cut:  # the page break cut the last row: its rest joins it
        last, rest = previous.rows[-1], table.rows.pop(0)
        for cell, more in zip(last, rest):
            if more.text and not more.covered:
                cell.text = _join(cell.text, more.text)
    offset = len(previous.rows)
    previous.full_cells = {(r + offset - cut, c) for r, c in getattr(table, "full_cells", set()) if r >= cut} | \
        {(len(previous.rows) - 1, c) for r, c in getattr(table, "full_cells", set()) if cut and r == 0}
    for row in table.rows:
        for cell in row:
            cell.row += offset
        previous.rows.append(row)
    previous.last_page = table.page
    return True
