"""The PDF report shown inside the program (QPdfView), with 第 x / N 页, go to page, zoom,
Print and Open in the default viewer. Printing renders each page with QPdfDocument.render onto the printer; landscape
pages (the attached tables) are turned to fit portrait paper, as offices bind them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.ui.worker import run_with_progress

MAX_PRINT_DPI = 300  # enough for text; a 600 dpi page image would take 140 MB


def print_pdf(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int = 0) -> int:
    """Print pages ``first``..``last`` (1-based, 0 = to the end); returns the pages printed."""
    return sum(1 for _step in iter_print_pdf(document, printer, first, last))


def iter_print_pdf(document: QPdfDocument, printer: QPrinter, first: int = 1, last: int = 0):
    """Print as print_pdf does, yielding (pages done, pages to print, page number) after each
    page: run on the worker (QPainter may paint on a QPrinter off the GUI thread) with its own
    QPdfDocument, so a report of a hundred pages never freezes the window."""
    count = document.pageCount()
    last = count if last <= 0 else min(last, count)
    pages = range(max(first, 1) - 1, last)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for printed, index in enumerate(pages):
            if printed:
                printer.newPage()
            _draw_page(painter, document, index, dpi)
            yield printed + 1, len(pages), index + 1
    finally:
        painter.end()


def _draw_page(painter: QPainter, document: QPdfDocument, index: int, dpi: int) -> None:
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


def print_file(path: Path, printer: QPrinter, first: int = 1, last: int = 0):
    """iter_print_pdf over a QPdfDocument of its own (made in the thread that prints)."""
    document = QPdfDocument()
    document.load(str(path))
    try:
        yield from iter_print_pdf(document, printer, first, last)
    finally:
        document.close()


ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"


class ReportPreview(SizedDialog):
    """Opens at a size that fits the screen (the dialog sizer keeps the clerk's size); the bar
    says 第 x / N 页, goes to a page, and zooms (fit width, whole page, 50 %–300 %)."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._jobs = []  # printing runs on the worker
        self.printed_pages = 0
        self.setWindowTitle(self.tr("Report preview — %1").replace("%1", self.path.name))
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # A4 portrait at a readable width, never beyond the screen (fit_to_screen trims it)
        self.resize(820, 900)

        count = max(self.page_count(), 1)
        self.page_box = QSpinBox()
        self.page_box.setRange(1, count)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setAccelerated(True)
        self.page_box.valueChanged.connect(self.go_to_page)
        page_label = QLabel(self.tr("&Go to page"))
        page_label.setBuddy(self.page_box)
        self.pages = QLabel()
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.zoom_box = QComboBox()
        self.zoom_box.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom_box.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom_box.addItem(f"{factor:.0%}", factor)
        self.zoom_box.currentIndexChanged.connect(lambda _i: self._zoom_chosen())
        zoom_label = QLabel(self.tr("&Zoom"))
        zoom_label.setBuddy(self.zoom_box)
        for keys, step in ((QKeySequence.StandardKey.ZoomIn, 1), (QKeySequence.StandardKey.ZoomOut, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.zoom_step(step))

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_report)
        self.open_button = QPushButton(self.tr("Open in the default &viewer"))
        self.open_button.clicked.connect(self.open_externally)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(page_label)
        bar.addWidget(self.page_box)
        bar.addWidget(self.pages)
        bar.addSpacing(12)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom_box)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.open_button)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self._page_changed(0)

    # pages and zoom ----------------------------------------------------------------------
    def current_page(self) -> int:
        """The page shown, 1-based."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, number: int) -> None:
        number = min(max(number, 1), max(self.page_count(), 1))
        if number != self.current_page():
            self.view.pageNavigator().jump(number - 1, QPointF(), self.view.pageNavigator().currentZoom())
        self._page_changed(number - 1)

    def _page_changed(self, index: int) -> None:
        self.pages.setText(self.tr("Page %2 of %1").replace("%1", str(self.page_count())).replace(
            "%2", str(index + 1)))
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)

    def page_text(self) -> str:
        return self.pages.text()

    def _zoom_chosen(self) -> None:
        choice = self.zoom_box.currentData()
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def zoom_step(self, step: int) -> None:
        """Ctrl++ / Ctrl+-: the next listed zoom from the one shown."""
        now = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
        if step > 0:
            factor = next((z for z in ZOOMS if z > now + 1e-6), ZOOMS[-1])
        else:
            factor = next((z for z in reversed(ZOOMS) if z < now - 1e-6), ZOOMS[0])
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(factor))

    def page_count(self) -> int:
        return self.document.pageCount()

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count(), 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._printer, path = printer, self.path  # kept while the worker prints
        first, last = printer.fromPage() or 1, printer.toPage()
        self.print_button.setEnabled(False)
        self._jobs.append(run_with_progress(self, self.tr("Printing the report"),
                                            lambda: print_file(path, printer, first, last),
                                            self._printed, self._print_failed))

    def _printed(self, pages) -> None:
        self.print_button.setEnabled(True)
        self.printed_pages = len(pages)

    def _print_failed(self, error, details: str) -> None:
        self.print_button.setEnabled(True)
        if not isinstance(error, OSError):
            raise error
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

