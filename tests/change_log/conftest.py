"""A small policy (tests.returns.conftest: task numbers restart in each area) stored on each
engine, and helpers to find its nodes and read the change log back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.returns.conftest import plan_of, test_policy
from zjtracker.db.models import Area, ChangeLog, Measure, Policy
from zjtracker.importing.model import ParseResult
from zjtracker.services.policies.importer import store_result


@pytest.fixture
def policy_id(database) -> int:
    [stored] = store_result(database, ParseResult(source="方案.txt", policies=[test_policy()]), "sha-1")
    return stored


@pytest.fixture
def as_user(monkeypatch):
    """Work as another OS user on another machine: as_user("zhang", "PC-01")."""
    def switch(user: str, machine: str = "PC-TEST") -> None:
        monkeypatch.setattr("getpass.getuser", lambda: user)
        monkeypatch.setattr("platform.node", lambda: machine)

    switch("clerk", "PC-OFFICE")
    return switch


def measure_of(database, area_label: str, number: int) -> int:
    with database.session() as session:
        return session.scalar(select(Measure.id).join(Area).where(Area.label == area_label,
                                                                   Measure.number == number))


def area_of(database, label: str) -> int:
    with database.session() as session:
        return session.scalar(select(Area.id).where(Area.label == label))


def policy_by_title(database, title: str) -> int:
    with database.session() as session:
        return session.scalar(select(Policy.id).where(Policy.title == title))


def log_rows(database, **where) -> list[tuple]:
    """(entity, entity_id, field, old, new, source) of the rows matching ``where``, in order;
    every row must name a user and a machine."""
    with database.session() as session:
        statement = select(ChangeLog).order_by(ChangeLog.id)
        for name, value in where.items():
            statement = statement.where(getattr(ChangeLog, name) == value)
        rows = list(session.scalars(statement))
        assert all(r.user and r.machine and r.at for r in rows), [(r.user, r.machine) for r in rows]
        return [(r.entity, r.entity_id, r.field, r.old, r.new, r.source) for r in rows]


def last_id(database) -> int:
    with database.session() as session:
        return session.scalar(select(ChangeLog.id).order_by(ChangeLog.id.desc()).limit(1)) or 0


def rows_after(database, log_id: int) -> list[tuple]:
    with database.session() as session:
        rows = list(session.scalars(select(ChangeLog).where(ChangeLog.id > log_id).order_by(ChangeLog.id)))
        assert all(r.user and r.machine for r in rows)
        return [(r.entity, r.entity_id, r.field, r.old, r.new, r.source) for r in rows]


__all__ = ["plan_of"]
