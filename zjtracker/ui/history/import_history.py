"""The import history: every returned workbook imported, newest first, with the cells each
changed; a whole import can be undone (cells changed since are left as they are, and the
clerk is told which)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zjtracker.services.choices import policy_choices
from zjtracker.services.history.batches import (
    EVIDENCE,
    BatchNotUndoable,
    BatchSummary,
    batch_changes,
    list_batches,
    undo_batch,
)
from zjtracker.services.periods import Period
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.returns.preview_model import value_text
from zjtracker.ui.returns.tracker_model import RowsModel
from zjtracker.ui.sized_dialog import SizedDialog

ID_ROLE = Qt.ItemDataRole.UserRole
UNDONE_TEXT = "#757575"


class ImportHistoryDialog(SizedDialog):
    undone = Signal(int)  # the batch id, after an undo

    def __init__(self, database, parent: QWidget | None = None, policy_id: int | None = None):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Import history"))
        self.resize(1100, 680)
        self._batches: dict[int, BatchSummary] = {}
        self._fields = {"status_text": self.tr("Implementation"), "problems": self.tr("Problems"),
                        "suggestions": self.tr("Suggestions"), "percent": self.tr("Progress (%)"),
                        "assessment": self.tr("Assessment"), "remarks": self.tr("Remarks"),
                        "added": self.tr("Evidence file added"), "removed": self.tr("Evidence file removed")}

        self.policy_box = QComboBox()
        self.policy_box.addItem(self.tr("All policies"), None)
        for choice in policy_choices(database):
            self.policy_box.addItem(choice.text, choice.id)
        self.policy_box.setCurrentIndex(max(self.policy_box.findData(policy_id), 0))
        self.policy_box.currentIndexChanged.connect(lambda _i: self.reload())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Policy:")))
        top.addWidget(self.policy_box, 1)

        self.batches = QTreeWidget()
        self.batches.setRootIsDecorated(False)
        self.batches.setAlternatingRowColors(True)
        self.batches.setHeaderLabels([self.tr("No."), self.tr("Imported"), self.tr("File"), self.tr("Unit"),
                                      self.tr("Period"), self.tr("By"), self.tr("Cells changed"),
                                      self.tr("Conflicts"), self.tr("Rejected"), self.tr("State")])
        header = self.batches.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.batches.currentItemChanged.connect(lambda *_: self._show_changes())

        self.changes_label = QLabel()
        self.changes_model = RowsModel([self.tr("Task"), self.tr("Measure"), self.tr("Column"), self.tr("Before"),
                                           self.tr("After"), self.tr("What")], self)
        self.changes = QTreeView()
        self.changes.setModel(self.changes_model)
        self.changes.setRootIsDecorated(False)
        self.changes.setAlternatingRowColors(True)
        self.changes.setUniformRowHeights(True)
        for column, width in ((0, 70), (1, 300), (2, 110), (3, 220), (4, 220)):
            self.changes.setColumnWidth(column, width)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.changes_label)
        lower_layout.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.batches)
        splitter.addWidget(lower)
        splitter.setSizes([300, 320])

        self.undo_button = QPushButton(self.tr("&Undo this import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.reload()

    # the list ------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.selected_id()
        self.batches.clear()
        self._batches = {b.id: b for b in list_batches(self.database, self.policy_box.currentData())}
        for batch in self._batches.values():
            self.batches.addTopLevelItem(self._batch_item(batch))
        chosen = next((self.batches.topLevelItem(i) for i in range(self.batches.topLevelItemCount())
                       if self.batches.topLevelItem(i).data(0, ID_ROLE) == current), self.batches.topLevelItem(0))
        if chosen is not None:
            self.batches.setCurrentItem(chosen)
        self._show_changes()

    def _batch_item(self, batch: BatchSummary) -> QTreeWidgetItem:
        counts = batch.counts
        try:
            period = period_text(Period.parse(batch.period)) if batch.period else ""
        except ValueError:
            period = batch.period or ""
        conflicts = self.tr("%1 taken, %2 kept, %3 open").replace("%1", str(counts.get("conflicts_taken", 0))).replace(
            "%2", str(counts.get("conflicts_kept", 0))).replace("%3", str(counts.get("conflicts_open", 0)))
        state = self.tr("Undone %1").replace("%1", f"{batch.undone_at:%Y-%m-%d %H:%M}") if batch.undone else \
            self.tr("In effect")
        changed = self.tr("%1 in %2 row(s)")
        if batch.kind == EVIDENCE:  # a folder of files: what it added, no cells and no conflicts
            changed, conflicts = self.tr("%1 evidence file(s) for %2 task(s)"), ""
        item = QTreeWidgetItem([
            str(batch.number or batch.id), f"{batch.imported_at:%Y-%m-%d %H:%M}", batch.file_name, batch.unit_name, period,
            batch.imported_by,
            changed.replace("%1", str(counts.get("updated_cells", 0))).replace("%2", str(counts.get("updated_rows", 0))),
            conflicts, str(counts.get("rejected", 0)), state])
        item.setData(0, ID_ROLE, batch.id)
        item.setToolTip(2, f"{batch.file_name}\nSHA-256 {batch.sha256}")
        if batch.undone:
            for column in range(item.columnCount()):
                item.setForeground(column, QBrush(QColor(UNDONE_TEXT)))
        return item

    def selected_id(self) -> int | None:
        item = self.batches.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _show_changes(self) -> None:
        batch = self._batches.get(self.selected_id())
        self.undo_button.setEnabled(batch is not None and not batch.undone)
        if batch is None:
            self.changes_model.set_rows([])
            self.changes_label.setText(self.tr("No returned workbook has been imported yet.")
                                       if not self._batches else "")
            return
        changes = batch_changes(self.database, batch.id)
        label = self.tr("Evidence files added by “%1” (%2):") if batch.kind == EVIDENCE else \
            self.tr("Cells changed by “%1” (%2):")
        self.changes_label.setText(label.replace("%1", batch.file_name).replace(
            "%2", str(sum(1 for c in changes if c.source == "import"))))
        imported, restored = self.tr("By the import"), self.tr("Restored by the undo")
        rows = []
        for change in changes:
            texts = [change.task, " ".join(change.measure_text.split()), self._fields.get(change.field, change.field),
                     value_text(change.old, change.field), value_text(change.new, change.field),
                     imported if change.source == "import" else restored]
            rows.append((texts, ["", change.measure_text, "", change.old or "", change.new or "", ""], None))
        self.changes_model.set_rows(rows)

    # undo ----------------------------------------------------------------------------
    def undo_selected(self) -> None:
        batch = self._batches.get(self.selected_id())
        if batch is None or batch.undone:
            return
        if batch.kind == EVIDENCE:  # a folder of evidence files: its files go, no cell changes
            question = self.tr("Undo the import of “%1” (no. %2)? The evidence files it added are deleted.")
        else:
            question = self.tr("Undo the import of “%1” (no. %2)? Every cell it changed gets its earlier value back, "
                               "except cells changed again since.")
        answer = QMessageBox.question(
            self, self.tr("Undo import"),
            question.replace("%1", batch.file_name).replace("%2", str(batch.number or batch.id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = undo_batch(self.database, batch.id)
        except BatchNotUndoable as error:
            QMessageBox.warning(self, self.tr("Not undone"), error.message)
            self.reload()
            return
        if batch.kind == EVIDENCE:
            text = self.tr("%1 evidence file(s) deleted.").replace("%1", str(len(result.removed_files)))
        else:
            text = self.tr("%1 cell(s) restored.").replace("%1", str(len(result.restored)))
        if result.skipped:
            QMessageBox.information(self, self.tr("Import undone"), text + "\n\n" + "\n".join(result.messages))
        self.reload(batch.id)
        self.changes_label.setText(text + " " + self.changes_label.text())
        self.undone.emit(batch.id)
