"""Stacked bar charts of the report: one bar per area or lead unit, split by status, drawn
with reportlab.graphics so that the labels use the report's embedded Chinese font."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from zjtracker.reports.layout import CHART_SIZE, STATUS_COLORS
from zjtracker.services.report_data import STATUSES, StatusCount

ROW, BAR, LEGEND = 17, 11, 22
MAX_BARS = 20  # a chart by unit shows the busiest units and sums up the rest


def nice_step(maximum: int) -> int:
    """A tick step giving about five ticks: 1, 2, 5, 10, 20, 50 ..."""
    if maximum <= 5:
        return 1
    raw = maximum / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


def fit_label(text: str, font: str, width: float) -> str:
    """``text`` shortened with … so that it fits ``width``."""
    if stringWidth(text, font, CHART_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", font, CHART_SIZE) > width:
        text = text[:-1]
    return text + "…"


def top_groups(groups: list[StatusCount], limit: int = MAX_BARS) -> list[StatusCount]:
    """The first ``limit - 1`` groups and one bar for the rest (其他N个单位)."""
    if len(groups) <= limit:
        return list(groups)
    rest = StatusCount(f"其他{len(groups) - limit + 1}个单位")
    for group in groups[limit - 1:]:
        for status, count in group.counts.items():
            rest.counts[status] += count
    return list(groups[: limit - 1]) + [rest]


def status_chart(groups: list[StatusCount], width: float, font: str) -> Drawing:
    """A horizontal stacked bar per group, the legend above, counts at the bar ends."""
    groups = [g for g in groups if g.total]
    label_width = min(max((stringWidth(g.name, font, CHART_SIZE) for g in groups), default=40) + 6,
                      width * 0.36)
    plot_left, plot_right = label_width + 4, width - 28
    plot_width = plot_right - plot_left
    axis_height = 16
    height = LEGEND + len(groups) * ROW + axis_height + 4
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer starts from Helvetica, which is not embedded
    _legend(drawing, font, plot_left, height - 12)

    maximum = max((g.total for g in groups), default=1)
    step = nice_step(maximum)
    top_tick = step * math.ceil(maximum / step)
    scale = plot_width / top_tick
    bottom = axis_height
    top = height - LEGEND
    for tick in range(0, top_tick + 1, step):
        x = plot_left + tick * scale
        drawing.add(Line(x, bottom, x, top, strokeColor=colors.HexColor("#dddddd"), strokeWidth=0.5))
        drawing.add(String(x, bottom - 11, str(tick), fontName=font, fontSize=CHART_SIZE - 1,
                           textAnchor="middle", fillColor=colors.HexColor("#555555")))
    drawing.add(Line(plot_left, bottom, plot_left, top, strokeColor=colors.HexColor("#888888"), strokeWidth=0.6))

    for i, group in enumerate(groups):
        y = top - (i + 1) * ROW + (ROW - BAR) / 2
        drawing.add(String(label_width, y + 2.5, fit_label(group.name, font, label_width - 2),
                           fontName=font, fontSize=CHART_SIZE, textAnchor="end"))
        x = plot_left
        several = sum(1 for count in group.counts.values() if count) > 1
        for status in STATUSES:
            count = group.counts[status]
            if not count:
                continue
            segment = count * scale
            drawing.add(Rect(x, y, segment, BAR, strokeColor=colors.white, strokeWidth=0.3,
                             fillColor=colors.HexColor(STATUS_COLORS[status])))
            if several and segment >= stringWidth(str(count), font, CHART_SIZE - 1) + 4:
                drawing.add(String(x + segment / 2, y + 2.5, str(count), fontName=font,
                                   fontSize=CHART_SIZE - 1, textAnchor="middle", fillColor=colors.white))
            x += segment
        drawing.add(String(x + 3, y + 2.5, str(group.total), fontName=font, fontSize=CHART_SIZE,
                           fillColor=colors.HexColor("#333333")))
    return drawing


def _legend(drawing: Drawing, font: str, left: float, y: float) -> None:
    x = left
    for status in STATUSES:
        drawing.add(Rect(x, y - 1, 9, 9, strokeColor=None, fillColor=colors.HexColor(STATUS_COLORS[status])))
        drawing.add(String(x + 12, y, status, fontName=font, fontSize=CHART_SIZE))
        x += 12 + stringWidth(status, font, CHART_SIZE) + 14
