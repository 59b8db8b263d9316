"""Tools › Change log…: every recorded change, filtered by text, user, computer, kind,
source, dates and policy, newest first and fetched a page at a time as the table scrolls.
A double-click shows the changed item in the tree; the filtered log can be exported to an
Excel workbook for the auditors.

``install_change_log_ui(window)`` adds the action; the window needs ``database``,
``tools_menu`` and ``open_node(kind, node_id)``."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.exporting.safe_write import CHANGE_LOG
from zjtracker.services.history.change_log import LogEntry, LogFilter, count_log, log_filter_choices, search_log
from zjtracker.services.choices import policy_choices
from zjtracker.ui.history.change_log_layout import LogFilterBar
from zjtracker.ui.history.change_log_model import LOG_COLUMNS, LogTableModel
from zjtracker.ui.history.view import configure_table
from zjtracker.ui.reports.output_checks import may_write
from zjtracker.ui.save_location import save_file_name, saved_message
from zjtracker.ui.worker import run_with_progress

COUNT_CAP = 1000  # the status line says 1000+ beyond: a million rows are not counted

PAGE = 200


class ChangeLogDialog(SizedDialog):
    open_requested = Signal(str, int)  # the tree node (kind, id) of a double-clicked row
    exported = Signal(str)  # the path of a finished export

    def __init__(self, database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self._jobs = []
        self.setWindowTitle(self.tr("Change log"))
        self.resize(1280, 720)
        self.filters = LogFilterBar(self)
        self.filters.changed.connect(lambda _filter: self.reload())
        self.model = LogTableModel(LOG_COLUMNS, self)
        self.table = QTableView()
        configure_table(self.table, self.model)
        self.table.doubleClicked.connect(self.open_row)
        self.status = QLabel()
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(refresh)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def current_filter(self) -> LogFilter:
        return self.filters.current()

    def refresh(self) -> None:
        """New choices in the combo boxes (users, computers …) and the rows again."""
        self.filters.set_choices(log_filter_choices(self.database), policy_choices(self.database))
        self.reload()

    def reload(self) -> None:
        log_filter = self.current_filter()
        self.model.set_source(lambda offset: search_log(self.database, log_filter, PAGE, offset), PAGE)
        total = count_log(self.database, log_filter, cap=COUNT_CAP)  # a million rows are not counted
        shown = f"{COUNT_CAP}+" if total > COUNT_CAP else str(total)
        self.status.setText(self.tr("%1 change(s)").replace("%1", shown))
        self.export_button.setEnabled(total > 0)

    # opening a row -------------------------------------------------------------------------
    def open_row(self, index: QModelIndex) -> None:
        entry: LogEntry | None = self.model.entry(index.row())
        if entry is None:
            return
        if entry.node_kind is None or entry.node_id is None:
            self.status.setText(self.tr("“%1” is no longer in the tree.").replace("%1", entry.label))
            return
        self.open_requested.emit(entry.node_kind, entry.node_id)

    # export ---------------------------------------------------------------------------------
    def export(self, path: str | None = None) -> None:
        """Write the filtered log to an .xlsx chosen by the clerk (or ``path``), off the GUI thread."""
        asked = path is None  # the file dialog asks before replacing a file
        if path is None:
            path = save_file_name(self, self.tr("Export the change log"), "修改记录.xlsx",
                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        if not path.lower().endswith(".xlsx"):
            path, asked = path + ".xlsx", False
        if not may_write(self, path, CHANGE_LOG, self.database, confirmed=asked):
            return
        log_filter, state = self.current_filter(), {"finished": False}

        def work():
            from zjtracker.exporting.change_log_workbook import iter_export_change_log  # openpyxl: when asked

            yield from iter_export_change_log(self.database, log_filter, path, force=True)
            state["finished"] = True

        self._jobs.append(run_with_progress(
            self, self.tr("Exporting the change log"), work,
            lambda results: self._exported(path, state["finished"], results), self._failed))

    def _exported(self, path: str, finished: bool, results) -> None:
        if not shiboken6.isValid(self):
            return
        if not finished:
            self.status.setText(self.tr("Export cancelled; no file was written."))
            return
        full = str(Path(path).resolve())
        self.status.setText(self.tr("Exported to %1.").replace("%1", full))
        self.exported.emit(path)
        self.saved_box = saved_message(self, self.tr("Change log exported"),
                                       self.tr("The change log was saved as:"), full)
        self.saved_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saved_box.open()  # window-modal: the export's caller goes on

    def _failed(self, error, _details: str) -> None:
        if shiboken6.isValid(self):
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The change log could not be written: %1").replace("%1", str(error)))


def install_change_log_ui(window) -> QAction:
    """Tools › Change log…: a window (not modal) over the whole change log."""
    action = QAction(QCoreApplication.translate("ChangeLogDialog", "&Change log…"), window)
    action.setObjectName("change_log_action")
    action.triggered.connect(lambda: show_change_log(window))
    window.tools_menu.addAction(action)
    window.change_log_action = action
    window.change_log_dialog = None
    return action


def show_change_log(window) -> ChangeLogDialog:
    dialog = getattr(window, "change_log_dialog", None)
    if dialog is None or not shiboken6.isValid(dialog):
        dialog = ChangeLogDialog(window.database, window)
        dialog.open_requested.connect(window.open_node)
        window.change_log_dialog = dialog
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
