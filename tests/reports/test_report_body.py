"""The report as the clerk's superiors read it, with the 2023 ledger (472 tasks) filled from
returns of every unit but two: a body of at most eight pages in the order of a 报告, the
per-task lists in the 附件 after it, the units that sent nothing named with their counts,
nothing cut with …, the clerk's texts printed, and the same in Word."""

import re
import shutil

import pytest
from docx import Document

from tests.reports.conftest import LEDGER_POLICY
from tests.reports.pdf_text import pages, squeeze
from tests.reports.returns import NONE_WORDS, PROBLEMS, fill_returns
from zjtracker.db import open_database
from zjtracker.reports.clip import is_none_text
from zjtracker.services.reporting.data import build_report_data
from zjtracker.services.reporting.job import ReportRequest, run_report

SILENT = {"市中级人民法院", "市税务局"}


@pytest.fixture(scope="module")
def returned(sample_sqlite, tmp_path_factory):
    """The sample with returns for 2023Q2 and 2023Q3 (two units silent in 2023Q3)."""
    folder = tmp_path_factory.mktemp("returned")
    shutil.copy(sample_sqlite, folder / "returned.db")
    db = open_database(folder / "returned.db")
    fill_returns(db, LEDGER_POLICY, "2023Q2", seed=3)
    fill_returns(db, LEDGER_POLICY, "2023Q3", silent=SILENT)
    yield db, folder
    db.dispose()


@pytest.fixture(scope="module")
def ledger_pdf(returned):
    db, folder = returned
    done = run_report(db, ReportRequest("2023Q3", folder / "台账.pdf", policy_id=LEDGER_POLICY))
    return done, pages(done.path), build_report_data(db, "2023Q3", policy_id=LEDGER_POLICY)


def _body(read):
    return [p for p in read if not p.landscape]


def test_the_body_ends_by_page_eight_and_the_attachments_follow(ledger_pdf):
    done, read, _data = ledger_pdf
    body = _body(read)
    assert 3 <= len(body) <= 8, len(body)
    assert all(not p.landscape for p in read[: len(body)])  # the body first, then only 附件
    assert all(p.landscape for p in read[len(body):])
    first_attachment = squeeze(read[len(body)].text())
    assert first_attachment.startswith("附件1") and "落实情况明细表" in first_attachment
    text = squeeze("".join(p.text() for p in body))
    order = ["市政府督查室：", "按照《2023年湛江市优化营商环境行动工作任务台账》", "一、总体情况", "二、主要进展",
             "三、存在问题", "四、下一步工作", "附件：1．", "2023年10月10日"]
    assert [text.index(part) for part in order] == sorted(text.index(part) for part in order)
    last = squeeze(body[-1].text())
    assert "2023年10月10日" in last and "附件：" in last  # the date is not alone on its page
    assert len(squeeze(last.split("附件：")[0])) > 20  # the last paragraph stands above the 附件说明
    assert done.pages == len(read)


def test_not_reported_is_counted_apart_and_the_units_are_named(ledger_pdf):
    _done, read, data = ledger_pdf
    silent_rows = [r for r in data.rows if not r.reported]
    counts = dict(data.silent_units)
    assert set(counts) == SILENT and len(silent_rows) == 69
    text = squeeze("".join(p.text() for p in _body(read)))
    assert f"已报送落实情况{472 - 69}项，未报送69项" in text
    assert f"已报送的{472 - 69}项中" in text
    assert "未启动" not in text  # a task nobody reported on is not said to have not started
    for unit, count in counts.items():
        assert f"{unit}（{count}项）" in text
    attachments = squeeze("".join(p.text() for p in read if p.landscape))
    for unit, count in counts.items():
        assert f"{unit}（未报送{count}项）" in attachments
    with_percent = [r.percent for r in data.rows if r.reported and r.percent is not None]
    assert f"填报完成进度的{len(with_percent)}项平均完成进度{sum(with_percent) / len(with_percent):.1f}%" in text


def test_problems_drop_none_answers_and_merge_duplicates(ledger_pdf):
    _done, read, data = ledger_pdf
    text = squeeze("".join(p.text() for p in _body(read)))
    section = text[text.index("三、存在问题"):text.index("四、下一步工作")]
    for word in NONE_WORDS:
        if squeeze(word) and squeeze(word) not in ("无", "/", "—", "没有"):  # single words occur in prose
            assert squeeze(word) not in section, word
    by_unit = {}
    for row in data.rows:
        if row.reported and not is_none_text(row.problems):
            by_unit.setdefault(row.lead_units[0], set()).add(row.problems)
    distinct = sum(len(found) for found in by_unit.values())
    assert f"本期{len(by_unit)}个牵头单位反映问题{distinct}条" in section
    assert distinct <= len(by_unit) * len(PROBLEMS)  # the same sentence from one unit counted once
    stored_none = sum(1 for r in data.rows if r.reported and r.problems and is_none_text(r.problems))
    assert stored_none > 50  # the returns did say 无 / 暂无 / 无问题 many times


def test_nothing_is_cut_with_an_ellipsis(ledger_pdf):
    _done, read, _data = ledger_pdf
    everything = "".join(p.text() for p in read)
    assert not re.search(r"\d…", everything)
    assert "…" not in everything
    body = squeeze("".join(p.text() for p in _body(read)))
    assert "95%以上" in body and "98.6%" in body
    assert body.count("《") == body.count("》")  # every title in 书名号 closed
    assert "《工作任务台账》纳入统计的工作措施共472项" in body  # named once in full, then by its short name


def test_changes_only_in_the_attachment_and_only_real_ones(ledger_pdf):
    _done, read, data = ledger_pdf
    body = squeeze("".join(p.text() for p in _body(read)))
    assert "与上期（2023年第二季度）相比" in body and "→" not in body
    attachments = squeeze("".join(p.text() for p in read if p.landscape))
    assert "与上期相比有变化的事项" in attachments and "—→" not in attachments
    assert all(m.row.reported and m.row.previous_status for m in data.movements)


def test_a_first_period_prints_no_change_list(returned, tmp_path):
    db, _folder = returned
    done = run_report(db, ReportRequest("2023Q2", tmp_path / "q2.pdf", policy_id=LEDGER_POLICY))
    read = pages(done.path)
    text = squeeze("".join(p.text() for p in read))
    assert "本期为首个有报送数据的报告期" in text
    assert "与上期相比有变化的事项" not in text and "→" not in text


def test_the_clerks_texts_are_printed(returned, tmp_path):
    db, _folder = returned
    edits = {"recipient": "市人民政府：", "issuer": "湛江市市场监督管理局", "signed_on": "2023年10月8日",
             "next_steps": "（一）逐项销号。对照台账逐项销号管理。\n（二）强化通报。每月通报进展。",
             "short_name": "《营商环境台账》"}
    done = run_report(db, ReportRequest("2023Q3", tmp_path / "edited.pdf", policy_id=LEDGER_POLICY,
                                        edits=edits))
    body = _body(pages(done.path))
    text = squeeze("".join(p.text() for p in body))
    assert "市人民政府：" in text and "市政府督查室" not in text
    assert "以下简称《营商环境台账》" in text and "《营商环境台账》纳入统计" in text
    last = squeeze(body[-1].text())
    assert "强化通报。每月通报进展。" in last and "湛江市市场监督管理局" in last and "2023年10月8日" in last
    assert last.index("湛江市市场监督管理局") < last.index("2023年10月8日")


def test_the_word_report_says_the_same(returned, tmp_path):
    db, _folder = returned
    done = run_report(db, ReportRequest("2023Q3", tmp_path / "台账.docx", policy_id=LEDGER_POLICY))
    doc = Document(done.path)
    paragraphs = [p.text for p in doc.paragraphs]
    text = "\n".join(paragraphs)
    assert "市政府督查室：" in paragraphs
    assert "已报送落实情况403项，未报送69项" in text and "未启动" not in text
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings[:4] == ["一、总体情况", "二、主要进展", "三、存在问题", "四、下一步工作"]
    date_at = paragraphs.index("2023年10月10日")
    note_at = next(i for i, p in enumerate(paragraphs) if p.startswith("附件：1．"))
    assert note_at < date_at < paragraphs.index("附件1")
    assert all(doc.paragraphs[i].paragraph_format.keep_with_next for i in range(note_at - 1, date_at))
    cells = "".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "…" not in text + cells
    assert "市中级人民法院（未报送48项）" in cells.replace("\n", "")


def test_the_chart_reads_in_grey_and_its_numbers_stand_in_a_table(ledger_pdf):
    from zjtracker.reports.charts import GREYS, OUTLINE, SOLID
    from zjtracker.services.reporting.data import STATUSES

    looks = [(GREYS[s][0], GREYS[s][1]) for s in STATUSES]
    assert len(set(looks)) == len(STATUSES)  # no two states alike on a grey-scale printer
    solid = sorted(int(fill[1:3], 16) for fill, pattern in looks if pattern == SOLID)
    assert all(b - a >= 0x30 for a, b in zip(solid, solid[1:]))  # solid greys well apart
    assert sum(1 for _f, pattern in looks if pattern not in (SOLID, OUTLINE)) >= 3  # hatched, crossed, dotted
    _done, read, data = ledger_pdf
    text = squeeze("".join(p.text() for p in _body(read)))
    assert "图1各领域推进情况（单位：项；数据见表1）" in text
    assert text.index("表1各领域推进情况") < text.index("图1")
    table = text[text.index("表1各领域推进情况"):text.index("表2")]
    for area in data.policies[0].by_area:  # a long name wraps in its cell: its first line, then the numbers
        numbers = f"{area.total}{area.counts['未报送']}{area.reported}{area.counts['已完成']}"
        assert re.search(re.escape(area.name[:9]) + r"[^（]{0,4}" + numbers, table), area.name


def test_the_date_defaults_to_the_reporting_deadline_the_policy_states(sample_db):
    from datetime import date

    from zjtracker.db.models import Policy
    from zjtracker.services.reporting.job import generated_texts

    assert generated_texts(sample_db, "2023Q3", LEDGER_POLICY).signed_on == date(2023, 10, 10)  # unstated
    with sample_db.session() as session:
        session.get(Policy, LEDGER_POLICY).text = "各牵头单位每季度结束后5日内报送落实情况。"
    texts = generated_texts(sample_db, "2023Q3", LEDGER_POLICY, today=date(2024, 3, 1))
    assert texts.signed_on == date(2023, 10, 5)
    assert texts.recipient == "市政府督查室：" and texts.short_name == "《工作任务台账》"


def test_a_chart_without_the_tables_still_brings_its_numbers(returned, tmp_path):
    from zjtracker.reports import wording as w

    db, _folder = returned
    done = run_report(db, ReportRequest("2023Q3", tmp_path / "chart.pdf", policy_id=LEDGER_POLICY,
                                        sections=(w.CHARTS,)))
    text = squeeze("".join(p.text() for p in pages(done.path)))
    assert "表1各领域推进情况" in text and "图1各领域推进情况（单位：项；数据见表1）" in text
    assert "表2" not in text and "附件" not in text  # no 附件 chosen: no 附件说明, no landscape pages


def test_a_period_nobody_reported_on_claims_no_first_period(returned, tmp_path):
    db, _folder = returned
    done = run_report(db, ReportRequest("2023Q4", tmp_path / "q4.pdf", policy_id=LEDGER_POLICY))
    text = squeeze("".join(p.text() for p in pages(done.path)))
    assert "本期尚无报送数据，不作与上期的比较。" in text
    assert "首个有报送数据" not in text and "本期新完成" not in text
