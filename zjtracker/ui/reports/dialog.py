"""The report dialog: choose the period, the scope (all policies, one policy, one unit), the
sections and the format (PDF, Word, Excel ledger); the report is written off the GUI thread
and a PDF opens in the preview. The database, its side files and the backups folder are
refused; a file that exists is replaced only once the clerk agrees (the file dialog's
question counts). A target that cannot be written (open in Excel or a PDF reader, or a
read-only folder) never loses the report nor sends it elsewhere unasked: the dialog offers
another name and saves there only when the clerk agrees.

编辑报告文字… opens the composer (ui/reports/composer.py) for the chosen period and scope: what
the clerk wrote there is kept in the database and is what the PDF and .docx print."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.reports import wording as w
from zjtracker.services.reporting.job import DOCX, PDF, SUFFIXES, XLSX, BadOutput, ReportRequest, iter_report
from zjtracker.exporting.safe_write import LEDGER, LOCKED, READ_ONLY, REPORT, OutputError, OutputFailed
from zjtracker.reports.output import fallback_folders, free_name, save_bytes
from zjtracker.reports.progress import ReportDone
from zjtracker.services.policies.active import active_policy_ids
from zjtracker.services.choices import period_choices, plan_years, policy_choices, unit_choices
from zjtracker.services.ledger import UnitNotFound
from zjtracker.services.periods import BadPeriod, Period
from zjtracker.services.policies.queries import PolicyNotFound
from zjtracker.services.reporting.data import NothingToReport
from zjtracker.services.reporting.texts import load_edits
from zjtracker.ui.reports.composer import ReportComposer
from zjtracker.ui.reports.output_checks import may_write
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.structure.unit_combo import UnitCompleter
from zjtracker.ui.reports.preview import ReportPreview
from zjtracker.ui.save_location import open_folder_of, saved_message
from zjtracker.ui.worker import run_with_progress
from zjtracker.ui.errors import show_problem

SCOPE_ALL, SCOPE_POLICY, SCOPE_UNIT = 0, 1, 2
EXPECTED_ERRORS = (NothingToReport, UnitNotFound, PolicyNotFound, BadPeriod, BadOutput, OutputError)


class ReportDialog(SizedDialog):
    def __init__(self, database, period: str, parent: QWidget | None = None, policy_id: int | None = None):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Report"))
        self.setMinimumWidth(640)
        self.preview: ReportPreview | None = None
        self.outcome: ReportDone | None = None
        self._job = None
        self._asked: Path | None = None  # the file the file dialog asked to replace
        self._section_names = {
            w.SUMMARY: self.tr("Summary with counts"), w.CHARTS: self.tr("Charts by area and by lead unit"),
            w.LAGGING: self.tr("Overdue and behind"), w.CHANGES: self.tr("Changes since the previous period"),
            w.ISSUES: self.tr("Problems and suggestions by lead unit"),
            w.INDICATORS: self.tr("Indicators"), w.DETAILS: self.tr("Detail table (landscape)"),
        }
        form = QFormLayout()
        self.period_box = QComboBox()
        self._fill_periods(period)
        form.addRow(self.tr("Pe&riod:"), self.period_box)
        form.addRow(self.tr("Scope:"), self._scope_widget(policy_id))
        form.addRow(self.tr("Sections:"), self._sections_widget())
        form.addRow(self.tr("Format:"), self._format_widget())
        form.addRow(self.tr("Texts:"), self._texts_widget())
        self.path_edit = QLineEdit()
        self._custom_name = False
        self.path_edit.textEdited.connect(self._name_typed)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path_edit)  # Alt+S goes to the file name
        form.addRow(save_as, path_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_result)
        self.folder_button = QPushButton(self.tr("Open the &folder"))
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(lambda: self.outcome is not None and open_folder_of(self.outcome.path))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.generate_button = self.buttons.addButton(self.tr("&Generate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate_button.setDefault(True)
        self.buttons.accepted.connect(self.generate)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self._suggest_path()
        for signal in (self.period_box.currentIndexChanged, self.scope_group.idToggled, self.format_group.idToggled,
                       self.policy_box.currentIndexChanged):
            signal.connect(self._suggest_path)
            signal.connect(self._say_edits)
        self.unit_box.currentTextChanged.connect(self._say_edits)
        self._say_edits()

    # building ------------------------------------------------------------------------
    def _fill_periods(self, period: str) -> None:
        chosen = Period.parse(period)
        periods = set(period_choices("Q", plan_years(self.database))) | {chosen}
        for item in sorted(periods, reverse=True):
            self.period_box.addItem(period_text(item), str(item))
        self.period_box.setCurrentIndex(self.period_box.findData(str(chosen)))

    def _scope_widget(self, policy_id: int | None) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.scope_group = QButtonGroup(self)
        self.policy_box = QComboBox()
        self.policy_box.setMinimumContentsLength(30)
        self.policy_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        active = active_policy_ids(self.database)  # abolished and empty policies only when asked for by id
        for choice in policy_choices(self.database):
            if choice.id in active or choice.id == policy_id:
                self.policy_box.addItem(choice.text, choice.id)
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        names = []
        for choice in unit_choices(self.database):
            self.unit_box.addItem(choice.text, choice.id)
            names += [choice.text, *choice.extra]
        completer = UnitCompleter(names, self.unit_box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit_box.setCompleter(completer)
        self.unit_box.setCurrentIndex(-1)
        for row, (scope, text, widget) in enumerate((
                (SCOPE_ALL, self.tr("&All policies"), None),
                (SCOPE_POLICY, self.tr("One &policy:"), self.policy_box),
                (SCOPE_UNIT, self.tr("One &unit:"), self.unit_box))):
            button = QRadioButton(text)
            self.scope_group.addButton(button, scope)
            grid.addWidget(button, row, 0)
            if widget is not None:
                grid.addWidget(widget, row, 1)
        if policy_id is not None and self.policy_box.findData(policy_id) >= 0:
            self.policy_box.setCurrentIndex(self.policy_box.findData(policy_id))
            self.scope_group.button(SCOPE_POLICY).setChecked(True)
        else:
            self.scope_group.button(SCOPE_ALL).setChecked(True)
        return box

    def _sections_widget(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, section in enumerate(w.SECTIONS):
            check = QCheckBox(self._section_names[section])
            check.setChecked(True)
            self.section_boxes[section] = check
            grid.addWidget(check, index // 2, index % 2)
        return box

    def _format_widget(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.format_group = QButtonGroup(self)
        for number, text in enumerate((self.tr("P&DF"), self.tr("&Word (.docx)"), self.tr("&Excel ledger (.xlsx)"))):
            button = QRadioButton(text)
            self.format_group.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)
        self.format_group.button(0).setChecked(True)
        self.format_group.idToggled.connect(self._format_changed)
        return box

    def _texts_widget(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.compose_button = QPushButton(self.tr("Edit the report's te&xts…"))
        self.compose_button.setAutoDefault(False)  # Enter generates the report
        self.compose_button.setToolTip(self.tr("Addressee, issuer, date, next steps and every paragraph, "
                                               "kept for this period and scope"))
        self.compose_button.clicked.connect(self.compose)
        self.edits_label = QLabel()
        row.addWidget(self.compose_button)
        row.addWidget(self.edits_label, 1)
        return box

    # the clerk's texts -------------------------------------------------------------------
    def _scope(self) -> tuple[int | None, str | None]:
        scope = self.scope_group.checkedId()
        policy_id = self.policy_box.currentData() if scope == SCOPE_POLICY else None
        unit = self.unit_box.currentText().strip() if scope == SCOPE_UNIT else None
        return policy_id, unit or None

    def edits(self) -> dict[str, str]:
        """What the clerk wrote for the chosen period and scope (nothing for the Excel ledger)."""
        if self.kind() == XLSX or (self.scope_group.checkedId() == SCOPE_UNIT and not self._scope()[1]):
            return {}
        return load_edits(self.database, self.period(), *self._scope())

    def _say_edits(self, *_args) -> None:
        if not hasattr(self, "edits_label"):
            return
        ledger = self.kind() == XLSX
        self.compose_button.setEnabled(not ledger)
        count = len(self.edits())
        if ledger:
            self.edits_label.setText("")
        elif count:
            self.edits_label.setText(self.tr("%1 text(s) as the clerk wrote them").replace("%1", str(count)))
        else:
            self.edits_label.setText(self.tr("texts as generated from the data"))

    def _scope_text(self) -> str:
        scope = self.scope_group.checkedId()
        who = self.tr("All policies")
        if scope == SCOPE_POLICY:
            who = self.policy_box.currentText()
        elif scope == SCOPE_UNIT:
            who = self.unit_box.currentText().strip()
        return f"{self.period_box.currentText()} · {who}"

    def compose(self) -> ReportComposer | None:
        """Open the composer for the chosen period and scope; its texts print from then on."""
        policy_id, unit = self._scope()
        if self.scope_group.checkedId() == SCOPE_UNIT and not unit:
            QMessageBox.warning(self, self.tr("No unit"), self.tr("Choose the unit the report is about."))
            return None
        composer = ReportComposer(self.database, self.period(), policy_id, unit, self._scope_text(), self,
                                  sections=self.sections())
        screen = (self.screen() or composer.screen()).availableGeometry()
        composer.fit_to(screen)
        composer.finished.connect(self._say_edits)
        composer.open()
        composer.load()
        return composer

    # choices ---------------------------------------------------------------------------
    def kind(self) -> str:
        return (PDF, DOCX, XLSX)[max(self.format_group.checkedId(), 0)]

    def period(self) -> str:
        return self.period_box.currentData()

    def sections(self) -> tuple[str, ...]:
        return tuple(s for s, box in self.section_boxes.items() if box.isChecked())

    def request(self) -> ReportRequest:
        policy_id, unit = self._scope()
        return ReportRequest(self.period(), Path(self.path_edit.text().strip()), self.kind(), policy_id,
                             unit, self.sections(), edits=self.edits())

    def _format_changed(self, _id: int, checked: bool) -> None:
        if checked:
            for box in self.section_boxes.values():
                box.setEnabled(self.kind() != XLSX)
            self._say_edits()

    def _suggest_path(self, *_args) -> None:
        folder = QSettings().value("reports/last_folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        current = self.path_edit.text().strip()
        if current:
            folder = str(Path(current).parent)
        period = Period.parse(self.period())
        scope = self.scope_group.checkedId()
        who = ""
        if scope == SCOPE_POLICY and self.policy_box.currentText():
            who = self.policy_box.currentText().split("（")[0][:24]
        elif scope == SCOPE_UNIT:
            who = self.unit_box.currentText().strip()
        what = "工作台账" if self.kind() == XLSX else "落实情况报告"
        if self._custom_name and current:  # keep what the clerk typed, with the format's suffix
            self.path_edit.setText(str(Path(current).with_suffix(SUFFIXES[self.kind()])))
            return
        self.path_edit.setText(str(Path(folder) / f"{who}{period.label()}{what}{SUFFIXES[self.kind()]}"))

    def _name_typed(self, _text: str) -> None:
        self._custom_name = True

    def _browse(self) -> None:
        filters = {PDF: self.tr("PDF (*.pdf)"), DOCX: self.tr("Word document (*.docx)"),
                   XLSX: self.tr("Excel workbook (*.xlsx)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report as"), self.path_edit.text(),
                                              filters[self.kind()])
        if name:
            if name.lower().endswith(SUFFIXES[self.kind()]):
                self._asked = Path(name)
            else:
                name += SUFFIXES[self.kind()]
            self.path_edit.setText(name)
            self._custom_name = True

    # generating ------------------------------------------------------------------------
    def generate(self) -> None:
        request = self.request()
        if not request.target.name:
            QMessageBox.warning(self, self.tr("No file name"), self.tr("Choose where to save the report."))
            return
        if not request.sections and request.kind != XLSX:
            QMessageBox.warning(self, self.tr("Nothing chosen"), self.tr("Choose at least one section."))
            return
        if not may_write(self, request.target, self._output_kind(), self.database,
                         confirmed=request.target == self._asked):
            return
        request = replace(request, force=True)  # agreed: what is there may be replaced
        self.generate_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.status.setText(self.tr("Generating…"))
        QSettings().setValue("reports/last_folder", str(request.target.parent))
        self._job = run_with_progress(self, self.tr("Generating the report"),
                                      lambda: iter_report(self.database, request), self._done, self._failed)

    def _done(self, results) -> None:
        self.generate_button.setEnabled(True)
        outcome = results[-1] if results else None
        if not isinstance(outcome, ReportDone):
            self.status.setText(self.tr("Cancelled. No file was written."))
            return
        self._show(outcome)

    def _show(self, outcome: ReportDone) -> None:
        self.outcome = outcome
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        full = str(Path(outcome.path).resolve())
        self.status.setText(self.tr("Saved: %1").replace("%1", full))
        if outcome.fonts_note:  # the 公文 faces missing on this computer: said, not hidden
            self.status.setText(self.status.text() + "\n" + outcome.fonts_note)
        if outcome.moved:
            self.path_edit.setText(str(outcome.path))
        if outcome.kind == PDF:  # the preview shows it (用默认程序打开 there); the path is said above
            self.show_preview(outcome.path)
            return
        self.saved_box = saved_message(self, self.tr("Report saved"), self.tr("The report was saved as:"), full)
        self.saved_box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saved_box.open()  # window-modal: the dialog stays for the next report

    def _output_kind(self):
        return LEDGER if self.kind() == XLSX else REPORT

    def _save_elsewhere(self, error: OutputFailed) -> bool:
        """The report is finished but its file could not be written: offer another name (beside
        it when the file is held open, in the documents folder when the folder is read-only)
        and save there when the clerk agrees. True when the question was asked."""
        content = getattr(error, "content", None)
        if content is None or error.reason not in (LOCKED, READ_ONLY):
            return False
        requested = error.target
        if error.reason == LOCKED:
            other = free_name(requested)
        else:
            other = free_name(fallback_folders()[0] / requested.name)
        answer = QMessageBox.question(
            self, self.tr("Report not saved"),
            error.message + "\n\n" + self.tr("Save the report as “%1” instead?").replace("%1", str(other)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.status.setText(self.tr("The report was not saved."))
            return True
        kind = PDF if requested.suffix.lower() == ".pdf" else (XLSX if requested.suffix.lower() == ".xlsx" else DOCX)
        try:
            placed = save_bytes(content, other, LEDGER if kind == XLSX else REPORT, self.database)
        except OutputError as again:
            QMessageBox.warning(self, self.tr("No report"), again.message)
            return True
        self._show(ReportDone(placed, requested, kind))
        return True

    def _failed(self, error, details: str) -> None:
        self.generate_button.setEnabled(True)
        self.status.setText("")
        if isinstance(error, OutputFailed) and self._save_elsewhere(error):
            pass
        elif isinstance(error, EXPECTED_ERRORS):
            QMessageBox.warning(self, self.tr("No report"), str(error))
        elif show_problem(self, error):  # a locked database, a folder that cannot be written…
            pass
        else:
            QMessageBox.critical(self, self.tr("Unexpected error"),
                                 self.tr("The report stopped because of an error in the program. Details:")
                                 + "\n\n" + details[-2000:])

    def show_preview(self, path: Path) -> None:
        if self.preview is not None:
            self.preview.close()
        self.preview = ReportPreview(path, self)
        self.preview.show()

    def open_result(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path)))
