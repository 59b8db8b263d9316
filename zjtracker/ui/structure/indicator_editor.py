"""An indicator's yearly actual values, editable, with the share of the target reached."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zjtracker.db.engine import Database
from zjtracker.services.indicators import IndicatorInfo, load_indicator, set_actual


class IndicatorEditor(QWidget):
    changed = Signal(int)  # indicator id

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self._info: IndicatorInfo | None = None
        self._filling = False
        self.caption = QLabel(self.tr("Actual values by year (double-click a value to change it):"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Actual value"), self.tr("Share of target reached")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)

    def show_indicator(self, indicator_id: int | None) -> None:
        self._info = load_indicator(self._database, indicator_id) if indicator_id else None
        self._fill()

    def _years(self) -> list[int]:
        info = self._info
        years = set(info.actuals)
        first = info.baseline_year or (min(years) if years else info.target_year)
        last = info.target_year or (max(years) if years else first)
        if first and last and 0 <= last - first <= 15:
            years.update(range(first + (1 if info.baseline_year else 0), last + 1))
        return sorted(years)

    def _fill(self) -> None:
        self._filling = True
        try:
            info = self._info
            years = self._years() if info else []
            self.table.setRowCount(len(years))
            for row, year in enumerate(years):
                year_item = QTableWidgetItem(str(year))
                year_item.setFlags(year_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                year_item.setData(Qt.ItemDataRole.UserRole, year)
                value = info.actuals.get(year)
                value_item = QTableWidgetItem("" if value is None else f"{value:g}")
                share = info.share_reached(value) if value is not None else None
                share_item = QTableWidgetItem("" if share is None else f"{share:g}%")
                share_item.setFlags(share_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                for column, item in enumerate((year_item, value_item, share_item)):
                    self.table.setItem(row, column, item)
        finally:
            self._filling = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self._info is None or item.column() != 1:
            return
        year = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        text = unicodedata.normalize("NFKC", item.text()).strip().replace(",", "")
        try:
            value = float(text) if text else None
        except ValueError:
            QMessageBox.warning(self, self.tr("Not a number"), self.tr(
                "“%1” is not a number. Type the actual value of %2 as a number, e.g. 12.5.")
                .replace("%1", item.text()).replace("%2", str(year)))
            self._fill()
            return
        self._info = set_actual(self._database, self._info.id, year, value)
        self._fill()
        self.changed.emit(self._info.id)
