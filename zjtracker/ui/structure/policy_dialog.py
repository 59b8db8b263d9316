"""The dialog that corrects a policy's particulars (编辑政策信息) and the confirmation before a
whole policy is deleted (删除政策), listing what goes with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.services.structure.policy_delete import PolicyDeleteImpact

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def status_names() -> dict[str, str]:
    return {"in_force": translate("PolicyDialog", "In force"),
            "expired": translate("PolicyDialog", "Expired"),
            "abolished": translate("PolicyDialog", "Abolished")}


def frequency_names() -> dict[str, str]:
    return {"monthly": translate("PolicyDialog", "Monthly"),
            "bimonthly": translate("PolicyDialog", "Every two months"),
            "quarterly": translate("PolicyDialog", "Quarterly"),
            "half_yearly": translate("PolicyDialog", "Half-yearly"),
            "yearly": translate("PolicyDialog", "Yearly")}


class PolicyEditorDialog(SizedDialog):
    """文号, title, short name, issuer, years, status and reporting frequency of a policy."""

    def __init__(self, values: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self._initial = dict(values)
        self.setWindowTitle(self.tr("Edit policy information"))
        self.resize(620, 300)
        form = QFormLayout()
        self.doc_no_edit = QLineEdit(values.get("doc_no") or "")
        self.doc_no_edit.setMaxLength(100)
        self.doc_no_edit.setPlaceholderText(self.tr("e.g. 湛府办〔2022〕32号"))
        form.addRow(self.tr("Document &number"), self.doc_no_edit)
        self.title_edit = QLineEdit(values.get("title") or "")
        self.title_edit.setMaxLength(500)
        form.addRow(self.tr("&Title"), self.title_edit)
        self.short_name_edit = QLineEdit(values.get("short_name") or "")
        self.short_name_edit.setMaxLength(60)
        self.short_name_edit.setPlaceholderText(self.tr("how reports and charts name it; empty: derived from the title"))
        form.addRow(self.tr("&Short name"), self.short_name_edit)
        self.issuer_edit = QLineEdit(values.get("issuer") or "")
        self.issuer_edit.setMaxLength(200)
        form.addRow(self.tr("&Issuer"), self.issuer_edit)
        self.start_spin, self.end_spin = self._year_spin(values.get("start_year")), self._year_spin(values.get("end_year"))
        years = QHBoxLayout()
        years.addWidget(self.start_spin)
        years.addWidget(QLabel(self.tr("to")))
        years.addWidget(self.end_spin)
        years.addStretch(1)
        form.addRow(self.tr("&Years"), years)
        form.labelForField(years).setBuddy(self.start_spin)  # Alt+Y; without a buddy the label shows “&Y”
        self.status_combo = QComboBox()
        for code, name in status_names().items():
            self.status_combo.addItem(name, code)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(values.get("status") or "in_force"), 0))
        form.addRow(self.tr("St&atus"), self.status_combo)
        self.frequency_combo = QComboBox()
        for code, name in frequency_names().items():
            self.frequency_combo.addItem(name, code)
        self.frequency_combo.setCurrentIndex(
            max(self.frequency_combo.findData(values.get("frequency") or "quarterly"), 0))
        form.addRow(self.tr("Reporting &frequency"), self.frequency_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _year_spin(self, year: int | None) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1948, 2100)
        spin.setSpecialValueText(self.tr("not stated"))  # the minimum stands for no year
        spin.setValue(year or 1948)
        return spin

    def values(self) -> dict:
        def year(spin: QSpinBox) -> int | None:
            return None if spin.value() == spin.minimum() else spin.value()

        return {"doc_no": self.doc_no_edit.text().strip(), "title": self.title_edit.text().strip(),
                "short_name": self.short_name_edit.text().strip(), "issuer": self.issuer_edit.text().strip(),
                "start_year": year(self.start_spin), "end_year": year(self.end_spin),
                "status": self.status_combo.currentData(), "frequency": self.frequency_combo.currentData()}

    def changed_values(self) -> dict:
        return {k: v for k, v in self.values().items() if (self._initial.get(k) or None) != (v or None)}

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title_edit.text().strip()))


def delete_policy_message(impact: PolicyDeleteImpact) -> str:
    """“Delete the policy …?” with everything that goes with it."""
    text = translate("PolicyDialog", "Delete the policy %1?").replace("%1", impact.name)
    counts = ((impact.areas, translate("PolicyDialog", "%1 area(s)")),
              (impact.measures, translate("PolicyDialog", "%1 measure(s)")),
              (impact.plans, translate("PolicyDialog", "%1 yearly plan(s)")),
              (impact.progress_reports, translate("PolicyDialog", "%1 progress report(s)")),
              (impact.indicators, translate("PolicyDialog", "%1 indicator(s)")),
              (impact.sent_workbooks, translate("PolicyDialog", "%1 sent fill-in workbook(s)")),
              (impact.batches, translate("PolicyDialog", "%1 import batch(es)")),
              (impact.attachments, translate("PolicyDialog", "%1 evidence file(s)")))
    lines = ["  · " + words.replace("%1", str(count)) for count, words in counts if count]
    if lines:
        text += "\n\n" + translate("PolicyDialog", "This also deletes:") + "\n" + "\n".join(lines)
    return text + "\n\n" + translate("PolicyDialog", "You can undo this with Edit › Undo.")


def confirm_delete_policy(parent: QWidget | None, impact: PolicyDeleteImpact) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("PolicyDialog", "Delete policy"),
                      delete_policy_message(impact), parent=parent)
    delete = box.addButton(translate("PolicyDialog", "&Delete the policy"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete
