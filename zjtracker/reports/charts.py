"""Stacked bar charts of the report: one bar per area or lead unit, split by status, drawn
with reportlab.graphics so that the labels use the report's embedded Chinese font.

Made for a black-and-white office printer: every state has its own grey level and pattern
(solid dark, solid mid, hatched, cross-hatched, dotted, outline), and every segment wide
enough carries its count; the same numbers stand in a table next to the chart."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from zjtracker.reports.layout import CHART_SIZE
from zjtracker.services.reporting.data import STATUSES, StatusCount

# state → (fill grey, pattern, label colour): distinct on a grey-scale printer.
SOLID, HATCH, CROSS, DOTS, OUTLINE = "solid", "hatch", "cross", "dots", "outline"
GREYS = {
    "已销号": ("#5c5c5c", SOLID, colors.white),
    "已完成": ("#2b2b2b", SOLID, colors.white),
    "序时推进": ("#8c8c8c", SOLID, colors.white),
    "滞后": ("#d0d0d0", HATCH, colors.black),
    "超期": ("#ffffff", CROSS, colors.black),
    "未启动": ("#efefef", SOLID, colors.black),
    "未评估": ("#ffffff", DOTS, colors.black),
    "未报送": ("#ffffff", OUTLINE, colors.black),
}

ROW, BAR, LEGEND = 15, 10, 22


def nice_step(maximum: int) -> int:
    """A tick step giving about five ticks: 1, 2, 5, 10, 20, 50 ..."""
    if maximum <= 5:
        return 1
    raw = maximum / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * power
        if raw <= step and step == int(step):
            return int(step)
    return int(10 * power)


def label_lines(text: str, font: str, width: float) -> list[str]:
    """``text`` in at most two lines that fit ``width`` (never cut short with …): broken
    after a 、 or at the width; a name too long for two lines is drawn smaller by the caller."""
    if stringWidth(text, font, CHART_SIZE) <= width:
        return [text]
    cut = len(text)
    while cut > 1 and stringWidth(text[:cut], font, CHART_SIZE) > width:
        cut -= 1
    for index in range(cut, max(cut // 2, 1), -1):
        if text[index - 1] in "、）》":
            cut = index
            break
    return [text[:cut], text[cut:]]


def _hatch(x: float, y: float, w: float, h: float, step: float, slope: int) -> list[Line]:
    """Lines at 45° (slope 1 or -1) across a rectangle, clipped to it."""
    lines = []
    offset = -h
    while offset < w:
        x0, y0 = x + offset, y
        x1, y1 = x0 + h, y + h
        if slope < 0:
            y0, y1 = y1, y0
        # clip to [x, x + w]
        if x0 < x:
            cut = x - x0
            x0 = x
            y0 = y0 + cut if slope > 0 else y0 - cut
        if x1 > x + w:
            cut = x1 - (x + w)
            x1 = x + w
            y1 = y1 - cut if slope > 0 else y1 + cut
        if x1 > x0:
            lines.append(Line(x0, y0, x1, y1, strokeColor=colors.black, strokeWidth=0.5))
        offset += step
    return lines


def swatch(status: str, x: float, y: float, w: float, h: float) -> Group:
    """The filled, patterned box of a state."""
    fill, pattern, _text = GREYS[status]
    group = Group(Rect(x, y, w, h, strokeColor=colors.black, strokeWidth=0.4, fillColor=colors.HexColor(fill)))
    if pattern in (HATCH, CROSS):
        for line in _hatch(x, y, w, h, 3.2, 1):
            group.add(line)
    if pattern == CROSS:
        for line in _hatch(x, y, w, h, 3.2, -1):
            group.add(line)
    if pattern == DOTS:
        row, dy = 0, 1.6
        while dy < h:
            dx = 1.6 + (row % 2) * 1.6
            while dx < w:
                group.add(Circle(x + dx, y + dy, 0.45, fillColor=colors.black, strokeColor=None))
                dx += 3.2
            dy += 2.6
            row += 1
    return group


def status_chart(groups: list[StatusCount], width: float, font: str) -> Drawing:
    """A horizontal stacked bar per group, the legend above, counts in the segments and at
    the bar ends."""
    groups = [g for g in groups if g.total]
    shown = [s for s in STATUSES if any(g.counts[s] for g in groups)]
    label_width = min(max((stringWidth(g.name, font, CHART_SIZE) for g in groups), default=40) + 6,
                      width * 0.30)
    plot_left, plot_right = label_width + 4, width - 28
    plot_width = plot_right - plot_left
    axis_height = 16
    height = LEGEND + len(groups) * ROW + axis_height + 4
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # else the renderer starts from Helvetica, which is not embedded
    _legend(drawing, font, 0, height - 12, shown)

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
        lines = label_lines(group.name, font, label_width - 2)
        size = CHART_SIZE if len(lines) == 1 else CHART_SIZE - 1.5
        for n, text in enumerate(lines):
            drawing.add(String(label_width, y + 2.5 + (len(lines) - 1 - 2 * n) * size / 2, text,
                               fontName=font, fontSize=size, textAnchor="end"))
        x = plot_left
        several = sum(1 for count in group.counts.values() if count) > 1
        for status in shown:
            count = group.counts[status]
            if not count:
                continue
            segment = count * scale
            drawing.add(swatch(status, x, y, segment, BAR))
            if several and segment >= stringWidth(str(count), font, CHART_SIZE - 1) + 4:
                label = GREYS[status][2]
                if GREYS[status][1] in (HATCH, CROSS, DOTS):  # a white box under the digits
                    tw = stringWidth(str(count), font, CHART_SIZE - 1) + 2
                    drawing.add(Rect(x + segment / 2 - tw / 2, y + 1.5, tw, BAR - 3, fillColor=colors.white,
                                     strokeColor=None))
                drawing.add(String(x + segment / 2, y + 2.5, str(count), fontName=font,
                                   fontSize=CHART_SIZE - 1, textAnchor="middle", fillColor=label))
            x += segment
        drawing.add(String(x + 3, y + 2.5, str(group.total), fontName=font, fontSize=CHART_SIZE,
                           fillColor=colors.HexColor("#333333")))
    return drawing


def _legend(drawing: Drawing, font: str, left: float, y: float, shown: list[str]) -> None:
    x = left
    for status in shown:
        drawing.add(swatch(status, x, y - 1.5, 14, 9))
        drawing.add(String(x + 17, y, status, fontName=font, fontSize=CHART_SIZE))
        x += 17 + stringWidth(status, font, CHART_SIZE) + 12
