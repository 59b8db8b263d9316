"""Small generated databases (benchmarks/generate.py at a tiny scale) on each engine."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from benchmarks.generate import generate
from tests.conftest import empty_database
from zjtracker.db import open_database
from zjtracker.db.models import Base

TINY = 0.003  # about 90 generated measures, 360 plans and 1,500 progress reports beside the sample


def quiet(_message: str) -> None:
    pass


@pytest.fixture
def other_url(request, database_url, tmp_path):
    """A second empty database on the same engine as ``database_url``."""
    engine = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    yield from empty_database(request, tmp_path, engine, "other.db")


@pytest.fixture
def generated(database_url):
    """The sample and a tiny generated archive, opened (both engines)."""
    generate(database_url, scale=TINY, seed=3, log=quiet)
    database = open_database(database_url)
    yield database
    database.dispose()


def dump(url: str) -> dict[str, list[tuple]]:
    """Every row of every table, in id order (or all columns' order)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            result = {}
            for table in Base.metadata.sorted_tables:
                order = [table.c.id] if "id" in table.c else list(table.c)
                result[table.name] = [tuple(row) for row in connection.execute(
                    table.select().order_by(*order)).all()]
            result["alembic_version"] = connection.execute(text("SELECT version_num FROM alembic_version")).all()
            return result
    finally:
        engine.dispose()
