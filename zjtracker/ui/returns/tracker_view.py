"""The returns tracker: for one policy and year, a grid of units × periods saying, in words,
colour and shape, where each unit's return stands (not sent, sent, returned, merged, with
conflicts, overdue); below it the units whose return for the chosen period is missing, and
the printable 催报 list of them (PDF or Excel)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zjtracker.exporting.safe_write import REMINDER
from zjtracker.services.periods import Period
from zjtracker.services.policies.active import active_policy_choices
from zjtracker.services.returns.reminder_list import (
    reminder_file_name,
    reminder_list,
    write_reminder_list,
)
from zjtracker.services.returns.tracker import (
    CONFLICTS,
    MERGED,
    NOT_SENT,
    OVERDUE,
    RETURNED,
    SENT,
    TrackerGrid,
    missing_in,
    tracker_grid,
)
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.reports.output_checks import may_write
from zjtracker.ui.returns.tracker_model import (
    FIXED_COLUMNS,
    STATE_STYLE,
    RowsModel,
    TrackerModel,
    state_icon,
)
from zjtracker.ui.save_location import remember_folder, saved_message, start_path
from zjtracker.ui.worker import run_with_progress


class ReturnsTrackerView(QWidget):
    def __init__(self, database, parent: QWidget | None = None, policy_id: int | None = None,
                 year: int | None = None, today: date | None = None, period: str | None = None):
        super().__init__(parent)
        self.database = database
        self.today = today
        self.grid: TrackerGrid | None = None
        self.saved_path: Path | None = None
        self._jobs = []  # kept: a job may still be returning from run() when its result arrives
        self._words = {NOT_SENT: self.tr("Not sent"), SENT: self.tr("Sent"), RETURNED: self.tr("Returned"),
                       MERGED: self.tr("Merged"), CONFLICTS: self.tr("Conflicts"), OVERDUE: self.tr("Overdue")}

        self.policy_box = QComboBox()
        self.policy_box.setMinimumContentsLength(30)
        self.policy_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Abolished policies and those without yearly plans only when asked for (or asked for by id).
        self.all_policies = QCheckBox(self.tr("Show a&bolished and empty policies"))
        self._fill_policies(policy_id)
        self.year_box = QSpinBox()
        self.year_box.setRange(1990, 2200)
        self.year_box.setValue(year or (today or date.today()).year)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Policy:")))
        top.addWidget(self.policy_box, 1)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year_box)
        top.addWidget(self.all_policies)
        top.addWidget(refresh)
        self.deadline_label = QLabel()  # the reporting deadline the policy states
        self.deadline_label.setWordWrap(True)

        self.model = TrackerModel(self._words, {
            "unit": self.tr("Unit"), "leads": self.tr("Leads"), "responsible": self.tr("Responsible"),
            "cooperates": self.tr("Cooperates"),
            "sent": self.tr("Workbook sent %1"), "imported": self.tr("Return imported %1 (import no. %2)"),
            "open": self.tr("%1 conflict(s) left open"), "due": self.tr("Reporting deadline: %1"),
            "unreported": self.tr("Lead tasks not reported: %1"),
            "sent_back": self.tr("%1 sent back"), "sent_back_tip": self.tr("Reports sent back to the unit: %1")}, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.selectionModel().currentChanged.connect(lambda current, _previous: self._column_chosen(
            current.column()))
        self.table.horizontalHeader().sectionClicked.connect(self._column_chosen)
        self.legend = QHBoxLayout()
        for state in STATE_STYLE:
            icon = QLabel()
            icon.setPixmap(state_icon(state).pixmap(14, 14))
            self.legend.addWidget(icon)
            self.legend.addWidget(QLabel(self._words[state] + "   "))
        self.legend.addStretch(1)

        self.period_box = QComboBox()
        self._wanted_period = period  # preselected once (the main window's period)
        self.period_box.currentIndexChanged.connect(lambda _i: self._show_missing())
        self.missing_model = RowsModel([self.tr("No."), self.tr("Unit"), self.tr("Leads"), self.tr("Responsible"),
                                        self.tr("Cooperates"), self.tr("State"), self.tr("Workbook sent"),
                                        self.tr("Lead tasks not reported")], self, marked_column=5)
        self.missing = QTreeView()
        self.missing.setModel(self.missing_model)
        self.missing.setRootIsDecorated(False)
        self.missing.setAlternatingRowColors(True)
        self.missing.setUniformRowHeights(True)
        self.missing.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.missing.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.missing.header().setStretchLastSection(False)
        self.missing_label = QLabel()
        self.print_button = QPushButton(self.tr("Save reminder list…"))
        self.print_button.clicked.connect(self.save_reminder_list)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open it"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_saved)
        box = QGroupBox(self.tr("Missing returns"))
        box_layout = QVBoxLayout(box)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Period:")))
        choose.addWidget(self.period_box)
        choose.addWidget(self.missing_label, 1)
        choose.addWidget(self.print_button)
        box_layout.addLayout(choose)
        box_layout.addWidget(self.missing, 1)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.status, 1)
        saved_row.addWidget(self.open_button)
        box_layout.addLayout(saved_row)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(self.legend)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(box)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.deadline_label)
        layout.addWidget(splitter, 1)
        self.policy_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.all_policies.toggled.connect(lambda _on: self._fill_policies(self.policy_id()))
        self.year_box.valueChanged.connect(lambda _v: self.reload())
        self.reload()

    # the grid ----------------------------------------------------------------------------
    def _fill_policies(self, policy_id: int | None) -> None:
        choices = active_policy_choices(self.database, include_inactive=True)
        shown = {c.id for c in active_policy_choices(self.database, self.all_policies.isChecked())}
        self.policy_box.blockSignals(True)
        self.policy_box.clear()
        for choice in choices:
            if choice.id in shown or choice.id == policy_id:  # a policy asked for by id stays
                self.policy_box.addItem(choice.text, choice.id)
        self.policy_box.setCurrentIndex(max(self.policy_box.findData(policy_id), 0))
        self.policy_box.blockSignals(False)
        if hasattr(self, "model"):
            self.reload()

    def policy_id(self) -> int | None:
        return self.policy_box.currentData()

    def word(self, state: str) -> str:
        return self._words[state]

    def reload(self) -> None:
        chosen, self._wanted_period = self._wanted_period or self.period_box.currentData(), None
        self.grid = None
        if self.policy_id() is not None:
            self.grid = tracker_grid(self.database, self.policy_id(), self.year_box.value(), self.today)
        self.model.set_grid(self.grid)
        self.deadline_label.setText(self._deadline_text())
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, self.model.columnCount()):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        periods = self.grid.periods if self.grid else []
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in periods:
            self.period_box.addItem(period_text(Period.parse(period)), period)
        position = self.period_box.findData(chosen)
        self.period_box.setCurrentIndex(position if position >= 0 else max(self.period_box.findData(
            self._default_period()), 0))
        self.period_box.blockSignals(False)
        self._show_missing()

    def _deadline_text(self) -> str:
        if not self.grid or self.grid.deadline is None:
            return self.tr("No policy with yearly plans to track.") if self.policy_id() is None else ""
        if self.grid.deadline.stated:
            return self.tr("Reporting deadline stated in the policy: %1. A return not in by then is overdue.") \
                .replace("%1", self.grid.deadline.words)
        return self.tr("The policy states no reporting deadline: a return is overdue %1 days after the period ends.") \
            .replace("%1", str(self.grid.deadline.number))

    def _default_period(self) -> str | None:
        """The latest period that has begun."""
        if not self.grid:
            return None
        today = self.today or date.today()
        begun = [p for p in self.grid.periods
                 if (Period.parse(p).year, Period.parse(p).first_month) <= (today.year, today.month)]
        return begun[-1] if begun else self.grid.periods[0]

    def cell_text(self, unit_name: str, period: str) -> str:
        """What the grid shows for a unit and a period."""
        if not self.grid:
            return ""
        row = next(i for i, u in enumerate(self.grid.units) if u.name == unit_name)
        return self.model.index(row, FIXED_COLUMNS + self.grid.periods.index(period)).data()

    def _column_chosen(self, column: int) -> None:
        if self.grid and column >= FIXED_COLUMNS:
            self.period_box.setCurrentIndex(column - FIXED_COLUMNS)

    # missing returns and the 催报 list ---------------------------------------------------
    def chosen_period(self) -> Period | None:
        period = self.period_box.currentData()
        return Period.parse(period) if period else None

    def _show_missing(self) -> None:
        period = self.chosen_period()
        if not self.grid or period is None:
            self.missing_model.set_rows([])
            self.missing_label.setText(self.tr("This policy has no units with measures in this year.")
                                       if self.policy_id() is not None else "")
            self.print_button.setEnabled(False)
            return
        missing = missing_in(self.grid, period)
        rows = []
        for number, unit in enumerate(missing, start=1):
            rows.append(([str(number), unit.name, str(unit.lead), str(unit.responsible), str(unit.cooperating),
                          self.word(unit.state),
                          f"{unit.sent_at:%Y-%m-%d}" if unit.sent_at else "—",
                          str(self.grid.unreported_of(unit.unit_id, str(period)))], [], unit.state))
        self.missing_model.set_rows(rows)
        text = self.tr("%1 of %2 unit(s) have not returned %3.").replace(
            "%1", str(len(missing))).replace("%2", str(len(self.grid.units))).replace("%3", period_text(period))
        due = self.grid.due.get(str(period))
        if due is not None:
            text += " " + self.tr("Due %1: %2 overdue, %3 never sent a workbook.").replace(
                "%1", due.isoformat()).replace("%2", str(sum(1 for m in missing if m.state == OVERDUE))).replace(
                "%3", str(sum(1 for m in missing if m.state == NOT_SENT)))
        self.missing_label.setText(text)
        self.print_button.setEnabled(True)

    def missing_names(self) -> list[str]:
        return self.missing_model.column_texts(1)

    def save_reminder_list(self) -> None:
        period, policy_id = self.chosen_period(), self.policy_id()
        if period is None or policy_id is None:
            return
        grid = self.grid
        suggested = start_path(reminder_file_name(grid.policy_title, grid.short_name, period) if grid
                               else f"{period.label()}催报清单.pdf")
        name, chosen_filter = FileDialog.getSaveFileName(
            self, self.tr("Save reminder list"), suggested,
            self.tr("PDF for printing (*.pdf);;Excel workbook (*.xlsx)"))
        if not name:
            return
        asked = name.lower().endswith((".pdf", ".xlsx"))  # the file dialog asked before replacing it
        if not asked:
            name += ".xlsx" if "xlsx" in (chosen_filter or "") else ".pdf"
        if not may_write(self, name, REMINDER, self.database, confirmed=asked):
            return
        remember_folder(name)
        database, today = self.database, self.today

        def work():
            data = reminder_list(database, policy_id, period, today)
            yield 1, 1, write_reminder_list(data, name, database, force=True)

        self.print_button.setEnabled(False)
        self._jobs.append(run_with_progress(self, self.tr("Writing the reminder list"), work, self._saved,
                                            self._failed))

    def _saved(self, results) -> None:
        self.print_button.setEnabled(True)
        if not results:
            return
        path = results[-1]
        self.saved_path = Path(path)
        full = str(self.saved_path.resolve())
        self.status.setText(self.tr("Saved: %1").replace("%1", full))
        self.open_button.setEnabled(True)
        self.saved_box = saved_message(self, self.tr("Reminder list saved"),
                                       self.tr("The reminder list was saved as:"), full)
        self.saved_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saved_box.open()  # window-modal: the tracker stays as it is

    def open_saved(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

    def _failed(self, error, details: str) -> None:
        self.print_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Reminder list not saved"), str(error) or details[-2000:])
