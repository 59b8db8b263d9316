"""The PDF report read back: counts, task texts, page numbers where GB/T 9704 puts them,
every font embedded, and not one character of a table cell lost."""

import pytest
from reportlab.lib.units import mm

from tests.reports.conftest import LEDGER_POLICY, TODAY
from tests.reports.pdf_text import column_text, fonts, pages, piece_within, squeeze
from zjtracker.reports import wording as w
from zjtracker.reports.detail_table import MIN_SPLIT, columns, split_text
from zjtracker.reports.layout import L_BOTTOM, L_LEFT, L_TOP
from zjtracker.services.reporting.data import build_report_data
from zjtracker.services.reporting.job import ReportRequest, run_report


@pytest.fixture
def whole_report(filled, tmp_path):
    target = tmp_path / "报告 2023Q3.pdf"
    done = run_report(filled.db, ReportRequest("2023Q3", target, today=TODAY))
    return done, pages(target), build_report_data(filled.db, "2023Q3", today=TODAY)


def test_counts_sections_and_date(whole_report):
    done, read, _data = whole_report
    assert done.path.exists() and done.pages == len(read) and not done.moved
    first = squeeze(read[0].text())
    assert "关于2023年第三季度政策措施落实情况的报告" in first
    assert "市政府督查室：" in first and "现将4项政策文件2023年第三季度落实情况报告如下" in first
    assert "纳入统计的工作措施共518项" in first and "已报送落实情况8项，未报送510项" in first
    assert ("已报送的8项中，已完成1项（占12.5%），序时推进5项（占62.5%），滞后1项（占12.5%），"
            "超期1项（占12.5%）") in first  # shares over what was reported, 未启动 never invented
    body_pages = [p for p in read if not p.landscape]
    body = squeeze("".join(p.text() for p in body_pages))
    for heading in ("一、总体情况", "二、主要进展", "三、存在问题", "四、下一步工作"):
        assert heading in body
    assert body.index("一、总体情况") < body.index("二、主要进展") < body.index("三、存在问题") \
        < body.index("四、下一步工作") < body.index("附件：1．")
    assert "本期新完成1项，转为滞后或超期1项，完成进度下降1项" in body
    assert "80%→70%" not in body  # the changed tasks are listed in the 附件 only
    attachments = squeeze("".join(p.text() for p in read if p.landscape))
    assert "80%→70%" in attachments and "60%→100%" in attachments and "—→" not in attachments
    assert "与上期相比有变化的事项" in attachments and "未报送事项清单" in attachments
    assert "2023年10月10日" in squeeze(body_pages[-1].text())  # the reporting deadline, not the day of printing
    assert "2023年10月20日" not in body
    assert "请市政府督办。" in attachments  # suggestions in full in the 附件
    assert len(body_pages) <= 8


def test_page_numbers_alternate_sides_and_pages_turn(whole_report):
    _done, read, _data = whole_report
    assert not read[0].landscape and read[-1].landscape
    for page in read:
        foot = [word for word in page.words if word.text == str(page.number) and word.y0 > page.height * 0.85]
        assert len(foot) == 1, f"page {page.number}"
        dashes = [word for word in page.words if word.text == "—" and abs(word.y0 - foot[0].y0) < 2]
        assert len(dashes) == 2, f"page {page.number}"  # — n —
        if page.number % 2:
            assert foot[0].x0 > page.width * 0.75, f"odd page {page.number} numbered on the right"
        else:
            assert foot[0].x1 < page.width * 0.25, f"even page {page.number} numbered on the left"
    attachment = next(p for p in read if p.landscape)
    assert "附件" in attachment.text() and "2023年第三季度落实情况明细表" in squeeze(attachment.text())


def test_every_font_is_embedded(whole_report):
    done, _read, _data = whole_report
    found = fonts(done.path)
    assert found and all(embedded for _name, embedded in found), found
    assert not any("STSong" in name or "Helvetica" in name for name, _ in found)


def _table_stream(data, text_of, leak) -> str:
    """What one column of the detail table holds, top to bottom: each measure's cell text, and
    for the rows that span the table (policy, area, group) the part of them drawn over the column."""
    parts, last = [], (None, None, None)
    for row in data.rows:
        if row.policy_id != last[0]:
            parts.append(leak(f"《{row.policy_title}》", "area"))
        if (row.policy_id, row.area_id) != last[:2]:
            parts.append(leak(f"{row.area_label}{row.area_title}", "area"))
        group = (row.policy_id, row.area_id, row.group_label + row.group_text)
        if (row.group_label or row.group_text) and group != last:
            parts.append(leak(f"{row.group_label}{row.group_text}", "group"))
        last = group
        parts.append(text_of(row))
    return squeeze("".join(parts))


def test_no_table_cell_text_is_lost(whole_report, filled):
    from zjtracker.reports.detail_table import PAD
    from zjtracker.reports.layout import styles

    done, read, data = whole_report
    st = styles()
    style = {"area": st.cell_area, "group": st.cell_group}
    left, edges = L_LEFT, {}
    for key, width in columns(data.rows):
        edges[key] = (left, left + width * mm)
        left += width * mm
    headers = {"task": w.DETAIL_HEADERS[1], "status_text": w.DETAIL_HEADERS[4], "plan": "2023年度计划"}
    got = {}
    for key, text_of in (("task", lambda r: r.measure_text), ("status_text", lambda r: r.status_text),
                         ("plan", lambda r: r.plan_text)):
        def leak(text, kind, key=key):
            return piece_within(text, style[kind].fontName, style[kind].fontSize, L_LEFT + PAD, *edges[key])

        got[key] = column_text(done.path, read, *edges[key], headers[key], L_TOP, L_BOTTOM)
        assert got[key] == _table_stream(data, text_of, leak), key
    assert squeeze(filled.texts["huge_status"]) in got["status_text"]
    assert squeeze(filled.texts["long_status"]) in got["status_text"]
    assert squeeze(filled.texts["formula_status"]) in got["status_text"]
    assert squeeze(filled.rows["long"].measure_text) in got["task"]


def _pages_of(read, huge):
    last = huge.count("跨页长文本第")
    landscape = [p for p in read if p.landscape]
    starts = [p.number for p in landscape if "1.跨页长文本第1项" in squeeze(p.text())]
    ends = [p.number for p in landscape if f"{last}.跨页长文本第{last}项" in squeeze(p.text())]
    return starts, ends


def test_a_cell_taller_than_a_page_runs_on_over_pages(whole_report, filled):
    _done, read, _data = whole_report
    starts, ends = _pages_of(read, filled.texts["huge_status"])
    assert len(starts) == len(ends) == 1 and ends[0] >= starts[0] + 2
    assert not any("（续）" in p.text() for p in read)  # broken at the page foot, not cut into rows


def test_when_reportlab_cannot_break_a_row_it_is_cut_into_continued_rows(filled, tmp_path, monkeypatch):
    from zjtracker.reports import detail_table

    monkeypatch.setattr(detail_table, "MIN_SPLIT", 10_000)  # no row may break: plain reportlab fails
    huge = filled.texts["huge_status"]
    assert len(split_text(huge, 97)) > 1
    done = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "c.pdf", policy_id=LEDGER_POLICY,
                                               sections=(w.DETAILS,), today=TODAY))
    read = pages(done.path)
    starts, ends = _pages_of(read, huge)
    assert len(starts) == len(ends) == 1 and ends[0] > starts[0]
    assert any("（续）" in p.text() for p in read)
    data = build_report_data(filled.db, "2023Q3", policy_id=LEDGER_POLICY, today=TODAY)
    left = L_LEFT + sum(width for key, width in columns(data.rows)[:3]) * mm
    right = left + dict(columns(data.rows))["status_text"] * mm
    got = column_text(done.path, read, left, right, w.DETAIL_HEADERS[4], L_TOP, L_BOTTOM)
    assert got == squeeze("".join(r.status_text for r in data.rows))


def test_one_policy_and_one_unit(filled, tmp_path):
    policy = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "p.pdf", policy_id=LEDGER_POLICY, today=TODAY))
    text = squeeze("".join(p.text() for p in pages(policy.path)))
    assert "关于《2023年湛江市优化营商环境行动工作任务台账》2023年第三季度落实情况的报告" in text
    assert "纳入统计的工作措施共472项" in text
    unit = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "u.pdf", unit="市发改局", today=TODAY,
                                               sections=(w.SUMMARY, w.DETAILS)))
    read = pages(unit.path)
    text = squeeze("".join(p.text() for p in read))
    assert "关于市发展和改革局2023年第三季度政策措施落实情况的报告" in text
    assert "市发展和改革局牵头或参与、纳入统计的工作措施" in text
    body = squeeze("".join(p.text() for p in read if not p.landscape))
    assert "四、下一步工作" in body and "表1" in body
    assert "附件：2023年第三季度落实情况明细表" in body  # one 附件: the lists were not chosen
    assert "未报送事项清单" not in text


def test_indicator_table(sample_db, tmp_path):
    from zjtracker.services.indicators import policy_indicators, set_actual

    gdp = policy_indicators(sample_db, 3)[0]
    set_actual(sample_db, gdp.id, 2021, 7.7)
    done = run_report(sample_db, ReportRequest("2021Q4", tmp_path / "i.pdf", policy_id=3,
                                               sections=(w.INDICATORS,)))
    read = pages(done.path)
    text = squeeze("".join(p.text() for p in read if p.landscape))
    assert "主要指标完成情况" in text
    assert "地区生产总值增长" in text and "7.7（2021年）" in text and "110%" in text
    assert "控制在3.5%" in text and "20%左右" in text


def test_five_hundred_rows_build_about_as_fast_as_plain_reportlab(sample_db):
    import io
    import time

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from zjtracker.reports.layout import styles
    from zjtracker.reports.pdf_report import iter_pdf

    data = build_report_data(sample_db, "2023Q3", today=TODAY)
    st = styles()
    started = time.perf_counter()
    plain = [[Paragraph(t, st.cell) for t in (r.measure_label, r.measure_text, "、".join(r.lead_units),
                                              r.plan_text, r.status_text, "", r.status)] for r in data.rows]
    SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4), initialFontName=st.fonts.song).build(
        [Table(plain, colWidths=[w * mm for _, w in columns(data.rows)], repeatRows=1, splitByRow=0,
               splitInRow=MIN_SPLIT)])
    baseline = time.perf_counter() - started
    started = time.perf_counter()
    work = iter_pdf(data, (w.DETAILS,))
    while True:
        try:
            next(work)
        except StopIteration:
            break
    ours = time.perf_counter() - started
    print("ours", ours, "baseline", baseline)
    assert ours < 2.5 * baseline + 1.0, (ours, baseline)


def test_nothing_is_written_when_the_generator_is_stopped(filled, tmp_path):
    from zjtracker.services.reporting.job import iter_report

    folder = tmp_path / "out"
    folder.mkdir()
    work = iter_report(filled.db, ReportRequest("2023Q3", folder / "stopped.pdf"))
    for _ in range(3):
        next(work)
    work.close()
    assert list(folder.iterdir()) == []
