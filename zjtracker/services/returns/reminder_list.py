"""The printable 催报 list: the units whose return for a period is missing, as a PDF in
the look of the office's documents (A4, 宋体 table, page numbers — n —) or as an .xlsx the
clerk can still edit. An offline office has no messaging channel: the list is printed and
the clerk notes on it whom they phoned and when (the last column is left blank for that).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from zjtracker.services.context import current_user
from zjtracker.services.periods import Period
from zjtracker.exporting.file_names import safe_file_name, safe_part
from zjtracker.services.policies.short_names import file_short_name
from zjtracker.services.returns.tracker import NOT_SENT, OVERDUE, SENT, MissingReturn, missing_in, tracker_grid

HEADERS = ("序号", "单位", "牵头任务", "责任任务", "配合任务", "状态", "报送表发送时间", "催报记录")
STATE_WORDS = {OVERDUE: "逾期未报", SENT: "已发送未报回", NOT_SENT: "未发送报送表"}
NOT_SENT_MARK = "—"  # the 发送时间 of a workbook never sent: the state already says so
PDF, XLSX = ".pdf", ".xlsx"


@dataclass
class ReminderList:
    policy_id: int
    policy_title: str
    period: Period
    as_of: date
    units_total: int
    missing: list[MissingReturn] = field(default_factory=list)
    made_by: str = ""
    short_name: str = ""  # the policy's 简称 ("" = derived from the title)
    deadline_words: str = ""  # the reporting deadline as the policy states it (or the default said)
    due: date | None = None  # the period's reporting deadline

    @property
    def overdue(self) -> int:
        return sum(1 for m in self.missing if m.overdue)

    @property
    def never_sent(self) -> int:
        return sum(1 for m in self.missing if m.never_sent)

    @property
    def file_name(self) -> str:
        return reminder_file_name(self.policy_title, self.short_name, self.period)

    @property
    def title(self) -> str:
        return f"{self.period.label()}落实情况催报清单"

    @property
    def lead_sentence(self) -> str:
        if not self.missing:
            return f"截至{_date(self.as_of)}，全部 {self.units_total} 个责任单位都已报回{self.period.label()}落实情况。"
        text = (f"截至{_date(self.as_of)}，共有 {len(self.missing)} 个单位（责任单位共 {self.units_total} 个）"
                f"尚未报回{self.period.label()}落实情况")
        parts = []
        if self.overdue:
            parts.append(f"逾期未报 {self.overdue} 个")
        if self.never_sent:
            parts.append(f"尚未发送报送表 {self.never_sent} 个")
        if parts:
            text += "，其中" + "，".join(parts)
        text += "。"
        if self.due is not None:
            text += f"报送时限：{self.deadline_words}，本期为{_date(self.due)}。"
        return text + "请逐一催报，并在“催报记录”栏记下联系人和时间。"

    def rows(self) -> list[list[str]]:
        """The table's lines, as printed."""
        return [[str(number), m.name, str(m.lead), str(m.responsible), str(m.cooperating), state_word(m),
                 f"{m.sent_at:%Y-%m-%d}" if m.sent_at else NOT_SENT_MARK, ""]
                for number, m in enumerate(self.missing, start=1)]


def state_word(missing: MissingReturn) -> str:
    return STATE_WORDS.get(missing.state, missing.state)


def _date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def reminder_file_name(title: str, short_name: str, period: Period) -> str:
    """简称_2025年第三季度催报清单.pdf: which policy the list is for, seen in the folder."""
    short = safe_part(file_short_name(title, short_name), 20, "政策")
    return safe_file_name(f"{short}_{period.label()}催报清单", PDF)


def reminder_list(database, policy_id: int, period: Period, today: date | None = None) -> ReminderList:
    """The missing returns of ``period`` for one policy, overdue ones first."""
    today = today or date.today()
    grid = tracker_grid(database, policy_id, period.year, today)
    return ReminderList(policy_id, grid.policy_title, period, today, len(grid.units), missing_in(grid, period),
                        current_user(), grid.short_name,
                        grid.deadline.describe() if grid.deadline else "", grid.due.get(str(period)))


def write_reminder_list(data: ReminderList, target: str | Path, database=None, force: bool = False) -> Path:
    """Write the list as PDF or .xlsx (by the suffix of ``target``; none: a PDF) through
    ``exporting.safe_write``: never over the database or a backup, an existing file only
    with ``force``; where it was asked or not at all."""
    from zjtracker.exporting.safe_write import REMINDER, check_target
    from zjtracker.reports.output import save_bytes

    target = Path(target)
    if not target.suffix:
        target = target.with_name(target.name + PDF)
    check_target(target, REMINDER, database, force)  # before the work
    content = reminder_xlsx_bytes(data) if target.suffix.lower() == XLSX else reminder_pdf_bytes(data)
    return save_bytes(content, target, REMINDER, database, force)


# PDF ------------------------------------------------------------------------------------
_WIDTHS_MM = (9, 34, 11, 11, 11, 28, 26, 26)  # 156 mm: the type area of A4


def reminder_pdf_bytes(data: ReminderList) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from zjtracker.reports.detail_table import cell_markup
    from zjtracker.reports.layout import HEADER_FILL, TABLE_LEADING, TABLE_SIZE, TYPE_WIDTH, balanced_title, styles
    from zjtracker.reports.pdf_document import ReportDocument

    st = styles()
    title_lines = balanced_title(data.title, st.fonts.title, st.title.fontSize, TYPE_WIDTH, (data.period.label(),))
    policy = ParagraphStyle("policy", parent=st.note, fontName=st.fonts.kai, fontSize=14, leading=22,
                            alignment=TA_CENTER, spaceAfter=10)
    lead = ParagraphStyle("lead", parent=st.note, fontSize=14, leading=24, firstLineIndent=28, spaceAfter=8)
    foot = ParagraphStyle("foot", parent=st.note, fontSize=12, leading=20, spaceBefore=10)
    flow = [Paragraph("<br/>".join(cell_markup(line) for line in title_lines), st.title),
            Paragraph(cell_markup(f"《{data.policy_title}》"), policy),
            Paragraph(cell_markup(data.lead_sentence), lead)]
    if data.missing:
        body = [[Paragraph(h, st.cell_header) for h in HEADERS]]
        for line in data.rows():
            body.append([Paragraph(cell_markup(v), st.cell if i == 1 else st.cell_center) for i, v in enumerate(line)])
        table = Table(body, colWidths=[w * mm for w in _WIDTHS_MM], repeatRows=1, splitInRow=1)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
            ("LEADING", (0, 0), (-1, -1), TABLE_LEADING),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 1), (-1, -1), 8),  # room to write the 催报记录 by hand
            ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
        ]
        table.setStyle(TableStyle(style))
        flow.append(table)
    flow += [Spacer(1, 6), Paragraph(cell_markup(f"制表：{data.made_by}　　制表日期：{_date(data.as_of)}"), foot)]
    buffer = io.BytesIO()
    ReportDocument(buffer, st.fonts, data.title).build(flow)
    return buffer.getvalue()


# Excel ----------------------------------------------------------------------------------
_XLSX_WIDTHS = (6, 30, 9, 9, 9, 18, 14, 24)


def reminder_xlsx_bytes(data: ReminderList) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from zjtracker.exporting.cells import set_text

    book = Workbook()
    sheet = book.active
    sheet.title = "催报清单"
    width = len(HEADERS)
    lines = [(data.title, Font(name="宋体", size=16, bold=True), 30),
             (f"《{data.policy_title}》", Font(name="楷体", size=12), 22),
             (data.lead_sentence, Font(name="宋体", size=11), 36)]
    for row, (text, font, height) in enumerate(lines, start=1):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        cell = sheet.cell(row=row, column=1)
        set_text(cell, text)
        cell.font = font
        cell.alignment = Alignment(horizontal="center" if row < 3 else "left", vertical="center", wrap_text=True)
        sheet.row_dimensions[row].height = height
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_row = len(lines) + 1
    for col, text in enumerate(HEADERS, start=1):
        cell = sheet.cell(row=header_row, column=col, value=text)
        cell.font = Font(name="黑体", size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    for offset, line in enumerate(data.rows(), start=1):
        for col, value in enumerate(line, start=1):
            cell = sheet.cell(row=header_row + offset, column=col)
            set_text(cell, int(value) if col in (1, 3, 4) and value.isdigit() else value)
            cell.alignment = Alignment(horizontal="left" if col == 2 else "center", vertical="center", wrap_text=True)
            cell.border = border
            cell.font = Font(name="宋体", size=11)
        sheet.row_dimensions[header_row + offset].height = 24
    footer = header_row + len(data.missing) + 2
    set_text(sheet.cell(row=footer, column=1), f"制表：{data.made_by}　　制表日期：{_date(data.as_of)}")
    for col, size in enumerate(_XLSX_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = size
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
