"""The filters above the change log: text (applied after a short pause in typing), user,
computer, kind, source, dates from/to and policy. ``changed`` fires with the new filter."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from zjtracker.services.history.change_log import FilterChoices, LogFilter
from zjtracker.services.choices import Choice

TYPING_PAUSE_MS = 400


class LogFilterBar(QWidget):
    changed = Signal(object)  # LogFilter

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        today = today or date.today()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Text in the old or new value, or a field name"))
        self.text.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self.text.textChanged.connect(lambda _text: self._pause.start())
        self.text.returnPressed.connect(self._emit)

        self.user = self._combo(self.tr("All users"))
        self.machine = self._combo(self.tr("All computers"))
        self.kind = self._combo(self.tr("All kinds"))
        self.source = self._combo(self.tr("All sources"))
        self.policy = self._combo(self.tr("All policies"))
        self.policy.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.policy.setMinimumContentsLength(20)
        self.policy.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.use_from, self.date_from = self._date(self.tr("From"), today - timedelta(days=30))
        self.use_to, self.date_to = self._date(self.tr("To"), today)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Text:")), 0, 0)
        grid.addWidget(self.text, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Policy:")), 0, 4)
        grid.addWidget(self.policy, 0, 5, 1, 3)
        for column, (label, widget) in enumerate(((self.tr("User:"), self.user), (self.tr("Computer:"), self.machine),
                                                  (self.tr("Kind:"), self.kind), (self.tr("Source:"), self.source))):
            grid.addWidget(QLabel(label), 1, column * 2)
            grid.addWidget(widget, 1, column * 2 + 1)
        dates = QHBoxLayout()
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            dates.addWidget(check)
            dates.addWidget(edit)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 0, 1, 8)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)

    def _combo(self, everything: str) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, "")
        box.currentIndexChanged.connect(lambda _index: self._emit())
        return box

    def _date(self, text: str, day: date) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text)
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda _on: self._emit())
        edit.dateChanged.connect(lambda _day: self._emit() if check.isChecked() else None)
        return check, edit

    # choices -------------------------------------------------------------------------------
    def set_choices(self, choices: FilterChoices, policies: list[Choice]) -> None:
        """Fill the combo boxes, keeping what was chosen where it is still offered."""
        self.blockSignals(True)
        try:
            _fill(self.user, [(u, u) for u in choices.users])
            _fill(self.machine, [(m, m) for m in choices.machines])
            _fill(self.kind, [(name, code) for code, name in choices.kinds])
            _fill(self.source, [(name, code) for code, name in choices.sources])
            _fill(self.policy, [(p.text, p.id) for p in policies])
        finally:
            self.blockSignals(False)

    # the filter ------------------------------------------------------------------------------
    def current(self) -> LogFilter:
        return LogFilter(
            text=self.text.text().strip(), user=self.user.currentData() or "",
            machine=self.machine.currentData() or "", kind=self.kind.currentData() or "",
            source=self.source.currentData() or "",
            date_from=_day(self.date_from) if self.use_from.isChecked() else None,
            date_to=_day(self.date_to) if self.use_to.isChecked() else None,
            policy_id=self.policy.currentData() if self.policy.currentData() not in ("", None) else None,
        )

    def _emit(self) -> None:
        self._pause.stop()
        if not self.signalsBlocked():
            self.changed.emit(self.current())


def _fill(box: QComboBox, items: list[tuple[str, object]]) -> None:
    chosen = box.currentData()
    box.blockSignals(True)
    try:
        while box.count() > 1:
            box.removeItem(1)
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(chosen), 0))
    finally:
        box.blockSignals(False)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
