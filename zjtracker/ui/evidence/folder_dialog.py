"""The preview of a folder of evidence files before anything is stored: each file with the
task it was matched to (by the number in its name or its folders'), or why it was not; the
matched ones ticked, any of them can be unticked; the counts at the top."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zjtracker.services.evidence.checks import size_text
from zjtracker.services.evidence.folder import FolderPreview
from zjtracker.services.periods import Period
from zjtracker.ui.sized_dialog import SizedDialog

FILE, TASK, SIZE = range(3)
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


class FolderPreviewDialog(SizedDialog):
    def __init__(self, preview: FolderPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import an evidence folder"))
        self.resize(900, 560)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.table = QTableWidget(len(preview.rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Matched task, or why not"), self.tr("Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(FILE, 300)
        self._fill()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(lambda _item: self._update_counts())
        self._update_counts()

    def _fill(self) -> None:
        preview = self.preview
        self.heading.setText(self.tr("Folder “%1” for “%2”, %3. Ticked files are attached to the task shown; "
                                     "nothing is stored before you import.").replace("%1", str(preview.folder))
                             .replace("%2", preview.policy_title).replace("%3", Period.parse(preview.period).label()))
        grey = QColor("#8a5a00")
        for row, found in enumerate(self.preview.rows):
            name = QTableWidgetItem(found.relative_path)
            name.setData(INDEX_ROLE, found.index)
            name.setToolTip(found.relative_path)
            if found.matched:
                name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked)
                task = QTableWidgetItem(f"{found.task_label} {found.task_text}".strip())
            else:
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                task = QTableWidgetItem(self.tr("Not matched: %1").replace("%1", found.reason or ""))
                for item in (name, task):
                    item.setForeground(grey)
            task.setToolTip(task.text())
            size = QTableWidgetItem(size_text(found.size) if found.size else "")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, FILE, name)
            self.table.setItem(row, TASK, task)
            self.table.setItem(row, SIZE, size)

    def chosen_rows(self) -> set[int]:
        """The preview's row indexes of the ticked (matched) files."""
        chosen = set()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, FILE)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.add(item.data(INDEX_ROLE))
        return chosen

    def _update_counts(self) -> None:
        preview, chosen = self.preview, self.chosen_rows()
        chosen_size = sum(row.size for row in preview.rows if row.index in chosen)
        tasks = len({row.plan_id for row in preview.rows if row.index in chosen})
        self.counts.setText(self.tr("%1 file(s): %2 matched, %3 not matched. Chosen: %4 file(s) for %5 task(s), %6.")
                            .replace("%1", str(len(preview.rows))).replace("%2", str(len(preview.matched)))
                            .replace("%3", str(len(preview.unmatched))).replace("%4", str(len(chosen)))
                            .replace("%5", str(tasks)).replace("%6", size_text(chosen_size)))
        self.import_button.setText(self.tr("Import %1 file(s)").replace("%1", str(len(chosen))))
        self.import_button.setEnabled(bool(chosen))
