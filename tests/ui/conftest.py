"""GUI tests keep their settings (QSettings) in a private folder, never the user's."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, qapp):
    QCoreApplication.setOrganizationName("zjtracker-tests")
    QCoreApplication.setApplicationName("zjtracker-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


def type_text(widget, text: str) -> None:
    """Type (Chinese) text as an input method commits it; keyClicks cannot send non-ASCII."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
