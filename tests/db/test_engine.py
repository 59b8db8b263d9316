from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from zjtracker.db import open_database
from zjtracker.db.engine import database_url
from zjtracker.db.models import Area, Measure, Policy, ProgressReport, YearlyPlan


def test_default_database_lives_in_the_data_folder(tmp_path):
    assert database_url(None) == "sqlite:///" + str(tmp_path / "data" / "zjtracker.db")


def test_db_takes_a_path_or_a_url(tmp_path):
    assert database_url(tmp_path / "a b 台账.db") == "sqlite:///" + str(tmp_path / "a b 台账.db")
    assert database_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    database = open_database(tmp_path / "路径 含空格" / "z.db")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    assert Path(database.file).exists()
    database.dispose()


def test_foreign_keys_are_enforced(database):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(Area(policy_id=999, label="一、", title="x"))


def test_a_failed_unit_of_work_leaves_nothing_behind(database):
    with pytest.raises(RuntimeError):
        with database.session() as session:
            session.add(Policy(title="半途而废"))
            session.flush()
            raise RuntimeError("boom")
    with database.session() as session:
        assert session.query(Policy).count() == 0


def test_progress_report_version_detects_concurrent_edit(database):
    from sqlalchemy.orm.exc import StaleDataError

    with database.session() as session:
        policy = Policy(title="p")
        area = Area(label="一、", title="a")
        policy.areas.append(area)
        measure = Measure(label="1.", text="m", area=area)
        plan = YearlyPlan(year=2025, text="")
        measure.plans.append(plan)
        plan.reports.append(ProgressReport(period="2025Q1", percent=10))
        session.add(policy)
    with database.session() as session:  # the clerk opens the form: a detached copy
        mine = session.query(ProgressReport).one()
    with database.session() as session:  # a colleague saves in the meantime
        session.query(ProgressReport).one().percent = 50
    with pytest.raises(StaleDataError):
        with database.session() as session:
            session.add(mine)
            mine.percent = 20
    with database.session() as session:
        report = session.query(ProgressReport).one()
        assert (report.percent, report.version) == (50, 2)
