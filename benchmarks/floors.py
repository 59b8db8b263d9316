"""The floors: the least work that gives the same visible result with the bare libraries,
measured in the same run as the program's figure so that their ratio does not depend on how
busy the machine is.

- a tree: QTreeView over a QStandardItemModel already holding the same rows;
- a filter: one plain LIKE scan of the measures' and plans' texts through the DB-API;
- the dashboard: reading the period's numbers (plan, 完成进度, 评估情况) through the DB-API;
- a return: openpyxl's read-only load of the same file, every cell read;
- the PDF: reportlab laying out the same table with the same font, nothing else;
- the Excel ledger: openpyxl writing the same cells."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import text


def raw_rows(database, sql: str, params: dict) -> list[tuple]:
    """A query through the driver's own cursor, in the database's own parameter style."""
    with database.engine.connect() as connection:
        return connection.execute(text(sql), params).all()


def like_scan(database, needle: str) -> int:
    """Every measure and plan whose text holds ``needle``, by reading them all."""
    pattern = f"%{needle}%"
    measures = raw_rows(database, "SELECT id FROM measures WHERE label LIKE :p OR text LIKE :p", {"p": pattern})
    plans = raw_rows(database, "SELECT id FROM yearly_plans WHERE text LIKE :p", {"p": pattern})
    return len(measures) + len(plans)


def period_numbers(database, period: str) -> int:
    rows = raw_rows(database, "SELECT plan_id, percent, assessment FROM progress_reports WHERE period = :p",
                    {"p": period})
    return len(rows)


class QtTree:
    """The same rows in a QStandardItemModel shown by a QTreeView (built before timing)."""

    def __init__(self, shape: list[tuple[str, list]]):
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QTreeView

        self.model = QStandardItemModel()
        self.model.setColumnCount(3)

        def add(parent, children):
            for title, grandchildren in children:
                item = QStandardItem(title)
                parent.appendRow([item, QStandardItem(""), QStandardItem("")])
                add(item, grandchildren)

        add(self.model.invisibleRootItem(), shape)
        self.view = QTreeView()
        self.view.setUniformRowHeights(True)
        self.view.resize(600, 700)
        self.view.setModel(self.model)
        self.view.show()

    def expand(self, depth: int) -> None:
        """Open every row down to ``depth`` levels and let the view lay them out."""
        from PySide6.QtWidgets import QApplication

        self.view.collapseAll()
        QApplication.processEvents()
        self.view.expandToDepth(depth - 1)
        QApplication.processEvents()

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()


def openpyxl_read(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    cells = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    book.close()
    return cells


def openpyxl_write(sheets: list[tuple[str, list[tuple]]], target: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title[:31])
        for row in rows:
            sheet.append(row)
    book.save(target)


def workbook_values(path: Path) -> list[tuple[str, list[tuple]]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    sheets = [(sheet.title, [tuple(row) for row in sheet.iter_rows(values_only=True)]) for sheet in book.worksheets]
    book.close()
    return sheets


def reportlab_table(rows, period_year: int) -> bytes:
    """The detail table of the report (the same columns, widths, font and size) in a plain
    reportlab document: one Table of Paragraphs on landscape A4, header repeated."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from zjtracker.reports.detail_table import _HEADER_OF, MIN_SPLIT, PAD, cell_markup, cell_texts, columns
    from zjtracker.reports.layout import TABLE_LEADING, TABLE_SIZE, styles

    st = styles()
    cols = columns(rows)
    keys = [key for key, _ in cols]
    body = [[Paragraph(_HEADER_OF[key] if key != "plan" else f"{period_year}年度计划", st.cell_header)
             for key in keys]]
    for row in rows:
        texts = cell_texts(row)
        body.append([Paragraph(cell_markup(texts[key]), st.cell) if key in ("task", "lead", "plan", "status_text")
                     else texts[key] for key in keys])
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), st.fonts.song), ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
                        ("LEADING", (0, 0), (-1, -1), TABLE_LEADING), *[(side, (0, 0), (-1, -1), PAD) for side in (
                            "LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]])
    table = Table(body, colWidths=[width * mm for _, width in cols], repeatRows=1, splitByRow=0,
                  splitInRow=MIN_SPLIT, style=style)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=20 * mm, bottomMargin=20 * mm)
    document.build([table])
    return buffer.getvalue()
