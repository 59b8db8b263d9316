"""Narrowing the navigation tree: a Chinese substring over labels and texts, a unit (lead,
responsible or cooperating, through the alias registry), a status, a year and a policy.

The answer is the set of nodes to show; the tree stays lazily loaded and simply hides
what is not in the set. Text is matched in the database, measures and yearly plans through
the search index (services/search_index), so a keystroke costs a few indexed queries and
reads only the ids of the measures it meets, not a walk over every measure."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Assignment, Indicator, Measure, Policy, YearlyPlan
from zjtracker.services import search_index
from zjtracker.services.node_status import chunks, effective_period, fetch_tuples, measure_states
from zjtracker.services.oversight.states import status_matches
from zjtracker.services.periods import Period
from zjtracker.services.tree import (
    KIND_AREA,
    KIND_INDICATOR,
    KIND_INDICATORS,
    KIND_MEASURE,
    KIND_PLAN,
    KIND_POLICY,
)

Key = tuple[str, int]
_like = search_index.like


@dataclass(frozen=True)
class TreeFilter:
    text: str = ""
    unit_id: int | None = None
    status: str = ""
    year: int | None = None
    policy_id: int | None = None

    def __post_init__(self) -> None:  # a NUL or line break pasted into the filter bar is no text
        object.__setattr__(self, "text", search_index.searchable(self.text or ""))

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.unit_id or self.status or self.year or self.policy_id)

    @property
    def narrows_measures(self) -> bool:
        return bool(self.unit_id or self.status or self.year)


@dataclass
class VisibleNodes:
    """``shown``: nodes on the way to a match and the matches; ``whole``: matches whose
    entire subtree is shown (a matching area shows all its measures)."""

    shown: set[Key] = field(default_factory=set)
    whole: set[Key] = field(default_factory=set)
    matches: int = 0

    complete = True  # every shown node is in ``shown`` (services/filter_outline answers by policy)

    def __contains__(self, key: Key) -> bool:
        return key in self.shown

    def prepare(self, policy_id: int) -> None:
        """Have what ``policy_id`` holds in ``shown`` and ``whole`` (a complete answer has)."""


def visible_nodes(database: Database, tree_filter: TreeFilter, period: Period | None) -> VisibleNodes | None:
    """The nodes the filter lets through, or None when the filter is empty."""
    if not tree_filter.active:
        return None
    with database.session() as session:
        tree = _Skeleton(session, tree_filter.policy_id)
        text = tree_filter.text.strip()
        hits = _text_hits(session, text, tree_filter.policy_id, tree) if text else None
        visible = VisibleNodes()
        if not tree_filter.narrows_measures:
            if hits is None:  # a policy alone
                key = (KIND_POLICY, tree_filter.policy_id)
                visible.shown.add(key)
                visible.whole.add(key)
                visible.matches = 1
                return visible
            tree.show(hits, visible)
            visible.matches = len(hits)
            return visible
        for measure_id in _narrowed_measures(session, tree_filter, period, tree):
            path = tree.path((KIND_MEASURE, measure_id))
            if hits is not None and not hits.intersection(path) and measure_id not in tree.plan_hits:
                continue
            visible.shown.update(path)
            visible.whole.add((KIND_MEASURE, measure_id))
            visible.matches += 1
        return visible


class _Skeleton:
    """Ids and parents of the areas and of the measures a search met (integers only), to
    walk from a match up to its policy. Measures are read as they are needed: a few
    hundred by id, or all of them at once when a search meets thousands."""

    FULL_LOAD_ABOVE = 8000

    def __init__(self, session: Session, policy_id: int | None):
        self.session = session
        self.connection = session.connection()  # plain rows: no ORM work per row
        area_query = select(Area.id, Area.policy_id)
        if policy_id is not None:
            area_query = area_query.where(Area.policy_id == policy_id)
        self.area_policy = dict(session.execute(area_query).all())
        self.policy_frequency = dict(session.execute(select(Policy.id, Policy.frequency)).all())
        self.measure_parent: dict[int, tuple[int, int | None]] = {}
        self._absent: set[int] = set()  # measures outside the policy asked for, or gone
        self._complete = False
        self.plan_measure: dict[int, int] = {}  # filled for the plans a text matched
        self.plan_hits: set[int] = set()  # measures one of whose plans the text matched
        self.indicator_policy: dict[int, int] = {}

    def load_measures(self, ids) -> None:
        """Know the parents of these measures and of every measure above them."""
        pending = set(ids)
        while pending and not self._complete:
            wanted = {i for i in pending if i not in self.measure_parent and i not in self._absent}
            if len(wanted) > self.FULL_LOAD_ABOVE:
                self._load_all()
                return
            found: dict[int, tuple[int, int | None]] = {}
            for chunk in chunks(wanted):
                for measure_id, area_id, parent_id in fetch_tuples(self.connection, select(
                        Measure.id, Measure.area_id, Measure.parent_id).where(Measure.id.in_(chunk))):
                    found[measure_id] = (area_id, parent_id)
            self._absent.update(wanted - found.keys())
            for measure_id, (area_id, parent_id) in found.items():
                if area_id in self.area_policy:
                    self.measure_parent[measure_id] = (area_id, parent_id)
                else:
                    self._absent.add(measure_id)
            above = {self.measure_parent[i][1] for i in pending if i in self.measure_parent}
            pending = {i for i in above if i is not None and i not in self.measure_parent and i not in self._absent}

    def _load_all(self) -> None:
        for measure_id, area_id, parent_id in fetch_tuples(
                self.connection, select(Measure.id, Measure.area_id, Measure.parent_id)):
            if area_id in self.area_policy:
                self.measure_parent[measure_id] = (area_id, parent_id)
        self._complete = True

    def period_of(self, measure_id: int, anchor: Period) -> Period:
        policy_id = self.area_policy[self.measure_parent[measure_id][0]]
        return effective_period(anchor, self.policy_frequency.get(policy_id) or "quarterly")

    def parent(self, key: Key) -> Key | None | bool:
        """The key above ``key``; None above a policy; False when the way up is unknown
        (outside the policy asked for)."""
        kind, node_id = key
        if kind == KIND_POLICY:
            return None
        if kind == KIND_PLAN:
            measure_id = self.plan_measure.get(node_id)
            return False if measure_id is None else (KIND_MEASURE, measure_id)
        if kind == KIND_MEASURE:
            if node_id not in self.measure_parent:
                return False
            area_id, parent_id = self.measure_parent[node_id]
            return (KIND_MEASURE, parent_id) if parent_id is not None else (KIND_AREA, area_id)
        if kind == KIND_AREA:
            return (KIND_POLICY, self.area_policy[node_id]) if node_id in self.area_policy else False
        if kind == KIND_INDICATOR:
            return (KIND_INDICATORS, self.indicator_policy[node_id])
        if kind == KIND_INDICATORS:
            return (KIND_POLICY, node_id)
        return False

    def show(self, hits: set[Key], visible: VisibleNodes) -> None:
        """Add every hit with a way up to its policy to ``visible.shown`` and
        ``visible.whole``, and the way up to ``visible.shown``. Each measure is climbed once:
        the ways of neighbouring matches join (thousands of hits for two characters)."""
        self.load_measures([node_id for kind, node_id in hits if kind == KIND_MEASURE] + list(self.plan_hits))
        shown, whole = visible.shown, visible.whole
        measure_parent, area_policy, plan_measure = self.measure_parent, self.area_policy, self.plan_measure
        reaches: dict[int, bool] = {}

        def measure_reaches(measure_id: int) -> bool:
            chain, current, ok = [], measure_id, False
            while True:
                known = reaches.get(current)
                if known is not None:
                    ok = known
                    break
                entry = measure_parent.get(current)
                if entry is None:
                    break
                chain.append(current)
                area_id, parent_id = entry
                if parent_id is None:
                    ok = area_id in area_policy
                    if ok:
                        shown.add((KIND_AREA, area_id))
                        shown.add((KIND_POLICY, area_policy[area_id]))
                    break
                current = parent_id
            for measure in chain:
                reaches[measure] = ok
                if ok:
                    shown.add((KIND_MEASURE, measure))
            return ok

        for key in hits:
            kind, node_id = key
            if kind == KIND_MEASURE:
                ok = measure_reaches(node_id)
            elif kind == KIND_PLAN:
                ok = node_id in plan_measure and measure_reaches(plan_measure[node_id])
            elif kind == KIND_AREA:
                ok = node_id in area_policy
                if ok:
                    shown.add((KIND_POLICY, area_policy[node_id]))
            elif kind == KIND_INDICATOR:
                ok = True
                shown.add((KIND_INDICATORS, self.indicator_policy[node_id]))
                shown.add((KIND_POLICY, self.indicator_policy[node_id]))
            else:
                ok = kind == KIND_POLICY
            if ok:
                shown.add(key)
                whole.add(key)

    def path(self, key: Key) -> list[Key]:
        """``key`` and every key above it up to the policy; [] when there is no way up."""
        chain: list[Key] = []
        current: Key | None = key
        while current is not None:
            chain.append(current)
            above = self.parent(current)
            if above is False:
                return []
            current = above
        return chain


def _text_hits(session: Session, text: str, policy_id: int | None, tree: _Skeleton) -> set[Key]:
    """Every node whose own label or text holds ``text``."""
    in_policy = (lambda column: column == policy_id) if policy_id is not None else (lambda column: True)
    hits: set[Key] = set()
    for (policy,) in session.execute(
        select(Policy.id).where(or_(_like(Policy.title, text), _like(Policy.doc_no, text)), in_policy(Policy.id))
    ):
        hits.add((KIND_POLICY, policy))
    for (area,) in session.execute(
        select(Area.id).where(
            or_(_like(Area.label, text), _like(Area.title, text), _like(Area.guiding_text, text)),
            in_policy(Area.policy_id),
        )
    ):
        hits.add((KIND_AREA, area))
    joined = policy_id is not None
    measure_query = select(Measure.id, Measure.area_id, Measure.parent_id).where(
        search_index.contains(session, "measures", text, joined=joined))
    plan_query = select(YearlyPlan.id, YearlyPlan.measure_id).where(
        search_index.contains(session, "yearly_plans", text, joined=joined))
    if policy_id is not None:
        measure_query = measure_query.join(Area, Area.id == Measure.area_id).where(Area.policy_id == policy_id)
        plan_query = (plan_query.join(Measure, Measure.id == YearlyPlan.measure_id)
                      .join(Area, Area.id == Measure.area_id).where(Area.policy_id == policy_id))
    connection = tree.connection
    for measure_id, area_id, parent_id in fetch_tuples(connection, measure_query):
        hits.add((KIND_MEASURE, measure_id))
        if area_id in tree.area_policy:
            tree.measure_parent[measure_id] = (area_id, parent_id)
    for plan_id, measure_id in fetch_tuples(connection, plan_query):
        hits.add((KIND_PLAN, plan_id))
        tree.plan_measure[plan_id] = measure_id
        tree.plan_hits.add(measure_id)
    indicator_query = select(Indicator.id, Indicator.policy_id).where(
        or_(_like(Indicator.name, text), _like(Indicator.category, text)), in_policy(Indicator.policy_id))
    for indicator_id, owner in session.execute(indicator_query):
        hits.add((KIND_INDICATOR, indicator_id))
        tree.indicator_policy[indicator_id] = owner
    return hits


def _narrowed_measures(session: Session, tree_filter: TreeFilter, period: Period | None,
                       tree: _Skeleton) -> list[int]:
    """Measures (not groups) that pass the unit, status and year conditions."""
    query = select(Measure.id).where(Measure.is_group.is_(False))
    if tree_filter.unit_id:
        query = query.where(Measure.id.in_(
            select(Assignment.measure_id).where(Assignment.unit_id == tree_filter.unit_id)))
    if tree_filter.year:
        query = query.where(Measure.id.in_(
            select(YearlyPlan.measure_id).where(YearlyPlan.year == tree_filter.year)))
    found = [m for (m,) in session.execute(query)]
    tree.load_measures(found)
    candidates = [m for m in found if m in tree.measure_parent]
    if tree_filter.status and period is not None:
        by_period: dict[Period, dict] = defaultdict(dict)
        for chunk in chunks(candidates):
            for measure_id, deadline in session.execute(
                    select(Measure.id, Measure.deadline).where(Measure.id.in_(chunk))):
                by_period[tree.period_of(measure_id, period)][measure_id] = deadline
        wanted = set()
        for effective, deadlines in by_period.items():
            by_measure, _ = measure_states(session, deadlines, effective)
            wanted.update(m for m, state in by_measure.items() if status_matches(state, tree_filter.status))
        candidates = [m for m in candidates if m in wanted]
    return candidates


def node_path(database: Database, kind: str, node_id: int) -> list[Key]:
    """The keys from the policy down to a node, to open it in the tree: a few lookups up
    the parents (it runs on every selection, so it never loads the whole tree)."""
    chain: list[Key] = []
    with database.session() as session:
        if kind == KIND_INDICATOR:
            policy_id = session.scalar(select(Indicator.policy_id).where(Indicator.id == node_id))
            return [] if policy_id is None else [
                (KIND_POLICY, policy_id), (KIND_INDICATORS, policy_id), (KIND_INDICATOR, node_id)]
        if kind == KIND_INDICATORS:
            return [(KIND_POLICY, node_id), (KIND_INDICATORS, node_id)]
        if kind == KIND_PLAN:
            measure_id = session.scalar(select(YearlyPlan.measure_id).where(YearlyPlan.id == node_id))
            if measure_id is None:
                return []
            chain.append((KIND_PLAN, node_id))
            kind, node_id = KIND_MEASURE, measure_id
        if kind == KIND_MEASURE:
            area_id = None
            current: int | None = node_id
            while current is not None:
                row = session.execute(
                    select(Measure.area_id, Measure.parent_id).where(Measure.id == current)).first()
                if row is None:
                    return []
                chain.append((KIND_MEASURE, current))
                area_id, current = row
            kind, node_id = KIND_AREA, area_id
        if kind == KIND_AREA:
            policy_id = session.scalar(select(Area.policy_id).where(Area.id == node_id))
            if policy_id is None:
                return []
            chain += [(KIND_AREA, node_id), (KIND_POLICY, policy_id)]
        elif kind == KIND_POLICY:
            chain.append((KIND_POLICY, node_id))
    return list(reversed(chain))
