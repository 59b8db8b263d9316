"""The table of the unit registry dialog: one row per unit with its kind, aliases and how many
measures it leads, cooperates on and is responsible for; filtered by name or alias."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from zjtracker.services.units.admin import UnitInfo
from zjtracker.services.units.search import matches, search_text, sort_key

UNIT_ID = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # names by pinyin, counts as numbers
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
COLLECTIVE_TEXT = "#6d6d6d"


class Column(IntEnum):
    NAME = 0
    KIND = 1
    ALIASES = 2
    LEADS = 3
    COOPERATES = 4
    RESPONSIBLE = 5


def kind_text(kind: str) -> str:
    names = {
        "city_bureau": QCoreApplication.translate("UnitKind", "City department"),
        "county_government": QCoreApplication.translate("UnitKind", "County government"),
        "collective": QCoreApplication.translate("UnitKind", "Group of units"),
        "enterprise": QCoreApplication.translate("UnitKind", "Enterprise"),
        "central_agency": QCoreApplication.translate("UnitKind", "Central agency"),
        "section": QCoreApplication.translate("UnitKind", "Section"),
    }
    return names.get(kind, kind)


class UnitTableModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(0, len(Column), parent)
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("UnitTable", "Unit name"),
            QCoreApplication.translate("UnitTable", "Kind"),
            QCoreApplication.translate("UnitTable", "Aliases"),
            QCoreApplication.translate("UnitTable", "Leads"),
            QCoreApplication.translate("UnitTable", "Cooperates"),
            QCoreApplication.translate("UnitTable", "Responsible"),
        ])
        for column, tip in (
                (Column.LEADS, QCoreApplication.translate("UnitTable", "Measures the unit leads (牵头)")),
                (Column.COOPERATES, QCoreApplication.translate("UnitTable", "Measures the unit cooperates on (配合)")),
                (Column.RESPONSIBLE, QCoreApplication.translate("UnitTable",
                                                                "Measures the unit is responsible for (责任)"))):
            self.horizontalHeaderItem(column).setToolTip(tip)
        self.units: dict[int, UnitInfo] = {}

    def show_units(self, units: list[UnitInfo]) -> None:
        self.removeRows(0, self.rowCount())
        self.units = {u.id: u for u in units}
        for unit in units:
            aliases = "、".join(unit.aliases)
            cells = [QStandardItem(unit.name), QStandardItem(kind_text(unit.kind)), QStandardItem(aliases)]
            cells[Column.ALIASES].setToolTip("\n".join(unit.aliases))
            cells[Column.NAME].setToolTip(unit.name)
            cells[Column.NAME].setData(search_text(unit.name, unit.aliases), SEARCH_ROLE)
            for column, text in ((Column.NAME, unit.name), (Column.KIND, cells[1].text()), (Column.ALIASES, aliases)):
                cells[column].setData(" ".join(sort_key(text)[0]) + "\x00" + text, SORT_ROLE)
            for count in (unit.lead_count, unit.cooperating_count, unit.responsible_count):
                cell = QStandardItem()
                cell.setData(count, Qt.ItemDataRole.DisplayRole)
                cell.setData(count, SORT_ROLE)  # an int: sorts as a number
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(cell)
            collective = unit.kind == "collective"
            for cell in cells:
                cell.setEditable(False)
                cell.setData(unit.id, UNIT_ID)
                if collective:  # a word for several units, not a bureau of its own
                    cell.setForeground(QBrush(QColor(COLLECTIVE_TEXT)))
                    font = cell.font()
                    font.setItalic(True)
                    cell.setFont(font)
            if collective:
                cells[Column.KIND].setToolTip(QCoreApplication.translate(
                    "UnitTable", "A word for several units (such as every county), not one unit"))
            self.appendRow(cells)


class UnitFilterModel(QSortFilterProxyModel):
    """Keeps the rows whose name or any alias contains the typed text, or whose pinyin
    initials do (sfgj); sorts names by pinyin."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = " ".join(text.split()).casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        text = self._text
        if not text:
            return True
        return matches(text, self.sourceModel().index(source_row, Column.NAME, source_parent).data(SEARCH_ROLE) or "")
