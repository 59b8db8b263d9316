"""A searchable list of units: a line to type part of a name, an alias or the pinyin
initials (sfgj), and the list of units that match, in pinyin order."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from zjtracker.services.units.search import is_collective, matches, search_text, sort_key

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitPicker(QWidget):
    changed = Signal()  # the chosen unit changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Find a unit: name, alias or pinyin initials (e.g. sfgj)"))
        self.list = QListWidget()
        self.list.setMinimumHeight(90)
        self.list.setUniformItemSizes(True)
        self.empty = QLabel(self.tr("No unit matches."))
        self.empty.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.list.currentItemChanged.connect(lambda *_: self.changed.emit())
        self.filter_edit.returnPressed.connect(self._first_visible)

    def set_units(self, units) -> None:
        """``units``: (text shown, unit id, name, aliases) tuples; shown in pinyin order of name,
        the words for several units (各县（市、区）…) after the units themselves."""
        chosen = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for text, unit_id, name, aliases in sorted(units, key=lambda u: (is_collective(u[2]), sort_key(u[2]))):
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, unit_id)
            item.setData(SEARCH_ROLE, search_text(name, aliases))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.apply_filter()
        if not self.set_current_id(chosen):
            self._first_visible()

    def apply_filter(self) -> None:
        typed = self.filter_edit.text()
        shown = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not matches(typed, item.data(SEARCH_ROLE) or "")
            item.setHidden(hidden)
            shown += not hidden
        self.empty.setVisible(self.list.count() > 0 and shown == 0)
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self._first_visible()

    def visible_texts(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count()) if not self.list.item(r).isHidden()]

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and not item.isHidden() else None

    def set_current_id(self, unit_id: int | None) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if unit_id is not None and item.data(ID_ROLE) == unit_id and not item.isHidden():
                self.list.setCurrentItem(item)
                return True
        return False

    def _first_visible(self) -> None:
        item = next((self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()), None)
        if item is not self.list.currentItem():
            self.list.setCurrentItem(item)

    # the calls of a QComboBox, for code written against the drop-down it replaces
    def count(self) -> int:
        return self.list.count()

    def itemText(self, row: int) -> str:
        return self.list.item(row).text()

    def findData(self, unit_id) -> int:
        return next((r for r in range(self.list.count()) if self.list.item(r).data(ID_ROLE) == unit_id), -1)

    def setCurrentIndex(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def currentData(self):
        return self.current_id()

    def currentText(self) -> str:
        item = self.list.currentItem()
        return item.text() if item is not None else ""
