"""The unit registry dialog (单位名录): every unit with its aliases and how many measures it
leads; rename, add or remove an alias, and merge two entries that are one unit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView, QVBoxLayout,
    QWidget)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.db.engine import Database
from zjtracker.services.units.admin import (
    UnitAdminError, UnitInfo, add_alias, list_units, merge_units, remove_alias, rename_unit)
from zjtracker.ui.structure.unit_combo import UnitCompleter
from zjtracker.ui.structure.unit_registry_model import UNIT_ID, Column, UnitFilterModel, UnitTableModel


class UnitRegistryDialog(SizedDialog):
    units_changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("Unit registry"))
        self.resize(980, 640)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, alias or pinyin initials (sfgj)"))
        self.filter.setClearButtonEnabled(True)
        self.model = UnitTableModel(self)
        self.proxy = UnitFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.ALIASES, QHeaderView.ResizeMode.Stretch)
        for column in (Column.KIND, Column.LEADS, Column.COOPERATES, Column.RESPONSIBLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(Column.NAME, 300)

        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.add_alias_button = QPushButton(self.tr("Add &alias…"))
        self.remove_alias_button = QPushButton(self.tr("Remo&ve alias…"))
        actions = QHBoxLayout()
        for button in (self.rename_button, self.add_alias_button, self.remove_alias_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.keep = self._unit_combo()
        self.absorb = self._unit_combo()
        self.swap_button = QPushButton("⇄")
        self.swap_button.setToolTip(self.tr("Swap: keep the other entry"))
        self.swap_button.setFixedWidth(self.swap_button.fontMetrics().horizontalAdvance("⇄") + 24)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        merge_row = QHBoxLayout()
        merge_row.addWidget(QLabel(self.tr("Keep")))
        merge_row.addWidget(self.keep, 1)
        merge_row.addWidget(QLabel(self.tr("and fold in")))
        merge_row.addWidget(self.absorb, 1)
        merge_row.addWidget(self.swap_button)
        merge_row.addWidget(self.merge_button)
        hint = QLabel(self.tr(
            "Select two rows above, or choose the units here. The measures and aliases of the "
            "second entry move to the first, its name becomes an alias, and the entry is deleted."))
        hint.setWordWrap(True)
        merge_box = QGroupBox(self.tr("Merge two entries that are one unit"))
        merge_layout = QVBoxLayout(merge_box)
        merge_layout.addLayout(merge_row)
        merge_layout.addWidget(hint)

        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(merge_box)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.filter.textChanged.connect(self.proxy.set_text)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.rename_selected())
        self.rename_button.clicked.connect(self.rename_selected)
        self.add_alias_button.clicked.connect(self.add_alias_to_selected)
        self.remove_alias_button.clicked.connect(self.remove_alias_from_selected)
        self.swap_button.clicked.connect(self._swap)
        self.merge_button.clicked.connect(self.merge_chosen)
        self.reload()

    # data ------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the registry again; keep the filter and select ``select_id`` (or what was)."""
        chosen = select_id if select_id is not None else self.current_unit_id()
        units = list_units(self._database)
        self.model.show_units(units)
        for combo in (self.keep, self.absorb):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", None)
            for unit in units:
                combo.addItem(unit.name, unit.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            completer = UnitCompleter([u.name for u in units], combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            combo.setCompleter(completer)
            combo.blockSignals(False)
        if chosen is not None:
            self.select_units([chosen])
        self._selection_changed()

    def unit(self, unit_id: int) -> UnitInfo | None:
        return self.model.units.get(unit_id)

    def selected_unit_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(UNIT_ID) for index in sorted(rows, key=lambda i: i.row())]

    def current_unit_id(self) -> int | None:
        selected = self.selected_unit_ids()
        return selected[0] if len(selected) == 1 else None

    def select_units(self, unit_ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(UNIT_ID) in unit_ids:
                selection.select(index, flags)
                self.table.scrollTo(index)

    # actions ---------------------------------------------------------------------------
    def rename_selected(self) -> None:
        unit = self.unit(self.current_unit_id() or 0)
        if unit is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename unit"), self.tr(
            "New name of “%1” (the old name stays as an alias):").replace("%1", unit.name),
            QLineEdit.EchoMode.Normal, unit.name)
        if ok and name.strip() and name.strip() != unit.name:
            self._apply(lambda: rename_unit(self._database, unit.id, name), unit.id,
                        self.tr("“%1” is now called “%2”.").replace("%1", unit.name).replace("%2", name.strip()))

    def add_alias_to_selected(self) -> None:
        unit = self.unit(self.current_unit_id() or 0)
        if unit is None:
            return
        alias, ok = QInputDialog.getText(self, self.tr("Add alias"), self.tr(
            "Another way of writing “%1”:").replace("%1", unit.name))
        if ok and alias.strip():
            self._apply(lambda: add_alias(self._database, unit.id, alias), unit.id,
                        self.tr("“%1” added as an alias of “%2”.").replace("%1", alias.strip())
                        .replace("%2", unit.name))

    def remove_alias_from_selected(self) -> None:
        unit = self.unit(self.current_unit_id() or 0)
        if unit is None or not unit.aliases:
            return
        alias, ok = QInputDialog.getItem(self, self.tr("Remove alias"), self.tr(
            "Alias of “%1” to remove:").replace("%1", unit.name), list(unit.aliases), 0, False)
        if ok and alias:
            self._apply(lambda: remove_alias(self._database, unit.id, alias), unit.id,
                        self.tr("“%1” is no longer an alias of “%2”.").replace("%1", alias)
                        .replace("%2", unit.name))

    def merge_chosen(self) -> None:
        keep, absorb = self._chosen(self.keep), self._chosen(self.absorb)
        if keep is None or absorb is None:
            QMessageBox.information(self, self.tr("Merge units"), self.tr(
                "Choose the entry to keep and the entry to fold into it, or select two rows."))
            return
        question = self.tr(
            "Merge “%2” into “%1”?\n\n"
            "The %3 measure(s) “%2” leads, %4 it cooperates on and %5 it is responsible for, "
            "its aliases and its progress returns move to “%1”; where both have the same role on "
            "a measure it is kept once. “%2” becomes an alias of “%1” and the entry “%2” is "
            "deleted.").replace("%1", keep.name).replace("%2", absorb.name) \
            .replace("%3", str(absorb.lead_count)).replace("%4", str(absorb.cooperating_count)) \
            .replace("%5", str(absorb.responsible_count))
        answer = QMessageBox.question(self, self.tr("Merge units"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def merge():
            result = merge_units(self._database, keep.id, absorb.id)
            self.status.setText(self.tr(
                "“%2” merged into “%1”: %3 assignment(s) moved, %4 duplicate(s) dropped.")
                .replace("%1", result.kept_name).replace("%2", result.absorbed_name)
                .replace("%3", str(result.moved_assignments)).replace("%4", str(result.dropped_duplicates)))

        if self._apply(merge, keep.id, None):
            self.absorb.setCurrentIndex(0)

    # helpers ---------------------------------------------------------------------------
    def _apply(self, change, select_id: int, message: str | None) -> bool:
        try:
            change()
        except UnitAdminError as error:
            QMessageBox.warning(self, self.tr("Not changed"), str(error))
            return False
        if message is not None:
            self.status.setText(message)
        self.reload(select_id)
        self.units_changed.emit()
        return True

    def _chosen(self, combo: QComboBox) -> UnitInfo | None:
        """The unit whose name is in the combo's box, typed or picked."""
        position = combo.findText(combo.currentText().strip())
        return self.unit(combo.itemData(position) or 0) if position > 0 else None

    def _unit_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _selection_changed(self) -> None:
        selected = self.selected_unit_ids()
        one = len(selected) == 1
        self.rename_button.setEnabled(one)
        self.add_alias_button.setEnabled(one)
        self.remove_alias_button.setEnabled(one and bool(self.unit(selected[0]).aliases))
        if len(selected) == 2:
            # keep the entry with more measures; the clerk can swap before merging
            first, second = sorted((self.unit(u) for u in selected), key=lambda u: -_measures(u))
            self.keep.setCurrentIndex(self.keep.findData(first.id))
            self.absorb.setCurrentIndex(self.absorb.findData(second.id))

    def _swap(self) -> None:
        keep, absorb = self.keep.currentData(), self.absorb.currentData()
        self.keep.setCurrentIndex(max(self.keep.findData(absorb), 0))
        self.absorb.setCurrentIndex(max(self.absorb.findData(keep), 0))


def _measures(unit: UnitInfo) -> int:
    return unit.lead_count + unit.cooperating_count + unit.responsible_count
