"""The quarterly report lists each task's evidence files in the 附件 佐证材料清单 (read back
from the PDF and the Word file), and has no such 附件 when no task has any."""

from __future__ import annotations

from datetime import date

import docx

from tests.evidence.conftest import PERIOD, write_pdf, write_png
from tests.reports.pdf_text import pages, squeeze
from zjtracker.reports.narrative import attachment_names
from zjtracker.services.evidence import store
from zjtracker.services.reporting.data import build_report_data
from zjtracker.services.reporting.job import ReportRequest, run_report

TODAY = date(2025, 10, 15)


def _pdf_text(database, policy_id, target) -> str:
    run_report(database, ReportRequest(PERIOD, target, policy_id=policy_id, today=TODAY))
    return "".join(squeeze(page.text()) for page in pages(target))


def test_appendix_lists_the_files_per_task(database, policy_id, plans, tmp_path):
    assert "佐证材料清单" not in _pdf_text(database, policy_id, tmp_path / "无.pdf")
    store.add_files(database, plans[12], PERIOD, [write_png(tmp_path / "现场照片.png"), write_pdf(tmp_path / "验收通知.pdf")])
    store.add_files(database, plans[3], PERIOD, [write_png(tmp_path / "会议签到表.png", shade=40)])
    store.add_files(database, plans[5], "2025Q2", [write_png(tmp_path / "上季度.png", shade=90)])
    data = build_report_data(database, PERIOD, policy_id=policy_id, today=TODAY)
    assert data.evidence == {plans[3]: ["会议签到表.png"], plans[12]: ["现场照片.png", "验收通知.pdf"]}
    assert attachment_names(data)[-1] == "佐证材料清单"

    text = _pdf_text(database, policy_id, tmp_path / "报告.pdf")
    assert "佐证材料清单" in text.split("附件：", 1)[1][:200]  # named in the 附件说明
    appendix = text.rsplit("佐证材料清单", 1)[1]
    assert "（3）第3项任务" in appendix and "会议签到表.png" in appendix
    assert "（12）第12项任务" in appendix and "1．现场照片.png" in appendix and "2．验收通知.pdf" in appendix
    assert appendix.index("（3）") < appendix.index("（12）") and "上季度.png" not in text

    target = tmp_path / "报告.docx"
    run_report(database, ReportRequest(PERIOD, target, policy_id=policy_id, today=TODAY))
    document = docx.Document(str(target))
    table = next(t for t in document.tables if t.rows[0].cells[-1].text == "佐证材料")
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert [(r[0], r[1][:4], r[3]) for r in rows] == [("1", "（3）第", "会议签到表.png"),
                                                     ("2", "（12）", "1．现场照片.png\n2．验收通知.pdf")]
