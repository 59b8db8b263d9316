"""Real trouble for databases: a tiny filesystem that fills up, one that is read-only."""

from __future__ import annotations

import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def _mounted(point: Path, size: str):
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here ({done.stderr.strip()})")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


@pytest.fixture
def tiny_disk(tmp_path):
    """A 512 KB filesystem (needs root to mount; skipped otherwise)."""
    with _mounted(tmp_path / "tiny", "512k") as point:
        yield point


@pytest.fixture
def small_disk(tmp_path):
    """A 16 MB filesystem that a test may remount read-only."""
    with _mounted(tmp_path / "small", "16m") as point:
        yield point


def remount_read_only(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True, capture_output=True)


class ModalAnswers:
    """Answers the modal windows that open while a test runs, as a clerk would: each
    message box's text is recorded and the button named by the next answer clicked (None:
    the box's escape button); a dialog of another kind goes to ``on_dialog``."""

    def __init__(self, answers=(), on_dialog=None):
        from PySide6.QtCore import QTimer

        self.answers = list(answers)
        self.texts: list[str] = []
        self.dialogs: list = []
        self.on_dialog = on_dialog
        self._handled: set[int] = set()
        self._kept: list = []  # handled boxes stay referenced, so their ids are never reused
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(30)

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible() or id(widget) in self._handled:
            return
        self._handled.add(id(widget))
        self._kept.append(widget)
        if isinstance(widget, QMessageBox):
            self.texts.append(widget.text())
            wanted = self.answers.pop(0) if self.answers else None
            button = next((b for b in widget.buttons() if wanted and wanted in b.text()), None)
            (button or widget.escapeButton() or widget.buttons()[0]).click()
        else:
            self.dialogs.append(widget)
            if self.on_dialog is not None:
                self.on_dialog(widget)
            else:
                widget.reject()

    def stop(self) -> None:
        self.timer.stop()
