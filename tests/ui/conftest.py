"""GUI tests keep their settings (QSettings) in a private folder, never the user's."""

import pytest


@pytest.fixture(autouse=True)
def _private_settings(private_settings):
    """Every test here keeps its settings in a private folder (tests/conftest.py)."""
    return private_settings


def type_text(widget, text: str) -> None:
    """Type (Chinese) text as an input method commits it; keyClicks cannot send non-ASCII."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
