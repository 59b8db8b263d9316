"""A dashboard list of items that need attention (超期, 滞后, due soon): one row per yearly
plan; double-click or Enter opens it in the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from zjtracker.services.dashboard import DashboardItem
from zjtracker.ui.status_style import status_icon, status_text

PLAN_ID = Qt.ItemDataRole.UserRole
MEASURE_ID = Qt.ItemDataRole.UserRole + 1


class ItemList(QTreeWidget):
    open_plan = Signal(int)

    POLICY, AREA, LABEL, TEXT, LEAD, PERCENT, STATUS, DEADLINE = range(8)

    def __init__(self, show_deadline: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHeaderLabels([
            self.tr("Policy"), self.tr("Area"), self.tr("No."), self.tr("Task"), self.tr("Lead unit"),
            self.tr("Progress"), self.tr("Status"), self.tr("Deadline"),
        ])
        header = self.header()
        header.setStretchLastSection(False)
        for column, width in ((self.POLICY, 150), (self.AREA, 130), (self.LEAD, 160)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (self.LABEL, self.PERCENT, self.STATUS, self.DEADLINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnHidden(self.DEADLINE, not show_deadline)
        self.setToolTip(self.tr("Double-click a row to open the item in the tree"))
        self.itemActivated.connect(self._activated)

    def show_items(self, items: list[DashboardItem]) -> None:
        self.clear()
        rows = []
        for item in items:
            percent = "" if item.percent is None else f"{item.percent:g}%"
            deadline = item.deadline.isoformat() if item.deadline else item.deadline_text
            row = QTreeWidgetItem([
                item.policy_title, item.area, item.label, item.text, "、".join(item.lead_units) or "—",
                percent, status_text(item.status), deadline,
            ])
            row.setIcon(self.STATUS, status_icon(item.status))
            row.setData(self.POLICY, PLAN_ID, item.plan_id)
            row.setData(self.POLICY, MEASURE_ID, item.measure_id)
            row.setTextAlignment(self.PERCENT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, tip in ((self.POLICY, item.policy_title), (self.AREA, item.area),
                                (self.TEXT, item.text), (self.LEAD, "、".join(item.lead_units))):
                row.setToolTip(column, tip)
            rows.append(row)
        self.addTopLevelItems(rows)

    def plan_ids(self) -> list[int]:
        return [self.topLevelItem(i).data(self.POLICY, PLAN_ID) for i in range(self.topLevelItemCount())]

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        self.open_plan.emit(int(row.data(self.POLICY, PLAN_ID)))
