"""打开 with no program for the file's kind (a machine without a PDF viewer) says so beside
the list, naming the file and where its copy is; the click does not seem to do nothing."""

from pathlib import Path

from PySide6.QtGui import QDesktopServices

from tests.evidence_ui.conftest import PERIOD, write_pdf
from zjtracker.services.evidence.store import add_files
from zjtracker.ui.evidence.panel import EvidencePanel


def test_no_program_to_open_the_file_is_said_with_the_copy(qtbot, ui_db, plans, tmp_path, monkeypatch):
    add_files(ui_db, plans[3], PERIOD, [write_pdf(tmp_path / "纪要.pdf")])
    panel = EvidencePanel(ui_db)
    qtbot.addWidget(panel)
    panel.show_plan(plans[3], PERIOD)
    asked = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url.toLocalFile()) or False)
    panel.ui.files.item(0).setSelected(True)
    panel.ui.open_button.click()
    assert len(asked) == 1 and Path(asked[0]).read_bytes() == (tmp_path / "纪要.pdf").read_bytes()
    assert not panel.ui.notice.isHidden()
    assert "纪要.pdf" in panel.ui.notice.text() and asked[0] in panel.ui.notice.text()


def test_an_opened_file_leaves_no_notice(qtbot, ui_db, plans, tmp_path, monkeypatch):
    add_files(ui_db, plans[3], PERIOD, [write_pdf(tmp_path / "纪要.pdf")])
    panel = EvidencePanel(ui_db)
    qtbot.addWidget(panel)
    panel.show_plan(plans[3], PERIOD)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    panel.ui.files.item(0).setSelected(True)
    panel.ui.open_button.click()
    assert panel.ui.notice.isHidden()
