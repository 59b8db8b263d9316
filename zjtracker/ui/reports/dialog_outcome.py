"""What the report dialog says once the report is written, or why it is not: where the
file went (a PDF opens in the preview, Word and Excel in a saved-message), another name
offered when the target cannot be written (held open, or a read-only folder), and the
clerk's sentence for a failure."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from zjtracker.exporting.safe_write import (
    LEDGER,
    LOCKED,
    READ_ONLY,
    REPORT,
    OutputError,
    OutputFailed,
)
from zjtracker.reports.output import fallback_folders, free_name, save_bytes
from zjtracker.reports.progress import ReportDone
from zjtracker.services.ledger import UnitNotFound
from zjtracker.services.periods import BadPeriod
from zjtracker.services.policies.queries import PolicyNotFound
from zjtracker.services.reporting.data import NothingToReport
from zjtracker.services.reporting.job import DOCX, PDF, XLSX, BadOutput
from zjtracker.ui.errors import show_problem
from zjtracker.ui.save_location import saved_message

if TYPE_CHECKING:
    from zjtracker.ui.reports.dialog import ReportDialog

EXPECTED_ERRORS = (NothingToReport, UnitNotFound, PolicyNotFound, BadPeriod, BadOutput, OutputError)


def show_outcome(dialog: ReportDialog, outcome: ReportDone) -> None:
    """The report is saved: say where (and the 公文 faces this computer lacks), then show it."""
    dialog.outcome = outcome
    dialog.open_button.setEnabled(True)
    dialog.folder_button.setEnabled(True)
    full = str(Path(outcome.path).resolve())
    dialog.status.setText(QCoreApplication.translate("ReportDialog", "Saved: %1").replace("%1", full))
    if outcome.fonts_note:  # the 公文 faces missing on this computer: said, not hidden
        dialog.status.setText(dialog.status.text() + "\n" + outcome.fonts_note)
    if outcome.moved:
        dialog.path_edit.setText(str(outcome.path))
    if outcome.kind == PDF:  # the preview shows it (用默认程序打开 there); the path is said above
        dialog.show_preview(outcome.path)
        return
    dialog.saved_box = saved_message(dialog, QCoreApplication.translate("ReportDialog", "Report saved"),
                                     QCoreApplication.translate("ReportDialog", "The report was saved as:"), full)
    dialog.saved_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved_box.open()  # window-modal: the dialog stays for the next report


def save_elsewhere(dialog: ReportDialog, error: OutputFailed) -> bool:
    """The report is finished but its file could not be written: offer another name (beside
    it when the file is held open, in the documents folder when the folder is read-only)
    and save there when the clerk agrees. True when the question was asked."""
    content = getattr(error, "content", None)
    if content is None or error.reason not in (LOCKED, READ_ONLY):
        return False
    requested = error.target
    if error.reason == LOCKED:
        other = free_name(requested)
    else:
        other = free_name(fallback_folders()[0] / requested.name)
    answer = QMessageBox.question(
        dialog, QCoreApplication.translate("ReportDialog", "Report not saved"),
        error.message + "\n\n" + QCoreApplication.translate("ReportDialog", "Save the report as “%1” instead?")
        .replace("%1", str(other)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        dialog.status.setText(QCoreApplication.translate("ReportDialog", "The report was not saved."))
        return True
    kind = PDF if requested.suffix.lower() == ".pdf" else (XLSX if requested.suffix.lower() == ".xlsx" else DOCX)
    try:
        placed = save_bytes(content, other, LEDGER if kind == XLSX else REPORT, dialog.database)
    except OutputError as again:
        QMessageBox.warning(dialog, QCoreApplication.translate("ReportDialog", "No report"), again.message)
        return True
    show_outcome(dialog, ReportDone(placed, requested, kind))
    return True


def say_failure(dialog: ReportDialog, error: BaseException, details: str) -> None:
    """No report: another name offered, or the reason said in the clerk's words, or (a fault
    of the program) the details."""
    if isinstance(error, OutputFailed) and save_elsewhere(dialog, error):
        pass
    elif isinstance(error, EXPECTED_ERRORS):
        QMessageBox.warning(dialog, QCoreApplication.translate("ReportDialog", "No report"), str(error))
    elif show_problem(dialog, error):  # a locked database, a folder that cannot be written…
        pass
    else:
        QMessageBox.critical(dialog, QCoreApplication.translate("ReportDialog", "Unexpected error"),
                             QCoreApplication.translate(
                                 "ReportDialog", "The report stopped because of an error in the program. Details:")
                             + "\n\n" + details[-2000:])
