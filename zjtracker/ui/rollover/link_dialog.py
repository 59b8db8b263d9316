"""关联上年任务…: each task of a new ledger document beside the task of last year's ledger
the program proposes (same number and similar text: high; similar text under another
number: medium), with the similarity; the clerk changes or clears a pair in its combo and
saves. The choice of the earlier policy lists the most alike titles first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zjtracker.db.engine import Database
from zjtracker.services.rollover.linking import (
    HIGH,
    MEDIUM,
    LinkPlan,
    earlier_policies,
    propose_links,
)
from zjtracker.services.rollover.tasks import short
from zjtracker.services.structure.common import StructureError
from zjtracker.ui.sized_dialog import SizedDialog


class LinkDialog(SizedDialog):
    def __init__(self, database: Database, policy_id: int, earlier_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.policy_id = database, policy_id
        self.plan: LinkPlan | None = None
        self.combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Link tasks to last year's"))
        self.resize(1000, 600)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.policy_combo = QComboBox()
        label = QLabel(self.tr("Last year's &ledger"))
        label.setBuddy(self.policy_combo)
        row.addWidget(label)
        row.addWidget(self.policy_combo, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("New task"), self.tr("Last year's task"),
                                              self.tr("Similarity"), self.tr("Confidence")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save links"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for other in earlier_policies(database, policy_id, threshold=0.0):
            self.policy_combo.addItem(f"{other.title} {other.doc_no}".strip(), other.policy_id)
        if earlier_id is not None and self.policy_combo.findData(earlier_id) >= 0:
            self.policy_combo.setCurrentIndex(self.policy_combo.findData(earlier_id))
        self.policy_combo.currentIndexChanged.connect(lambda _row: self.propose())
        self.propose()

    def propose(self) -> None:
        earlier = self.policy_combo.currentData()
        self.combos = []
        self.table.setRowCount(0)
        self.plan = None
        if earlier is None:
            self.summary.setText(self.tr("There is no other policy to link to."))
            self.save_button.setEnabled(False)
            return
        try:
            self.plan = propose_links(self.database, self.policy_id, earlier)
        except StructureError as error:
            self.summary.setText(error.message)
            self.save_button.setEnabled(False)
            return
        confidence = {HIGH: self.tr("High"), MEDIUM: self.tr("Medium")}
        self.table.setRowCount(len(self.plan.proposals))
        for row, proposal in enumerate(self.plan.proposals):
            new = QTableWidgetItem(f"{proposal.new.label}{short(proposal.new.text, 50)}")
            new.setToolTip(proposal.new.text)
            self.table.setItem(row, 0, new)
            combo = QComboBox()
            combo.addItem(self.tr("— not linked —"), None)
            for old in self.plan.old_tasks:
                combo.addItem(f"{old.label}{short(old.text, 40)}", old.measure_id)
            chosen = proposal.old.measure_id if proposal.old is not None else None
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.currentIndexChanged.connect(lambda _i: self._count())
            self.table.setCellWidget(row, 1, combo)
            self.combos.append(combo)
            similarity = QTableWidgetItem(f"{proposal.similarity:.0%}" if proposal.old else "")
            similarity.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, 2, similarity)
            self.table.setItem(row, 3, QTableWidgetItem(confidence.get(proposal.confidence, self.tr("None"))))
        self.save_button.setEnabled(bool(self.plan.proposals))
        self._count()

    def _count(self) -> None:
        linked = sum(1 for combo in self.combos if combo.currentData() is not None)
        self.summary.setText(self.tr("%1 of %2 new tasks linked to a task of last year's ledger.")
                             .replace("%1", str(linked)).replace("%2", str(len(self.combos))))

    def links(self) -> dict[int, int | None]:
        """new task id → last year's task id (None: not linked), for every row."""
        if self.plan is None:
            return {}
        return {proposal.new.measure_id: combo.currentData()
                for proposal, combo in zip(self.plan.proposals, self.combos)}
