"""Errors in the GUI: a problem the clerk can act on (the database is locked, read-only,
on a full disk, damaged, unreachable; a file refused; a file that cannot be written) is
one message with what to do; anything else is a program error, shown with its details
(selectable, with a button to copy them for support) instead of a silent crash.

``install_excepthook(app)`` routes exceptions escaping Qt slots through these.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog



def problem_text(exc: BaseException) -> str | None:
    """The sentence for a user-actionable error, or None when ``exc`` is a bug."""
    from zjtracker.db.safety import classify, os_error_kind  # database code: loaded after the window shows

    problem = classify(exc)
    if problem is not None:
        return problem.message
    message = getattr(exc, "message", None)
    if isinstance(message, str) and _is_refusal(exc):
        return message
    if isinstance(exc, OSError) and getattr(exc, "filename", None) and os_error_kind(exc):
        return QCoreApplication.translate("Errors", "The file “%1” cannot be used: %2. Check the disk space, the access rights, "
                   "and whether another program has it open.").replace("%1", str(exc.filename)).replace(
                       "%2", exc.strerror or str(exc))
    return None


def _is_refusal(exc: BaseException) -> bool:
    """Errors the services raise on purpose, each with a sentence in ``message``."""
    from zjtracker.importing.errors import ImportRefused
    from zjtracker.services.backups.restore import RestoreRefused
    from zjtracker.services.evidence.checks import EvidenceRefused

    return isinstance(exc, (ImportRefused, RestoreRefused, EvidenceRefused))


def problem_box(parent: QWidget | None, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Errors", "zjtracker"), text, QMessageBox.StandardButton.Ok, parent)
    return box


def show_problem(parent: QWidget | None, exc: BaseException) -> bool:
    """Show a user-actionable error and return True; return False (showing nothing) for a bug."""
    text = problem_text(exc)
    if text is None:
        return False
    problem_box(parent, text).exec()
    return True


class BugDialog(SizedDialog):
    """A program error: what happened in one sentence, the details selectable, Copy."""

    def __init__(self, parent: QWidget | None, exc: BaseException, details: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Program error"))
        self.details = details or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.summary = QLabel(self.tr(
            "The program ran into an error of its own (not something you did wrong). What was stored "
            "before stays stored; the last step may not have been done. Please copy the details below "
            "and send them to whoever looks after the program."))
        self.summary.setWordWrap(True)
        self.text = QPlainTextEdit(self.details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumSize(640, 260)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def show_bug(parent: QWidget | None, exc: BaseException, details: str | None = None) -> None:
    BugDialog(parent, exc, details).exec()


def report_error(parent: QWidget | None, exc: BaseException, details: str | None = None) -> None:
    """A problem as a message, a bug as the bug dialog (for on_error callbacks of workers)."""
    if not show_problem(parent, exc):
        show_bug(parent, exc, details)


def install_excepthook(app: QApplication):
    """Exceptions escaping slots (which would otherwise only be printed, or end the
    program) are shown: as a message when the clerk can act on them, else as a program
    error. The previous hook still runs for bugs, so they reach the console or log.
    Returns the hook."""
    previous = sys.excepthook
    showing = []

    def hook(kind, value, tb) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)) or showing:
            previous(kind, value, tb)
            return
        showing.append(True)
        try:
            parent = app.activeModalWidget() or app.activeWindow()
            if not show_problem(parent, value):
                previous(kind, value, tb)
                show_bug(parent, value, "".join(traceback.format_exception(kind, value, tb)))
        finally:
            showing.clear()

    sys.excepthook = hook
    return hook
