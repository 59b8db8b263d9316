"""The period selector in the toolbar: quarters by default, the policy's own rhythm where it
differs (two-month periods for a bimonthly plan). The chosen period is an anchor date; the
selector shows the period of the current kind that holds it. With a policy selected it
offers that policy's own periods, newest first, today's marked (本期)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from zjtracker.services.assessment import period_end
from zjtracker.services.choices import period_choices
from zjtracker.services.periods import BadPeriod, Period
from zjtracker.services.policies.periods import PolicyPeriods

_KIND_FREQUENCY = {"Q": "quarterly", "B": "bimonthly", "M": "monthly", "H": "half_yearly", "Y": "yearly"}


def period_text(period: Period) -> str:
    """A period in words of the interface language: 2025年第三季度 / 2025 Q3."""
    names = {
        "Q": QCoreApplication.translate("Period", "%1 quarter %2"),
        "B": QCoreApplication.translate("Period", "%1 months %3–%4"),
        "M": QCoreApplication.translate("Period", "%1 month %3"),
        "H": QCoreApplication.translate("Period", "%1 half %2"),
        "Y": QCoreApplication.translate("Period", "%1 whole year"),
    }
    numerals = "一二三四五六"
    index = str(period.index)
    if QCoreApplication.translate("Period", "CJK numerals") == "yes":
        index = numerals[period.index - 1] if period.index <= len(numerals) else index
        if period.kind == "H":
            index = "上" if period.index == 1 else "下"
    return (names[period.kind].replace("%1", str(period.year)).replace("%2", index)
            .replace("%3", str(period.first_month)).replace("%4", str(period.last_month)))


class PeriodSelector(QComboBox):
    """Holds an anchor month (the last month of the period the clerk chose); shows the
    period of the current rhythm that contains it, so switching between a quarterly and
    a bimonthly policy never drifts."""

    period_changed = Signal(object)  # the anchor, a month Period

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self._today = today or date.today()
        self._years: list[int] = []
        self._kind = "Q"
        self._policy: PolicyPeriods | None = None
        self._anchor = period_end(Period.containing(self._today))
        self.setMinimumContentsLength(12)
        self.setToolTip(self.tr("Reporting period: statuses, the form and reports are for this period"))
        self.activated.connect(self._chosen)
        self._fill()

    def period(self) -> Period:
        """The period shown: of the current rhythm, holding the anchor month."""
        return Period.containing(self._anchor, _KIND_FREQUENCY.get(self._kind, "quarterly"))

    def anchor(self) -> Period:
        return Period(self._anchor.year, "M", self._anchor.month)

    def set_years(self, years: list[int]) -> None:
        self._years = list(years)
        self._fill()

    def set_period(self, period: Period | str) -> None:
        try:
            period = Period.parse(period) if isinstance(period, str) else period
        except BadPeriod:
            return
        anchor = period_end(period)
        changed = anchor != self._anchor
        self._anchor = anchor
        if period.kind != "M":
            self._kind = period.kind
        self._fill()
        if changed:
            self.period_changed.emit(self.anchor())

    def show_kind(self, kind: str) -> None:
        """Show periods of ``kind`` (a policy's rhythm); the anchor stays."""
        if kind != self._kind:
            self._kind = kind
            self._fill()

    def show_policy(self, periods: PolicyPeriods | None) -> None:
        """Offer the policy's own periods (None: those of every plan year); the anchor stays."""
        self._policy = periods
        if periods is not None:
            self._kind = periods.kind
        self._fill()

    def policy_periods(self) -> PolicyPeriods | None:
        return self._policy

    def offered(self) -> list[Period]:
        """The periods in the list, in their order (newest first)."""
        return [Period.parse(self.itemData(row)) for row in range(self.count())]

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        kind_frequency = _KIND_FREQUENCY.get(self._kind, "quarterly")
        if self._policy is not None and self._policy.kind == self._kind:
            periods, current = list(self._policy.periods), self._policy.current
        else:
            periods = period_choices(self._kind, self._years + [self._anchor.year], self._today)[::-1]
            current = Period.containing(self._today, kind_frequency)
        shown = self.period()
        if shown not in periods:  # the chosen period stays visible even outside the policy's years
            periods = sorted([*periods, shown], key=lambda p: (p.year, p.index), reverse=True)
        for period in periods:
            text = period_text(period)
            if period == current:
                text = self.tr("%1 (current)").replace("%1", text)
            self.addItem(text, str(period))
        self.setCurrentIndex(max(self.findData(str(shown)), 0))
        self.blockSignals(False)

    def _chosen(self, row: int) -> None:
        anchor = period_end(Period.parse(self.itemData(row)))
        if anchor != self._anchor:
            self._anchor = anchor
            self.period_changed.emit(self.anchor())
