"""The 销号 dialog (办结日期, 销号依据, 经办人, with the task and its latest progress) and the
复核 / 退回 dialog (a note, or the reason the unit will see). Layout only: the flow
(ui/oversight/flow.py) asks, checks and stores."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zjtracker.services.oversight.queries import PlanOversight
from zjtracker.services.periods import Period
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.sized_dialog import SizedDialog

TEXT_SHOWN = 150  # characters of the task and of its yearly plan shown above the fields


def _period_words(name: str) -> str:
    try:
        return period_text(Period.parse(name))
    except ValueError:
        return name



def task_box(seen: PlanOversight, parent: QWidget) -> QGroupBox:
    """The task, its yearly plan and its latest progress, as the clerk decides on them."""
    box = QGroupBox(QCoreApplication.translate("OversightDialogs", "Task"), parent)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    plan_label = QCoreApplication.translate("OversightDialogs", "%1 plan:").replace("%1", str(seen.year))
    for label, text in ((QCoreApplication.translate("OversightDialogs", "Task:"), seen.task),
                        (plan_label, seen.plan_text or "—")):
        # a task of a whole paragraph was cut through a line at the box's foot: its first
        # sentences are enough to know it, and the tooltip has it all
        value = QLabel(text if len(text) <= TEXT_SHOWN else text[:TEXT_SHOWN].rstrip() + "…")
        if len(text) > TEXT_SHOWN:
            value.setToolTip(text)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, value)
    if seen.latest_period:
        percent = (f"{seen.latest_percent:g}%" if seen.latest_percent is not None
                   else QCoreApplication.translate("OversightDialogs", "no percentage"))
        assessed = seen.latest_assessment or QCoreApplication.translate("OversightDialogs", "not assessed")
        head = QCoreApplication.translate("OversightDialogs", "%1: %2, %3").replace(
            "%1", _period_words(seen.latest_period)).replace("%2", percent).replace("%3", assessed)
        text = seen.latest_text.strip()
        latest = QLabel(head + ("\n" + (text[:300] + ("…" if len(text) > 300 else "")) if text else ""))
    else:
        latest = QLabel(QCoreApplication.translate("OversightDialogs", "No progress reported yet."))
    latest.setWordWrap(True)
    latest.setObjectName("latest_progress")
    form.addRow(QCoreApplication.translate("OversightDialogs", "Latest progress:"), latest)
    return box


class CloseTaskDialog(SizedDialog):
    """办结销号: the date it was done, on what basis, who closed it."""

    def __init__(self, seen: PlanOversight, user: str, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("close_task_dialog")
        self.setWindowTitle(self.tr("Close task (struck off as done)"))
        self.seen = seen
        layout = QVBoxLayout(self)
        layout.addWidget(task_box(seen, self))
        fields = QFormLayout()
        self.closed_on = QDateEdit()
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("yyyy-MM-dd")
        day = seen.closing.closed_on if seen.closing else (today or date.today())
        self.closed_on.setDate(QDate(day.year, day.month, day.day))
        self.basis = QPlainTextEdit(seen.closing.basis if seen.closing else "")
        self.basis.setPlaceholderText(self.tr("e.g. the acceptance report, the document or the site check"))
        self.basis.setTabChangesFocus(True)
        self.basis.setMaximumHeight(90)
        self.by = QLineEdit(seen.closing.by if seen.closing else user)
        fields.addRow(self.tr("Date done:"), self.closed_on)
        fields.addRow(self.tr("Basis:"), self.basis)
        fields.addRow(self.tr("Closed by:"), self.by)
        layout.addLayout(fields)
        note = QLabel(self.tr("A closed task leaves the fill-in workbooks, the reminder list and the overdue "
                              "lists, and is counted as closed apart from done. It can be reopened."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close task"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, 480)

    def values(self) -> tuple[date, str, str]:
        day = self.closed_on.date()
        return date(day.year(), day.month(), day.day()), self.basis.toPlainText().strip(), self.by.text().strip()


class VerdictDialog(SizedDialog):
    """复核 (``returning`` False: an optional note) or 退回 (the reason, required)."""

    def __init__(self, seen: PlanOversight, returning: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.returning = returning
        self.setObjectName("return_dialog" if returning else "review_dialog")
        period = _period_words(seen.period)
        self.setWindowTitle((self.tr("Send back the report of %1") if returning
                             else self.tr("Review the report of %1")).replace("%1", period))
        layout = QVBoxLayout(self)
        layout.addWidget(task_box(seen, self))
        label = QLabel(self.tr("Reason (the unit sees it in its next fill-in workbook):") if returning
                       else self.tr("Review note (optional):"))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.note = QPlainTextEdit(seen.verdict.note if seen.verdict and
                                   (seen.verdict.stored == "returned") == returning else "")
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Send back") if returning else self.tr("Mark reviewed"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if returning:
            self.note.textChanged.connect(self._allow)
            self._allow()
        self.resize(560, 420)

    def _allow(self) -> None:
        self.ok.setEnabled(bool(self.note.toPlainText().strip()))

    def text(self) -> str:
        return self.note.toPlainText().strip()
