"""The dashboard (总览): for a period and scope (all, one policy, one unit), the counts by
status as tiles with their shares of what was reported (未报送 apart, of all), a sentence with
the denominators, stacked bar charts by area and by lead unit, and the overdue, behind,
due-soon and not-reported lists; double-clicking a row opens the item in the tree (``open_item``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from zjtracker.db.engine import Database
from zjtracker.services.assessment import NOT_REPORTED
from zjtracker.services.dashboard import STATUSES, DashboardData, dashboard_data
from zjtracker.services.periods import Period
from zjtracker.services.policies.queries import list_policies
from zjtracker.services.units.admin import list_units
from zjtracker.ui.dashboard.lists import ItemList
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.structure.unit_combo import UnitCompleter, typed_unit_id
from zjtracker.ui.status_style import STATUS_COLORS, status_icon, status_text

TOTAL = "total"
MAX_BARS = 100  # bars in a chart; the last sums the rest


class CountTile(QFrame):
    """A big number with the status word and icon beside it (never colour alone)."""

    def __init__(self, status: str, text: str, color: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = status
        self.setObjectName("tile")
        self.setStyleSheet(
            f"#tile {{ border: 1px solid #d0d0d0; border-left: 6px solid {color};"
            " border-radius: 4px; background: palette(base); }")
        self.number = QLabel("0")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setStyleSheet(f"color: {color};")
        self.number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QLabel(text)
        self.share = QLabel()  # e.g. 已报送中 21%
        self.share.setStyleSheet("color: palette(mid);")
        icon = QLabel()
        if status != TOTAL:
            icon.setPixmap(status_icon(status).pixmap(14, 14))
        caption_row = QHBoxLayout()
        caption_row.setSpacing(4)
        caption_row.addWidget(icon)
        caption_row.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addLayout(caption_row)
        layout.addWidget(self.share)

    def set_count(self, count: int, total: int, of_what: str = "") -> None:
        """``count`` of ``total`` (the denominator, said by ``of_what``: of the plans reported,
        or of all plans for 未报送)."""
        self.number.setText(str(count))
        share = f"{count / total:.0%}" if total and self.status != TOTAL else ""
        self.share.setText(f"{of_what} {share}".strip() if share else "")
        self.setToolTip(f"{self.caption.text()}：{count}" + (f"（{of_what} {share}）" if share else ""))


class DashboardView(QWidget):
    open_item = Signal(str, int)  # ("plan", plan_id)

    def __init__(self, database: Database, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self._database = database
        self._today = today
        self._period: Period | None = None
        self.data: DashboardData | None = None
        self._shown_scope: tuple | None = None
        self._built = False
        self._layout = QVBoxLayout(self)

    # Built when first shown or asked for: the charts module (QtCharts) and the scope lists
    # cost a noticeable part of the program's start, and most sessions begin in the ledger.
    _LAZY = frozenset({"heading", "policy", "unit", "tiles", "summary", "area_chart", "unit_chart", "overdue",
                       "behind", "due_soon", "unreported", "lists"})

    def __getattr__(self, name: str):
        if name in DashboardView._LAZY and not self.__dict__.get("_built", True):
            self._build()
            return getattr(self, name)
        raise AttributeError(name)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._build()
        super().showEvent(event)

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        from zjtracker.ui.dashboard.charts import StatusBarChart

        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() + 2)
        self.heading.setFont(heading_font)
        self.policy = QComboBox()
        self.policy.setMinimumContentsLength(16)
        self.policy.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.setMinimumContentsLength(12)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.lineEdit().setPlaceholderText(self.tr("All units"))
        self.unit.setToolTip(self.tr("Type a unit's name or any of its aliases"))
        scope = QHBoxLayout()
        scope.addWidget(self.heading, 1)
        scope.addWidget(QLabel(self.tr("Policy:")))
        scope.addWidget(self.policy, 2)
        scope.addWidget(QLabel(self.tr("Unit:")))
        scope.addWidget(self.unit, 1)

        self.tiles: dict[str, CountTile] = {TOTAL: CountTile(TOTAL, self.tr("Yearly plans in scope"), "#37474f")}
        for status in STATUSES:
            self.tiles[status] = CountTile(status, status_text(status), STATUS_COLORS[status])
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        self.summary = QLabel()  # the denominator: 已报送 430 项（共 472 项）…
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.area_chart = StatusBarChart(self.tr("By area"))
        self.unit_chart = StatusBarChart(self.tr("By lead unit"))
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.area_chart)
        charts.addWidget(self.unit_chart)
        charts.setSizes([1, 1])

        self.overdue = ItemList(show_deadline=True)
        self.behind = ItemList(show_deadline=False)
        self.due_soon = ItemList(show_deadline=True)
        self.unreported = ItemList(show_deadline=True)
        self.lists = QTabWidget()
        for item_list in (self.overdue, self.behind, self.due_soon, self.unreported):
            item_list.open_plan.connect(lambda plan_id: self.open_item.emit("plan", plan_id))
            self.lists.addTab(item_list, "")
        self.lists.setTabIcon(0, status_icon("超期"))
        self.lists.setTabIcon(1, status_icon("滞后"))
        self.lists.setTabIcon(3, status_icon(NOT_REPORTED))

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(charts)
        body.addWidget(self.lists)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([600, 300])
        layout = self._layout
        layout.addLayout(scope)
        layout.addLayout(tiles)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)

        self.policy.currentIndexChanged.connect(lambda _row: self._scope_changed())
        self.unit.activated.connect(lambda _row: self._scope_changed())
        self.unit.lineEdit().editingFinished.connect(self._scope_changed)
        self.reload_choices()

    # public ----------------------------------------------------------------------------
    def set_database(self, database: Database) -> None:
        self._database = database
        if not self._built:
            return
        self.reload_choices()
        self.refresh()

    def show_period(self, period: str, policy_id: int | None = None, unit_id: int | None = None) -> None:
        """Show ``period`` (e.g. '2025Q3') for a scope; None means all policies / all units."""
        self._period = Period.parse(str(period))
        self._build()
        for combo in (self.policy, self.unit):
            combo.blockSignals(True)
        self.policy.setCurrentIndex(max(self.policy.findData(policy_id), 0))
        self.unit.setCurrentIndex(max(self.unit.findData(unit_id), 0))
        if unit_id is None:
            self.unit.setEditText("")
        for combo in (self.policy, self.unit):
            combo.blockSignals(False)
        self.refresh()

    def reload_choices(self) -> None:
        """Fill the scope drop-downs again (after an import or a change to the unit registry)."""
        if not self._built:
            return  # filled when built
        policy_id, unit_id = self.policy.currentData(), self._selected_unit()
        for combo in (self.policy, self.unit):
            combo.blockSignals(True)
        self.policy.clear()
        self.policy.addItem(self.tr("All policies"), None)
        for summary in list_policies(self._database):
            text = summary.title + (f"（{summary.doc_no}）" if summary.doc_no else "")
            self.policy.addItem(text, summary.id)
            self.policy.setItemData(self.policy.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.policy.setCurrentIndex(max(self.policy.findData(policy_id), 0))
        self.unit.clear()
        self.unit.addItem("", None)
        names: list[str] = []
        units = [u for u in list_units(self._database)
                 if u.lead_count or u.cooperating_count or u.responsible_count]
        for info in units:
            self.unit.addItem(info.name, info.id)
            names += [info.name, *info.aliases]
        completer = UnitCompleter(names, self.unit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.unit.setCompleter(completer)
        position = self.unit.findData(unit_id) if unit_id is not None else -1
        self.unit.setCurrentIndex(max(position, 0))
        if position < 0:
            self.unit.setEditText("")
        for combo in (self.policy, self.unit):
            combo.blockSignals(False)

    def refresh(self) -> None:
        """Read the dashboard of the current period and scope again."""
        if self._period is None or not self._built:
            return
        unit_id = self._selected_unit()
        if unit_id == -1:
            return  # a name no unit answers to: leave the last picture, the tooltip says why
        policy_id = self.policy.currentData()
        self.data = dashboard_data(self._database, self._period, policy_id, unit_id, self._today)
        self._shown_scope = (policy_id, unit_id)
        self._render(self.data)

    def selected_scope(self) -> tuple[int | None, int | None]:
        if not self._built:
            return None, None
        return self.policy.currentData(), self._selected_unit()

    # rendering ---------------------------------------------------------------------------
    def _render(self, data: DashboardData) -> None:
        self.heading.setText(self.tr("Overview of %1").replace("%1", period_text(data.period)))
        self.tiles[TOTAL].set_count(data.total, data.total)
        of_reported, of_all = self.tr("of those reported"), self.tr("of all")
        for status in STATUSES:
            if status == NOT_REPORTED:
                self.tiles[status].set_count(data.counts[status], data.total, of_all)
            else:
                self.tiles[status].set_count(data.counts[status], data.reported, of_reported)
        self.summary.setText(self._summary_text(data))
        from zjtracker.ui.dashboard.charts import ChartEntry

        several = len({a.policy_id for a in data.areas}) > 1
        empty = self.tr("No yearly plans for this period in this scope.")
        self.area_chart.show_entries(self._capped([
            ChartEntry(f"{a.policy_title}\n{a.name}", (f"{a.policy_short}·" if several else "") + a.name,
                       dict(a.counts.counts))
            for a in data.areas], self.tr("%1 more areas")), empty)
        self.unit_chart.show_entries(self._capped([
            ChartEntry(u.name if u.unit_id is not None else self.tr("No lead unit named"),
                       u.name if u.unit_id is not None else self.tr("No lead unit named"),
                       dict(u.counts.counts))
            for u in data.units], self.tr("%1 more units")), empty)
        titles = (self.tr("Overdue (%1)"), self.tr("Behind (%1)"), self.tr("Due within 30 days (%1)"),
                  self.tr("Not reported (%1)"))
        for index, (item_list, name, title) in enumerate(
                zip((self.overdue, self.behind, self.due_soon, self.unreported),
                    ("overdue", "behind", "due_soon", "unreported"), titles)):
            items, total = getattr(data, name), data.total_of(name)
            item_list.show_items(items)
            item_list.setColumnHidden(item_list.POLICY, data.policy_id is not None)  # one policy: said above
            self.lists.setTabText(index, title.replace("%1", str(total)))
            self.lists.setTabToolTip(index, self.tr(
                "The first %1 of %2 are listed; the report and the Excel ledger list them all.")
                .replace("%1", str(len(items))).replace("%2", str(total)) if total > len(items) else "")

    def _summary_text(self, data: DashboardData) -> str:
        """One sentence with the denominators: how many reported of how many, the average
        完成进度 over those that gave one, and the 未报送 past their deadline."""
        if not data.total:
            return ""
        text = self.tr("Reported: %1 of %2 yearly plans (not reported: %3). Shares are of the %1 reported.") \
            .replace("%1", str(data.reported)).replace("%2", str(data.total)) \
            .replace("%3", str(data.counts[NOT_REPORTED]))
        average = data.average_percent
        if average is not None:
            text += " " + self.tr("Average progress %1% over the %2 that gave a percentage.") \
                .replace("%1", f"{average:.0f}").replace("%2", str(data.percent_count))
        if data.unreported_past_deadline:
            text += " " + self.tr("%1 not reported are past their deadline (listed first under Not reported).") \
                .replace("%1", str(data.unreported_past_deadline))
        return text

    @staticmethod
    def _capped(entries: list, rest_text: str) -> list:
        """At most MAX_BARS bars: the last one sums the rest (a chart of every area of a whole
        archive, hundreds of bars, reads no better and costs tens of megabytes)."""
        from zjtracker.ui.dashboard.charts import ChartEntry

        if len(entries) <= MAX_BARS:
            return entries
        rest = entries[MAX_BARS - 1:]
        counts: dict[str, int] = {}
        for entry in rest:
            for status, count in entry.counts.items():
                counts[status] = counts.get(status, 0) + count
        text = rest_text.replace("%1", str(len(rest)))
        return entries[:MAX_BARS - 1] + [ChartEntry(text, text, counts)]

    def _selected_unit(self) -> int | None:
        return typed_unit_id(self.unit, self._database)

    def _scope_changed(self) -> None:
        unit_id = self._selected_unit()
        position = self.unit.findData(unit_id) if unit_id not in (None, -1) else -1
        if position > 0 and self.unit.currentIndex() != position:
            self.unit.blockSignals(True)
            self.unit.setCurrentIndex(position)  # show the unit's own name for a typed alias
            self.unit.blockSignals(False)
        if (self.policy.currentData(), unit_id) != self._shown_scope:
            self.refresh()
