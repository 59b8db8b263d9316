"""The composer driven as the clerk uses it: open it from the report dialog, edit 主送 and a
paragraph, save, print; the PDF carries the edits; a new dialog on the same database (a
restart) shows them; 恢复生成的文字 brings the generated text back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.reports.conftest import LEDGER_POLICY
from tests.reports.pdf_text import pages, squeeze
from tests.ui.conftest import type_text
from zjtracker.reports import wording as w
from zjtracker.services.reporting.texts import load_edits
from zjtracker.ui.reports.dialog import SCOPE_POLICY, ReportDialog

TIMEOUT = 60000
RECIPIENT = "湛江市人民政府办公室："
PARAGRAPH = "本季度营商环境改革总体平稳，重点任务按月调度，局长已专题听取汇报。"


def _dialog(qtbot, db):
    dialog = ReportDialog(db, "2023Q3")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.policy_box.setCurrentIndex(dialog.policy_box.findData(LEDGER_POLICY))
    dialog.scope_group.button(SCOPE_POLICY).click()
    return dialog


def _composer(qtbot, dialog):
    qtbot.mouseClick(dialog.compose_button, Qt.MouseButton.LeftButton)
    from zjtracker.ui.reports.composer import ReportComposer

    qtbot.waitUntil(lambda: any(c.isVisible() and c.isEnabled() for c in dialog.findChildren(ReportComposer)),
                    timeout=TIMEOUT)
    composer = [c for c in dialog.findChildren(ReportComposer) if c.isVisible()][-1]
    return composer


def _save(qtbot, composer):
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(composer.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_edits_print_survive_a_restart_and_reset(qtbot, filled, tmp_path):
    dialog = _dialog(qtbot, filled.db)
    assert "generated" in dialog.edits_label.text() or "生成" in dialog.edits_label.text()
    composer = _composer(qtbot, dialog)
    ui = composer.ui
    generated_overview = ui.text_of("overview")
    assert "472项" in generated_overview and ui.text_of("signed_on") == "2023年10月10日"
    assert not ui.resets["recipient"].isEnabled()
    ui.editors["recipient"].clear()
    type_text(ui.editors["recipient"], RECIPIENT)
    ui.tabs.setCurrentIndex(1)
    ui.editors["overview"].moveCursor(ui.editors["overview"].textCursor().MoveOperation.Start)
    type_text(ui.editors["overview"], PARAGRAPH + "\n\n")
    assert ui.resets["recipient"].isEnabled() and ui.tabs.tabText(1).endswith("*")
    _save(qtbot, composer)
    assert not composer.isVisible()
    saved = load_edits(filled.db, "2023Q3", policy_id=LEDGER_POLICY)
    assert saved["recipient"] == RECIPIENT and saved["overview"].startswith(PARAGRAPH)
    assert set(saved) == {"recipient", "overview"}  # the untouched fields follow the data
    assert dialog.edits_label.text().startswith("2")

    for section in (w.CHARTS, w.DETAILS):
        dialog.section_boxes[section].setChecked(False)
    target = tmp_path / "报告.pdf"
    dialog.path_edit.setText(str(target))
    dialog.path_edit.textEdited.emit(str(target))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=TIMEOUT)
    first = squeeze(pages(target)[0].text())
    assert squeeze(RECIPIENT) in first and squeeze(PARAGRAPH) in first
    dialog.close()

    again = _dialog(qtbot, filled.db)  # the program started again on the same database
    composer = _composer(qtbot, again)
    assert composer.ui.text_of("recipient") == RECIPIENT
    assert composer.ui.text_of("overview").startswith(PARAGRAPH)
    qtbot.mouseClick(composer.ui.resets["overview"], Qt.MouseButton.LeftButton)
    assert composer.ui.text_of("overview") == generated_overview
    _save(qtbot, composer)
    assert load_edits(filled.db, "2023Q3", policy_id=LEDGER_POLICY) == {"recipient": RECIPIENT}

    composer = _composer(qtbot, again)
    qtbot.mouseClick(composer.ui.reset_all, Qt.MouseButton.LeftButton)
    assert composer.ui.text_of("recipient") != RECIPIENT
    _save(qtbot, composer)
    assert load_edits(filled.db, "2023Q3", policy_id=LEDGER_POLICY) == {}


def test_a_wrong_date_is_said_and_nothing_is_saved(qtbot, filled, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    dialog = _dialog(qtbot, filled.db)
    composer = _composer(qtbot, dialog)
    composer.ui.editors["signed_on"].clear()
    type_text(composer.ui.editors["signed_on"], "十月二十日")
    type_text(composer.ui.editors["issuer"], "湛江市政务服务数据管理局")
    _save(qtbot, composer)
    assert composer.isVisible() and "成文日期“十月二十日”" in shown[-1]
    assert load_edits(filled.db, "2023Q3", policy_id=LEDGER_POLICY) == {}
    composer.ui.editors["signed_on"].clear()
    type_text(composer.ui.editors["signed_on"], "2023年10月20日")
    _save(qtbot, composer)
    assert load_edits(filled.db, "2023Q3", policy_id=LEDGER_POLICY) == {
        "signed_on": "2023-10-20", "issuer": "湛江市政务服务数据管理局"}


def test_a_unit_report_in_word_prints_what_was_saved_for_that_unit(qtbot, filled, tmp_path, monkeypatch):
    from docx import Document

    from zjtracker.services.reporting.texts import save_edits
    from zjtracker.ui.reports.dialog import SCOPE_UNIT

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    save_edits(filled.db, "2023Q3", {"issuer": "湛江市发展和改革局", "recipient": RECIPIENT}, unit="市发改局")
    dialog = ReportDialog(filled.db, "2023Q3")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.scope_group.button(SCOPE_UNIT).click()
    assert dialog.compose() is None and shown == ["Choose the unit the report is about."]  # no unit yet
    dialog.unit_box.setEditText("市发展和改革局")
    dialog.format_group.button(1).click()  # Word
    assert dialog.edits_label.text().startswith("2")
    target = tmp_path / "单位.docx"
    dialog.path_edit.setText(str(target))
    dialog.path_edit.textEdited.emit(str(target))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=TIMEOUT)
    text = "\n".join(p.text for p in Document(target).paragraphs)
    assert RECIPIENT in text and "湛江市发展和改革局" in text


def test_a_unit_not_in_the_registry_is_said_and_the_composer_closes(qtbot, filled, monkeypatch):
    from zjtracker.ui.reports.composer import ReportComposer
    from zjtracker.ui.reports.dialog import SCOPE_UNIT

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text))
    dialog = ReportDialog(filled.db, "2023Q3")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.scope_group.button(SCOPE_UNIT).click()
    dialog.unit_box.setEditText("火星局")
    composer = dialog.compose()
    assert isinstance(composer, ReportComposer)
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT)
    assert "单位“火星局”不在单位名录中" in shown[0]
    qtbot.waitUntil(lambda: not composer.isVisible(), timeout=TIMEOUT)


def test_cancel_asks_before_throwing_typed_text_away(qtbot, filled, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = _dialog(qtbot, filled.db)
    composer = _composer(qtbot, dialog)
    type_text(composer.ui.editors["issuer"], "湛江市商务局")
    qtbot.keyClick(composer, Qt.Key.Key_Escape)
    assert composer.isVisible() and len(asked) == 1  # the clerk chose to stay
    qtbot.keyClick(composer, Qt.Key.Key_Escape)
    assert not composer.isVisible() and len(asked) == 2
    assert load_edits(filled.db, "2023Q3", policy_id=LEDGER_POLICY) == {}
