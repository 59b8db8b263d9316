"""The PDF report shown inside the program (QPdfView), with Print and Open in the default
viewer. Printing renders each page with QPdfDocument.render onto the printer; landscape
pages (the attached tables) are turned to fit portrait paper, as offices bind them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_PRINT_DPI = 300  # enough for text; a 600 dpi page image would take 140 MB


def print_pdf(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Print pages ``first``..``last`` (1-based, 0 = to the end); returns the pages printed."""
    count = document.pageCount()
    last = count if last <= 0 else min(last, count)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(max(first, 1) - 1, last):
            if printed:
                printer.newPage()
            area = QRectF(painter.viewport())
            size = document.pagePointSize(index)
            turn = (size.width() > size.height()) != (area.width() > area.height())
            page_w, page_h = (size.height(), size.width()) if turn else (size.width(), size.height())
            scale = min(area.width() / page_w, area.height() / page_h)
            image = document.render(index, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.translate(area.x() + (area.width() - page_w * scale) / 2,
                              area.y() + (area.height() - page_h * scale) / 2)
            if turn:  # a landscape page onto portrait paper: its top towards the binding edge
                painter.translate(page_w * scale, 0)
                painter.rotate(90)
            painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
            painter.restore()
            printed += 1
    finally:
        painter.end()
    return printed


class ReportPreview(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Report preview — %1").replace("%1", self.path.name))
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.pages = QLabel(self.tr("%1 page(s)").replace("%1", str(self.page_count())))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_report)
        self.open_button = QPushButton(self.tr("Open in the default &viewer"))
        self.open_button.clicked.connect(self.open_externally)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.open_button)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count(), 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.document, printer, printer.fromPage() or 1, printer.toPage())
        except OSError:
            QMessageBox.warning(self, self.tr("Printing failed"),
                                self.tr("The printer could not be started. Check that it is switched on "
                                        "and connected, or open the report in the default viewer and print "
                                        "from there."))

    def open_externally(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            QMessageBox.information(self, self.tr("No viewer"),
                                    self.tr("No program for PDF files was found. The report is saved as:")
                                    + "\n" + str(self.path))

    def closeEvent(self, event) -> None:
        self.document.close()
        super().closeEvent(event)

