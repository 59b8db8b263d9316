"""What the overview reads: its counts, the outline it names and orders things by, and the
items of its four lists (超期, 滞后, due soon, 未报送), each its first LIST_LIMIT in the
ledger's order.

One statement (dashboard_sql.overview_sql) gives the counts and, beside them, only the rows
that can be listed: 滞后 and 未报送 of the first areas in the document that hold enough of
them (its own counts by area say which), and the rows whose status or deadline puts them in
the other lists, each with its lead units. Their places in the document come from their own
and their groups' positions, not from walking the whole outline."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import NamedTuple

from sqlalchemy import ARRAY, Integer, any_, bindparam, select

from zjtracker.db.models import Area, Measure, Policy, Unit
from zjtracker.services.assessment import BEHIND, CLOSED, DONE, NOT_REPORTED, OVERDUE
from zjtracker.services.dashboard_sql import (
    CODE,
    LISTED,
    PAST_DUE,
    overview_sql,
    scope_condition,
    statement,
    status_params,
)
from zjtracker.services.node_status import as_date, chunks
from zjtracker.services.periods import Period

LIST_LIMIT = 500  # items in each list; the counts say how many there are


class Candidate(NamedTuple):
    plan_id: int
    measure_id: int
    area_id: int
    parent_id: int | None
    position: int
    deadline: date | None
    percent: float | None
    code: int
    label: str
    text: str  # the measure's text as stored (its heading is shown)
    deadline_text: str
    leads: str | None  # the lead units as "assignment id:unit id", comma-separated


class Lists(list):
    """overdue, behind, due soon, unreported (rows), with the number due soon in all and the
    lead units' ids of each measure listed (in the order they were assigned)."""

    due_total: int = 0
    lead_ids: dict[int, list[int]]


class PeriodQuery:
    """The statements of one period and scope on one connection."""

    def __init__(self, connection, period: Period, policy_id: int | None, unit_id: int | None):
        self.connection, self.period = connection, period
        self.dialect = connection.dialect.name
        self.scope, scope_params = scope_condition(policy_id, unit_id)
        self.params = {**status_params(period), **scope_params, "year": period.year}

    def counts(self, today: date, horizon: date, limit: int = LIST_LIMIT) -> list[tuple]:
        """The counts (dashboard_sql.overview_sql: rows of AREA and UNIT); the rows that may
        be listed are kept for ``lists``."""
        counted, self.candidates = [], []
        for kind, *values in self.connection.execute(
                statement(overview_sql(self.dialect, self.scope)),
                {**self.params, "today": today, "horizon": horizon, "limit": limit}).all():
            if kind == LISTED:
                plan_id, code, measure_id, percent, area_id, parent_id, position, deadline, *texts = values
                self.candidates.append(Candidate(plan_id, measure_id, area_id, parent_id, position, as_date(deadline),
                                                 percent, code, *texts))
            else:
                counted.append((kind, *values[:5]))
        return counted

    def lists(self, by_area: dict[int, Counter], past_due: int, outline: Outline, today: date,
              horizon: date, limit: int = LIST_LIMIT) -> Lists:
        """The four lists of the rows read by ``counts`` (called with the same today, horizon
        and limit)."""
        ordered = sorted(by_area, key=outline.rank.__getitem__)
        behind = _leading(ordered, by_area, CODE[BEHIND], limit)
        unreported = _leading(ordered, by_area, CODE[NOT_REPORTED], limit - past_due) if limit > past_due else []
        rows = self.candidates
        behind, unreported = set(behind), set(unreported)
        never = (CODE[DONE], CODE[CLOSED])
        chosen = [
            (_first([r for r in rows if r.code == CODE[OVERDUE]], lambda r: r.deadline or date.max, limit)),
            (_first([r for r in rows if r.code == CODE[BEHIND] and r.area_id in behind], lambda r: date.min, limit)),
            (_first(due := [r for r in rows if r.deadline is not None and today <= r.deadline <= horizon
                            and r.code not in never], lambda r: r.deadline, limit)),
            (_first([r for r in rows if r.code == PAST_DUE or (r.code == CODE[NOT_REPORTED] and r.area_id in unreported)],
                    lambda r: r.deadline if r.code == PAST_DUE else date.max, limit)),
        ]
        places = outline.places(self.connection, rows, {r.measure_id for keyed in chosen for _key, r in keyed})
        lists = Lists(_ordered(keyed, places, limit) for keyed in chosen)
        lists.due_total = len(due)
        lists.lead_ids = {row.measure_id: _lead_ids(row.leads) for rows in lists for row in rows}
        return lists


def _lead_ids(pairs: str | None) -> list[int]:
    """The unit ids of "assignment id:unit id" pairs, in the order of the assignments."""
    if not pairs:
        return []
    if "," not in pairs:  # one lead unit, as most have
        return [int(pairs[pairs.index(":") + 1:])]
    return [unit for _id, unit in sorted(tuple(map(int, pair.split(":"))) for pair in pairs.split(","))]


def _chunks(connection, ids: set[int]) -> list:
    """``ids`` in one piece on PostgreSQL (an array, one parameter), in chunks elsewhere."""
    return [sorted(ids)] if connection.dialect.name == "postgresql" else list(chunks(ids))


def _among(connection, column, ids: list[int]):
    """``column IN ids``: on PostgreSQL as ``= ANY`` of one array, so that a few thousand ids
    cost no statement of as many parameters."""
    if connection.dialect.name == "postgresql":
        return column == any_(bindparam(None, ids, type_=ARRAY(Integer)))
    return column.in_(ids)


def _leading(ordered: list[int], by_area: dict[int, Counter], code: int, wanted: int) -> list[int]:
    """The first areas in the document that hold ``wanted`` rows of ``code`` (or all that hold any)."""
    found, areas = 0, []
    for area_id in ordered:
        count = by_area[area_id][code]
        if count:
            areas.append(area_id)
            found += count
            if found >= wanted:
                break
    return areas


def _first(rows: list[Candidate], key, limit: int) -> list[tuple]:
    """(key, row) of the rows that may be among the first ``limit`` by key, ties included:
    only these need their place in the document."""
    keyed = sorted(((key(r), r) for r in rows), key=lambda pair: pair[0])
    if len(keyed) > limit:
        cutoff = keyed[limit - 1][0]
        keyed = [pair for pair in keyed if pair[0] <= cutoff]
    return keyed


def _ordered(keyed: list[tuple], places: dict[int, tuple], limit: int) -> list[Candidate]:
    keyed.sort(key=lambda pair: (pair[0], places[pair[1].measure_id]))
    return [row for _key, row in keyed[:limit]]


class Outline:
    """Policies, areas (in the document's order) and unit names of a scope."""

    def __init__(self, policies: dict[int, str], shorts: dict[int, str], areas: dict[int, tuple],
                 unit_names: dict[int, str]):
        self.policies, self.shorts, self.areas, self.unit_names = policies, shorts, areas, unit_names
        order = sorted(areas, key=lambda area_id: (areas[area_id][0], areas[area_id][1], area_id))
        self.rank = {area_id: place for place, area_id in enumerate(order)}

    @classmethod
    def read(cls, connection, policy_id: int | None) -> Outline:
        named = connection.execute(select(Policy.id, Policy.title, Policy.short_name).where(
            *([Policy.id == policy_id] if policy_id is not None else []))).all()
        areas = {row[0]: tuple(row[1:]) for row in connection.execute(
            select(Area.id, Area.policy_id, Area.position, Area.label, Area.title).where(
                *([Area.policy_id == policy_id] if policy_id is not None else []))).all()}
        return cls({row[0]: row[1] for row in named}, {row[0]: row[2] or "" for row in named}, areas,
                   dict(connection.execute(select(Unit.id, Unit.name)).all()))

    def places(self, connection, rows: list[Candidate], wanted: set[int]) -> dict[int, tuple]:
        """The place in the document of each measure ``wanted``: its area's rank, then the
        (position, id) of each group above it and its own, as the ledger walks them."""
        known = {r.measure_id: (r.area_id, r.parent_id, r.position) for r in rows if r.measure_id in wanted}
        missing = {parent for _area, parent, _position in known.values() if parent is not None} - known.keys()
        while missing:
            found = {}
            for chunk in _chunks(connection, missing):
                for measure_id, area_id, parent_id, position in connection.execute(
                        select(Measure.id, Measure.area_id, Measure.parent_id, Measure.position)
                        .where(_among(connection, Measure.id, chunk))):
                    found[measure_id] = (area_id, parent_id, position)
            known.update(found)
            missing = {parent for _area, parent, _position in found.values() if parent is not None} - known.keys()
        paths: dict[int, tuple] = {}

        def path(measure_id: int) -> tuple:
            result = paths.get(measure_id)
            if result is None:
                _area, parent_id, position = known[measure_id]
                above = path(parent_id) if parent_id is not None and parent_id in known else ()
                result = paths[measure_id] = (*above, (position, measure_id))
            return result

        return {measure_id: (self.rank[known[measure_id][0]], path(measure_id)) for measure_id in wanted}

    def lead_names(self, lead_ids: dict[int, list[int]]) -> dict[int, tuple[str, ...]]:
        """The lead units (牵头单位) of the measures listed, in the order they were assigned."""
        names = self.unit_names
        return {measure_id: tuple(dict.fromkeys(names[unit_id] for unit_id in units))
                for measure_id, units in lead_ids.items() if units}

