"""Reading the previewed file again with the clerk's table columns: on the worker, with a
progress dialog, the preview greyed until the new reading replaces its tree (or the file is
refused, and the preview stays as it was)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.model import ParseResult
from zjtracker.ui.errors import show_problem

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def read_again(preview: QWidget, path: Path, column_map: dict, busy: list[QWidget],
               on_read: Callable[[ParseResult], None]):
    """Start reading ``path`` with ``column_map``; ``busy`` are disabled meanwhile, and
    ``on_read(result)`` runs on the GUI thread unless the clerk stopped the reading.
    Returns the worker's job."""
    from zjtracker.services.policies.importer import iter_read_again
    from zjtracker.ui.worker import run_with_progress

    before = [(widget, widget.isEnabled()) for widget in busy]

    def finish() -> None:  # each as it was; a new reading then sets them as it needs
        for widget, enabled in before:
            widget.setEnabled(enabled)

    def done(results) -> None:
        finish()
        if results and not job.cancelled():
            on_read(results[-1])

    def failed(error, details: str) -> None:
        finish()
        title = translate("ImportPreviewDialog", "File not read again")
        if isinstance(error, ImportRefused):
            QMessageBox.warning(preview, title, error.message)
        elif not show_problem(preview, error):
            QMessageBox.critical(preview, title, translate(
                "ImportPreviewDialog", "Reading the file again stopped because of an error in the program. "
                "The preview is unchanged. Details:") + "\n\n" + details[-2000:])

    for widget in busy:
        widget.setEnabled(False)
    job = run_with_progress(
        preview, translate("ImportPreviewDialog", "Reading %1 again with the chosen columns").replace("%1", path.name),
        lambda: iter_read_again(path, column_map), done, failed)
    return job
