"""生成下一年度台账…: the preview of year N+1's ledger made from year N's. The clerk picks the
year and the two choices (plan text blank or copied; closed tasks left out or kept greyed)
and sees every task with what will happen to it before anything is written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from zjtracker.db.engine import Database
from zjtracker.services.rollover.next_year import (
    CARRY,
    CLOSED_GREY,
    CLOSED_OUT,
    EXISTS,
    KEEP_GREY,
    LEAVE_OUT,
    Choices,
    RolloverPreview,
    preview_next_year,
)
from zjtracker.services.rollover.tasks import short
from zjtracker.services.structure.common import StructureError
from zjtracker.ui.rollover.next_year_layout import NextYearLayout
from zjtracker.ui.sized_dialog import SizedDialog

GREY = QColor("#8a8a8a")


class NextYearDialog(SizedDialog):
    def __init__(self, database: Database, policy_id: int, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.database, self.policy_id = database, policy_id
        self.preview: RolloverPreview | None = None
        self.setWindowTitle(self.tr("Generate next year's ledger"))
        self.resize(1000, 600)
        self.ui = NextYearLayout(self)
        self.ui.year.setValue(year)
        self.ui.year.valueChanged.connect(lambda _year: self.refresh())
        for group in (self.ui.text_group, self.ui.closed_group):
            group.buttonToggled.connect(lambda _button, checked: checked and self.refresh())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.refresh()

    def year(self) -> int:
        return self.ui.year.value()

    def choices(self) -> Choices:
        return Choices(copy_text=self.ui.copy.isChecked(),
                       closed=KEEP_GREY if self.ui.keep_grey.isChecked() else LEAVE_OUT)

    def fate_names(self) -> dict[str, str]:
        return {CARRY: self.tr("Carried"), CLOSED_OUT: self.tr("Closed, left out"),
                CLOSED_GREY: self.tr("Closed, kept greyed"),
                EXISTS: self.tr("Already has a plan for %1 (kept)")}

    def refresh(self) -> None:
        try:
            self.preview = preview_next_year(self.database, self.policy_id, self.year(), self.choices())
        except StructureError as error:
            self.preview = None
            self.ui.counts.setText(error.message)
            self.ui.table.setRowCount(0)
            self.ui.generate.setEnabled(False)
            return
        preview = self.preview
        self.ui.policy.setText(self.tr("Policy: %1").replace("%1", preview.policy_title))
        self.ui.next_year.setText(self.tr("→ the ledger of %1").replace("%1", str(preview.next_year)))
        names = self.fate_names()
        table = self.ui.table
        table.setRowCount(len(preview.tasks))
        for row, task in enumerate(preview.tasks):
            fate = names[task.fate].replace("%1", str(preview.next_year))
            closed = task.closed_on.isoformat() if task.closed_on else ""
            cells = (task.label, short(task.text, 60), short(task.old_text, 60), closed, fate)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(task.text if column == 1 else task.old_text if column == 2 else text)
                if task.fate in (CLOSED_OUT, EXISTS) or (task.fate == CLOSED_GREY and column != 4):
                    item.setForeground(QBrush(GREY))
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        self.ui.counts.setText(self.counts_text(preview))
        self.ui.generate.setEnabled(preview.creates > 0 or preview.extends_end_year)

    def counts_text(self, preview: RolloverPreview) -> str:
        counts = preview.counts
        text = self.tr("%1 tasks: %2 carried, %3 closed and left out, %4 closed and kept greyed, "
                       "%5 already planned for %6 (not overwritten). %7 new yearly plans will be made.")
        for key, value in (("%1", len(preview.tasks)), ("%2", counts[CARRY]), ("%3", counts[CLOSED_OUT]),
                           ("%4", counts[CLOSED_GREY]), ("%5", counts[EXISTS]), ("%6", preview.next_year),
                           ("%7", preview.creates)):
            text = text.replace(key, str(value))
        if preview.extends_end_year:
            text += "\n" + self.tr("The policy's end year moves from %1 to %2.").replace(
                "%1", str(preview.end_year)).replace("%2", str(preview.next_year))
        return text
