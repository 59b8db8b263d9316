"""Before the GUI writes a file the clerk named: the database, its side files, the backups
folder and other database files are refused with a message; an existing file is replaced
only once the clerk agrees (the file dialog's own overwrite question counts as agreeing).
The rules are those of ``exporting.safe_write``; this only asks and tells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zjtracker.exporting.safe_write import OutputKind, OutputRefused, check_target


def may_write(parent: QWidget, target, kind: OutputKind, database, confirmed: bool = False) -> bool:
    """True when ``target`` may be written (replacing what is there: call the writer with
    force=True); False after telling or asking the clerk, when it may not."""
    try:
        check_target(target, kind, database, force=confirmed)
        return True
    except OutputRefused as refused:
        if not refused.confirmable:
            tell_refused(parent, refused)
            return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("OutputChecks", "Replace the file?"),
        QCoreApplication.translate("OutputChecks", "“%1” exists already. Replace it?").replace("%1", str(target)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def tell_refused(parent: QWidget, refused: OutputRefused) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("OutputChecks", "File not written"), refused.message)
