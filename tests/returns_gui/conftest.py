"""The returns GUI on a small policy (tests.returns.conftest): a real main window with the
returns installed, fill-in workbooks exported and filled in with openpyxl as a colleague
would, and helpers to read the database back."""

from __future__ import annotations

from datetime import date

import pytest

from tests.returns.conftest import PERIOD, fill, plan_of, test_policy, unit_id
from tests.returns.conftest import _sent_during_the_period  # noqa: F401 (autouse: workbooks sent in 2025)
from tests.ui.conftest import _private_settings  # noqa: F401 (autouse: settings kept private)
from zjtracker.importing.model import ParseResult
from zjtracker.services.policies.importer import store_result
from zjtracker.services.progress import load_progress, save_progress, with_values
from zjtracker.services.returns.export import export_template

DURING_Q3 = date(2025, 8, 15)
AFTER_Q3 = date(2025, 10, 20)


@pytest.fixture
def policy_id(database) -> int:
    [stored] = store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    return stored


def stored(database, area: str, number: int, period: str = "2025Q3") -> dict:
    """The progress form's values of a measure's 2025 plan, read back through the service."""
    form = load_progress(database, plan_of(database, area, number), period)
    return {name: getattr(form, name) for name in
            ("status_text", "problems", "suggestions", "percent", "assessment", "remarks")}


def saved(database, area: str, number: int, **values):
    plan_id = plan_of(database, area, number)
    return save_progress(database, with_values(load_progress(database, plan_id, "2025Q3"), **values))


def sent_to(database, policy_id: int, unit: str, folder):
    return export_template(database, policy_id, PERIOD, unit_id(database, unit), folder / f"{unit}.xlsx")


@pytest.fixture
def window(qtbot, database, policy_id):
    """The main window (showing 2025Q3) with the returns menus installed."""
    from zjtracker.ui.main_window import MainWindow
    from zjtracker.ui.returns.menu import returns_ui

    main = MainWindow(database, today=DURING_Q3)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    returns_ui(main)
    return main


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox's static methods recorded; ``answers.reply`` is what question() returns."""
    from PySide6.QtWidgets import QMessageBox

    class Answers:
        reply = QMessageBox.StandardButton.No

        def __init__(self):
            self.questions, self.warnings, self.infos, self.criticals = [], [], [], []

    seen = Answers()

    def question(*args, **kwargs):
        seen.questions.append(args[2])
        return seen.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.warnings.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: seen.criticals.append(a[2]))
    return seen


__all__ = ["AFTER_Q3", "DURING_Q3", "PERIOD", "fill", "saved", "sent_to", "stored", "unit_id"]
