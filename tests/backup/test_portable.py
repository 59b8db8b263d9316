"""The portable backup: PostgreSQL → file → an empty PostgreSQL database or an empty SQLite
file, row for row identical; a database that holds rows is never restored into."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest
from sqlalchemy import select

from tests.backup.conftest import all_rows, type_progress
from tests.services.factories import result_of, small_policy
from zjtracker.db import open_database
from zjtracker.db.models import (
    Area,
    Attachment,
    AttachmentBlob,
    IndicatorValue,
    Measure,
    Policy,
    Review,
    Unit,
    YearlyPlan,
)
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.policies.importer import store_result
from zjtracker.services.backups.restore import RestoreRefused, restore


def _awkward_content(database) -> None:
    """References pointing forward, floats that do not round nicely, dates, microseconds."""
    store_result(database, result_of(small_policy()), "a")
    store_result(database, result_of(small_policy("湛江市第二个测试方案", "湛府办〔2025〕1号")), "b")
    type_progress(database, "第一季度：完成=1/3；含引号\"与换行\n第二行", period="2024Q1", percent=100 / 3)
    with database.session() as session:
        first, second = session.scalars(select(Policy).order_by(Policy.id)).all()
        first.abolished_by_id = second.id  # a reference to a later row of the same table
        area = session.scalars(select(Area).where(Area.policy_id == first.id).order_by(Area.id)).all()[-1]
        moved = session.scalars(select(Measure).where(Measure.area_id == area.id, Measure.is_group.is_(False))
                                .order_by(Measure.id)).first()
        group = Measure(area_id=area.id, label="（九）", text="后来新建的分组", is_group=True, position=9)
        session.add(group)
        session.flush()
        moved.parent_id = group.id  # a parent created after its child
        assert moved.parent_id > moved.id and first.abolished_by_id > first.id
        session.add(IndicatorValue(indicator_id=first.indicators[0].id, year=2025, value=0.1 + 0.2))
        _oversight(session, first.id, second.id)


def _oversight(session, first: int, second: int) -> None:
    """The 督查 loop's rows: more evidence files than are held in memory at a time (bytes of
    every value 0–255), a verdict, a closed task, a task linked to last year's."""
    plan = session.scalars(select(YearlyPlan).join(YearlyPlan.measure).join(Measure.area)
                           .where(Area.policy_id == first).order_by(YearlyPlan.id)).first()
    for number in range(9):
        content = bytes(range(256)) * (number + 1) + bytes([number])
        blob = AttachmentBlob(sha256=f"{number:064x}", size=len(content), content=content)
        session.add(blob)
        session.flush()
        session.add(Attachment(plan_id=plan.id, period="2024Q1", blob_id=blob.id,
                               file_name=f"（{number + 1}）照片.jpg", added_by="张三"))
    session.add(Review(plan_id=plan.id, period="2024Q1", state="returned", note="请补充现场照片", by="张三"))
    plan.closed_on, plan.closed_basis, plan.closed_by = date(2024, 12, 20), "验收报告", "李四"
    old, new = (session.scalars(select(Measure.id).join(Measure.area).where(Area.policy_id == policy)
                                .order_by(Measure.id)).first() for policy in (first, second))
    session.get(Measure, new).previous_id = old


@pytest.fixture
def pg_source(pg_url):
    database = open_database(pg_url)
    _awkward_content(database)
    yield database
    database.dispose()


def test_postgresql_backup_restores_into_empty_postgresql_and_sqlite(pg_source, pg_databases, tmp_path):
    source_rows = all_rows(pg_source)
    assert source_rows["measures"] and source_rows["change_log"] and source_rows["indicator_values"]
    assert len(source_rows["attachment_blobs"]) == 9 and source_rows["reviews"]
    backup = backup_to_file(pg_source, tmp_path / "server.zjtbak")
    header = json.loads(gzip.open(backup, "rt", encoding="utf-8").readline())
    assert header["format"] == "zjtracker-backup" and header["revision"]

    fresh = pg_databases.create()  # no tables at all
    try:
        outcome = restore(fresh, backup)
        assert outcome.kept is None
        assert all_rows(fresh) == source_rows
        restored = open_database(fresh)
        with restored.session() as session:  # the ids go on after the restored ones
            session.add(Unit(name="市新设单位"))
            session.flush()
            assert session.scalar(select(Unit.id).where(Unit.name == "市新设单位")) > max(
                row[0] for row in source_rows["units"])
        restored.dispose()
    finally:
        pg_databases.drop(fresh)

    sqlite_target = tmp_path / "本机" / "台账.db"
    restore(str(sqlite_target), backup)
    assert all_rows(sqlite_target) == source_rows


def test_a_sqlite_file_written_from_postgresql_restores_into_postgresql(pg_source, pg_databases, tmp_path):
    source_rows = all_rows(pg_source)
    as_sqlite = backup_to_file(pg_source, tmp_path / "server.db")
    assert all_rows(as_sqlite) == source_rows
    migrated_but_empty = pg_databases.create()
    try:
        open_database(migrated_but_empty).dispose()
        restore(migrated_but_empty, as_sqlite)
        assert all_rows(migrated_but_empty) == source_rows
    finally:
        pg_databases.drop(migrated_but_empty)


def test_a_database_holding_rows_is_refused_and_left_alone(pg_source, tmp_path):
    backup = backup_to_file(pg_source, tmp_path / "server.zjtbak")
    rows = all_rows(pg_source)
    pg_source.dispose()
    with pytest.raises(RestoreRefused) as refused:
        restore(pg_source.url, backup)
    assert "已经有数据" in refused.value.message and "空的数据库" in refused.value.message
    assert all_rows(pg_source) == rows


def test_a_cut_portable_file_leaves_the_empty_database_empty(pg_source, pg_databases, tmp_path):
    backup = backup_to_file(pg_source, tmp_path / "server.zjtbak")
    lines = gzip.decompress(backup.read_bytes()).splitlines(keepends=True)
    cut = tmp_path / "cut.zjtbak"
    cut.write_bytes(gzip.compress(b"".join(lines[:-1])))  # the closing count line is missing
    target = pg_databases.create()
    try:
        with pytest.raises(RestoreRefused) as refused:
            restore(target, cut)
        assert "不完整" in refused.value.message
        assert all(rows == [] for rows in all_rows(target).values())
    finally:
        pg_databases.drop(target)


def test_sqlite_to_portable_to_sqlite(sample_db, tmp_path):
    type_progress(sample_db, "样例进展", percent=12.5)
    backup = backup_to_file(sample_db, tmp_path / "sample.zjtbak")
    target = tmp_path / "copy.db"
    restore(str(target), backup)
    assert all_rows(target) == all_rows(sample_db)


def test_an_older_backup_into_a_server_database_already_at_the_newest_schema(pg_databases, tmp_path):
    from sqlalchemy import text as sql

    from zjtracker.db.engine import make_engine
    from zjtracker.db.migrate import current_revision, head_revision, upgrade

    old = tmp_path / "old.db"
    engine = make_engine("sqlite:///" + str(old))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(sql(
            "INSERT INTO policies (id, title, doc_no, issuer, status, frequency, kind, source_file, text, created_at)"
            " VALUES (7, '旧政策', '', '', 'in_force', 'quarterly', 'plan', '', '', '2020-05-01 00:00:00')"))
    engine.dispose()
    old_portable = backup_to_file(str(old), tmp_path / "old.zjtbak")  # the file is not upgraded to write it
    assert json.loads(gzip.open(old_portable, "rt", encoding="utf-8").readline())["revision"] == "0001"
    for backup in (old, old_portable):
        target = pg_databases.create()
        try:
            open_database(target).dispose()  # empty, at head: taken down to the backup's revision first
            restore(target, backup)
            restored = open_database(target)
            with restored.session() as session:
                assert session.get(Policy, 7).title == "旧政策" and session.get(Policy, 7).interpretation == ""
            assert current_revision(restored.engine) == head_revision()
            restored.dispose()
        finally:
            pg_databases.drop(target)
