"""The 附件 of the PDF report, each from a new landscape page: 附件N at the top left, its
title, its table. The names and their order are those of the 附件说明 (narrative.py)."""

from __future__ import annotations

from reportlab.platypus import NextPageTemplate, PageBreak

from zjtracker.reports import narrative as n
from zjtracker.reports import tables
from zjtracker.reports import wording as w
from zjtracker.reports.detail_table import detail_table
from zjtracker.reports.evidence_list import evidence_table
from zjtracker.reports.layout import L_WIDTH, Styles
from zjtracker.reports.pdf_body import para, simple_table
from zjtracker.reports.pdf_document import LANDSCAPE_PAGE
from zjtracker.reports.pdf_stream import Deferred
from zjtracker.reports.tables import Table
from zjtracker.services.reporting.data import ReportData


def indicators_table(data: ReportData) -> Table:
    table = Table(("序号", *w.INDICATOR_HEADERS[1:]), (14, 70, 18, 38, 46, 46, 25), centered_from=2)
    for part in data.policies:
        if not part.indicators:
            continue
        if data.multi_policy:
            table.band(f"《{part.title}》")
        for number, info in enumerate(part.indicators, 1):
            table.rows.append([str(number), *w.indicator_cells(info, data.period.year)])
    return table


def attachment_flow(data: ReportData, names: list[str], short: str, st: Styles, continued: bool = False):
    """A generator yielding a progress phrase per attachment; returns the flowables."""
    flow: list = []
    for number, name in enumerate(names, 1):
        yield f"正在编写：附件{number} {name}"
        label = "附件" if len(names) == 1 else f"附件{number}"
        flow += [NextPageTemplate(LANDSCAPE_PAGE), PageBreak(), para(label, st.attachment)]
        if name.endswith(n.DETAILS_SUFFIX):
            who = short if data.scope == "policy" else (data.scope_name if data.scope == "unit" else "")
            flow += [para(f"{who}{name}", st.attachment_title), detail_table(data, st, continued)]
            continue
        make = {
            n.LAGGING_NAME: tables.lagging_table, n.SILENT_NAME: tables.silent_table,
            n.CHANGES_NAME: tables.changes_table, n.ISSUES_NAME: tables.issues_table,
            n.INDICATORS_NAME: indicators_table, n.EVIDENCE_NAME: evidence_table,
        }[name]
        # made when its page is reached: one list's rows in memory at a time, not all of them
        flow += [para(name, st.attachment_title),
                 Deferred(lambda make=make: [simple_table(make(data), st, L_WIDTH, rows_first=False)])]
    return flow
