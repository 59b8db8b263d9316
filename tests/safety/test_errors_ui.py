"""In the GUI: a problem the clerk can act on is a message; a program error is a dialog with
details to copy; exceptions escaping slots are routed through these."""

from __future__ import annotations

import errno
import sqlite3
import sys

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QGuiApplication

from tests.safety.conftest import ModalAnswers
from zjtracker.db import open_database
from zjtracker.importing.errors import ImportRefused
from zjtracker.ui.errors import BugDialog, install_excepthook, problem_text, show_problem


def _locked_error(tmp_path):
    path = tmp_path / "台账.db"
    open_database(path).dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        sqlite3.connect(path, timeout=0.05).execute("INSERT INTO units (name, kind) VALUES ('x', 'y')")
    except sqlite3.OperationalError as error:
        return error
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    raise AssertionError("the insert was not blocked")


def test_which_errors_are_problems(tmp_path):
    assert "其他程序占用" in problem_text(_locked_error(tmp_path))
    assert problem_text(ImportRefused("文件“a.xlsx”不是报送表。", "no_header")) == "文件“a.xlsx”不是报送表。"
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "报告.pdf"))
    assert "报告.pdf" in problem_text(full) and "No space left" in problem_text(full)
    assert problem_text(ZeroDivisionError("division by zero")) is None
    assert problem_text(OSError(errno.ENOSPC, "No space left on device")) is None  # no file named: a bug


def test_a_problem_is_one_message_and_a_bug_shows_nothing(qtbot, tmp_path, private_settings):
    answers = ModalAnswers()
    try:
        assert show_problem(None, _locked_error(tmp_path)) is True
        assert show_problem(None, KeyError("x")) is False
    finally:
        answers.stop()
    assert len(answers.texts) == 1 and "其他程序占用" in answers.texts[0]


def test_the_bug_dialog_shows_and_copies_the_details(qtbot):
    try:
        1 / 0
    except ZeroDivisionError as error:
        dialog = BugDialog(None, error)
    qtbot.addWidget(dialog)
    assert "ZeroDivisionError" in dialog.text.toPlainText() and "test_errors_ui.py" in dialog.text.toPlainText()
    assert dialog.text.isReadOnly()
    assert dialog.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.details


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("lazily", [False, True], ids=["installed", "installed-at-first-exception"])
def test_exceptions_escaping_slots_are_shown(qtbot, qapp, tmp_path, monkeypatch, private_settings, lazily):
    from zjtracker.ui.app import _install_excepthook_lazily

    printed = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: printed.append(kind))
    (_install_excepthook_lazily if lazily else install_excepthook)(qapp)
    locked = _locked_error(tmp_path)
    answers = ModalAnswers()

    def problem_slot():
        raise locked

    def bug_slot():
        raise ZeroDivisionError("division by zero")

    try:
        QTimer.singleShot(0, problem_slot)
        qtbot.waitUntil(lambda: len(answers.texts) == 1, timeout=5000)
        QTimer.singleShot(0, bug_slot)
        qtbot.waitUntil(lambda: len(answers.dialogs) == 1, timeout=5000)
    finally:
        answers.stop()
    assert "其他程序占用" in answers.texts[0]
    assert isinstance(answers.dialogs[0], BugDialog) and "ZeroDivisionError" in answers.dialogs[0].details
    assert printed == [ZeroDivisionError]  # the bug still reaches the console; the problem does not
