"""The application's screen outlives every window. PySide makes the QScreen a widget returns
from ``widget.screen()`` (or ``windowHandle().screen()``) a child of that widget's Python
object; when the garbage collector later clears a reference cycle holding the widget (slots
bound to the dialog make such cycles) it can hand the screen's object ownership and delete the
application's only QScreen, and the next window crashes (QGuiApplication::screenAt reads the
freed screen). The program finds a window's screen through the application instead
(window_settings.screen_of)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.ui.window_settings import available_area, screen_of

ROOT = Path(__file__).resolve().parents[2]

# A dialog the program sizes to its screen when shown, caught in a reference cycle and
# collected, the screen's Python object being older than the dialog (as when any code asked
# the application for the screen first): the collector clears the screen's object first.
SEQUENCE = r"""
import gc, sys
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.ui.window_settings import available_area

app = QApplication(sys.argv[:1])
QCoreApplication.setOrganizationName("zjtracker-tests")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
deleted = []
QGuiApplication.primaryScreen().destroyed.connect(lambda: deleted.append(True))
for round in range(3):
    screen = QGuiApplication.primaryScreen()
    gc.collect()  # the screen's object is now older than the dialog
    dialog = SizedDialog()
    dialog.cycle = dialog
    dialog.show()  # sized to its screen (restore_dialog_size)
    available_area(dialog)
    dialog.hide()
    del dialog, screen
    gc.collect()
    print("deleted:", len(deleted), flush=True)
window = QWidget()  # reads the font metrics of its screen
print("screens:", len(QGuiApplication.screens()), flush=True)
"""


def test_a_dialog_collected_in_a_cycle_leaves_the_screen(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SEQUENCE, str(tmp_path / "settings")], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert "deleted: 1" not in done.stdout
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[-2:] == ["screens: 1", ""]


def _asks_a_widget_for_its_screen(path: Path) -> list[int]:
    """Lines calling ``<something>.screen()``: a widget's or a window's screen (the
    application's static functions are screenAt and primaryScreen)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "screen" and not node.args]


def test_no_window_is_asked_for_its_screen():
    offenders = [f"{path.relative_to(ROOT)}:{line}"
                 for folder in ("zjtracker", "tests", "tools", "benchmarks") if (ROOT / folder).exists()
                 for path in sorted((ROOT / folder).rglob("*.py"))
                 for line in _asks_a_widget_for_its_screen(path)]
    assert offenders == []


def test_the_scan_would_notice_a_widget_asked_for_its_screen(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text("def f(w):\n    return w.screen().availableGeometry()\n", encoding="utf-8")
    assert _asks_a_widget_for_its_screen(sample) == [2]


def test_the_screen_of_a_dialog_that_keeps_its_main_window_as_window(qtbot, private_settings):
    class History(SizedDialog):  # as the history dialog: its main window in self.window
        def __init__(self, window):
            super().__init__()
            self.window = window

    dialog = History(object())
    qtbot.addWidget(dialog)
    dialog.show()  # sized to its screen
    assert screen_of(dialog) is QGuiApplication.primaryScreen()
    assert available_area(dialog) == QGuiApplication.primaryScreen().availableGeometry()
