"""Shared fixtures: real databases (SQLite files, and PostgreSQL when a server is given)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from zjtracker.db import open_database

PG_URL = os.environ.get("ZJTRACKER_TEST_PG_URL")  # e.g. postgresql+psycopg://postgres@127.0.0.1:54329/postgres
ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "resources" / "seeds"


def _engines():
    yield "sqlite"
    if PG_URL:
        yield "postgresql"
    elif os.environ.get("ZJTRACKER_REQUIRE_PG"):
        raise RuntimeError("ZJTRACKER_REQUIRE_PG is set but ZJTRACKER_TEST_PG_URL is not")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test touches the real user data folder."""
    monkeypatch.setenv("ZJTRACKER_DATA_DIR", str(tmp_path / "data"))
    from zjtracker import paths

    paths.set_data_dir(None)
    yield


class _PgDatabases:
    """Creates a fresh PostgreSQL database per test and drops it afterwards."""

    def __init__(self, admin_url: str):
        self.admin_url = admin_url
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")

    def create(self) -> str:
        name = "zjt_" + uuid.uuid4().hex[:12]
        with self.engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_databases():
    if not PG_URL:
        pytest.skip("no PostgreSQL server (set ZJTRACKER_TEST_PG_URL)")
    manager = _PgDatabases(PG_URL)
    yield manager
    manager.engine.dispose()


def empty_database(request, tmp_path, engine: str, name: str = "test.db"):
    """A URL of a new empty database on ``engine`` ("sqlite" or "postgresql"), dropped after
    the test (a generator for fixtures to yield from)."""
    if engine == "sqlite":
        yield "sqlite:///" + str(tmp_path / name)
        return
    manager = request.getfixturevalue("pg_databases")
    url = manager.create()
    yield url
    manager.drop(url)


@pytest.fixture(params=list(_engines()))
def database_url(request, tmp_path):
    """A URL of an empty database on each engine under test."""
    yield from empty_database(request, tmp_path, request.param)


@pytest.fixture
def database(database_url):
    """An open, migrated, empty database on each engine."""
    db = open_database(database_url)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def sample_sqlite(tmp_path_factory):
    """A SQLite file with the whole sample loaded once; copy it before changing it."""
    from zjtracker.services.policies.sample import init_sample

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    db = open_database(path)
    init_sample(db)
    db.dispose()
    return path


@pytest.fixture
def sample_db(sample_sqlite, tmp_path):
    """A private copy of the loaded sample database."""
    import shutil

    target = tmp_path / "sample.db"
    shutil.copy(sample_sqlite, target)
    db = open_database(target)
    yield db
    db.dispose()


@pytest.fixture
def private_settings(tmp_path, qapp):
    """QSettings in a private folder (ini files, so a test can read them), never the
    user's. GUI test folders use it for every test (their conftest's autouse fixture)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("zjtracker-tests")
    QCoreApplication.setApplicationName("zjtracker-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    return folder


@pytest.fixture(autouse=True)
def _backups_ended():
    """A backup still copying in the background (services/returns/backup_before.py) ends within
    the test that started it."""
    yield
    from zjtracker.services.backups.create import wait_for_backups

    wait_for_backups()
