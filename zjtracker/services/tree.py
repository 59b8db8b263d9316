"""The navigation tree as plain data, one level at a time (the UI loads it lazily).

``load_children_many`` answers for many nodes at once with a fixed handful of queries (the
tree model uses it to open every level a filter shows in one go); ``load_children`` is the
same for one node. Only the columns a node shows are read."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import Area, Indicator, Measure, Policy, ProgressReport, YearlyPlan
from zjtracker.services.node_status import chunks, effective_period, measure_states
from zjtracker.services.periods import Period

KIND_ROOT, KIND_POLICY, KIND_AREA, KIND_MEASURE, KIND_PLAN = "root", "policy", "area", "measure", "plan"
KIND_INDICATORS, KIND_INDICATOR = "indicators", "indicator"  # 主要指标 under a policy (id = policy id)

Key = tuple[str, int]


@dataclass(frozen=True)
class TreeNode:
    kind: str
    id: int
    label: str  # 一、 / （三） / 2025年
    title: str  # short title or text
    child_count: int
    is_group: bool = False
    status: str = ""  # for measures and plans in the chosen period
    percent: float | None = None
    policy_status: str = ""  # a policy's in_force / expired / abolished
    rollup: tuple[int, int] | None = None  # a policy's or area's plans done / plans of the period's year
    closed: bool = False  # a measure's plan of the year, or a plan, 已销号 (services/oversight)
    review: str = ""  # the verdict on the period's report (services/oversight/states.py)

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)


def short_title(text: str, limit: int = 40) -> str:
    """The heading of a text: up to the first 。 or, past the limit, to the last clause mark
    (，；：、) within it, so that a shortened task still reads as words (the whole text is in
    the details)."""
    text = " ".join((text or "").split())
    head = text.split("。", 1)[0]
    if len(head) > limit:
        for cut in range(limit - 2, limit // 2 - 1, -1):
            if head[cut] in "，；：、,;:" and _balanced(head[:cut]):
                return head[:cut] + "…"
        return head[: limit - 1] + "…"
    return head


def _balanced(text: str) -> bool:
    """No quotation mark, bracket or 书名号 left open in ``text``."""
    return all(text.count(left) <= text.count(right) for left, right in ("“”", "（）", "《》", "()", "【】"))


def load_children(database: Database, kind: str, node_id: int = 0,
                  period: Period | None = None) -> list[TreeNode]:
    """The children of one node: policies under the root, areas (and the indicators) under a
    policy, top-level measures under an area, sub-measures and yearly plans under a measure.
    With a period, measures and plans carry their status in it."""
    return load_children_many(database, [(kind, node_id)], period)[(kind, node_id)]


def load_children_many(database: Database, parents: list[Key], period: Period | None = None) -> dict[Key, list[TreeNode]]:
    """The children of each of ``parents`` (keys (kind, id)), as ``load_children`` gives them."""
    result: dict[Key, list[TreeNode]] = {key: [] for key in parents}
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, node_id in result:
        by_kind[kind].append(node_id)
    with database.session() as session:
        if by_kind[KIND_ROOT]:
            policies = _policies(session, period)
            for node_id in by_kind[KIND_ROOT]:
                result[(KIND_ROOT, node_id)] = list(policies)
        for chunk in chunks(by_kind[KIND_POLICY]):
            _areas(session, chunk, result, period)
        for chunk in chunks(by_kind[KIND_INDICATORS]):
            _indicators(session, chunk, result)
        for chunk in chunks(by_kind[KIND_AREA]):
            _area_measures(session, chunk, period, result)
        for chunk in chunks(by_kind[KIND_MEASURE]):
            _measure_children(session, chunk, period, result)
    return result


def refreshed_path(database: Database, path: list[Key], period: Period | None) -> dict[Key, dict]:
    """What the tree shows of the nodes on one path (policy, area, measures, yearly plan)
    as stored now: key → the fields that change with progress (status and 完成进度 of
    measures and plans, the roll-up of the policy and the area). For a save, which changes
    nothing else: only these nodes are read, never their siblings."""
    changes: dict[Key, dict] = {}
    policy_ids = [node_id for kind, node_id in path if kind == KIND_POLICY]
    area_ids = [node_id for kind, node_id in path if kind == KIND_AREA]
    measure_ids = [node_id for kind, node_id in path if kind == KIND_MEASURE]
    plan_ids = [node_id for kind, node_id in path if kind == KIND_PLAN]
    with database.session() as session:
        by_policy, by_area = _rollups(session, policy_ids, period)
        for policy_id in policy_ids:
            changes[(KIND_POLICY, policy_id)] = {"rollup": by_policy.get(policy_id)}
        for area_id in area_ids:
            changes[(KIND_AREA, area_id)] = {"rollup": by_area.get(area_id)}
        deadlines: dict[int, dict] = defaultdict(dict)
        for measure_id, area_id, deadline in session.execute(
                select(Measure.id, Measure.area_id, Measure.deadline).where(Measure.id.in_(measure_ids))):
            deadlines[area_id][measure_id] = deadline
        by_measure, by_plan = _statuses(session, deadlines, period)
    for kind, ids, states in ((KIND_MEASURE, measure_ids, by_measure), (KIND_PLAN, plan_ids, by_plan)):
        for node_id in ids:
            state = states.get(node_id)
            changes[(kind, node_id)] = {"status": state.status if state else "",
                                        "percent": state.percent if state else None,
                                        "closed": state.closed if state else False,
                                        "review": state.review if state else ""}
    return changes


def _policies(session: Session, period: Period | None = None) -> list[TreeNode]:
    area_count = select(func.count(Area.id)).where(Area.policy_id == Policy.id).scalar_subquery()
    rows = list(session.execute(
        select(Policy.id, Policy.title, Policy.doc_no, Policy.issued_on, area_count, Policy.status)
        .order_by(Policy.id)))
    by_policy, _ = _rollups(session, [row[0] for row in rows], period)
    return [TreeNode(KIND_POLICY, policy_id, "", policy_name(title, doc_no, issued_on, limit=60), count,
                     policy_status=status or "", rollup=by_policy.get(policy_id))
            for policy_id, title, doc_no, issued_on, count, status in rows]


def _areas(session: Session, policy_ids: list[int], result: dict[Key, list[TreeNode]],
           period: Period | None = None) -> None:
    count = (select(func.count(Measure.id))
             .where(Measure.area_id == Area.id, Measure.parent_id.is_(None)).scalar_subquery())
    rows = session.execute(select(Area.id, Area.policy_id, Area.label, Area.title, count)
                           .where(Area.policy_id.in_(policy_ids)).order_by(Area.policy_id, Area.position, Area.id))
    _, by_area = _rollups(session, policy_ids, period)
    for area_id, policy_id, label, title, n in rows:
        result[(KIND_POLICY, policy_id)].append(
            TreeNode(KIND_AREA, area_id, label, short_title(title), n, rollup=by_area.get(area_id)))
    indicators = session.execute(select(Indicator.policy_id, func.count(Indicator.id))
                                 .where(Indicator.policy_id.in_(policy_ids)).group_by(Indicator.policy_id))
    for policy_id, n in indicators:
        if n:
            result[(KIND_POLICY, policy_id)].append(TreeNode(KIND_INDICATORS, policy_id, "", "主要指标", n))


def _indicators(session: Session, policy_ids: list[int], result: dict[Key, list[TreeNode]]) -> None:
    rows = session.execute(select(Indicator.id, Indicator.policy_id, Indicator.name)
                           .where(Indicator.policy_id.in_(policy_ids))
                           .order_by(Indicator.policy_id, Indicator.position, Indicator.id))
    for indicator_id, policy_id, name in rows:
        result[(KIND_INDICATORS, policy_id)].append(TreeNode(KIND_INDICATOR, indicator_id, "", short_title(name), 0))


def _measure_rows(session: Session, *conditions):
    """Measures with what their node shows: id, parent key, label, text, group, deadline,
    and the number of their children (sub-measures and yearly plans)."""
    child = Measure.__table__.alias("child")
    child_count = select(func.count(child.c.id)).where(child.c.parent_id == Measure.id).scalar_subquery()
    plan_count = (select(func.count(YearlyPlan.id)).where(YearlyPlan.measure_id == Measure.id)
                  .scalar_subquery())
    return session.execute(
        select(Measure.id, Measure.area_id, Measure.parent_id, Measure.label, Measure.text, Measure.is_group,
               Measure.deadline, child_count, plan_count)
        .where(*conditions).order_by(Measure.position, Measure.id))


def _frequencies(session: Session, area_ids) -> dict[int, str]:
    return dict(session.execute(select(Area.id, Policy.frequency).join(Policy, Policy.id == Area.policy_id)
                                .where(Area.id.in_(list(area_ids)))).all())


def _statuses(session: Session, deadlines_by_area: dict[int, dict], period: Period | None):
    """(by measure, by plan) statuses, each measure judged in its policy's own period."""
    by_measure, by_plan = {}, {}
    if period is None:
        return by_measure, by_plan
    frequencies = _frequencies(session, deadlines_by_area)
    by_period: dict[Period, dict] = defaultdict(dict)
    for area_id, deadlines in deadlines_by_area.items():
        by_period[effective_period(period, frequencies.get(area_id) or "quarterly")].update(deadlines)
    for effective, deadlines in by_period.items():
        measures, plans = measure_states(session, deadlines, effective)
        by_measure.update(measures)
        by_plan.update(plans)
    return by_measure, by_plan


def _measure_node(row, state) -> TreeNode:
    measure_id, _area, _parent, label, text, is_group, _deadline, children, plans = row
    return TreeNode(KIND_MEASURE, measure_id, label, short_title(text), children + plans, bool(is_group),
                    status=state.status if state else "", percent=state.percent if state else None,
                    closed=state.closed if state else False, review=state.review if state else "")


def _area_measures(session: Session, area_ids: list[int], period: Period | None,
                   result: dict[Key, list[TreeNode]]) -> None:
    rows = list(_measure_rows(session, Measure.area_id.in_(area_ids), Measure.parent_id.is_(None)))
    deadlines: dict[int, dict] = defaultdict(dict)
    for row in rows:
        deadlines[row[1]][row[0]] = row[6]
    by_measure, _ = _statuses(session, deadlines, period)
    for row in rows:
        result[(KIND_AREA, row[1])].append(_measure_node(row, by_measure.get(row[0])))


def _measure_children(session: Session, measure_ids: list[int], period: Period | None,
                      result: dict[Key, list[TreeNode]]) -> None:
    parents = {measure_id: (area_id, deadline) for measure_id, area_id, deadline in session.execute(
        select(Measure.id, Measure.area_id, Measure.deadline).where(Measure.id.in_(measure_ids)))}
    rows = list(_measure_rows(session, Measure.parent_id.in_(list(parents))))
    plans = list(session.execute(select(YearlyPlan.id, YearlyPlan.measure_id, YearlyPlan.year, YearlyPlan.text)
                                 .where(YearlyPlan.measure_id.in_(list(parents)))
                                 .order_by(YearlyPlan.year, YearlyPlan.id)))
    deadlines: dict[int, dict] = defaultdict(dict)
    for measure_id, (area_id, deadline) in parents.items():
        deadlines[area_id][measure_id] = deadline
    for row in rows:
        deadlines[parents[row[2]][0]][row[0]] = row[6]
    by_measure, by_plan = _statuses(session, deadlines, period)
    for row in rows:
        result[(KIND_MEASURE, row[2])].append(_measure_node(row, by_measure.get(row[0])))
    for plan_id, measure_id, year, text in plans:
        state = by_plan.get(plan_id)
        result[(KIND_MEASURE, measure_id)].append(TreeNode(
            KIND_PLAN, plan_id, f"{year}年", short_title(text) or "年度计划", 0,
            status=state.status if state else "", percent=state.percent if state else None,
            closed=state.closed if state else False, review=state.review if state else ""))


def _rollups(session: Session, policy_ids: list[int], period: Period | None):
    """(by policy, by area): (plans done, plans) of the year of each policy's own period
    holding the anchor; done is 完成进度 100 or assessed 已完成 in that period."""
    by_policy: dict[int, tuple[int, int]] = {}
    by_area: dict[int, tuple[int, int]] = {}
    if period is None or not policy_ids:
        return by_policy, by_area
    frequencies: dict[str, list[int]] = defaultdict(list)
    for policy_id, frequency in session.execute(select(Policy.id, Policy.frequency).where(Policy.id.in_(policy_ids))):
        frequencies[frequency or "quarterly"].append(policy_id)
    for frequency, ids in frequencies.items():
        effective = effective_period(period, frequency)
        done = case((or_(ProgressReport.percent >= 100, ProgressReport.assessment == "已完成",
                         YearlyPlan.closed_on.isnot(None)), 1), else_=0)
        rows = session.execute(
            select(Area.policy_id, Area.id, func.count(YearlyPlan.id), func.coalesce(func.sum(done), 0))
            .join(Measure, Measure.area_id == Area.id).join(YearlyPlan, YearlyPlan.measure_id == Measure.id)
            .outerjoin(ProgressReport, and_(ProgressReport.plan_id == YearlyPlan.id,
                                            ProgressReport.period == str(effective)))
            .where(Area.policy_id.in_(ids), YearlyPlan.year == effective.year)
            .group_by(Area.policy_id, Area.id))
        for policy_id, area_id, total, finished in rows:
            by_area[area_id] = (int(finished), int(total))
            old = by_policy.get(policy_id, (0, 0))
            by_policy[policy_id] = (old[0] + int(finished), old[1] + int(total))
    return by_policy, by_area


def policy_name(title: str, doc_no: str = "", issued_on=None, limit: int | None = None) -> str:
    """A policy as the tree and every dialog name it: 标题（文号）; a document without a
    number (a work report) by its year when the title does not say it. ``limit`` shortens
    the title, never the number."""
    text = " ".join((title or "").split())
    if limit is not None:
        text = short_title(text, limit) if len(text) > limit else text
    suffix = policy_label(doc_no, issued_on, title)
    return f"{text}（{suffix}）" if suffix else text


def policy_label(doc_no: str, issued_on, title: str) -> str:
    """The document number; a document without one (a work report) by its date."""
    if doc_no:
        return doc_no
    if issued_on and title and str(issued_on.year) not in title:
        return f"{issued_on.year}年"
    return ""


def has_policies(database: Database) -> bool:
    with database.session() as session:
        return bool(session.scalar(select(exists().where(Policy.id.isnot(None)))))
