"""The tree filter's answer for the window when a text meets many nodes (one character meets
21,000 tasks and yearly plans of a large archive): at once only the policies holding matches
and how many matches there are; what a policy holds is worked out when the clerk opens it
(the tree stays folded at that many matches anyway). A filter meeting fewer nodes, or one
by unit, status, year or policy, gets the complete answer of ``tree_filter.visible_nodes``.

Either way the nodes shown are those of ``visible_nodes`` (tests compare them): a policy's
part is ``visible_nodes`` with the filter narrowed to that policy."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Indicator, Measure, Policy, YearlyPlan
from zjtracker.services import search_index
from zjtracker.services.periods import Period
from zjtracker.services.tree import KIND_POLICY
from zjtracker.services.tree_filter import (
    Key,
    TreeFilter,
    VisibleNodes,
    node_path,
    visible_nodes,
)

LAZY_ABOVE = 1000  # measures and yearly plans met: past this, the answer comes policy by policy
PLANS_PER_POLICY = 150  # about a tenth of a policy's plans: reading its plans costs about as much
_like = search_index.like


class PolicyOutline(VisibleNodes):
    """The policies holding matches (``shown``) and the number of matches; ``prepare``
    adds what one policy holds, as ``visible_nodes`` finds it, when the tree opens it."""

    complete = False

    def __init__(self, database: Database, tree_filter: TreeFilter, period: Period | None,
                 policies: set[int], named: set[int], matches: int):
        # a policy whose own title or number holds the text shows all it holds
        super().__init__(shown={(KIND_POLICY, policy_id) for policy_id in policies},
                         whole={(KIND_POLICY, policy_id) for policy_id in named}, matches=matches)
        self._database, self._filter, self._period = database, tree_filter, period
        self._prepared: set[int] = set()

    def prepare(self, policy_id: int) -> None:
        if policy_id in self._prepared or (KIND_POLICY, policy_id) not in self.shown:
            return
        self._prepared.add(policy_id)
        part = visible_nodes(self._database, replace(self._filter, policy_id=policy_id), self._period)
        if part is not None:
            self.shown |= part.shown
            self.whole |= part.whole

    def prepare_all(self) -> None:
        for kind, policy_id in list(self.shown):
            if kind == KIND_POLICY:
                self.prepare(policy_id)

    def __contains__(self, key: Key) -> bool:
        if key[0] != KIND_POLICY and key not in self.shown:
            path = node_path(self._database, *key)
            if path:
                self.prepare(path[0][1])
        return key in self.shown


def window_nodes(database: Database, tree_filter: TreeFilter, period: Period | None) -> VisibleNodes | None:
    """What the tree shows for ``tree_filter``: a ``PolicyOutline`` when its text alone meets
    more than LAZY_ABOVE measures and plans, else the complete ``visible_nodes``."""
    text = tree_filter.text.strip()
    if not text or tree_filter.narrows_measures or tree_filter.policy_id is not None:
        return visible_nodes(database, tree_filter, period)
    with database.session() as session:
        found = _outline(session, text)
    if found is None:
        return visible_nodes(database, tree_filter, period)
    return PolicyOutline(database, tree_filter, period, *found)


def _outline(session: Session, text: str) -> tuple[set[int], set[int], int] | None:
    """(the policies holding a match, those matching themselves, the number of matches), or
    None for LAZY_ABOVE measures and plans or fewer. Every measure and plan met has a way up
    to its policy (foreign keys), so the plans are counted straight from the index."""
    by_policy = dict(session.execute(  # measures met, per policy
        select(Area.policy_id, func.count(Measure.id)).join(Measure, Measure.area_id == Area.id)
        .where(search_index.contains(session, "measures", text, joined=len(text) <= 2))  # not narrowed
        .group_by(Area.policy_id)).all())
    measures = sum(by_policy.values())
    plans = search_index.count(session, "yearly_plans", text)
    if measures + plans <= LAZY_ABOVE:
        return None
    named = set(session.scalars(select(Policy.id).where(or_(_like(Policy.title, text), _like(Policy.doc_no, text)))))
    areas = list(session.scalars(select(Area.policy_id).where(
        or_(_like(Area.label, text), _like(Area.title, text), _like(Area.guiding_text, text)))))
    indicators = list(session.scalars(select(Indicator.policy_id).where(
        or_(_like(Indicator.name, text), _like(Indicator.category, text)))))
    policies = set(by_policy) | named | set(areas) | set(indicators)
    remaining = set(session.scalars(select(Policy.id))) - policies
    if plans and remaining:  # policies whose plans alone hold the text
        # Many plans met: those policies' plans are read and looked up among them (SQLite
        # cannot go from "id + 0" to the table) rather than every plan met read in turn.
        # On PostgreSQL the plain LIKE does that: its planner, taking few rows to hold a text
        # of several pairs, would otherwise go from the plans met to their policies.
        many = plans > PLANS_PER_POLICY * len(remaining)
        by_id = YearlyPlan.id + 0 if many else None
        indexed = False if many and session.get_bind().dialect.name == "postgresql" else None
        policies.update(session.scalars(
            select(Area.policy_id).distinct().join(Measure, Measure.area_id == Area.id)
            .join(YearlyPlan, YearlyPlan.measure_id == Measure.id)
            .where(Area.policy_id.in_(remaining),
                   search_index.contains(session, "yearly_plans", text, indexed, id_of=by_id, joined=True))))
    return policies, named, len(named) + len(areas) + len(indicators) + measures + plans
