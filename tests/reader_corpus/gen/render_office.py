"""Writing task-division tables into real Word and Excel files: python-docx tables with
merged cells, two-row headers and header rows repeated where a page began; openpyxl sheets
with title rows, merged cells and real date cells."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.reader_corpus.gen.model import Doc, deadline_iso
from tests.reader_corpus.gen.render_tables import TableStyle, table_rows


def _group_runs(doc: Doc) -> list[tuple[int, int]]:
    """(first row, last row) of each group's measures, 0-based over the body rows."""
    runs, start = [], 0
    for area in doc.areas:
        for group in area.groups:
            n = len(group.measures)
            if n:
                runs.append((start, start + n - 1))
                start += n
    return runs


def write_docx(doc: Doc, st: TableStyle, path: Path, *, before: list[str], after: list[str] = (),
               tops: list[str] | None = None, merge_group: bool = False,
               repeat_header_at: tuple[int, ...] = (), split_at: tuple[int, ...] = ()) -> None:
    import docx

    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    rows = table_rows(doc, st)
    header = [h for h, _ in st.columns]
    pieces, last = [], 0
    for cut in list(split_at) + [len(rows)]:
        pieces.append((last, rows[last:cut]))
        last = cut
    for index, (offset, body) in enumerate(pieces):
        if index:
            document.add_paragraph("（续表）")
        _docx_table(document, header, tops, body, offset, doc, merge_group, repeat_header_at)
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))


def _docx_table(document, header, tops, body, offset, doc, merge_group, repeat_at):
    head_rows = 2 if tops else 1
    repeats = [r - offset for r in repeat_at if offset < r < offset + len(body)]
    table = document.add_table(rows=head_rows + len(body) + len(repeats), cols=len(header))
    table.style = "Table Grid"
    if tops:
        for c, (top, bottom) in enumerate(zip(tops, header)):
            table.cell(0, c).text = top
            table.cell(1, c).text = bottom if bottom != top else ""
        c = 0
        while c < len(header):
            span = c
            while span + 1 < len(header) and tops[span + 1] == tops[c] and tops[c] != header[c]:
                span += 1
            if span > c:
                table.cell(0, c).merge(table.cell(0, span)).text = tops[c]
            elif tops[c] == header[c]:
                table.cell(0, c).merge(table.cell(1, c)).text = header[c]
            c = span + 1
    else:
        for c, text in enumerate(header):
            table.cell(0, c).text = text
    r = head_rows
    positions = {}
    for i, row in enumerate(body):
        if i in repeats:
            for c, text in enumerate(header):
                table.cell(r, c).text = text
            r += 1
        positions[offset + i] = r
        for c, text in enumerate(row):
            table.cell(r, c).text = text
        r += 1
    if merge_group:
        col = _group_col(header)
        for first, last in _group_runs(doc):
            if first in positions and last in positions and last > first:
                top, bottom = positions[first], positions[last]
                if bottom - top == last - first:  # no repeated header inside the run
                    text = table.cell(top, col).text
                    for rr in range(top + 1, bottom + 1):
                        table.cell(rr, col).text = ""
                    table.cell(top, col).merge(table.cell(bottom, col)).text = text


def _group_col(header: list[str]) -> int:
    for c, name in enumerate(header):
        if name in ("重点任务", "主要任务", "工作任务", "任务类别", "重点工作"):
            return c
    return 1


def write_xlsx(doc: Doc, st: TableStyle, path: Path, *, title_rows: list[str] = (),
               tops: list[str] | None = None, merge_group: bool = False,
               date_cells: bool = False, sheet: str = "Sheet1", widths=None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ncol = len(st.columns)
    r = 1
    for text in title_rows:
        ws.cell(r, 1, text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    header = [h for h, _ in st.columns]
    if tops:
        for c, (top, bottom) in enumerate(zip(tops, header), start=1):
            ws.cell(r, c, top)
            if top == bottom:
                ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            else:
                ws.cell(r + 1, c, bottom)
        c = 0
        while c < ncol:
            span = c
            while span + 1 < ncol and tops[span + 1] == tops[c] and tops[c] != header[c]:
                span += 1
            if span > c:
                ws.merge_cells(start_row=r, start_column=c + 1, end_row=r, end_column=span + 1)
            c = span + 1
        r += 2
    else:
        for c, text in enumerate(header, start=1):
            ws.cell(r, c, text)
        r += 1
    first_body = r
    fields = [f for _, f in st.columns]
    for row in table_rows(doc, st):
        for c, (text, name) in enumerate(zip(row, fields), start=1):
            value = text
            if name == "seq":
                value = int(text)
            elif name == "deadline" and date_cells:
                iso = deadline_iso(text, doc.year)
                if iso and "—" not in text:
                    value = date.fromisoformat(iso)
            cell = ws.cell(r, c, value)
            if isinstance(value, date):
                cell.number_format = "yyyy/m/d"
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        r += 1
    if merge_group and "group" in fields:
        col = fields.index("group") + 1
        for first, last in _group_runs(doc):
            if last > first:
                for rr in range(first_body + first + 1, first_body + last + 1):
                    ws.cell(rr, col).value = None
                ws.merge_cells(start_row=first_body + first, start_column=col,
                               end_row=first_body + last, end_column=col)
    for c, w in enumerate(widths or [], start=1):
        ws.column_dimensions[chr(64 + c)].width = w
    wb.save(str(path))
