"""The page and type of the PDF report after GB/T 9704 (党政机关公文格式).

A4; top margin 37 mm, binding (left) margin 28 mm, type area 156 × 225 mm; title 2号 (22 pt)
小标宋, body 3号 (16 pt) 仿宋 at 22 lines a page, headings 一、 in 黑体 and （一） in 楷体;
page numbers 4号 宋体 `— 3 —` 7 mm below the type area, one character in from the right on odd
pages and from the left on even pages. The attached tables run on landscape pages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from zjtracker.reports.cjk_wrap import install as _install_cjk_wrap
from zjtracker.reports.fonts import ReportFonts, report_fonts

PORTRAIT = A4
LANDSCAPE = landscape(A4)
TOP, LEFT, TYPE_WIDTH, TYPE_HEIGHT = 37 * mm, 28 * mm, 156 * mm, 225 * mm
RIGHT = PORTRAIT[0] - LEFT - TYPE_WIDTH  # 26 mm
BOTTOM = PORTRAIT[1] - TOP - TYPE_HEIGHT  # 35 mm
# Landscape pages (the attached tables): the same 28 mm binding edge at the top.
L_TOP, L_BOTTOM, L_LEFT, L_RIGHT = 28 * mm, 30 * mm, 20 * mm, 20 * mm
L_WIDTH = LANDSCAPE[0] - L_LEFT - L_RIGHT
L_HEIGHT = LANDSCAPE[1] - L_TOP - L_BOTTOM

TITLE_SIZE = 22  # 2号
BODY_SIZE = 16  # 3号
BODY_LEADING = TYPE_HEIGHT / 22  # 22 lines a page: 28.9 pt
PAGE_NUMBER_SIZE = 14  # 4号
PAGE_NUMBER_GAP = 7 * mm  # from the lower edge of the type area to the page number line
TABLE_SIZE = 10.5  # 五号
TABLE_LEADING = 14
CHART_SIZE = 9

STATUS_COLORS = {  # the dashboard's colours
    "已销号": "#546e7a", "已完成": "#2e7d32", "序时推进": "#1565c0", "滞后": "#ef6c00", "超期": "#c62828", "未启动": "#9e9e9e",
}
HEADER_FILL = "#d9d9d9"
AREA_FILL = "#ececec"
GROUP_FILL = "#f6f6f6"


@dataclass(frozen=True)
class Styles:
    fonts: ReportFonts
    title: ParagraphStyle
    body: ParagraphStyle
    heading1: ParagraphStyle  # 一、 黑体
    heading2: ParagraphStyle  # （一） 楷体
    date: ParagraphStyle
    attachment: ParagraphStyle  # 附件 label, 黑体 at the top left
    attachment_title: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_header: ParagraphStyle
    cell_area: ParagraphStyle
    cell_group: ParagraphStyle
    note: ParagraphStyle


@cache
def styles() -> Styles:
    _install_cjk_wrap()
    fonts = report_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.body, fontSize=BODY_SIZE, leading=BODY_LEADING,
        firstLineIndent=2 * BODY_SIZE, alignment=TA_JUSTIFY, wordWrap="CJK",
    )
    cell = ParagraphStyle("cell", fontName=fonts.song, fontSize=TABLE_SIZE, leading=TABLE_LEADING,
                          wordWrap="CJK", alignment=TA_LEFT)
    return Styles(
        fonts=fonts,
        title=ParagraphStyle("title", fontName=fonts.title, fontSize=TITLE_SIZE, leading=33,
                             alignment=TA_CENTER, wordWrap="CJK", spaceAfter=BODY_LEADING),
        body=body,
        heading1=ParagraphStyle("h1", parent=body, fontName=fonts.hei, alignment=TA_LEFT, keepWithNext=1),
        heading2=ParagraphStyle("h2", parent=body, fontName=fonts.kai, alignment=TA_LEFT, keepWithNext=1),
        date=ParagraphStyle("date", parent=body, firstLineIndent=0, alignment=TA_RIGHT,
                            rightIndent=4 * BODY_SIZE, spaceBefore=BODY_LEADING),
        attachment=ParagraphStyle("attachment", parent=body, fontName=fonts.hei, firstLineIndent=0,
                                  alignment=TA_LEFT),
        attachment_title=ParagraphStyle("attachment_title", fontName=fonts.title, fontSize=18, leading=28,
                                        alignment=TA_CENTER, wordWrap="CJK", spaceAfter=8),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_header=ParagraphStyle("cell_header", parent=cell, fontName=fonts.hei, alignment=TA_CENTER),
        cell_area=ParagraphStyle("cell_area", parent=cell, fontName=fonts.hei),
        cell_group=ParagraphStyle("cell_group", parent=cell, fontName=fonts.kai),
        note=ParagraphStyle("note", parent=cell, fontName=fonts.body, fontSize=12, leading=18),
    )


_CHINESE_CANNOT_START = "，；：？！”’》〉」』】〕…"


def balanced_title(text: str, font: str, size: float, width: float, keep: tuple[str, ...] = ()) -> list[str]:
    """A title broken into lines of about equal length, at a word boundary of the title where
    one is close (before 落实情况, 的报告, after 关于 or 》, around the phrases in ``keep``
    such as the period 2025年第三季度, never inside them), never leaving one character alone."""
    inside = set()
    for phrase in keep:
        at = text.find(phrase) if phrase else -1
        if at >= 0:
            inside.update(range(at + 1, at + len(phrase)))
    total = stringWidth(text, font, size)
    if total <= width:
        return [text]
    first = math.ceil(total / width)
    for lines in range(first, first + 3):
        found = _title_lines(text, font, size, width, lines, inside)
        if found:
            return found
    return [text]


def _title_lines(text: str, font: str, size: float, width: float, lines: int, inside: set[int]) -> list[str] | None:
    result, rest, offset = [], text, 0
    for remaining in range(lines, 1, -1):
        goal = stringWidth(rest, font, size) / remaining
        best, best_cost = None, None
        for cut in range(2, len(rest) - 1):
            head = stringWidth(rest[:cut], font, size)
            if head > width:
                break
            if stringWidth(rest[cut:], font, size) > (remaining - 1) * width:
                continue
            cost = abs(head - goal)
            if rest[cut - 1] in "》）”" or rest[cut:].startswith(_GOOD_BREAKS_BEFORE) or rest[:cut].endswith("关于"):
                cost -= size * 2
            if rest[cut] in _CHINESE_CANNOT_START + "、。）" or rest[cut - 1] in "《（“":
                cost += size * 10
            if offset + cut in inside:
                cost += size * 6
            if best_cost is None or cost < best_cost:
                best, best_cost = cut, cost
        if best is None:
            return None
        result.append(rest[:best])
        rest, offset = rest[best:], offset + best
    return result + [rest] if stringWidth(rest, font, size) <= width else None


_GOOD_BREAKS_BEFORE = ("落实情况", "政策措施", "的报告", "《")
