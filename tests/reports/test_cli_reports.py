"""`report` and `export-ledger` as a script runs them: real processes, real files."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.reports.conftest import LEDGER_POLICY
from tests.reports.pdf_text import pages, squeeze

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, "-m", "zjtracker", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=dict(os.environ), timeout=300)


@pytest.fixture
def db_file(filled, tmp_path):
    path = tmp_path / "copy.db"
    filled.db.dispose()
    shutil.copy(filled.db.engine.url.database, path)
    return path


def test_report_pdf_and_docx(db_file, tmp_path):
    target = tmp_path / "季度 报告.pdf"
    done = run("--db", db_file, "report", "--period", "2023Q3", "-o", target)
    assert done.returncode == 0, done.stderr
    assert str(target) in done.stdout and "页" in done.stdout
    text = squeeze("".join(p.text() for p in pages(target)))
    assert "纳入统计的工作措施共518项" in text
    from zjtracker.reports.fonts import font_substitutions, report_fonts

    note = font_substitutions(report_fonts())
    if note:  # the 公文 faces are missing on this machine: said on stderr, not hidden
        assert note in done.stderr and "方正小标宋" in done.stderr
    done = run("--db", db_file, "report", "--period", "2023Q3", "--unit", "市发改局", "-o", tmp_path / "u.docx")
    assert done.returncode == 0, done.stderr
    assert Document(tmp_path / "u.docx").paragraphs[0].text == "关于市发展和改革局2023年第三季度政策措施落实情况的报告"


def test_export_ledger(db_file, tmp_path):
    target = tmp_path / "台账.xlsx"
    done = run("--db", db_file, "export-ledger", "--policy", LEDGER_POLICY, "--period", "2023Q3", "-o", target)
    assert done.returncode == 0, done.stderr
    ws = load_workbook(target).worksheets[0]
    assert ws["F3"].value.startswith("便利企业分支机构") and ws.max_row == 2 + 472


@pytest.mark.parametrize("args, words", [
    (["report", "--period", "2023Q5", "-o", "x.pdf"], "报告期“2023Q5”的写法不对"),
    (["report", "--period", "2023Q3", "--unit", "火星局", "-o", "x.pdf"], "单位“火星局”不在单位名录中"),
    (["report", "--period", "2023Q3", "--policy", "99", "-o", "x.pdf"], "没有编号为 99 的政策文件"),
    (["report", "--period", "2023Q3", "-o", "x.txt"], "扩展名应为 .pdf、.docx"),
    (["export-ledger", "--policy", "2", "--period", "2023Q3", "-o", "x.pdf"], "扩展名应为 .xlsx"),
    (["export-ledger", "--policy", "2", "--period", "23Q3", "-o", "x.xlsx"], "写法不对"),
])
def test_wrong_usage_exits_2_with_a_chinese_sentence(db_file, tmp_path, args, words):
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    done = run("--db", db_file, *args)
    assert done.returncode == 2, done.stderr
    assert words in done.stderr and "Traceback" not in done.stderr
    assert not any(tmp_path.glob("x.*"))


def test_a_period_without_plans_is_refused(db_file, tmp_path):
    done = run("--db", db_file, "report", "--period", "2019Q3", "-o", tmp_path / "x.pdf")
    assert done.returncode == 1 and "2019" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()
