"""The report dialog: choose the period, the scope (all policies, one policy, one unit), the
sections and the format (PDF, Word, Excel ledger); the report is written off the GUI thread
and a PDF opens in the preview. The database, its side files and the backups folder are
refused; a file that exists is replaced only once the clerk agrees (the file dialog's
question counts). A target that cannot be written (open in Excel or a PDF reader, or a
read-only folder) never loses the report nor sends it elsewhere unasked: the dialog offers
another name and saves there only when the clerk agrees.

编辑报告文字… opens the composer (ui/reports/composer.py) for the chosen period and scope: what
the clerk wrote there is kept in the database and is what the PDF and .docx print. The widgets
and where they sit are in dialog_layout."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from zjtracker.exporting.safe_write import LEDGER, REPORT
from zjtracker.reports.progress import ReportDone
from zjtracker.services.choices import (
    period_choices,
    plan_years,
    policy_choices,
    unit_choices,
)
from zjtracker.services.periods import Period
from zjtracker.services.policies.active import active_policy_ids
from zjtracker.services.reporting.job import (
    DOCX,
    PDF,
    SUFFIXES,
    XLSX,
    ReportRequest,
    iter_report,
)
from zjtracker.services.reporting.texts import load_edits
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.reports.composer import ReportComposer
from zjtracker.ui.reports.dialog_layout import (
    SCOPE_ALL,
    SCOPE_POLICY,
    SCOPE_UNIT,
    ReportDialogLayout,
)
from zjtracker.ui.reports.dialog_outcome import (
    EXPECTED_ERRORS,
    say_failure,
    show_outcome,
)
from zjtracker.ui.reports.output_checks import may_write
from zjtracker.ui.reports.preview import ReportPreview
from zjtracker.ui.save_location import open_folder_of
from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.ui.structure.unit_combo import UnitCompleter
from zjtracker.ui.window_settings import available_area
from zjtracker.ui.worker import run_with_progress

__all__ = ["EXPECTED_ERRORS", "SCOPE_ALL", "SCOPE_POLICY", "SCOPE_UNIT", "ReportDialog"]


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
        self._custom_name = False
        self.ui = ui = ReportDialogLayout(self)
        # the widgets, by the names the main window, the scripts and the tests use
        self.period_box, self.scope_group, self.policy_box, self.unit_box = (
            ui.period_box, ui.scope_group, ui.policy_box, ui.unit_box)
        self.section_boxes, self.earlier_years_box, self.format_group = (
            ui.section_boxes, ui.earlier_years_box, ui.format_group)
        self.compose_button, self.edits_label, self.path_edit, self.status = (
            ui.compose_button, ui.edits_label, ui.path_edit, ui.status)
        self.open_button, self.folder_button, self.buttons, self.generate_button = (
            ui.open_button, ui.folder_button, ui.buttons, ui.generate_button)
        self._fill_periods(period)
        self._fill_scope(policy_id)
        self.format_group.idToggled.connect(self._format_changed)
        self.compose_button.clicked.connect(self.compose)
        self.path_edit.textEdited.connect(self._name_typed)
        ui.browse_button.clicked.connect(self._browse)
        self.open_button.clicked.connect(self.open_result)
        self.folder_button.clicked.connect(lambda: self.outcome is not None and open_folder_of(self.outcome.path))
        self.buttons.accepted.connect(self.generate)
        self.buttons.rejected.connect(self.reject)
        self._suggest_path()
        for signal in (self.period_box.currentIndexChanged, self.scope_group.idToggled, self.format_group.idToggled,
                       self.policy_box.currentIndexChanged):
            signal.connect(self._suggest_path)
            signal.connect(self._say_edits)
        self.unit_box.currentTextChanged.connect(self._say_edits)
        self._say_edits()

    # filling -------------------------------------------------------------------------
    def _fill_periods(self, period: str) -> None:
        chosen = Period.parse(period)
        periods = set(period_choices("Q", plan_years(self.database))) | {chosen}
        for item in sorted(periods, reverse=True):
            self.period_box.addItem(period_text(item), str(item))
        self.period_box.setCurrentIndex(self.period_box.findData(str(chosen)))

    def _fill_scope(self, policy_id: int | None) -> None:
        active = active_policy_ids(self.database)  # abolished and empty policies only when asked for by id
        for choice in policy_choices(self.database):
            if choice.id in active or choice.id == policy_id:
                self.policy_box.addItem(choice.text, choice.id)
        names = []
        for choice in unit_choices(self.database):
            self.unit_box.addItem(choice.text, choice.id)
            names += [choice.text, *choice.extra]
        completer = UnitCompleter(names, self.unit_box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit_box.setCompleter(completer)
        self.unit_box.setCurrentIndex(-1)
        if policy_id is not None and self.policy_box.findData(policy_id) >= 0:
            self.policy_box.setCurrentIndex(self.policy_box.findData(policy_id))
            self.scope_group.button(SCOPE_POLICY).setChecked(True)
        else:
            self.scope_group.button(SCOPE_ALL).setChecked(True)

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
        composer.fit_to(available_area(self))
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
                             unit, self.sections(), edits=self.edits(),
                             earlier_years=self.earlier_years_box.isChecked())

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
        name, _ = FileDialog.getSaveFileName(self, self.tr("Save report as"), self.path_edit.text(),
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
        show_outcome(self, outcome)

    def _output_kind(self):
        return LEDGER if self.kind() == XLSX else REPORT

    def _failed(self, error, details: str) -> None:
        self.generate_button.setEnabled(True)
        self.status.setText("")
        say_failure(self, error, details)

    def show_preview(self, path: Path) -> None:
        if self.preview is not None:
            self.preview.close()
        self.preview = ReportPreview(path, self)
        self.preview.show()

    def open_result(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path)))
