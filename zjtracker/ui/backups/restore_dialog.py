"""File › Restore from backup…: the backups in the backups folder (or another file), what
the chosen one holds (read off the GUI thread), a confirmation naming what is replaced,
then the restore with progress; the dialog then says where the replaced database was kept.

The caller passes ``before`` (close what uses the database: return False to stop) and
``after`` (reload views) around the restore of the SQLite file ``target``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zjtracker.services.backups.info import (
    BackupEntry,
    BackupInfo,
    backup_info,
    entry_for,
    list_backups,
)
from zjtracker.services.backups.restore import RestoreOutcome, iter_restore_sqlite
from zjtracker.ui.errors import report_error
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.ui.worker import run_with_progress

PATH_ROLE = Qt.ItemDataRole.UserRole


class _InfoSignals(QObject):
    done = Signal(str, object)  # path, BackupInfo


class _InfoJob(QRunnable):
    def __init__(self, path: Path, live: bool = False):
        super().__init__()
        self.path, self.live = path, live
        self.signals = _InfoSignals()

    def run(self) -> None:
        self.signals.done.emit(str(self.path), backup_info(self.path, live=self.live))


class RestoreDialog(SizedDialog):
    restored = Signal(object)  # RestoreOutcome

    def __init__(self, target: Path, parent: QWidget | None = None, before: Callable[[], bool] | None = None,
                 after: Callable[[RestoreOutcome], None] | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.target = Path(target)
        self._before, self._after = before, after
        self.infos: dict[str, BackupInfo] = {}
        self._jobs: list[_InfoJob] = []
        self.outcome: RestoreOutcome | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(860, 520)

        intro = QLabel(self.tr("Choose the backup to restore into “%1”. The backups folder holds a copy made "
                               "every day, before every import and before every upgrade.").replace(
                                   "%1", str(self.target)))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 440])
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.other_button = QPushButton(self.tr("Other file…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_other_file)
        self.restore_button.clicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        for entry in list_backups(folder):
            self._add_row(entry)
        if self.table.rowCount():
            self.table.selectRow(0)
        else:
            self.details.setPlainText(self.tr("The backups folder holds no backups yet. Use “Other file…” "
                                              "to choose a backup saved elsewhere."))

    # the list ----------------------------------------------------------------------------
    def _add_row(self, entry: BackupEntry, at: int | None = None) -> int:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        cells = [entry.made_at.strftime("%Y-%m-%d %H:%M"), self._reason_text(entry), _size_text(entry.size)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(PATH_ROLE, str(entry.path))
            item.setToolTip(str(entry.path))
            self.table.setItem(row, column, item)
        return row

    def _reason_text(self, entry: BackupEntry) -> str:
        return {"daily": self.tr("Daily"), "before-import": self.tr("Before an import"),
                "before-migration": self.tr("Before an upgrade"),
                "before-restore": self.tr("Replaced by a restore"),
                "before-remove": self.tr("Before a policy was deleted")}.get(entry.reason, self.tr("Chosen file"))

    def selected_path(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(PATH_ROLE) if items else None

    def choose_other_file(self) -> None:
        name, _filter = FileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.target.parent),
            self.tr("Backups (*.db *.sqlite *.sqlite3 *.zjtbak);;All files (*)"))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        """Put another file at the top of the list and select it."""
        try:
            entry = entry_for(path)
        except OSError as error:
            report_error(self, error)
            return
        self.table.selectRow(self._add_row(entry, 0))

    # what a backup holds -----------------------------------------------------------------
    def _selection_changed(self) -> None:
        path = self.selected_path()
        self.restore_button.setEnabled(False)
        if path is None:
            return
        if path in self.infos:
            self._show_info(self.infos[path])
            return
        self.details.setPlainText(self.tr("Reading the backup…"))
        job = _InfoJob(Path(path))
        job.signals.done.connect(self._info_ready)
        self._jobs.append(job)
        QThreadPool.globalInstance().start(job)

    @Slot(str, object)
    def _info_ready(self, path: str, info: BackupInfo) -> None:
        self.infos[path] = info
        self._jobs = [job for job in self._jobs if str(job.path) != path]
        if path == self.selected_path():
            self._show_info(info)

    def _show_info(self, info: BackupInfo) -> None:
        self.details.setPlainText(self.describe(info))
        self.restore_button.setEnabled(not info.problem)

    def describe(self, info: BackupInfo) -> str:
        entry = info.entry
        if info.problem:
            return self.tr("This file cannot be restored: it is damaged or not a backup of this program.\n"
                           "(%1)\n\n%2").replace("%1", info.problem).replace("%2", str(entry.path))
        lines = [self.tr("File: %1").replace("%1", str(entry.path)),
                 self.tr("Made: %1 (%2), %3").replace("%1", entry.made_at.strftime("%Y-%m-%d %H:%M")).replace(
                     "%2", self._reason_text(entry)).replace("%3", _size_text(entry.size)),
                 self.tr("Progress reports: %1").replace("%1", str(info.progress_reports)),
                 self.tr("Last change: %1").replace("%1", _when(info) or self.tr("none")),
                 "", self.tr("Policies (%1):").replace("%1", str(len(info.policies)))]
        lines += [f"  {title}" for title in info.policies]
        return "\n".join(lines)

    # restoring ---------------------------------------------------------------------------
    def restore_selected(self) -> None:
        path = self.selected_path()
        info = self.infos.get(path or "")
        if info is None or info.problem:
            return
        if not self.confirm(info):
            return
        if self._before is not None and self._before() is False:
            return
        self.restore_button.setEnabled(False)
        self.other_button.setEnabled(False)
        run_with_progress(self, self.tr("Restoring the database"),
                          lambda: iter_restore_sqlite(self.target, info.entry.path),
                          self._restore_done, self._restore_failed)

    def confirm(self, info: BackupInfo) -> bool:
        current = backup_info(self.target, live=True) if self.target.exists() else None
        now = (self.tr("It now holds %1 policies and %2 progress reports, last changed %3.")
               .replace("%1", str(len(current.policies))).replace("%2", str(current.progress_reports))
               .replace("%3", _when(current) or self.tr("never"))
               if current is not None and not current.problem else
               self.tr("It cannot be read now (damaged)."))
        text = self.tr("Replace the whole database “%1” with the backup made %2? %3 Afterwards it will hold "
                       "%4 policies and %5 progress reports, as on %6; whatever was changed since is replaced. "
                       "The current database is kept in the backups folder first.").replace(
            "%1", str(self.target)).replace("%2", info.entry.made_at.strftime("%Y-%m-%d %H:%M")).replace(
            "%3", now).replace("%4", str(len(info.policies))).replace("%5", str(info.progress_reports)).replace(
            "%6", _when(info) or info.entry.made_at.strftime("%Y-%m-%d %H:%M"))
        answer = QMessageBox.question(self, self.tr("Restore from backup"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _restore_done(self, results) -> None:
        outcome = results[-1]
        self.outcome = outcome
        self.other_button.setEnabled(True)
        kept = (self.tr("The replaced database was kept as “%1”.").replace("%1", str(outcome.kept))
                if outcome.kept else "")
        self.result_label.setText(self.tr("Restored from “%1”.").replace("%1", outcome.backup.name) + " " + kept)
        if self._after is not None:
            self._after(outcome)
        self.restored.emit(outcome)

    def _restore_failed(self, error: BaseException, details: str) -> None:
        self.other_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.result_label.setText(self.tr("Nothing was restored; the database is as it was."))
        report_error(self, error, details)


def _when(info: BackupInfo) -> str:
    return info.last_change.strftime("%Y-%m-%d %H:%M") if info.last_change else ""


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"
