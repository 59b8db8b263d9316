"""The preview's 表格列 dialog: each column of the tables the reader looked at, with the
role the reader gave it; the clerk changes the roles and reads the file again with them.

``column_map()`` gives the changed columns only (by header text, or by column index where
the header is blank), so the reader keeps its own reading of the rest."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.importing.tables.column_map import ROLES, TableColumns


class ColumnsDialog(SizedDialog):
    def __init__(self, tables: list[TableColumns], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Table columns"))
        names = {
            "task": self.tr("Task"), "group": self.tr("Group"), "lead": self.tr("Lead unit"),
            "cooperating": self.tr("Cooperating units"), "responsible": self.tr("Responsible units"),
            "deadline": self.tr("Deadline"), "leader": self.tr("Leader in charge"),
            "number": self.tr("Number"), "ignore": self.tr("Not read"),
        }
        note = QLabel(self.tr("Choose what each column holds, then read the file again. "
                              "Reading again replaces the tree: changes made in the preview are lost."))
        note.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.combos: list[tuple[int, str, str, QComboBox]] = []  # (index, header, role read, combo)
        for table in tables:
            box = QGroupBox(table.title or self.tr("Table"))
            grid = QGridLayout(box)
            for row, (index, header, role) in enumerate(table.columns):
                combo = QComboBox()
                if role not in ROLES:  # a column the reader reads its own way (plan, indicator …)
                    combo.addItem(self.tr("As read"), role)
                for key, name in names.items():
                    combo.addItem(name, key)
                combo.setCurrentIndex(combo.findData(role))
                label = header or self.tr("Column %1").replace("%1", str(index + 1))
                grid.addWidget(QLabel(label), row, 0)
                grid.addWidget(combo, row, 1)
                self.combos.append((index, header, role, combo))
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.buttons = QDialogButtonBox()
        self.read_button = self.buttons.addButton(self.tr("Read again"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(460, min(600, 160 + 34 * len(self.combos)))

    def column_map(self) -> dict[str | int, str]:
        """The columns whose role the clerk changed: header text (or index) → role."""
        changed: dict[str | int, str] = {}
        for index, header, role, combo in self.combos:
            chosen = combo.currentData()
            if chosen != role and chosen in ROLES:
                changed[header if header.strip() else index] = chosen
        return changed
