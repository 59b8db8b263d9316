"""Sending out fill-in workbooks (报送表) for a period: one unit → one file, or all units
of a policy → one file each into a folder. The files are written off the GUI thread; each
is recorded as sent, which the returns tracker shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zjtracker.exporting.safe_write import (
    TEMPLATE,
    OutputError,
    OutputRefused,
    check_target,
)
from zjtracker.services.assessment import period_end
from zjtracker.services.choices import policy_choices, unit_choices
from zjtracker.services.periods import Period
from zjtracker.services.policies.active import active_policy_ids
from zjtracker.services.policies.periods import PolicyPeriods, policy_periods
from zjtracker.services.returns.export import (
    ExportedTemplate,
    NothingToSend,
    TemplateUnit,
    export_template,
    iter_export_templates,
    planned_templates,
    policy_title,
    template_file_name,
    template_units,
)
from zjtracker.services.units.search import is_collective
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.reports.output_checks import tell_refused
from zjtracker.ui.save_location import remember_folder, start_folder
from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.ui.structure.unit_picker import UnitPicker
from zjtracker.ui.worker import run_with_progress

ALL_UNITS, ONE_UNIT = 0, 1


@dataclass(frozen=True)
class Written:
    source: str  # the file name, shown by the progress dialog
    exported: ExportedTemplate


class SendTemplatesDialog(SizedDialog):
    def __init__(self, database, period: Period, parent: QWidget | None = None, policy_id: int | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.database = database
        self._today = today or date.today()
        self._periods: PolicyPeriods | None = None
        self.setWindowTitle(self.tr("Send fill-in workbooks"))
        self.setMinimumWidth(720)
        self._anchor = period_end(period)
        self.units: list[TemplateUnit] = []
        self.written: list[ExportedTemplate] = []
        self._jobs = []  # kept: a job may still be returning from run() when its result arrives

        self.policy_box = QComboBox()
        self.policy_box.setMinimumContentsLength(36)
        self.policy_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        active = active_policy_ids(database)  # abolished and empty policies only when asked for by id
        for choice in policy_choices(database):
            if choice.id not in active and choice.id != policy_id:
                continue
            self.policy_box.addItem(choice.text, choice.id)
        self.policy_box.setCurrentIndex(max(self.policy_box.findData(policy_id), 0))
        self.period_box = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("&Policy:"), self.policy_box)
        form.addRow(self.tr("P&eriod:"), self.period_box)
        form.addRow(self.tr("Units:"), self._units_widget())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files = QListWidget()
        self.files.setMinimumHeight(120)
        self.generate_button = QPushButton(self.tr("&Write workbooks"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        self.policy_box.currentIndexChanged.connect(lambda _i: self._policy_changed())
        self.period_box.currentIndexChanged.connect(lambda _i: self._fill_units())
        self.unit_box.changed.connect(self._unit_chosen)
        self._policy_changed()

    def _units_widget(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.scope_group = QButtonGroup(self)
        self.all_button = QRadioButton()  # says how many units in _fill_units
        self.one_button = QRadioButton(self.tr("One &unit:"))
        self.scope_group.addButton(self.all_button, ALL_UNITS)
        self.scope_group.addButton(self.one_button, ONE_UNIT)
        self.all_button.setChecked(True)
        self.folder_edit = QLineEdit(QSettings().value("send/last_folder") or str(start_folder() / "报送表"))
        folder_browse = QPushButton(self.tr("Browse…"))
        folder_browse.clicked.connect(self._browse_folder)
        self.unit_box = UnitPicker()  # filters as the clerk types: name, alias, pinyin initials
        self._aliases = {c.id: c.extra for c in unit_choices(self.database)}
        self.file_edit = QLineEdit()
        file_browse = QPushButton(self.tr("Browse…"))
        file_browse.clicked.connect(self._browse_file)
        grid.addWidget(self.all_button, 0, 0, 1, 3)
        grid.addWidget(self.folder_edit, 1, 0, 1, 2)
        grid.addWidget(folder_browse, 1, 2)
        grid.addWidget(self.one_button, 2, 0)
        grid.addWidget(self.unit_box, 2, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Save as:")), 3, 0)
        grid.addWidget(self.file_edit, 3, 1)
        grid.addWidget(file_browse, 3, 2)
        grid.setColumnStretch(1, 1)
        return box

    # choices -----------------------------------------------------------------------------
    def policy_id(self) -> int | None:
        return self.policy_box.currentData()

    def period(self) -> Period | None:
        data = self.period_box.currentData()
        return Period.parse(data) if data else None

    def _policy_changed(self) -> None:
        """Offer the policy's own periods, newest first, today's marked; open on the chosen
        period when it lies within the policy's years, else on one where units have tasks."""
        policy_id = self.policy_id()
        self._periods = policy_periods(self.database, policy_id, self._today) if policy_id else None
        periods = self._periods.periods if self._periods else []
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for period in periods:
            text = period_text(period)
            if period == self._periods.current:
                text = self.tr("%1 (current)").replace("%1", text)
            self.period_box.addItem(text, str(period))
        self.period_box.setCurrentIndex(max(self.period_box.findData(str(self._opening_period())), 0))
        self.period_box.blockSignals(False)
        self._fill_units()

    def _opening_period(self) -> Period | None:
        """The period the dialog opens on for the selected policy: the chosen one (in the
        policy's rhythm) when the policy covers it, else its latest period with progress,
        today's, or its newest period in which units have tasks."""
        pp = self._periods
        if pp is None or not pp.periods:
            return None
        chosen = Period.containing(self._anchor, pp.frequency)
        if chosen in pp.periods:
            return chosen
        candidates = [p for p in (pp.latest_with_data, pp.current) if p is not None and p in pp.periods]
        tried: set[int] = set()
        for period in [*candidates, *pp.periods]:
            if period.year in tried:
                continue
            tried.add(period.year)
            if template_units(self.database, pp.policy_id, period):
                return period
        return pp.periods[0]

    def _fill_units(self) -> None:
        period, policy_id = self.period(), self.policy_id()
        units = template_units(self.database, policy_id, period) if policy_id and period else []
        # a word for several units (各县（市、区）, 各供水企业) is listed after the bureaus and said so
        self.units = sorted(units, key=lambda unit: is_collective(unit.name))
        self.unit_box.blockSignals(True)
        self.unit_box.set_units([(self._unit_line(unit), unit.unit_id, unit.name,
                                  self._aliases.get(unit.unit_id, ())) for unit in self.units])
        self.unit_box.blockSignals(False)
        groups = sum(1 for unit in self.units if is_collective(unit.name))
        label = self.tr("&All %1 units, one file each, into the folder:") if not groups else self.tr(
            "&All %1 units (%2 of them groups of units), one file each, into the folder:").replace("%2", str(groups))
        self.all_button.setText(label.replace("%1", str(len(self.units))))
        self.generate_button.setEnabled(bool(self.units))
        self.status.setText(self._nothing_text(period) if period is not None and not self.units else "")
        self._suggest_file()

    def _unit_line(self, unit: TemplateUnit) -> str:
        line = self.tr("%1 — leads %2, responsible for %3, cooperates on %4").replace(
            "%1", unit.name).replace("%2", str(unit.lead)).replace("%3", str(unit.responsible)).replace(
            "%4", str(unit.cooperating))
        if is_collective(unit.name):
            line += self.tr(" (a group of units: the workbook goes to whoever passes it on)")
        return line

    def _nothing_text(self, period: Period) -> str:
        """One sentence when no unit has tasks in the chosen period: the policy's years."""
        if self._periods is None or not self._periods.years_known:
            return self.tr("This policy states no years and has no yearly plans: there is nothing to send.")
        return self.tr("No unit has tasks of this policy in %1; the policy covers %2.").replace(
            "%1", period_text(period)).replace("%2", self._periods.years_text())

    def _unit_chosen(self) -> None:
        if self.unit_box.current_id() is not None:
            self.one_button.setChecked(True)
        self._suggest_file()

    def _suggest_file(self) -> None:
        unit_id = self.unit_box.current_id()
        if unit_id is None or self.policy_id() is None:
            return
        name = next(u.name for u in self.units if u.unit_id == unit_id)
        folder = Path(self.file_edit.text()).parent if self.file_edit.text() else Path(self.folder_edit.text())
        self.file_edit.setText(str(folder / template_file_name(policy_title(self.database, self.policy_id()),
                                                               self.period(), name)))

    def _browse_folder(self) -> None:
        folder = FileDialog.getExistingDirectory(self, self.tr("Folder for the workbooks"),
                                                  self.folder_edit.text() or str(start_folder()))
        if folder:
            remember_folder(folder)
            self.folder_edit.setText(folder)
            self.all_button.setChecked(True)

    def _browse_file(self) -> None:
        name, _ = FileDialog.getSaveFileName(self, self.tr("Save the workbook as"), self.file_edit.text(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            remember_folder(name)
            self.file_edit.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")
            self.one_button.setChecked(True)

    # writing -----------------------------------------------------------------------------
    def generate(self) -> None:
        policy_id, period, database = self.policy_id(), self.period(), self.database
        if policy_id is None or period is None or not self.units:
            return
        if self.scope_group.checkedId() == ONE_UNIT:
            unit_id, target = self.unit_box.current_id(), Path(self.file_edit.text().strip())
            if unit_id is None or not target.name:
                QMessageBox.warning(self, self.tr("No file name"),
                                    self.tr("Choose the unit and where to save its workbook."))
                return
            if not self._writable([target]) or (target.exists() and not self._replace([target])):
                return

            def work():
                yield 1, 1, Written(target.name, export_template(database, policy_id, period, unit_id, target,
                                                                 force=True))
        else:
            folder = Path(self.folder_edit.text().strip())
            if not str(folder):
                QMessageBox.warning(self, self.tr("No folder"), self.tr("Choose the folder for the workbooks."))
                return
            targets = [path for _unit, path in planned_templates(database, policy_id, period, folder)]
            existing = [path for path in targets if path.exists()]
            if not self._writable(targets) or (existing and not self._replace(existing)):
                return
            QSettings().setValue("send/last_folder", str(folder))

            def work():
                for done, total, exported in iter_export_templates(database, policy_id, period, folder, force=True):
                    yield done, total, Written(exported.path.name, exported)
        self.generate_button.setEnabled(False)
        self.files.clear()
        self.status.setText(self.tr("Writing…"))
        self._jobs.append(run_with_progress(self, self.tr("Writing fill-in workbooks"), work, self._done, self._failed))

    def _writable(self, paths: list[Path]) -> bool:
        """False, after saying why, when one of ``paths`` may never be written (the database,
        the backups folder, another database file …)."""
        for path in paths:
            try:
                check_target(path, TEMPLATE, self.database, force=True)
            except OutputRefused as refused:
                tell_refused(self, refused)
                return False
        return True

    def _replace(self, paths: list[Path]) -> bool:
        names = "\n".join(p.name for p in paths[:8]) + ("\n…" if len(paths) > 8 else "")
        answer = QMessageBox.question(
            self, self.tr("Replace files?"),
            self.tr("%1 file(s) exist already and will be replaced:").replace("%1", str(len(paths))) + "\n" + names,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, results: list[Written]) -> None:
        self.generate_button.setEnabled(True)
        self.written = [r.exported for r in results]
        for exported in self.written:
            self.files.addItem(self.tr("%1 — %2, %3 measure(s)").replace("%1", exported.path.name).replace(
                "%2", exported.unit_name).replace("%3", str(exported.rows)))
        expected = 1 if self.scope_group.checkedId() == ONE_UNIT else len(self.units)
        folder = self.written[0].path.resolve().parent if self.written else None
        text = self.tr("Wrote %1 workbook(s) into %2.").replace("%1", str(len(self.written))).replace(
            "%2", str(folder or ""))
        if expected == 1 and self.written:
            text = self.tr("Saved: %1").replace("%1", str(self.written[0].path.resolve()))
        if len(self.written) < expected:
            text += " " + self.tr("Cancelled: %1 unit(s) got no workbook.").replace(
                "%1", str(expected - len(self.written)))
        self.status.setText(text)
        self.open_button.setEnabled(bool(self.written))

    def _failed(self, error, details: str) -> None:
        self.generate_button.setEnabled(True)
        self.status.setText("")
        if isinstance(error, NothingToSend):
            QMessageBox.warning(self, self.tr("Nothing to send"), error.message)
        elif isinstance(error, OutputError):  # a full disk, a file held open, a read-only folder
            QMessageBox.warning(self, self.tr("Workbook not written"), error.message)
        elif isinstance(error, OSError):
            QMessageBox.warning(self, self.tr("Workbook not written"), self.tr(
                "A workbook could not be written (is it open in Excel or WPS, or is the folder read-only?):")
                + "\n" + str(error))
        else:
            QMessageBox.critical(self, self.tr("Unexpected error"), self.tr(
                "Writing stopped because of an error in the program. Details:") + "\n\n" + details[-2000:])

    def open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].path.parent)))
