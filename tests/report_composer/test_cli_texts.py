"""`report` prints what the clerk saved in the composer; --to, --issuer, --date, --next-steps
FILE and --short-name replace it for one run; a wrong date or a missing file is a usage
sentence in Chinese (exit 2) and writes nothing."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from tests.reports.conftest import LEDGER_POLICY
from tests.reports.pdf_text import pages, squeeze
from zjtracker.db import open_database
from zjtracker.services.reporting.texts import save_edits

ROOT = Path(__file__).resolve().parents[2]
SAVED = {"recipient": "市政府督查室：", "issuer": "湛江市营商环境建设工作领导小组办公室",
         "next_steps": "一是继续压实牵头单位责任。"}


def run(*args):
    return subprocess.run([sys.executable, "-m", "zjtracker", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT, env=dict(os.environ), timeout=300)


@pytest.fixture
def db_file(filled, tmp_path):
    save_edits(filled.db, "2023Q3", SAVED, policy_id=LEDGER_POLICY)
    path = tmp_path / "copy.db"
    filled.db.dispose()
    shutil.copy(filled.db.engine.url.database, path)
    return path


def _body(pdf: Path) -> str:
    return squeeze("".join(p.text() for p in pages(pdf)[:10]))


def _report(db_file, target, *options):
    return run("--db", db_file, "report", "--period", "2023Q3", "--policy", LEDGER_POLICY, "-o", target, *options)


def test_saved_texts_print_when_no_option_is_given(db_file, tmp_path):
    done = _report(db_file, tmp_path / "saved.pdf")
    assert done.returncode == 0, done.stderr
    body = _body(tmp_path / "saved.pdf")
    for text in SAVED.values():
        assert squeeze(text) in body
    assert "2023年10月10日" in body  # 成文日期: the reporting deadline, not the day it printed


def test_options_replace_the_saved_texts(db_file, tmp_path):
    steps = tmp_path / "下一步.txt"
    steps.write_bytes("（一）开展专项督查。\r\n\r\n（二）建立月调度机制。".encode("gb18030"))
    target = tmp_path / "options.docx"
    done = _report(db_file, target, "--to", "市委办公室、市政府办公室：", "--issuer", "湛江市发展和改革局",
                   "--date", "2023-10-20", "--next-steps", steps, "--short-name", "《营商台账》")
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.text for p in Document(target).paragraphs)
    assert "市委办公室、市政府办公室：" in text and "湛江市发展和改革局" in text
    assert "2023年10月20日" in text and "（二）建立月调度机制。" in text and "《营商台账》" in text
    assert SAVED["recipient"] not in text and SAVED["issuer"] not in text and SAVED["next_steps"] not in text
    reopened = open_database(db_file)  # the options are for this run only
    try:
        from zjtracker.services.reporting.texts import load_edits

        assert load_edits(reopened, "2023Q3", policy_id=LEDGER_POLICY) == SAVED
    finally:
        reopened.dispose()


@pytest.mark.parametrize("options, words", [
    (["--date", "十月二十日"], "用法错误：--date：成文日期“十月二十日”不是一个日期，应写作 2023年10月20日 或 2023-10-20。"),
    (["--date", "2023-02-30"], "用法错误：--date：成文日期“2023-02-30”不是一个日期"),
    (["--next-steps", "没有这个文件.txt"], "用法错误：--next-steps：找不到文件“没有这个文件.txt”"),
])
def test_a_wrong_option_is_a_chinese_usage_sentence(db_file, tmp_path, options, words):
    target = tmp_path / "x.pdf"
    done = _report(db_file, target, *options)
    assert done.returncode == 2 and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and not target.exists()


def test_a_report_without_an_issuer_says_how_to_sign_it(filled, tmp_path):
    """The office is recorded nowhere yet (no saved texts, the policy issued by a 人民政府): the
    report prints without a 发文机关署名 and the command says how to give one."""
    path = tmp_path / "fresh.db"
    filled.db.dispose()
    shutil.copy(filled.db.engine.url.database, path)
    done = _report(path, tmp_path / "unsigned.pdf")
    assert done.returncode == 0, done.stderr
    assert "没有发文机关署名" in done.stderr and "--issuer" in done.stderr
    signed = _report(path, tmp_path / "signed.docx", "--issuer", "湛江市商务局")
    assert signed.returncode == 0 and "发文机关署名" not in signed.stderr
