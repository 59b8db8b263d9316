"""The narrative sections of the PDF report as reportlab flowables."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from zjtracker.reports import wording as w
from zjtracker.reports.charts import MAX_BARS, status_chart, top_groups
from zjtracker.reports.detail_table import cell_markup
from zjtracker.reports.layout import HEADER_FILL, TYPE_WIDTH, Styles
from zjtracker.reports.long_table import MIDDLE, Cell, LongTable, Row
from zjtracker.services.report_data import ReportData, StatusCount


def para(text: str, style) -> Paragraph:
    return Paragraph(cell_markup(" ".join(text.split("\n"))), style)


def heading1(index: int, text: str, st: Styles) -> Paragraph:
    return para(f"{w.chinese_index(index)}、{text}", st.heading1)


def heading2(index: int, text: str, st: Styles) -> Paragraph:
    return para(f"（{w.chinese_index(index)}）{text}", st.heading2)


def simple_table(headers, rows, widths_mm, st: Styles, center_from: int = 1) -> LongTable:
    """A small table of the body: header in 黑体, cells wrapped and centred in height, the
    header repeated; it breaks between rows."""
    header = Row([Cell(h, st.cell_header) for h in headers], fill=colors.HexColor(HEADER_FILL))
    body = [Row([Cell(str(v), st.cell_center if i >= center_from or isinstance(v, int) else st.cell)
                 for i, v in enumerate(row)]) for row in rows]
    return LongTable([x * mm for x in widths_mm], header, body, padding=(6, 6, 3, 3), valign=MIDDLE,
                     min_split=1, rows_first=True)


def count_rows(groups: list[StatusCount]) -> list[list]:
    return [[g.name, g.total, *(g.counts[s] for s in w.COUNT_HEADERS[2:])] for g in groups]


def summary(data: ReportData, index: int, st: Styles) -> list:
    flow = [heading1(index, w.SECTION_TITLES[w.SUMMARY], st)]
    paragraphs = w.summary_paragraphs(data)
    flow.append(para(paragraphs[0], st.body))
    if data.multi_policy:
        flow.append(Spacer(1, 4))
        rows = count_rows([StatusCount(f"《{p.title}》", p.totals.counts) for p in data.policies])
        rows.append(["合计", data.totals.total, *(data.totals.counts[s] for s in w.COUNT_HEADERS[2:])])
        flow.append(simple_table(("政策文件", *w.COUNT_HEADERS[1:]), rows, (50, 16, 17, 19, 17, 17, 20), st))
        flow.append(Spacer(1, 8))
    return flow


def charts(data: ReportData, index: int, st: Styles) -> list:
    """One chart per policy by area, one by lead unit; each chart kept with its heading, the
    section heading with the first chart."""
    groups = []
    for sub, part in enumerate(data.policies, 1):
        name = f"《{part.title}》各领域推进情况" if data.multi_policy else "各领域推进情况"
        groups.append([heading2(sub, name, st), Spacer(1, 4), status_chart(part.by_area, TYPE_WIDTH, st.fonts.song)])
    groups.append([heading2(len(data.policies) + 1, "各牵头单位推进情况", st), Spacer(1, 4),
                   status_chart(top_groups(data.by_unit), TYPE_WIDTH, st.fonts.song)])
    if len(data.by_unit) > MAX_BARS:
        rest = len(data.by_unit) - MAX_BARS + 1
        groups[-1].append(para(f"注：图中列出牵头措施最多的{MAX_BARS - 1}个单位，其余{rest}个单位合并为一项。",
                               st.note))
    groups[0].insert(0, heading1(index, w.SECTION_TITLES[w.CHARTS], st))
    flow = []
    for group in groups:
        flow += [KeepTogether(group), Spacer(1, 6)]
    return flow


def _numbered(rows, line, data: ReportData, st: Styles) -> list:
    if not rows:
        return [para("无。", st.body)]
    return [para(f"{n}. {w.task_name(row, data.multi_policy)}。{line(row)}", st.body)
            for n, row in enumerate(rows, 1)]


def lagging(data: ReportData, index: int, st: Styles) -> list:
    flow = [heading1(index, w.SECTION_TITLES[w.LAGGING], st), para(w.lagging_sentence(data), st.body)]
    flow.append(heading2(1, f"超期事项（{len(data.overdue)}项）", st))
    flow += _numbered(data.overdue, w.overdue_line, data, st)
    flow.append(heading2(2, f"滞后事项（{len(data.behind)}项）", st))
    flow += _numbered(data.behind, w.behind_line, data, st)
    return flow


def changes(data: ReportData, index: int, st: Styles) -> list:
    flow = [heading1(index, w.SECTION_TITLES[w.CHANGES], st), para(w.changes_sentence(data), st.body)]
    if data.movements:
        rows = []
        for n, move in enumerate(data.movements, 1):
            row = move.row
            name = w.task_name(row, data.multi_policy, 60)
            if move.kinds:
                name += f"（{'、'.join(move.kinds)}）"
            rows.append([n, name, "、".join(row.lead_units) or "—", w.progress_change(row), w.status_change(row)])
        flow += [Spacer(1, 4), simple_table(w.CHANGE_HEADERS, rows, (11, 65, 28, 26, 26), st, center_from=3),
                 Spacer(1, 8)]
    return flow


def issues(data: ReportData, index: int, st: Styles) -> list:
    flow = [heading1(index, w.SECTION_TITLES[w.ISSUES], st), para(w.issues_sentence(data), st.body)]
    for sub, group in enumerate(data.issues, 1):
        flow.append(heading2(sub, group.unit, st))
        for n, row in enumerate(group.rows, 1):
            text = f"{n}. {w.task_name(row, data.multi_policy)}。" + "".join(
                line if line.endswith(("。", "！", "？")) else line + "。" for line in w.issue_lines(row))
            flow.append(para(text, st.body))
    return flow


def indicators(data: ReportData, index: int, st: Styles) -> list:
    flow = [heading1(index, w.SECTION_TITLES[w.INDICATORS], st)]
    parts = [p for p in data.policies if p.indicators]
    for sub, part in enumerate(parts, 1):
        if len(parts) > 1 or data.multi_policy:
            flow.append(heading2(sub, f"《{part.title}》", st))
        rows = [[n, *w.indicator_cells(info, data.period.year)] for n, info in enumerate(part.indicators, 1)]
        flow += [Spacer(1, 4), simple_table(w.INDICATOR_HEADERS, rows, (9, 40, 11, 22, 29, 29, 16), st,
                                            center_from=2), Spacer(1, 8)]
    return flow


BUILDERS = {
    w.SUMMARY: summary, w.CHARTS: charts, w.LAGGING: lagging, w.CHANGES: changes,
    w.ISSUES: issues, w.INDICATORS: indicators,
}
