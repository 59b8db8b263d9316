"""The small test policy of tests/returns (two areas, six tasks, units with roles) and helpers
to report progress and read the 督查 steps back from the database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.returns.conftest import PERIOD, plan_of, policy_id, unit_id  # noqa: F401  (fixture re-used)
from zjtracker.db.models import ChangeLog, Review, YearlyPlan
from zjtracker.services.progress import load_progress, save_progress, with_values


def report(database, area: str, number: int, period: str = "2025Q3", **values) -> int:
    """Store progress for a task (as typed in the form); returns its plan id."""
    plan_id = plan_of(database, area, number)
    save_progress(database, with_values(load_progress(database, plan_id, period), **values))
    return plan_id


def review_row(database, plan_id: int, period: str = "2025Q3") -> tuple | None:
    with database.session() as session:
        row = session.scalar(select(Review).where(Review.plan_id == plan_id, Review.period == period))
        return (row.state, row.note, row.by) if row is not None else None


def closed_columns(database, plan_id: int) -> tuple:
    with database.session() as session:
        plan = session.get(YearlyPlan, plan_id)
        return plan.closed_on, plan.closed_basis, plan.closed_by


def log_rows(database, plan_id: int) -> list[tuple[str, str | None, str | None]]:
    with database.session() as session:
        return [(r.field, r.old, r.new) for r in session.scalars(
            select(ChangeLog).where(ChangeLog.entity == "plan", ChangeLog.entity_id == plan_id)
            .order_by(ChangeLog.id))]


@pytest.fixture
def commerce(database, policy_id) -> int:  # noqa: F811
    return unit_id(database, "市商务局")


@pytest.fixture
def ui_db(tmp_path, private_settings):
    """The test policy in a SQLite file, for the GUI tests (settings kept private)."""
    from tests.returns.conftest import test_policy
    from zjtracker.db import open_database
    from zjtracker.importing.model import ParseResult
    from zjtracker.services.policies.importer import store_result

    database = open_database(tmp_path / "oversight.db")
    store_result(database, ParseResult(source="t.txt", policies=[test_policy()]), "t")
    yield database
    database.dispose()


@pytest.fixture
def window(qtbot, ui_db):
    """The main window over ``ui_db`` showing 2025Q3."""
    from zjtracker.ui.main_window import MainWindow

    main = MainWindow(ui_db, today=date(2025, 8, 20))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def answer_dialog(qtbot, answer) -> None:
    """Answer the next modal dialog with ``answer(dialog)`` once it shows (exec blocks)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def later():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, later)
            return
        answer(dialog)

    QTimer.singleShot(0, later)


__all__ = ["PERIOD", "plan_of", "unit_id"]
