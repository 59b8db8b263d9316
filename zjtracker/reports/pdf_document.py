"""The PDF document: portrait pages with the GB/T 9704 type area, landscape pages for the
attached tables, and the page number `— n —` at the foot of every page."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from zjtracker.reports.layout import (
    BODY_SIZE,
    BOTTOM,
    L_BOTTOM,
    L_HEIGHT,
    L_LEFT,
    L_WIDTH,
    LANDSCAPE,
    LEFT,
    PAGE_NUMBER_GAP,
    PAGE_NUMBER_SIZE,
    PORTRAIT,
    TYPE_HEIGHT,
    TYPE_WIDTH,
)

PORTRAIT_PAGE, LANDSCAPE_PAGE = "portrait", "landscape"


def page_number_text(number: int) -> str:
    return f"— {number} —"


def _draw_page_number(canvas, left: float, width: float, frame_bottom: float, font: str) -> None:
    """4号 宋体, its line 7 mm below the type area; odd pages one character in from the right,
    even pages one character in from the left."""
    number = canvas.getPageNumber()
    text = page_number_text(number)
    y = frame_bottom - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE * 0.8
    canvas.saveState()
    canvas.setFont(font, PAGE_NUMBER_SIZE)
    if number % 2:
        canvas.drawRightString(left + width - BODY_SIZE, y, text)
    else:
        canvas.drawString(left + BODY_SIZE, y, text)
    canvas.restoreState()


class ReportDocument(BaseDocTemplate):
    def __init__(self, target, fonts, title: str, **kwargs):
        super().__init__(
            target, pagesize=PORTRAIT, title=title, author="", subject=title, creator="zjtracker",
            initialFontName=fonts.body, initialFontSize=BODY_SIZE, lang="zh-CN", **kwargs,
        )
        self._font = fonts.song
        portrait = Frame(LEFT, BOTTOM, TYPE_WIDTH, TYPE_HEIGHT, id="type_area",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        wide = Frame(L_LEFT, L_BOTTOM, L_WIDTH, L_HEIGHT, id="table_area",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(PORTRAIT_PAGE, [portrait], pagesize=PORTRAIT, onPage=self._portrait_foot),
            PageTemplate(LANDSCAPE_PAGE, [wide], pagesize=LANDSCAPE, onPage=self._landscape_foot),
        ])

    def build(self, flowables, **kwargs) -> None:
        """Lay out and write the document. Its streams are compressed but not wrapped in
        ASCII85 (reportlab's default, for 7-bit channels only): pages and file are a fifth
        smaller and the last step of writing a long report takes half the time."""
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            super().build(flowables, **kwargs)
        finally:
            rl_config.useA85 = saved

    def iter_build(self, flowables: list, stream):
        """As ``build``, into the open binary ``stream``, each page written as it ends
        (pdf_stream.py); yields the page number after every flowable."""
        from zjtracker.reports.pdf_stream import iter_build

        return iter_build(self, flowables, stream)

    def _portrait_foot(self, canvas, doc) -> None:
        _draw_page_number(canvas, LEFT, TYPE_WIDTH, BOTTOM, self._font)

    def _landscape_foot(self, canvas, doc) -> None:
        _draw_page_number(canvas, L_LEFT, L_WIDTH, L_BOTTOM, self._font)
