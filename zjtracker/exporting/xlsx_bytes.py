"""An openpyxl workbook as the bytes of its .xlsx file, every part made in memory.

``Workbook.save`` writes each sheet's XML into a temporary file of its own first, then
copies it into the archive and deletes it: two files made and removed per sheet, which on
a journalled disk (or under a virus scanner) cost more than writing the sheet itself. Here
each sheet's XML goes into a buffer instead; the archive holds the same parts, written by
openpyxl's own writers, and the caller puts the bytes on disk once (exporting.safe_write).
"""

from __future__ import annotations

import datetime
from io import BytesIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter


class _InMemory(ExcelWriter):
    def write_worksheet(self, ws) -> None:  # ExcelWriter's, with a buffer for the temporary file
        if self.workbook.write_only:
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        buffer = BytesIO()
        writer = WorksheetWriter(ws, out=buffer)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], buffer.getvalue())
        self.manifest.append(ws)


def workbook_bytes(book: Workbook) -> bytes:
    """What ``book.save`` would write, as bytes."""
    stream = BytesIO()
    with ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
        _InMemory(book, archive).write_data()
    return stream.getvalue()
