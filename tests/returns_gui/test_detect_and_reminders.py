"""Telling a return from a policy document, guessing a ledger return's period, and the
printable 催报 list as PDF and as Excel (services; no Qt)."""

import re
import subprocess

import pytest
from openpyxl import load_workbook

from tests.returns.conftest import ledger_book, save
from tests.returns_gui.conftest import AFTER_Q3, DURING_Q3, PERIOD, sent_to
from zjtracker.services.periods import Period
from zjtracker.services.returns.reminder_list import reminder_list, write_reminder_list
from zjtracker.services.returns.detect import glance, guess_period, looks_like_return


def test_returns_are_told_from_policy_ledgers_and_other_files(database, policy_id, tmp_path):
    stamped = sent_to(database, policy_id, "市商务局", tmp_path).path
    filled = save(ledger_book([["一、市场准入", None, None, "（1）", "任务", "进展", None, None, 80, None, None]]),
                  tmp_path / "报回.xlsx")
    duties = save(ledger_book([["一、市场准入", "市商务局", None, "（1）", "任务"]],
                              header=["指标名称", "牵头单位", "责任单位", "序号", "工作任务"]), tmp_path / "清单.xlsx")
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    assert looks_like_return(stamped) and looks_like_return(filled)
    assert not looks_like_return(duties) and not looks_like_return(broken)
    assert not looks_like_return(tmp_path / "none.xlsx")
    seen = glance(stamped)
    assert (seen.stamped, seen.policy_id, seen.period, seen.period_guessed) == (True, policy_id, PERIOD, False)
    assert glance(filled).period == PERIOD and glance(filled).period_guessed  # 2025年第三季度工作任务台账


@pytest.mark.parametrize("text, period", [
    ("2025年第三季度工作任务台账", "2025Q3"), ("2024年三季度", "2024Q3"), ("2025年 第 1 季度", "2025Q1"),
    ("2025年上半年落实情况", "2025H1"), ("2025年7-8月", "2025B4"), ("2025年7—9月", "2025Q3"),
    ("2025年11月", "2025M11"), ("市商务局_2025Q3_报送表", "2025Q3"), ("截至2025年9月30日", None),
    ("2023年湛江市优化营商环境行动工作任务台账", None),
])
def test_the_period_is_read_from_a_title(text, period):
    found = guess_period([text])
    assert (str(found) if found else None) == period


def test_the_reminder_list_pdf_and_workbook(database, policy_id, tmp_path):
    sent_to(database, policy_id, "市税务局", tmp_path)
    data = reminder_list(database, policy_id, PERIOD, AFTER_Q3)
    assert [(m.name, m.state) for m in data.missing] == [
        ("市税务局", "overdue"), ("市商务局", "not_sent"), ("市市场监督管理局", "not_sent")]
    placed = write_reminder_list(data, tmp_path / "催报.pdf")
    assert placed == tmp_path / "催报.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(placed), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "2025年第三季度落实情况催报清单" in text and "截至2025年10月20日，共有 3 个单位" in text
    assert re.search(r"市税务局\s+2\s+0\s+0\s+逾期未报\s+\d{4}-\d\d-\d\d", text)
    assert re.search(r"市市场监督管理局\s+1\s+0\s+0\s+未发送报送表\s+—", text)
    table = [line for line in text.splitlines() if "局" in line and "截至" not in line]
    assert len(table) == 3 and not [line for line in table if "逾期未报" in line and "未发送" in line]
    assert "其中逾期未报1个，尚未发送报送表2个。报送时限：报告期结束后10日内" in "".join(text.split())
    placed = write_reminder_list(data, tmp_path / "催报.xlsx")
    sheet = load_workbook(placed)["催报清单"]
    assert sheet["A1"].value == "2025年第三季度落实情况催报清单"
    assert [c.value for c in sheet[4]] == ["序号", "单位", "牵头任务", "责任任务", "配合任务", "状态", "报送表发送时间", "催报记录"]
    assert [r[1] for r in sheet.iter_rows(min_row=5, max_row=7, values_only=True)] == [
        "市税务局", "市商务局", "市市场监督管理局"]
    assert sheet.freeze_panes == "A5" and sheet.page_setup.orientation == "portrait"


def test_a_period_with_every_return_in_says_so(database, policy_id, tmp_path):
    data = reminder_list(database, policy_id, Period.parse("2025Q3"), DURING_Q3)
    data.missing = []
    placed = write_reminder_list(data, tmp_path / "全部报回")  # no suffix: a PDF
    assert placed.suffix == ".pdf"
    text = subprocess.run(["pdftotext", str(placed), "-"], capture_output=True, text=True, check=True).stdout
    assert "全部 3 个责任单位都已报回" in text
