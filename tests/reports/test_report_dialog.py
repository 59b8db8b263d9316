"""The report dialog driven as the clerk uses it: choose, generate, look at the preview; the
database is refused; a locked target or a read-only folder is said, and the report saved
elsewhere only when the clerk agrees."""

import os
import re
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.reports.conftest import LEDGER_POLICY, poppler
from tests.reports.pdf_text import pages, squeeze
from zjtracker.exporting import safe_write
from zjtracker.reports import wording as w
from zjtracker.ui.reports import dialog_outcome
from zjtracker.ui.reports.dialog import SCOPE_POLICY, SCOPE_UNIT, ReportDialog

TIMEOUT = 60000


@pytest.fixture
def dialog(qtbot, filled):
    widget = ReportDialog(filled.db, "2023Q3")
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    return shown


def _choose_policy(dialog, policy_id):
    dialog.policy_box.setCurrentIndex(dialog.policy_box.findData(policy_id))
    dialog.scope_group.button(SCOPE_POLICY).click()


def _generate(qtbot, dialog, path):
    dialog.path_edit.setText(str(path))
    dialog.path_edit.textEdited.emit(str(path))  # as typed
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)


def test_generate_a_pdf_and_preview_it(qtbot, dialog, tmp_path):
    assert dialog.period() == "2023Q3"
    _choose_policy(dialog, LEDGER_POLICY)
    dialog.section_boxes[w.CHARTS].setChecked(False)
    target = tmp_path / "报告.pdf"
    _generate(qtbot, dialog, target)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=TIMEOUT)
    assert dialog.preview.page_count() > 5
    assert dialog.preview.view.document() is dialog.preview.document
    assert str(target) in dialog.status.text() and dialog.open_button.isEnabled()
    text = squeeze("".join(p.text() for p in pages(target)))
    assert "纳入统计的工作措施共472项" in text and "表1" in text and "图1" not in text  # no chart chosen
    from zjtracker.reports.fonts import font_substitutions, report_fonts

    note = font_substitutions(report_fonts())
    assert (note in dialog.status.text()) if note else "公文字体" not in dialog.status.text()


@pytest.fixture
def questions(monkeypatch):
    """The questions the dialog asks, each answered Yes."""
    asked = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_locked_target_is_saved_under_another_name_when_the_clerk_agrees(qtbot, dialog, tmp_path, monkeypatch,
                                                                           questions):
    target = tmp_path / "报告.pdf"
    target.write_bytes(b"open in a PDF reader")
    real = os.replace

    def replace(source, destination):
        if os.fspath(destination) == os.fspath(target):
            raise PermissionError(13, "being used by another process")
        real(source, destination)

    monkeypatch.setattr(safe_write.os, "replace", replace)
    dialog.scope_group.button(SCOPE_UNIT).click()
    dialog.unit_box.setEditText("市发改局")
    _generate(qtbot, dialog, target)
    assert "报告.pdf" in questions[0]  # replace the file that is there?
    qtbot.waitUntil(lambda: len(questions) == 2, timeout=TIMEOUT)
    saved = tmp_path / "报告（2）.pdf"
    assert "正被其他程序打开" in questions[1] and str(saved) in questions[1]
    assert saved.exists() and target.read_bytes() == b"open in a PDF reader"
    assert dialog.path_edit.text() == str(saved)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=TIMEOUT)
    assert dialog.preview.path == saved and dialog.preview.page_count() > 0


def test_a_read_only_folder_is_said_and_the_documents_folder_offered(qtbot, dialog, tmp_path, monkeypatch,
                                                                     questions):
    folder, documents = tmp_path / "共享", tmp_path / "文档"
    folder.mkdir()
    documents.mkdir()
    real = open

    def guarded_open(path, *args, **kwargs):
        if os.path.dirname(os.fspath(path)) == str(folder):
            raise PermissionError(13, "Access is denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(safe_write, "open", guarded_open, raising=False)
    monkeypatch.setattr(dialog_outcome, "fallback_folders", lambda: [documents])
    dialog.format_group.button(1).click()  # Word
    _generate(qtbot, dialog, folder / "报告.docx")
    qtbot.waitUntil(lambda: bool(questions), timeout=TIMEOUT)
    assert "无法写入文件夹" in questions[0] and "磁盘已满" not in questions[0]
    assert str(documents / "报告.docx") in questions[0]
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=TIMEOUT)
    assert (documents / "报告.docx").exists() and not any(folder.iterdir())


def test_the_database_is_refused_before_any_work(qtbot, dialog, filled, warnings):
    database_file = filled.db.file
    before = database_file.read_bytes()
    for button in (0, 2):  # PDF, Excel
        dialog.format_group.button(button).click()
        _generate(qtbot, dialog, database_file)
    assert len(warnings) == 2 and all("正在使用的数据库" in text for text in warnings)
    assert dialog._job is None and dialog.outcome is None
    assert database_file.read_bytes() == before


def test_word_and_excel(qtbot, dialog, tmp_path):
    from openpyxl import load_workbook

    dialog.format_group.button(1).click()
    assert dialog.path_edit.text().endswith(".docx")
    _generate(qtbot, dialog, tmp_path / "r.docx")
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=TIMEOUT)
    assert dialog.outcome.path == tmp_path / "r.docx" and dialog.outcome.path.exists()
    assert dialog.preview is None  # only PDFs open in the preview
    dialog.format_group.button(2).click()
    assert not dialog.section_boxes[w.SUMMARY].isEnabled()
    assert dialog.path_edit.text() == str(tmp_path / "r.xlsx")  # a typed name keeps its stem
    _choose_policy(dialog, LEDGER_POLICY)
    _generate(qtbot, dialog, tmp_path / "ledger.xlsx")
    qtbot.waitUntil(lambda: dialog.outcome.kind == "xlsx", timeout=TIMEOUT)
    assert load_workbook(tmp_path / "ledger.xlsx").sheetnames[-1] == "主要指标"


def test_an_unknown_unit_is_explained(qtbot, dialog, tmp_path, warnings):
    dialog.scope_group.button(SCOPE_UNIT).click()
    dialog.unit_box.setEditText("火星局")
    _generate(qtbot, dialog, tmp_path / "x.pdf")
    qtbot.waitUntil(lambda: bool(warnings), timeout=TIMEOUT)
    assert "火星局" in warnings[0] and not (tmp_path / "x.pdf").exists()
    assert dialog.generate_button.isEnabled()


def test_cancel_writes_nothing(qtbot, dialog, tmp_path):
    _generate(qtbot, dialog, tmp_path / "c.pdf")
    dialog._job.cancel()
    qtbot.waitUntil(lambda: dialog.generate_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.outcome is None and not any(tmp_path.glob("c*.pdf"))


def test_printing_renders_every_page_portrait(qtbot, filled, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from zjtracker.services.reporting.job import ReportRequest, run_report
    from zjtracker.ui.reports.preview import ReportPreview, print_pdf

    done = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "u.pdf", unit="市发改局",
                                               sections=(w.SUMMARY, w.DETAILS)))
    preview = ReportPreview(done.path)
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert print_pdf(preview.document, printer, 1, 3) == 3
    info = poppler("pdfinfo", "-f", "1", "-l", "3", str(tmp_path / "printed.pdf"))
    assert re.search(r"^Pages:\s+3$", info, re.MULTILINE)
    sizes = [line for line in info.splitlines() if line.startswith("Page ") and "size" in line]
    assert len(sizes) == 3 and all("595" in s.split("x")[0] for s in sizes)  # portrait paper
    assert subprocess.run(["pdftoppm", "-v"], capture_output=True).returncode == 0


def test_printing_runs_on_the_worker_and_the_window_stays_responsive(qtbot, filled, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from zjtracker.services.reporting.job import ReportRequest, run_report
    from zjtracker.ui.reports.preview import ReportPreview

    done = run_report(filled.db, ReportRequest("2023Q3", tmp_path / "u.pdf", unit="市发改局",
                                               sections=(w.SUMMARY, w.DETAILS)))
    preview = ReportPreview(done.path)
    qtbot.addWidget(preview)
    target = tmp_path / "打印" / "printed.pdf"
    target.parent.mkdir()

    def chosen(dialog):  # the clerk picks 打印到文件, pages 2–4
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(100)
        printer.setFromTo(2, 4)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", chosen)
    preview.print_button.click()
    assert not preview.print_button.isEnabled()  # the click returned at once: printing is on the worker
    qtbot.waitUntil(lambda: preview.print_button.isEnabled(), timeout=60000)
    assert preview.printed_pages == 3
    info = poppler("pdfinfo", str(target))
    assert re.search(r"^Pages:\s+3$", info, re.MULTILINE)
