"""File › Back up database… and File › Restore from backup… in the main window.

``install_backup_actions(window)`` adds both after File › Report… (or at the end of the
File menu); the window needs ``database``, ``file_menu``, ``statusBar()`` and, for the
reload after a restore, ``reload_tree()`` (and ``leave_form()``, ``filter_bar``,
``dashboard``, ``period_selector`` when it has them).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from zjtracker import paths
from zjtracker.exporting.safe_write import BACKUP, OutputError
from zjtracker.services.backups.create import PORTABLE_SUFFIX, iter_backup_to_file
from zjtracker.services.backups.restore import RestoreOutcome
from zjtracker.ui.backups.restore_dialog import RestoreDialog
from zjtracker.ui.errors import report_error
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.reports.output_checks import may_write
from zjtracker.ui.save_location import remember_folder, saved_message, start_path
from zjtracker.ui.worker import run_with_progress


class BackupActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.result_box: QMessageBox | None = None
        self.dialog: RestoreDialog | None = None
        self.backup_action = QAction(self.tr("&Back up database…"), window)
        self.backup_action.triggered.connect(lambda _checked=False: self.back_up())
        self.restore_action = QAction(self.tr("Restore from bac&kup…"), window)
        self.restore_action.triggered.connect(lambda _checked=False: self.restore())
        menu = window.file_menu
        anchor = getattr(window, "report_action", None)
        existing = menu.actions()
        if anchor in existing and existing.index(anchor) + 1 < len(existing):
            before = existing[existing.index(anchor) + 1]
            menu.insertActions(before, [self.backup_action, self.restore_action])
        else:
            menu.addActions([self.backup_action, self.restore_action])

    # backing up ------------------------------------------------------------------------
    def back_up(self, target: str | None = None) -> None:
        database = self.window.database
        asked = target is None  # the file dialog asks before replacing a file
        if target is None:
            stem = database.file.stem if database.file is not None else "zjtracker"
            suggested = start_path(f"{stem}-备份-{date.today():%Y%m%d}.db")
            target, chosen = FileDialog.getSaveFileName(
                self.window, self.tr("Back up database"), suggested,
                self.tr("SQLite database (*.db);;Portable backup, restores into any database (*%1)").replace(
                    "%1", PORTABLE_SUFFIX))
            if not target:
                return
            remember_folder(target)
            if not Path(target).suffix:
                target, asked = target + (PORTABLE_SUFFIX if PORTABLE_SUFFIX in (chosen or "") else ".db"), False
        if not may_write(self.window, target, BACKUP, database, confirmed=asked):
            return
        run_with_progress(self.window, self.tr("Backing up the database"),
                          lambda: iter_backup_to_file(database, target, force=True),
                          self._backed_up, self._backup_failed)

    def _backup_failed(self, error, details: str) -> None:
        if isinstance(error, OutputError):  # a full disk, a read-only folder, a copy that failed its check
            QMessageBox.warning(self.window, self.tr("Back up database"), error.message)
        else:
            report_error(self.window, error, details)

    def _backed_up(self, results) -> None:
        written = results[-1]
        text = self.tr("The database was backed up to “%1”.").replace("%1", str(Path(written).resolve()))
        self.window.statusBar().showMessage(text, 10000)
        self.result_box = saved_message(self.window, self.tr("Back up database"),
                                        self.tr("The database was backed up to:"), written)
        self.result_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box.open()

    def _tell(self, title: str, text: str) -> None:
        """A message that does not block (window-modal)."""
        self.result_box = QMessageBox(QMessageBox.Icon.Information, title, text,
                                      QMessageBox.StandardButton.Ok, self.window)
        self.result_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box.open()

    # restoring -------------------------------------------------------------------------
    def restore(self) -> RestoreDialog | None:
        database = self.window.database
        if not database.is_sqlite or database.file is None:
            self._tell(self.tr("Restore from backup"), self.tr(
                "This database is on a database server. A backup is restored into a new, empty database "
                "there, from the command line:\n\nzjtracker --db postgresql+psycopg://USER@HOST/NEW_DATABASE "
                "restore BACKUP_FILE\n\nthen open that database. Backups of the server are made with "
                "File › Back up database… or: zjtracker --db URL backup -o FILE%1").replace("%1", PORTABLE_SUFFIX))
            return None
        self.dialog = RestoreDialog(database.file, self.window, before=self._before_restore,
                                    after=self._after_restore, folder=paths.backups_dir())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()  # window-modal
        return self.dialog

    def _before_restore(self) -> bool:
        leave = getattr(self.window, "leave_form", None)
        if leave is not None and not leave():
            return False
        self.window.database.dispose()  # no connection of ours stays open on the old content
        return True

    def _after_restore(self, outcome: RestoreOutcome) -> None:
        refresh_after_restore(self.window)
        self.window.statusBar().showMessage(self.tr("Restored from “%1”.").replace("%1", outcome.backup.name), 10000)


def refresh_after_restore(window) -> None:
    """Every view reads the restored content."""
    from zjtracker.services.choices import plan_years

    database = window.database
    database.dispose()
    if hasattr(window, "filter_bar"):
        window.filter_bar.refresh_choices()
    if hasattr(window, "dashboard"):
        window.dashboard.reload_choices()
    if hasattr(window, "period_selector"):
        window.period_selector.set_years(plan_years(database))
    window.reload_tree()


def install_backup_actions(window) -> BackupActions:
    actions = BackupActions(window)
    window.backup_actions = actions
    return actions
