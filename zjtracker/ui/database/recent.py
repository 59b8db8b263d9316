"""Recently opened databases, newest first, kept in QSettings; a submenu of the File menu.

Files are kept as absolute paths, servers as URLs without their password (the password
stays in the OS keyring).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.url_secrets import hide_password, sqlite_path

SETTINGS_KEY = "recent_databases"
LIMIT = 8


def normalized(target: str) -> str:
    """A path made absolute; a URL stripped of its password (also a ``?password=``)."""
    if "://" not in target:
        return str(Path(target).expanduser().resolve())
    file = sqlite_path(target)
    if file is not None:
        return str(Path(file).expanduser().resolve())
    return hide_password(target)


def recent_databases() -> list[str]:
    """The list as remembered; a password an older version may have kept is removed."""
    value = QSettings().value(SETTINGS_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    entries = [str(item) for item in value or [] if item]
    cleaned = list(dict.fromkeys(hide_password(item) for item in entries))
    if cleaned != entries:
        QSettings().setValue(SETTINGS_KEY, cleaned)
    return cleaned


def remember(target: str) -> list[str]:
    entry = normalized(target)
    entries = [entry] + [item for item in recent_databases() if item != entry]
    QSettings().setValue(SETTINGS_KEY, entries[:LIMIT])
    return entries[:LIMIT]


def forget(target: str) -> None:
    entry = normalized(target)
    QSettings().setValue(SETTINGS_KEY, [item for item in recent_databases() if item != entry])


def display_text(entry: str) -> str:
    if "://" in entry:
        return entry
    return f"{Path(entry).name}  —  {Path(entry).parent}"


class RecentDatabasesMenu(QMenu):
    """File › 最近打开的数据库: picking an entry asks the window for that database."""

    def __init__(self, window):
        super().__init__(QCoreApplication.translate("RecentDatabases", "Rece&nt databases"), window)
        self._window = window
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        current = normalized(self._window.database.url)
        entries = recent_databases()
        for number, entry in enumerate(entries, start=1):
            action = QAction(f"&{number}  {display_text(entry)}", self)
            action.setData(entry)
            action.setCheckable(True)
            action.setChecked(entry == current)
            missing = "://" not in entry and not os.path.exists(entry)
            action.setEnabled(not missing)
            if missing:
                action.setToolTip(QCoreApplication.translate("RecentDatabases", "The file no longer exists"))
            action.triggered.connect(lambda _checked=False, entry=entry: self._open(entry))
            self.addAction(action)
        if not entries:
            empty = self.addAction(QCoreApplication.translate("RecentDatabases", "(none yet)"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(QCoreApplication.translate("RecentDatabases", "Clear the list"))
        clear.setEnabled(bool(entries))
        clear.triggered.connect(self._clear)

    def _open(self, entry: str) -> None:
        if "://" in entry and not entry.startswith("sqlite"):
            try:
                from zjtracker.services.shared_db import url_with_password_from_keyring

                entry = url_with_password_from_keyring(entry)
            except ImportError:
                pass
        self._window.database_requested.emit(entry)

    def _clear(self) -> None:
        QSettings().setValue(SETTINGS_KEY, [normalized(self._window.database.url)])
        self.rebuild()


def choose_database_file(window) -> None:
    """File › 打开数据库…: pick a SQLite file (a new name creates a new, empty database)."""
    path, _filter = FileDialog.getSaveFileName(
        window, QCoreApplication.translate("RecentDatabases", "Open or create a database"),
        str(Path(window.database.file or Path.home()).parent),
        QCoreApplication.translate("RecentDatabases", "zjtracker databases (*.db *.sqlite);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    if path:
        window.database_requested.emit(path)
