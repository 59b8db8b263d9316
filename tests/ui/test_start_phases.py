"""The program shows its window at once and opens the database just after: the frame is
painted before any database code is loaded; then the tree fills, and the integrity check
and the day's backup run in the background."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.safety.conftest import ModalAnswers
from tests.safety.test_integrity import damage_middle
from zjtracker import paths
from zjtracker.db.backup_file import backups_in
from zjtracker.ui.app_controller import AppController

WATCHER = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

import zjtracker.ui.app as start
from zjtracker.ui.app import _before_application
_before_application()  # as the program does before its QApplication (made here to watch it)
app = QApplication(sys.argv[:1])
seen = {}
font_checks = []
system_font = start.has_cjk_font
start.has_cjk_font = lambda: font_checks.append("frame" in seen) or system_font()
LATER = ("PySide6.QtNetwork", "getpass", "zjtracker.cli_policies", "zjtracker.cli_oversight",
         "zjtracker.ui.database.single_instance", "zjtracker.ui.main_window_settings", "zjtracker.ui.tree.state")

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint or not watched.isWidgetType():
            return False
        window = watched.window()
        if not isinstance(window, QMainWindow):
            return False
        if "frame" not in seen:
            import PySide6.QtCore
            seen["frame"] = {"database_code": "sqlalchemy" in sys.modules, "title": window.windowTitle(),
                             "qt_namespace": "Qt" in vars(PySide6.QtCore), "hashlib": "hashlib" in sys.modules,
                             "menus": [a.text() for a in window.menuBar().actions()],
                             "attached": window.is_attached(), "loaded": [m for m in LATER if m in sys.modules],
                             "icon": not app.windowIcon().isNull(), "font_checks": list(font_checks)}
        model = getattr(window, "model", None)
        if model is not None and model.rowCount() and "ready" not in seen:
            seen["ready"] = {"policies": model.rowCount(), "title": window.windowTitle(),
                             "announced": "PySide6.QtNetwork" in sys.modules, "icon": not app.windowIcon().isNull(),
                             "font_checks": list(font_checks)}
            QTimer.singleShot(0, window.close)
        return False

watch = Watch()
app.installEventFilter(watch)
from zjtracker.cli import main
code = main(["--data-dir", sys.argv[2], "--db", sys.argv[1]])
print(json.dumps({"code": code, **seen}, ensure_ascii=False))
"""


def _watch_start(tmp_path, sample_sqlite) -> tuple[dict, object]:
    folder = tmp_path / "湛江 数据"
    folder.mkdir(exist_ok=True)
    path = folder / "台账 2025.db"
    if not path.exists():
        shutil.copy(sample_sqlite, path)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", WATCHER, str(path), str(folder / "data")], capture_output=True,
                          text=True, timeout=120, env=environment)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    return seen, path


def test_the_window_is_painted_before_the_database_is_opened(tmp_path, sample_sqlite):
    seen, path = _watch_start(tmp_path, sample_sqlite)
    folder = path.parent
    frame = seen["frame"]
    assert frame["database_code"] is False and frame["attached"] is False
    # nor Qt's namespace of enums (built all at once, about 20 ms) nor OpenSSL (7 ms)
    assert frame["qt_namespace"] is False and frame["hashlib"] is False
    assert frame["title"] == "政策落实台账"
    assert len(frame["menus"]) >= 5 and frame["menus"][0].startswith("文件")
    # nor the local server of the one-program guard (QtNetwork), the command-line parsers, the
    # window's settings and tree modules, nor the icon; a first start checks the fonts before it
    assert frame["loaded"] == [] and frame["icon"] is False and frame["font_checks"] == [False]
    assert seen["ready"]["policies"] == 10 and str(path) in seen["ready"]["title"]
    assert seen["ready"]["announced"] and seen["ready"]["icon"]
    # the integrity check passed and the day's backup was made in the background before the end
    daily = backups_in(folder / "data" / "backups", "台账 2025", "daily")
    assert len(daily) == 1


def test_a_later_start_checks_the_fonts_after_the_first_paint(qapp, tmp_path, sample_sqlite):
    from zjtracker.ui.app import has_cjk_font

    if not has_cjk_font():
        pytest.skip("no system Chinese face: every start registers the bundled one before the paint")
    _watch_start(tmp_path, sample_sqlite)  # the first start found the system's Chinese face
    seen, _path = _watch_start(tmp_path, sample_sqlite)
    assert seen["frame"]["font_checks"] == []  # none before the paint
    assert seen["ready"]["font_checks"] == [True]  # checked again once painted


def _start(qtbot, qapp, path):
    controller = AppController(qapp)
    assert controller.start(str(path)) is None
    window = controller.window
    qtbot.addWidget(window)
    assert window.isVisible() and not window.is_attached()
    return controller, window


def test_a_damage_found_after_start_is_said_and_the_window_closes(qtbot, qapp, sample_sqlite, tmp_path):
    path = tmp_path / "损坏 的库.db"
    shutil.copy(sample_sqlite, path)
    damage_middle(path)  # in data pages: it opens, the check finds it
    answers = ModalAnswers(["Quit"])
    controller, window = _start(qtbot, qapp, path)
    try:
        qtbot.waitUntil(window.is_attached, timeout=20000)
        qtbot.waitUntil(lambda: bool(answers.texts), timeout=20000)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        answers.stop()
        controller.shutdown()
    assert "已损坏" in answers.texts[0] and str(path) in answers.texts[0]
    assert backups_in(paths.backups_dir(), "损坏 的库", "daily") == []  # a damaged file is not backed up


def test_a_database_that_cannot_be_opened_at_start_ends_the_program(qtbot, qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    ended = []
    monkeypatch.setattr(QCoreApplication, "exit", lambda code=0: ended.append(code))
    path = tmp_path / "不是 数据库.db"
    path.write_bytes(b"this is not a database at all" * 200)
    answers = ModalAnswers()
    controller, window = _start(qtbot, qapp, path)
    try:
        qtbot.waitUntil(lambda: bool(ended), timeout=20000)
    finally:
        answers.stop()
        controller.shutdown()
    assert ended == [1] and controller.exit_code == 1
    assert not window.isVisible() and not window.is_attached()
    assert len(answers.texts) == 1 and "不是 数据库.db" in answers.texts[0]


def test_a_sound_database_is_checked_and_backed_up_in_the_background(qtbot, qapp, sample_sqlite, tmp_path,
                                                                      monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    path = tmp_path / "好 库.db"
    shutil.copy(sample_sqlite, path)
    controller, window = _start(qtbot, qapp, path)
    try:
        qtbot.waitUntil(window.is_attached, timeout=20000)
        assert window.model.rowCount() == 10
        qtbot.waitUntil(lambda: window.start_checks_job is None, timeout=20000)
    finally:
        controller.shutdown()
    assert len(backups_in(paths.backups_dir(), "好 库", "daily")) == 1
    assert str(path) in window.statusBar().currentMessage()
