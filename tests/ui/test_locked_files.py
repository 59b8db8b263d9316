"""A file another program holds (Excel and WPS lock what they have open on Windows: Python
sees PermissionError, winerror 32) is a message naming the file, not a program error."""

import errno

from PySide6.QtWidgets import QMessageBox

from zjtracker.ui.errors import problem_text
from zjtracker.ui.main_window import MainWindow


def _locked(path: str) -> PermissionError:
    error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                          "another process", path)
    error.winerror = 32  # what Windows reports for a sharing violation
    return error


def test_a_locked_file_is_a_sentence_naming_it():
    text = problem_text(_locked(r"D:\台账 2025\市发改局 报回表.xlsx"))
    assert text is not None and r"D:\台账 2025\市发改局 报回表.xlsx" in text
    assert "其他程序" in text or "another program" in text


def test_importing_a_locked_file_says_so(qtbot, database, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.icon(), box.text())) or 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(("critical", args[2])))
    window = MainWindow(database)
    qtbot.addWidget(window)
    path = str(tmp_path / "政策 文件" / "方案.docx")
    window.importer._failed(_locked(path), "Traceback …")
    assert len(shown) == 1 and shown[0][0] == QMessageBox.Icon.Warning and path in shown[0][1]
