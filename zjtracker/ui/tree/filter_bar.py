"""The filter bar above the tree: text as you type, unit, status, year and policy.

The drop-downs are filled just after the bar is first shown, not while the main window is
being built, so that they do not hold up the window's first paint."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from zjtracker.db.engine import Database
from zjtracker.services.choices import plan_years, policy_choices, unit_choices
from zjtracker.services.tree_filter import TreeFilter
from zjtracker.ui.structure.unit_combo import UnitCompleter, typed_unit_id
from zjtracker.services.assessment import CLOSED
from zjtracker.services.oversight.states import RETURNED, RETURNED_FILTER
from zjtracker.ui.status_style import STATUS_ORDER, review_text, status_icon, status_text

TYPING_PAUSE_MS = 150


class FilterBar(QWidget):
    changed = Signal(object)  # TreeFilter

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Filter: type part of a title or task (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.lineEdit().setPlaceholderText(self.tr("All units"))
        self.status = QComboBox()
        self.year = QComboBox()
        self.policy = QComboBox()
        self.policy.setMinimumContentsLength(12)
        self.policy.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(10)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.text, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        for widget in (self.unit, self.status, self.year, self.policy):
            bottom.addWidget(widget, 1 if widget in (self.unit, self.policy) else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._emit)
        self.text.textChanged.connect(self._timer.start)
        self.unit.lineEdit().editingFinished.connect(self._emit)
        self.unit.activated.connect(lambda _row: self._emit())
        for combo in (self.status, self.year, self.policy):
            combo.currentIndexChanged.connect(lambda _row: self._emit())
        self._last: TreeFilter | None = None
        self._filled = False  # the drop-downs are filled once the window has been painted

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._filled:
            QTimer.singleShot(0, self, self._fill_once)

    def _fill_once(self) -> None:
        if not self._filled:
            self.refresh_choices()

    def refresh_choices(self) -> None:
        """Fill the drop-downs from the database (after an import or an edit)."""
        self._filled = True
        widgets = (self.unit, self.status, self.year, self.policy)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            unit_text = self.unit.currentText()
            self.unit.clear()
            self.unit.addItem("", None)
            names = []
            for choice in unit_choices(self._database):
                self.unit.addItem(choice.text, choice.id)
                names.append(choice.text)
                names.extend(choice.extra)
            completer = UnitCompleter(names, self.unit)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.unit.setCompleter(completer)
            self.unit.setEditText(unit_text)
            self._refill(self.status, self.tr("All statuses"),
                         [(status_text(s), s, status_icon(s)) for s in STATUS_ORDER]
                         + [(status_text(CLOSED), CLOSED, status_icon(CLOSED)),  # 已销号, 已退回 (services/oversight)
                            (review_text(RETURNED), RETURNED_FILTER, None)])
            self._refill(self.year, self.tr("All years"),
                         [(str(y), y, None) for y in plan_years(self._database)])
            self._refill(self.policy, self.tr("All policies"),
                         [(c.text, c.id, None) for c in policy_choices(self._database)])
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for text, data, icon in items:
            if icon is not None:
                combo.addItem(icon, text, data)
            else:
                combo.addItem(text, data)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        position = combo.findData(current)
        combo.setCurrentIndex(max(position, 0))

    def current_filter(self) -> TreeFilter:
        if not self._filled and self.unit.currentText().strip():
            self.refresh_choices()  # a unit typed before the lists were filled
        return TreeFilter(
            text=self.text.text().strip(),
            unit_id=self._unit_id(),
            status=self.status.currentData() or "",
            year=self.year.currentData(),
            policy_id=self.policy.currentData(),
        )

    def _unit_id(self) -> int | None:
        return typed_unit_id(self.unit, self._database)

    def clear(self) -> None:
        for widget in (self.text, self.status, self.year, self.policy):
            widget.blockSignals(True)
        self.text.clear()
        self.unit.setEditText("")
        for combo in (self.status, self.year, self.policy):
            combo.setCurrentIndex(0)
        for widget in (self.text, self.status, self.year, self.policy):
            widget.blockSignals(False)
        self._emit()

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def _emit(self) -> None:
        current = self.current_filter()
        if current != self._last:
            self._last = current
            self.changed.emit(current)
