"""Helpers for backup tests: every row of a database, a change to make, a fresh PostgreSQL database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from zjtracker.db.engine import Database, make_engine
from zjtracker.db.models import Policy, ProgressReport, YearlyPlan
from zjtracker.db.portable import database_tables
from zjtracker.services.progress import load_progress, save_progress, with_values


def all_rows(target) -> dict[str, list[tuple]]:
    """Every row of every table of the program, by primary key, as Python values."""
    engine = target.engine if isinstance(target, Database) else make_engine(
        target if "://" in str(target) else "sqlite:///" + str(target))
    try:
        with engine.connect() as connection:
            return {table.name: list(table.rows) for table in database_tables(connection)}
    finally:
        if not isinstance(target, Database):
            engine.dispose()


def titles(database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(Policy.title).order_by(Policy.id)))


def progress_count(database) -> int:
    with database.session() as session:
        return len(session.scalars(select(ProgressReport.id)).all())


def type_progress(database, text: str, period: str = "2023Q3", percent: float = 42.5) -> int:
    """Save progress on the first yearly plan, as the form does (with a change-log entry)."""
    with database.session() as session:
        plan_id = session.scalar(select(YearlyPlan.id).order_by(YearlyPlan.id).limit(1))
    form = load_progress(database, plan_id, period)
    save_progress(database, with_values(form, status_text=text, percent=percent))
    return plan_id


def delete_policy(database, index: int = 0) -> str:
    with database.session() as session:
        policy = session.scalars(select(Policy).order_by(Policy.id)).all()[index]
        session.delete(policy)
        return policy.title


@pytest.fixture
def pg_url(pg_databases):
    """An empty PostgreSQL database (no tables)."""
    url = pg_databases.create()
    yield url
    pg_databases.drop(url)


