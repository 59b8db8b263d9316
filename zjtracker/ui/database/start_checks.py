"""The checks of a SQLite database at start, made once the window shows it: the temporary
files a killed run left removed (services/leftovers.py, said in the status line), ``PRAGMA
integrity_check`` (a second or two on a large archive) and then the day's backup, off the
GUI thread so the clerk can already look around. A damaged database is said at once, with
the restore dialog offered; a backup that cannot be made is said, and work goes on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from zjtracker.db.safety import DAMAGED, DatabaseProblem, check_integrity
from zjtracker.services.backups.create import backup_daily
from zjtracker.services.leftovers import describe, remove_leftovers
from zjtracker.ui.errors import report_error
from zjtracker.ui.worker import run_in_background


def start_checks(database):
    """The work: ("leftovers", [files removed]), ("problems", [...]) and, when there are
    none, ("backup", path or None)."""
    yield 0, 2, ("leftovers", remove_leftovers(database.file))
    problems = check_integrity(database)
    yield 1, 2, ("problems", problems)
    if not problems:
        yield 2, 2, ("backup", backup_daily(database))


def run_start_checks(window):
    """Check the window's database in the background; the job, or None when there is
    nothing to check (a server database)."""
    database = window.database
    if not database.is_sqlite or database.file is None:
        return None
    window.statusBar().showMessage(QCoreApplication.translate(
        "StartChecks", "Checking the database and making the day's backup…"))
    job = run_in_background(window, lambda: start_checks(database),
                            lambda results: _checked(window, database, results),
                            lambda error, details: _failed(window, error, details))
    window.start_checks_job = job  # kept while it runs; None once it has answered
    return job


def _checked(window, database, results) -> None:
    window.start_checks_job = None
    if window.database is not database:  # the window moved on to another database
        return
    found = dict(results)
    problems = found.get("problems") or []
    if problems:
        _offer_restore(window, problems)
        return
    text = QCoreApplication.translate("StartChecks", "Database: %1 (checked)").replace("%1", database.display_name())
    if found.get("leftovers"):
        text += "  " + describe(found["leftovers"])
    window.statusBar().showMessage(text)


def _failed(window, error, details: str) -> None:
    window.start_checks_job = None
    window.statusBar().clearMessage()
    report_error(window, error, details)


def _offer_restore(window, problems: list[str]) -> None:
    """Say the database is damaged; offer the restore dialog, else close the window."""
    message = DatabaseProblem(DAMAGED, str(window.database.file)).message
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("StartChecks", "The database is damaged"), message,
                      QMessageBox.StandardButton.NoButton, window)
    box.setDetailedText("\n".join(problems[:20]))
    restore = box.addButton(QCoreApplication.translate("StartChecks", "Restore from backup…"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("StartChecks", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is restore:
        window.backup_actions.restore()  # window-modal; the window reads the restored content
        return
    window.close()
