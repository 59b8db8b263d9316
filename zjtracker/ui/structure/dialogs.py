"""Small dialogs for editing the structure: one node's fields, a measure's units, and the
confirmation before a delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.services.structure.delete import DeleteImpact
from zjtracker.services.structure.units import ROLES, UnitAssignment
from zjtracker.services.tree import KIND_AREA, KIND_MEASURE, KIND_PLAN
from zjtracker.ui.structure.unit_combo import UnitCompleter



translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def role_names() -> dict[str, str]:
    return {"lead": translate("StructureDialogs", "Lead"),
            "cooperating": translate("StructureDialogs", "Cooperating"),
            "responsible": translate("StructureDialogs", "Responsible")}


def _number_text(value) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _same(old, new) -> bool:
    if old in ("", None) and new in ("", None):
        return True
    return old == new


class NodeEditorDialog(SizedDialog):
    """The fields of an area (label, title, guiding text), a measure (label, text,
    deadline) or a yearly plan (year, text, target); empty for a new node."""

    def __init__(self, kind: str, values: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        self._initial = dict(values or {})
        titles = {KIND_AREA: self.tr("Area"), KIND_MEASURE: self.tr("Measure"), KIND_PLAN: self.tr("Yearly plan")}
        self.setWindowTitle(titles.get(kind, kind))
        self.resize(560, 360)
        form = QFormLayout()
        self.label_edit = self.title_edit = self.deadline_edit = self.target_edit = None
        self.year_spin = None
        if kind == KIND_PLAN:
            self.year_spin = QSpinBox()
            self.year_spin.setRange(1949, 2200)
            self.year_spin.setValue(int(self._initial.get("year") or date.today().year))
            form.addRow(self.tr("Year"), self.year_spin)
        else:
            self.label_edit = QLineEdit(self._initial.get("label") or "")
            self.label_edit.setMaxLength(40)
            self.label_edit.setPlaceholderText(self.tr("e.g. 一、 or （3）"))
            form.addRow(self.tr("Number"), self.label_edit)
        if kind == KIND_AREA:
            self.title_edit = QLineEdit(self._initial.get("title") or "")
            form.addRow(self.tr("Title"), self.title_edit)
        self.text_edit = QPlainTextEdit(
            self._initial.get("guiding_text" if kind == KIND_AREA else "text") or "")
        form.addRow(self.tr("Guiding text") if kind == KIND_AREA else self.tr("Text"), self.text_edit)
        if kind == KIND_MEASURE:
            self.deadline_edit = QLineEdit(self._initial.get("deadline_text") or "")
            self.deadline_edit.setMaxLength(100)
            self.deadline_edit.setPlaceholderText(self.tr("e.g. 2025年6月底前"))
            form.addRow(self.tr("Deadline"), self.deadline_edit)
        if kind == KIND_PLAN:
            self.target_edit = QLineEdit(_number_text(self._initial.get("target")))
            self.target_edit.setValidator(QDoubleValidator(-1e12, 1e12, 4, self.target_edit))
            self.target_edit.setPlaceholderText(self.tr("optional number"))
            form.addRow(self.tr("Target"), self.target_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.label_edit, self.title_edit):
            if edit is not None:
                edit.textChanged.connect(self._update_ok)
        self.text_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def values(self) -> dict:
        """The fields as the services take them."""
        text = self.text_edit.toPlainText().strip()
        if self.kind == KIND_AREA:
            return {"label": self.label_edit.text().strip(), "title": self.title_edit.text().strip(),
                    "guiding_text": text}
        if self.kind == KIND_MEASURE:
            return {"label": self.label_edit.text().strip(), "text": text,
                    "deadline_text": self.deadline_edit.text().strip()}
        target = self.target_edit.text().strip().replace(",", ".")
        return {"year": self.year_spin.value(), "text": text, "target": float(target) if target else None}

    def changed_values(self) -> dict:
        """Only what differs from the values the dialog opened with."""
        return {k: v for k, v in self.values().items()
                if k not in self._initial or not _same(self._initial[k], v)}

    def _update_ok(self) -> None:
        if self.kind == KIND_PLAN:
            ok = True
        else:
            values = self.values()
            ok = bool(values["label"] or values.get("title") or values.get("text"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class _UnitNameDelegate(QStyledItemDelegate):
    """Unit names typed with a completer over the registry's names and aliases."""

    def __init__(self, completer: QCompleter, parent=None):
        super().__init__(parent)
        self._completer = completer

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setMaxLength(200)
        editor.setCompleter(self._completer)
        return editor


class UnitsEditorDialog(SizedDialog):
    """A measure's units: unit, role, 分管领导, 责任科室, 责任人, one row each."""

    UNIT, ROLE, LEADER, SECTION, PERSON = range(5)

    def __init__(self, assignments: list[UnitAssignment], choices: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Units of the measure"))
        self.resize(900, 380)
        self.completer = UnitCompleter(choices, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Role"), self.tr("Leader in charge"),
                                              self.tr("Section"), self.tr("Person")])
        self.table.horizontalHeader().setSectionResizeMode(self.UNIT, QHeaderView.ResizeMode.Stretch)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(90)
        for column in (self.ROLE, self.LEADER, self.SECTION, self.PERSON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(self.UNIT, _UnitNameDelegate(self.completer, self.table))
        for item in assignments:
            self.add_row(item)
        add_button = QPushButton(self.tr("&Add unit"))
        add_button.clicked.connect(lambda: self._add_and_edit())
        remove_button = QPushButton(self.tr("&Remove unit"))
        remove_button.clicked.connect(self.remove_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add_button)
        row.addWidget(remove_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def add_row(self, item: UnitAssignment | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = item or UnitAssignment("", "lead" if row == 0 else "cooperating")
        for column, value in ((self.UNIT, item.name), (self.LEADER, item.leader),
                              (self.SECTION, item.section), (self.PERSON, item.person)):
            self.table.setItem(row, column, QTableWidgetItem(value or ""))
        combo = QComboBox()
        for code, name in role_names().items():
            combo.addItem(name, code)
        combo.setCurrentIndex(ROLES.index(item.role) if item.role in ROLES else 0)
        self.table.setCellWidget(row, self.ROLE, combo)
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, self.UNIT)
        self.table.editItem(self.table.item(row, self.UNIT))

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def assignments(self) -> list[UnitAssignment]:
        """The rows with a unit name, in table order."""
        result = []
        for row in range(self.table.rowCount()):
            texts = [(self.table.item(row, c).text().strip() if self.table.item(row, c) else "")
                     for c in (self.UNIT, self.LEADER, self.SECTION, self.PERSON)]
            if not texts[0]:
                continue
            role = self.table.cellWidget(row, self.ROLE).currentData()
            result.append(UnitAssignment(texts[0], role, *(t or None for t in texts[1:])))
        return result


def delete_message(impact: DeleteImpact) -> str:
    """“Delete 二、重点任务?” and what goes with it."""
    text = translate("StructureDialogs", "Delete %1?").replace("%1", impact.name)
    parts = []
    below = impact.measures - (1 if impact.kind == KIND_MEASURE else 0)  # a measure counts itself
    if below > 0:
        parts.append(translate("StructureDialogs", "%1 measure(s)").replace("%1", str(below)))
    if impact.plans and impact.kind != KIND_PLAN:
        parts.append(translate("StructureDialogs", "%1 yearly plan(s)").replace("%1", str(impact.plans)))
    if impact.progress_reports:
        parts.append(translate("StructureDialogs", "%1 progress report(s)").replace(
            "%1", str(impact.progress_reports)))
    if impact.assignments:
        parts.append(translate("StructureDialogs", "%1 unit assignment(s)").replace(
            "%1", str(impact.assignments)))
    if impact.attachments:
        parts.append(translate("StructureDialogs", "%1 evidence file(s)").replace(
            "%1", str(impact.attachments)))
    if parts:
        joined = translate("StructureDialogs", ", ").join(parts)
        text += "\n\n" + translate("StructureDialogs", "This also deletes %1.").replace("%1", joined)
    return text + "\n\n" + translate("StructureDialogs", "You can undo this with Edit › Undo.")


def confirm_delete(parent: QWidget | None, impact: DeleteImpact) -> bool:
    answer = QMessageBox.question(
        parent, translate("StructureDialogs", "Delete"), delete_message(impact),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
