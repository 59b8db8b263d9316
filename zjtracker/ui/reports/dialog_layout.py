"""The widgets of the report dialog and where they sit: the period, the scope (all policies,
one policy, one unit), the sections, the format, the clerk's texts and the file name in a
form, the outcome below it, the buttons at the bottom. The behaviour is in dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from zjtracker.reports import wording as w

SCOPE_ALL, SCOPE_POLICY, SCOPE_UNIT = 0, 1, 2


class ReportDialogLayout(QObject):
    """Builds the report dialog's widgets on ``host``; nothing is filled from the database and
    nothing is connected here. PDF is the format chosen at first."""

    def __init__(self, host: QDialog):
        super().__init__(host)
        self.section_names = {
            w.SUMMARY: QCoreApplication.translate("ReportDialog", "Summary with counts"),
            w.CHARTS: QCoreApplication.translate("ReportDialog", "Charts by area and by lead unit"),
            w.LAGGING: QCoreApplication.translate("ReportDialog", "Overdue and behind"),
            w.CHANGES: QCoreApplication.translate("ReportDialog", "Changes since the previous period"),
            w.ISSUES: QCoreApplication.translate("ReportDialog", "Problems and suggestions by lead unit"),
            w.INDICATORS: QCoreApplication.translate("ReportDialog", "Indicators"),
            w.DETAILS: QCoreApplication.translate("ReportDialog", "Detail table (landscape)"),
        }
        form = QFormLayout()
        self.period_box = QComboBox()
        form.addRow(QCoreApplication.translate("ReportDialog", "Pe&riod:"), self.period_box)
        form.addRow(QCoreApplication.translate("ReportDialog", "Scope:"), self._scope_widget(host))
        form.addRow(QCoreApplication.translate("ReportDialog", "Sections:"), self._sections_widget())
        form.addRow(QCoreApplication.translate("ReportDialog", "Format:"), self._format_widget(host))
        form.addRow(QCoreApplication.translate("ReportDialog", "Texts:"), self._texts_widget())
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(QCoreApplication.translate("ReportDialog", "&Browse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        save_as = QLabel(QCoreApplication.translate("ReportDialog", "&Save as:"))
        save_as.setBuddy(self.path_edit)  # Alt+S goes to the file name
        form.addRow(save_as, path_row)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(QCoreApplication.translate("ReportDialog", "&Open"))
        self.open_button.setEnabled(False)
        self.folder_button = QPushButton(QCoreApplication.translate("ReportDialog", "Open the &folder"))
        self.folder_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.generate_button = self.buttons.addButton(QCoreApplication.translate("ReportDialog", "&Generate"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(host)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

    def _scope_widget(self, host: QDialog) -> QWidget:
        """A radio button per scope; the policy and unit lists beside theirs (filled by the dialog)."""
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.scope_group = QButtonGroup(host)
        self.policy_box = QComboBox()
        self.policy_box.setMinimumContentsLength(30)
        self.policy_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        for row, (scope, text, widget) in enumerate((
                (SCOPE_ALL, QCoreApplication.translate("ReportDialog", "&All policies"), None),
                (SCOPE_POLICY, QCoreApplication.translate("ReportDialog", "One &policy:"), self.policy_box),
                (SCOPE_UNIT, QCoreApplication.translate("ReportDialog", "One &unit:"), self.unit_box))):
            button = QRadioButton(text)
            self.scope_group.addButton(button, scope)
            grid.addWidget(button, row, 0)
            if widget is not None:
                grid.addWidget(widget, row, 1)
        return box

    def _sections_widget(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, section in enumerate(w.SECTIONS):
            check = QCheckBox(self.section_names[section])
            check.setChecked(True)
            self.section_boxes[section] = check
            grid.addWidget(check, index // 2, index % 2)
        self.earlier_years_box = QCheckBox(QCoreApplication.translate(
            "ReportDialog", "Earlier &years of each task in the detail table"))
        grid.addWidget(self.earlier_years_box, (len(w.SECTIONS) + 1) // 2, 0, 1, 2)
        return box

    def _format_widget(self, host: QDialog) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.format_group = QButtonGroup(host)
        for number, text in enumerate((QCoreApplication.translate("ReportDialog", "P&DF"),
                                       QCoreApplication.translate("ReportDialog", "&Word (.docx)"),
                                       QCoreApplication.translate("ReportDialog", "&Excel ledger (.xlsx)"))):
            button = QRadioButton(text)
            self.format_group.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)
        self.format_group.button(0).setChecked(True)
        return box

    def _texts_widget(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.compose_button = QPushButton(QCoreApplication.translate("ReportDialog", "Edit the report's te&xts…"))
        self.compose_button.setAutoDefault(False)  # Enter generates the report
        self.compose_button.setToolTip(QCoreApplication.translate(
            "ReportDialog", "Addressee, issuer, date, next steps and every paragraph, kept for this period and scope"))
        self.edits_label = QLabel()
        row.addWidget(self.compose_button)
        row.addWidget(self.edits_label, 1)
        return box
