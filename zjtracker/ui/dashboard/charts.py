"""A stacked bar chart of counts by status, one horizontal bar per area or unit (dashboard).

Bars run top to bottom in the order given; long names wrap onto a second line on the axis
(broken after 、·， where one is near), only what does not fit two lines ends in an ellipsis,
and the tooltip shows them whole. The chart grows with the number of bars inside a scroll
area, so every category label keeps a readable height."""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from zjtracker.ui.status_style import OVERVIEW_ORDER, STATUS_COLORS, status_text

LABEL_LIMIT = 12  # characters of a line of a category label (the axis cuts longer ones itself)
LABEL_LINES = 2  # lines of a category label before the ellipsis
ROW_HEIGHT = 26  # pixels per bar
WRAPPED_ROW_HEIGHT = 46  # pixels per bar when labels take two lines (the axis drops a line with less)
CHROME_HEIGHT = 120  # title, legend and value axis


@dataclass(frozen=True)
class ChartEntry:
    name: str  # the full name, shown in the tooltip
    label: str  # the name as short as the axis wants it (before cutting)
    counts: dict[str, int]  # status -> count


def elide(text: str, limit: int = LABEL_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_BREAK_AFTER = "·、，,；;：:）)》 "
_NO_LINE_START = "”’）)》」』。，、；：？！…"


def wrap(text: str, limit: int = LABEL_LIMIT, lines: int = LABEL_LINES) -> str:
    """``text`` on at most ``lines`` lines (joined by newlines) of ``limit`` characters: a
    policy's short name joined by · to an area on a line of its own, else broken after a
    separator in the second half of a line where there is one, never before a closing mark;
    only what does not fit ends in an ellipsis."""
    rest = " ".join(text.split())
    joint = rest.find("·", 1)
    if joint > 0 and lines > 1:  # 营商环境· / （十七）包容普惠创新
        return elide(rest[:joint + 1], limit) + "\n" + wrap(rest[joint + 1:], limit, lines - 1)
    found: list[str] = []
    while rest and len(found) < lines:
        if len(rest) <= limit:
            found.append(rest)
            rest = ""
            break
        cut = next((i for i in range(limit, limit // 2, -1) if rest[i - 1] in _BREAK_AFTER), limit)
        while cut > 1 and rest[cut] in _NO_LINE_START:  # a closing mark never begins a line
            cut -= 1
        found.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        found[-1] = elide(found[-1] + rest, limit)
    return "\n".join(found)


def category_labels(labels: list[str], limit: int = LABEL_LIMIT) -> list[str]:
    """Labels wrapped to two lines of ``limit`` and kept distinct (an axis merges equal
    categories)."""
    result: list[str] = []
    seen: set[str] = set()
    for label in labels:
        candidate, number = wrap(label, limit), 2
        while candidate in seen:
            suffix = f"（{number}）"
            candidate = wrap(label, limit).rsplit("\n", 1)
            candidate[-1] = elide(candidate[-1], limit - len(suffix)) + suffix
            candidate, number = "\n".join(candidate), number + 1
        seen.add(candidate)
        result.append(candidate)
    return result


def axis_text(label: str) -> str:
    """A label as the axis draws it (rich text: a line break is <br>)."""
    return "<br>".join(html.escape(line) for line in label.split("\n"))


def nice_step(top: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50, …) giving about ``ticks`` intervals up to ``top``."""
    raw = max(top, 1) / ticks
    magnitude = 10 ** max(math.floor(math.log10(raw)), 0) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


class StatusBarChart(QWidget):
    """One stacked bar per entry, one bar set per status in fixed colours, with a legend."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setTitle(title)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() + 1)
        self.chart.setTitleFont(title_font)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(4, 4, 12, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.series: QHorizontalStackedBarSeries | None = None
        self.sets: dict[str, QBarSet] = {}
        self.entries: list[ChartEntry] = []
        self.categories: list[str] = []  # as on the axis, top to bottom

    def show_entries(self, entries: list[ChartEntry], empty_text: str = "") -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.entries = list(entries)
        self.categories = category_labels([e.label for e in entries])
        self.sets = {}
        self.series = None
        if not entries:
            self.empty.setText(empty_text)
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.scroll)
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        bottom_up = list(reversed(entries))  # a horizontal chart draws its first category at the bottom
        for status in OVERVIEW_ORDER:
            bar_set = QBarSet(status_text(status))
            bar_set.setColor(QColor(STATUS_COLORS[status]))
            bar_set.setBorderColor(QColor(STATUS_COLORS[status]).darker(115))
            bar_set.append([float(e.counts.get(status, 0)) for e in bottom_up])
            series.append(bar_set)
            self.sets[status] = bar_set
        series.hovered.connect(self._hovered)
        self.chart.addSeries(series)
        self.series = series

        axis_font = QFont(self.font())
        category_axis = QBarCategoryAxis()
        category_axis.append([axis_text(label) for label in reversed(self.categories)])
        category_axis.setLabelsFont(axis_font)
        category_axis.setGridLineVisible(False)
        self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        top = max(sum(e.counts.values()) for e in entries)
        step = nice_step(top)
        value_axis = QValueAxis()
        value_axis.setRange(0, max(step, math.ceil(top / step) * step))
        value_axis.setTickCount(int(value_axis.max() // step) + 1)
        value_axis.setLabelFormat("%d")
        value_axis.setLabelsFont(axis_font)
        self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignTop)  # in sight while the bars scroll
        series.attachAxis(value_axis)
        for status, marker in zip(OVERVIEW_ORDER, self.chart.legend().markers(series)):
            marker.setLabel(status_text(status))
        row = WRAPPED_ROW_HEIGHT if any("\n" in label for label in self.categories) else ROW_HEIGHT
        self.view.setMinimumHeight(len(entries) * row + CHROME_HEIGHT)

    def value(self, status: str, row: int) -> int:
        """The count drawn for ``status`` in the ``row``-th bar from the top."""
        return int(self.sets[status].at(len(self.entries) - 1 - row))

    def tooltip_text(self, row: int) -> str:
        entry = self.entries[row]
        lines = [entry.name]
        lines += [f"{status_text(s)}：{entry.counts.get(s, 0)}" for s in OVERVIEW_ORDER]
        lines.append(self.tr("Total: %1").replace("%1", str(sum(entry.counts.values()))))
        return "\n".join(lines)

    def _hovered(self, inside: bool, index: int, _bar_set: QBarSet) -> None:
        if inside and 0 <= index < len(self.entries):
            QToolTip.showText(QCursor.pos(), self.tooltip_text(len(self.entries) - 1 - index), self.view)
        else:
            QToolTip.hideText()
