"""Files dropped on the main window: a return goes to the returns import, a policy document
to the policy import; a ledger-layout table that may be either is asked about. Functions over
the window (``MainWindow`` keeps its drag-and-drop events and ``route_dropped_files``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from zjtracker.ui.main_window import MainWindow


def accepts(window: MainWindow, mime: QMimeData) -> bool:
    """A drop the window takes: files the policy import reads, or returns."""
    from zjtracker.ui.returns.menu import returns_files_of

    return bool(window.is_attached() and window.importer.accepts(mime) or returns_files_of(mime))


def dropped_paths(mime: QMimeData) -> list[str]:
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]


def route_dropped_files(window: MainWindow, paths: list[str]) -> None:
    """A stamped fill-in workbook is a return, and so is a ledger-layout table with
    progress filled in for a stored policy's tasks; another ledger-layout table may be a
    return or a new policy's ledger, so the clerk is asked; everything else is a policy
    document."""
    from zjtracker.services.returns.as_policy import return_given_as_policy
    from zjtracker.services.returns.detect import glance
    from zjtracker.ui.import_preview.start import POLICY_FILE_SUFFIXES
    from zjtracker.ui.returns.menu import import_return_files

    returns, policies = [], []
    for path in paths:
        seen = glance(path) if path.lower().endswith((".xlsx", ".xlsm")) else None
        if seen is not None and (seen.stamped or seen.fill_columns and return_given_as_policy(window.database, path)):
            returns.append(path)  # stamped, or progress filled in for a stored policy's tasks
        elif seen is not None and seen.fill_columns and ask_is_return(window, path):
            returns.append(path)
        elif path.lower().endswith(POLICY_FILE_SUFFIXES):
            policies.append(path)
    if returns:
        import_return_files(window, returns)
    if policies:
        window.importer.import_files([Path(f) for f in policies])


def ask_is_return(window: MainWindow, path: str) -> bool:
    title = QCoreApplication.translate("MainWindow", "Return or new policy?")
    text = QCoreApplication.translate(
        "MainWindow", "“%1” is a table in the ledger layout. Is it a colleague's return to merge into the "
        "progress, or the ledger of a policy to add?").replace("%1", Path(path).name)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=window)
    as_return = box.addButton(QCoreApplication.translate("MainWindow", "A return: merge the progress"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("MainWindow", "A new policy"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is as_return
