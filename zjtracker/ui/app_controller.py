"""The running program: which database is open, in which window, and switching to another
(File › 打开数据库, 最近打开的数据库, 连接共享数据库) without starting the program again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from zjtracker.ui.single_instance import InstanceGuard, database_identity


class AppController(QObject):
    def __init__(self, app):
        super().__init__(app)
        self.app = app
        self.guard = InstanceGuard(self)
        self.guard.raise_requested.connect(self.bring_forward)
        self.window = None

    # starting --------------------------------------------------------------------------
    def start(self, db_target: str | None) -> int | None:
        """Open the first window. Returns an exit status when the program should stop now
        (the database is open in another running program, or cannot be opened)."""
        if not self.guard.claim(db_target):
            print(QCoreApplication.translate("AppController", "This database is already open in "
                                             "zjtracker; that window was brought forward."), file=sys.stderr)
            return 0
        window = self._open_window(db_target, parent=None)
        if window is None:
            self.guard.release()
            return 1
        return None

    def _open_window(self, db_target: str | None, parent):
        from sqlalchemy.exc import DBAPIError

        from zjtracker.ui.app import open_main_window
        from zjtracker.ui.recent_databases import remember

        try:
            window = open_main_window(db_target)
        except (DBAPIError, OSError) as error:
            self._show_open_error(parent, db_target, error)
            return None
        if window is None:  # refused with its own message (damaged, locked…)
            return None
        window.database_requested.connect(self.switch_to)
        self.window = window
        remember(window.database.url)
        return window

    def _show_open_error(self, parent, db_target, error: Exception) -> None:
        """A database the clerk can do something about (locked, read-only, damaged, full disk,
        server unreachable) is one sentence naming it; anything else is a program error."""
        from zjtracker.db.engine import database_url
        from zjtracker.db.safety import classify
        from zjtracker.ui.errors import problem_box, show_bug

        problem = classify(error, where=database_url(db_target))
        if problem is None:
            show_bug(parent, error)
            return
        box = problem_box(parent, problem.message)
        box.setWindowTitle(QCoreApplication.translate("AppController", "The database cannot be opened"))
        box.exec()

    # switching ---------------------------------------------------------------------------
    def switch_to(self, target: str) -> bool:
        """Close this window's database and open ``target`` in a new window. The current
        window stays when ``target`` is the same database, is open in another running
        program (which is brought forward), or cannot be opened."""
        old = self.window
        if old is not None and database_identity(target) == database_identity(old.database.url):
            return False
        if not self.guard.claim(target):
            QMessageBox.information(
                old, QCoreApplication.translate("AppController", "Database in use"),
                QCoreApplication.translate("AppController", "This database is already open in another "
                                           "zjtracker window; that window was brought forward."))
            if old is not None:
                self.guard.claim(old.database.url)
            return False
        if old is not None and not old.leave_form():
            self.guard.claim(old.database.url)
            return False
        window = self._open_window(target, parent=old)
        if window is None:
            if old is not None:
                self.guard.claim(old.database.url)
                self.window = old
            return False
        if old is not None:
            window.setGeometry(old.geometry())
            old.database_requested.disconnect(self.switch_to)
            old.close()
            old.database.dispose()
            old.deleteLater()
        return True

    def bring_forward(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def shutdown(self) -> None:
        self.guard.release()
        if self.window is not None:
            self.window.database.dispose()
