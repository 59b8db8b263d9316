"""The running program: which database is open, in which window, and switching to another
(File › 打开数据库, 最近打开的数据库, 连接共享数据库) without starting the program again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject

from zjtracker.ui.database.instance_lock import InstanceLock, database_identity, server_name


class AppController(QObject):
    def __init__(self, app):
        super().__init__(app)
        self.app = app
        self._guard = None  # the lock and the local server (single_instance), made when first needed
        self._start_lock: InstanceLock | None = None
        self.window = None
        self.exit_code: int | None = None  # set when the program must stop with this status

    @property
    def guard(self):
        """The lock and the local server of the open database (QtNetwork: loaded after the
        first paint), holding the lock taken at start."""
        if self._guard is None:
            from zjtracker.ui.database.single_instance import InstanceGuard

            self._guard = InstanceGuard(self, held=self._start_lock if self._start_lock and self._start_lock.held
                                        else None)
            self._guard.raise_requested.connect(self.bring_forward)
        return self._guard

    # starting --------------------------------------------------------------------------
    def start(self, db_target: str | None) -> int | None:
        """Show the main window at once and open the database just after its first paint.
        Returns an exit status when the program should stop now (the database is open in
        another running program); when the database then cannot be opened, the event loop
        is ended and ``exit_code`` says with what."""
        from zjtracker.ui.main_window import MainWindow

        # The database's lock is taken now; its local server, which brings this window
        # forward when the database is opened again, starts just after the first paint.
        lock = InstanceLock(server_name(db_target))
        if not lock.acquire():
            from zjtracker.ui.database.single_instance import hand_over

            if hand_over(db_target, lock):
                print(QCoreApplication.translate("AppController", "This database is already open in "
                                                 "zjtracker; that window was brought forward."), file=sys.stderr)
                return 0
        self._start_lock = lock
        window = MainWindow(opening=_shown_name(db_target))
        self.window = window
        window.first_painted.connect(lambda: self._open_into(window, db_target))
        window.show()
        return None

    def _open_into(self, window, db_target: str | None) -> None:
        """The start's second step: the database opened (checked, migrated, backed up) and
        shown in the window already on screen."""
        from sqlalchemy.exc import DBAPIError

        from zjtracker.ui.app import after_first_paint, offer_sample
        from zjtracker.ui.database.checks import open_database_at_start
        from zjtracker.ui.database.recent import remember
        from zjtracker.ui.database.start_checks import run_start_checks

        after_first_paint(self.app)  # the icon; the fonts checked again
        self.guard.claim(db_target)  # announced: a second start now brings this window forward
        try:
            database = open_database_at_start(window, db_target, checks=False)
        except (DBAPIError, OSError) as error:
            self._show_open_error(window, db_target, error)
            database = None
        if database is None:
            self.guard.release()
            self.window = None
            self.exit_code = 1
            window.close()
            QCoreApplication.exit(1)
            return
        window.attach_database(database)
        window.database_requested.connect(self.switch_to)
        remember(database.url)
        run_start_checks(window)  # integrity and the day's backup, in the background
        offer_sample(window)

    def _open_window(self, db_target: str | None, parent):
        from sqlalchemy.exc import DBAPIError

        from zjtracker.ui.app import open_main_window
        from zjtracker.ui.database.recent import remember

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
            from PySide6.QtWidgets import QMessageBox

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
        from zjtracker.services.backups.create import wait_for_backups

        for error in wait_for_backups():  # a backup before import still copying ends first
            print(error, file=sys.stderr)
        if self._guard is not None:
            self._guard.release()
        elif self._start_lock is not None:
            self._start_lock.release()
        if self.window is not None and self.window.database is not None:
            self.window.database.dispose()


def _shown_name(db_target: str | None) -> str:
    """The database as the window names it while opening it (a URL without its password)."""
    if db_target is None or str(db_target) == "":
        from zjtracker import paths

        return str(paths.default_database_path())
    if "://" not in str(db_target):
        return str(db_target)
    from zjtracker.url_secrets import hide_password  # plain string work: no SQLAlchemy before the paint

    return hide_password(str(db_target))
