"""The unit a clerk typed or picked in an editable unit drop-down, through the alias registry;
the completer that finds a unit by name, alias or pinyin initials."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from zjtracker.db.engine import Database
from zjtracker.services.ledger import UnitNotFound, find_unit_id
from zjtracker.services.units.search import matches, search_text, sorted_by_pinyin

NO_SUCH_UNIT = -1  # matches nothing, as the clerk would expect
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7


def typed_unit_id(combo: QComboBox, database: Database) -> int | None:
    """None for an empty box; the unit's id for a listed name or any alias (市发改局 for
    市发展和改革局); NO_SUCH_UNIT, with a tooltip saying so, for a name no unit has."""
    typed = combo.currentText().strip()
    combo.setToolTip(QCoreApplication.translate("UnitCombo", "Type a unit's name or any of its aliases"))
    if not typed:
        return None
    position = combo.findText(typed)
    if position > 0:
        return combo.itemData(position)
    try:
        return find_unit_id(database, typed)
    except UnitNotFound:
        combo.setToolTip(QCoreApplication.translate("UnitCombo", "No unit is called “%1”.").replace("%1", typed))
        return NO_SUCH_UNIT


class UnitCompleter(QCompleter):
    """Completes a unit as the clerk types: any part of a name or alias, or the pinyin
    initials (sfgj → 市发改局), in pinyin order. A drop-in for QCompleter(names, parent)."""

    def __init__(self, names, parent=None):
        super().__init__(parent)
        source = QStandardItemModel(self)
        for name in sorted_by_pinyin(dict.fromkeys(n for n in names if n)):
            item = QStandardItem(name)
            item.setData(search_text(name), SEARCH_ROLE)
            source.appendRow(item)
        self.filter_model = _SearchFilter(self)
        self.filter_model.setSourceModel(source)
        self.setModel(self.filter_model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:  # called with the typed text
        self.filter_model.set_text(path)
        return [path]


class _SearchFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._typed = ""

    def set_text(self, typed: str) -> None:
        if typed != self._typed:
            self.beginFilterChange()
            self._typed = typed
            self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        return matches(self._typed, index.data(SEARCH_ROLE) or "")


def install_unit_search(combo: QComboBox, names) -> UnitCompleter:
    """Make an editable unit drop-down find units by name, alias or pinyin initials."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = UnitCompleter(names, combo)
    combo.setCompleter(completer)
    return completer
