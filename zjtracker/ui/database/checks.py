"""Checks when the program starts on a database.

- A SQLite file on a network share gets a warning (once per path, remembered in QSettings):
  SQLite's file locking is not reliable there and the database can be damaged.
- ``PRAGMA integrity_check``: a damaged database is said, and the restore dialog offered;
  the program does not start on it.
- The day's automatic backup is made (a failure to make it is said, the program starts).

``open_database_at_start(parent, target)`` also turns a database that cannot be opened
(locked, read-only, damaged, unreachable) into a message instead of a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from zjtracker.db import Database, database_url, open_database
from zjtracker.db.engine import sqlite_file
from zjtracker.db.safety import DAMAGED, DatabaseProblem, check_integrity, classify, describe_target, on_network_share
from zjtracker.services.backups.create import backup_daily
from zjtracker.ui.errors import show_problem

WARNED_KEY = "database/network_share_warned"


def open_database_at_start(parent: QWidget | None, target: str | None, checks: bool = True) -> Database | None:
    """Open (and migrate) the database and run the start checks (with ``checks`` False only
    the network-share warning: the caller runs the rest in the background, start_checks);
    None (after saying why) when the program should not start on it."""
    url = database_url(target)
    file = sqlite_file(url)
    try:
        database = open_database(target)
    except Exception as error:
        problem = classify(error, describe_target(url))
        if problem is None:
            raise
        if problem.kind == DAMAGED and file is not None:
            if offer_restore(parent, file, problem.message, problem.details):
                return open_database_at_start(parent, target, checks)
            return None
        show_problem(parent, problem)
        return None
    if not checks:
        if database.file is not None:
            warn_network_share(parent, database.file)
        return database
    if not check_database_at_start(parent, database):
        database.dispose()
        return None
    return database


def check_database_at_start(parent: QWidget | None, database: Database) -> bool:
    """True when the program may go on with ``database``."""
    file = database.file
    if not database.is_sqlite or file is None:
        return True
    warn_network_share(parent, file)
    try:
        problems = check_integrity(database)
    except DatabaseProblem as problem:
        show_problem(parent, problem)
        return False
    if problems:
        database.dispose()
        message = DatabaseProblem(DAMAGED, str(file)).message
        if not offer_restore(parent, file, message, "\n".join(problems[:20])):
            return False
        if check_integrity(database):
            return False
    try:
        backup_daily(database)
    except (DatabaseProblem, OSError) as error:
        if not show_problem(parent, error):
            raise
    return True


def warn_network_share(parent: QWidget | None, file) -> bool:
    """Warn once per path; True when the warning was shown now."""
    if not on_network_share(file):
        return False
    settings = QSettings()
    value = settings.value(WARNED_KEY, [])
    warned = [value] if isinstance(value, str) else [str(p) for p in (value or [])]
    if str(file) in warned:
        return False
    settings.setValue(WARNED_KEY, warned + [str(file)])
    QMessageBox.warning(parent, QCoreApplication.translate("DatabaseChecks", "Database on a network share"), QCoreApplication.translate("DatabaseChecks", 
        "The database “%1” is on a network share. SQLite databases can be damaged there when the "
        "network drops or two computers write at the same time. Keep the database on this computer's own "
        "disk (and let several colleagues share a PostgreSQL server instead), and make backups often.")
        .replace("%1", str(file)))
    return True


def offer_restore(parent: QWidget | None, file, message: str, details: str = "") -> bool:
    """Say the database is damaged and offer the restore dialog; True once restored."""
    from zjtracker.ui.backups.restore_dialog import RestoreDialog

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("DatabaseChecks", "The database is damaged"), message,
                      QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setDetailedText(details)
    restore = box.addButton(QCoreApplication.translate("DatabaseChecks", "Restore from backup…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("DatabaseChecks", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    dialog = RestoreDialog(file, parent)
    dialog.exec()
    return dialog.outcome is not None
