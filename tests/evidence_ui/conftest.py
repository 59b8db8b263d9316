"""A real SQLite file holding a policy of 24 numbered tasks (tests/evidence), the main window
over it in 2025Q3, and settings kept in a private folder."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.evidence.conftest import (  # noqa: F401
    evidence_policy,
    png_bytes,
    write_docx,
    write_pdf,
    write_png,
)
from zjtracker.db import open_database
from zjtracker.db.models import Measure, YearlyPlan
from zjtracker.importing.model import ParseResult
from zjtracker.services.policies.importer import store_result

PERIOD = "2025Q3"
TODAY = date(2025, 8, 20)


@pytest.fixture(autouse=True)
def _private_settings(private_settings):
    return private_settings


@pytest.fixture
def ui_db(tmp_path):
    database = open_database(tmp_path / "evidence.db")
    store_result(database, ParseResult(source="t.txt", policies=[evidence_policy()]), "t")
    yield database
    database.dispose()


@pytest.fixture
def plans(ui_db) -> dict[int, int]:
    """task number → plan id."""
    with ui_db.session() as session:
        return dict(session.execute(select(Measure.number, YearlyPlan.id).join(
            YearlyPlan, YearlyPlan.measure_id == Measure.id)).all())


@pytest.fixture
def window(qtbot, ui_db):
    from zjtracker.ui.main_window import MainWindow

    main = MainWindow(ui_db, today=TODAY)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


def show_plan(window, plan_id: int) -> None:
    window.open_node("plan", plan_id)
    assert window.evidence_panel.plan_id == plan_id


def wait_added(qtbot, panel, count: int) -> None:
    qtbot.waitUntil(lambda: panel.ui.files.count() == count, timeout=10000)
