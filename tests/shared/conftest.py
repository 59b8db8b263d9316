"""Fixtures for the shared-database tests: a small policy stored, a second desk (its own
engine on the same database), private QSettings and an in-memory keyring."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import select

from tests.services.factories import result_of, small_policy
from zjtracker.db import open_database
from zjtracker.db.models import Measure, YearlyPlan
from zjtracker.services.policies.importer import store_result

TASK_TEXT = "推进第一项任务。具体内容。"


@pytest.fixture
def plan_id(database) -> int:
    """Task 1's yearly plan for 2024 in a stored small policy."""
    store_result(database, result_of(small_policy()), "s")
    with database.session() as session:
        measure = session.scalar(select(Measure).where(Measure.text == TASK_TEXT))
        return session.scalar(select(YearlyPlan.id).where(
            YearlyPlan.measure_id == measure.id, YearlyPlan.year == 2024))


@pytest.fixture
def other_desk(database, database_url):
    """The same database opened a second time, as a colleague's machine would."""
    other = open_database(database_url, migrate=False)
    yield other
    other.dispose()


@pytest.fixture(autouse=True)
def settings_dir(private_settings):
    """QSettings in a private folder (tests/conftest.py); the tests read its ini files."""
    return private_settings


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps secrets in a dict (what the OS keyring would hold)."""

    priority = 10

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    """A working keyring for the test; the previous backend comes back afterwards."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """A machine without a usable keyring (headless Linux): keyring's fail backend."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def type_text(widget, text: str) -> None:
    """Type (Chinese) text as an input method commits it; keyClicks cannot send non-ASCII."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def retype(widget, text: str) -> None:
    """Select everything in an editor and type over it."""
    widget.setFocus()
    widget.selectAll()
    type_text(widget, text)


def when_modal(qtbot, *actions, kind=None):
    """Answer the next modal dialogs (of class ``kind``) as they open, one action each; an
    action that leaves its dialog open gets it rejected, so a failing test cannot hang."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    pending = list(actions)
    state = {"tries": 0, "answered": 0, "last": None}

    def poll():
        state["tries"] += 1
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not state["last"] and (kind is None or isinstance(dialog, kind)):
            state["last"] = dialog
            action = pending.pop(0)
            try:
                action(dialog)
            finally:
                state["answered"] += 1
                if dialog.isVisible():
                    dialog.reject()
        if pending and state["tries"] < 1000:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return state
