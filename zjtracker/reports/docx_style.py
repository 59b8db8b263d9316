"""The look of the Word report after GB/T 9704: page setup, the styles with their Chinese
(eastAsia) fonts, page numbers `— n —` (right on odd pages, left on even pages), and tables
whose header row repeats on every page."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

TITLE_FONT, BODY_FONT, HEI_FONT, KAI_FONT, SONG_FONT = "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"
BODY_PT, TITLE_PT, TABLE_PT, PAGE_NUMBER_PT = 16, 22, 10.5, 14
LINE_PT = 28.95  # 22 lines on the 225 mm type area
TITLE, HEADING1, HEADING2, TABLE_TEXT, TABLE_HEADER, DATE = (
    "报告标题", "Heading 1", "Heading 2", "表格文字", "表格标题行", "成文日期")


def set_font(target, name: str, size: float | None = None, bold: bool | None = None) -> None:
    """Font of a style or run, the Chinese (eastAsia) font included."""
    font = target.font
    font.name = name
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    element = target.element if hasattr(target, "element") else target._element
    r_pr = element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font would win over the named one


def _paragraph_style(document, name: str, font: str, size: float, base: str = "Normal"):
    styles = document.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if name != "Normal":
        style.base_style = styles[base]
    set_font(style, font, size, bold=False)
    style.font.color.rgb = RGBColor(0, 0, 0)
    style.font.italic = False
    return style


def _exact(style, points: float) -> None:
    fmt = style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(points)
    fmt.space_before = fmt.space_after = Pt(0)


def setup_styles(document) -> None:
    normal = _paragraph_style(document, "Normal", BODY_FONT, BODY_PT)
    _exact(normal, LINE_PT)
    normal.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    title = _paragraph_style(document, TITLE, TITLE_FONT, TITLE_PT)
    _exact(title, 35)
    title.paragraph_format.first_line_indent = Pt(0)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(LINE_PT)
    for name, font in ((HEADING1, HEI_FONT), (HEADING2, KAI_FONT)):
        heading = _paragraph_style(document, name, font, BODY_PT)
        _exact(heading, LINE_PT)
        heading.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
        heading.paragraph_format.keep_with_next = True
        heading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for name, font in ((TABLE_TEXT, SONG_FONT), (TABLE_HEADER, HEI_FONT)):
        cell = _paragraph_style(document, name, font, TABLE_PT)
        _exact(cell, 14)
        cell.paragraph_format.first_line_indent = Pt(0)
        cell.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if name == TABLE_HEADER else WD_ALIGN_PARAGRAPH.LEFT
    date = _paragraph_style(document, DATE, BODY_FONT, BODY_PT)
    date.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    date.paragraph_format.right_indent = Pt(4 * BODY_PT)
    date.paragraph_format.first_line_indent = Pt(0)
    date.paragraph_format.space_before = Pt(LINE_PT)


def portrait(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.left_margin = Mm(37), Mm(28)
    section.right_margin, section.bottom_margin = Mm(26), Mm(35)
    section.footer_distance = Mm(25)


def add_landscape_section(document):
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(30)
    section.left_margin = section.right_margin = Mm(20)
    section.footer_distance = Mm(20)
    return section


def _page_field(paragraph) -> None:
    """— PAGE — in 4号 宋体."""
    def run(text: str = ""):
        r = paragraph.add_run(text)
        set_font(r, SONG_FONT, PAGE_NUMBER_PT)
        return r

    run("— ")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            r._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            r._r.append(instr)
        else:
            r.text = text
    run(" —")


def page_numbers(document, section) -> None:
    """Odd pages: right, one character in; even pages: left, one character in."""
    document.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = document.styles["Normal"]
        fmt = paragraph.paragraph_format
        fmt.alignment, fmt.first_line_indent = align, Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            fmt.right_indent = Pt(PAGE_NUMBER_PT)
        else:
            fmt.left_indent = Pt(PAGE_NUMBER_PT)
        _page_field(paragraph)


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill.lstrip("#"))
    tc_pr.append(shading)


def add_table(document, headers, rows, widths_mm, centered_from: int = 1):
    """A grid table: header row repeated on every page, cells in 表格文字, given widths."""
    table = document.add_table(rows=1 + len(rows), cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths_mm):
        column.width = Mm(width)
    # the style id set directly: python-docx's style setter searches all styles every time
    header_style, text_style = document.styles[TABLE_HEADER].style_id, document.styles[TABLE_TEXT].style_id
    for r, values in enumerate([headers, *rows]):
        row = table.rows[r]
        if r == 0:
            repeat_header(row)
        for c, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = Mm(widths_mm[c])
            paragraph = cell.paragraphs[0]
            paragraph._p.style = header_style if r == 0 else text_style
            if r and (c >= centered_from or isinstance(value, int)):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.text = "" if value is None else str(value)
            if r == 0:
                shade(cell, "D9D9D9")
    return table
