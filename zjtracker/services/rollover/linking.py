"""关联上年任务: when the city issues a new ledger document for the next year, each new task
is linked to last year's (``Measure.previous_id``) so its history runs across years.

``propose_links`` pairs the tasks of a new policy with those of an earlier one: the same
number and a similar text is 高 (high), a similar text under another number is 中 (medium),
nothing alike is 无 (none). Each earlier task is proposed once, best pairs first. The clerk
confirms or changes the pairs; ``store_links`` writes them, change-logged, and returns the
old links so the step can be undone."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from zjtracker.db.engine import Database
from zjtracker.db.models import Measure, Policy, YearlyPlan
from zjtracker.services.rollover.similarity import bigrams, jaccard, similarity
from zjtracker.services.rollover.tasks import TaskRow, policy_tasks, short
from zjtracker.services.structure.common import StructureError, get_policy, log_change

HIGH, MEDIUM, NONE = "high", "medium", "none"
CONFIDENCE_NAMES = {HIGH: "高", MEDIUM: "中", NONE: "无"}
SAME_NUMBER_SIMILAR = 0.45  # same number: this alike is the same task
OTHER_NUMBER_SIMILAR = 0.6  # another number: must be this alike
CANDIDATES = 3  # how many of the best Jaccard candidates get difflib's ratio too


@dataclass(frozen=True)
class LinkProposal:
    new: TaskRow
    old: TaskRow | None  # the proposed task of last year's ledger
    similarity: float
    confidence: str  # HIGH / MEDIUM / NONE
    current_id: int | None  # the link stored now


@dataclass
class LinkPlan:
    new_policy_id: int
    new_title: str
    old_policy_id: int
    old_title: str
    proposals: list[LinkProposal] = field(default_factory=list)
    old_tasks: list[TaskRow] = field(default_factory=list)  # the choices of the combo


@dataclass(frozen=True)
class EarlierPolicy:
    policy_id: int
    title: str
    doc_no: str
    likeness: float


def earlier_policies(database: Database, policy_id: int, threshold: float = 0.35) -> list[EarlierPolicy]:
    """Other policies whose title is alike or which the same issuer wrote, most alike first
    (the ones to offer for linking after a new ledger is imported)."""
    with database.session() as session:
        policy = get_policy(session, policy_id)
        found = []
        for other in session.scalars(select(Policy).where(Policy.id != policy_id)):
            likeness = similarity(policy.title, other.title)
            same_issuer = bool(policy.issuer) and policy.issuer == other.issuer
            if likeness >= threshold or (same_issuer and likeness >= threshold / 2):
                found.append(EarlierPolicy(other.id, other.title, other.doc_no or "", round(likeness, 3)))
        return sorted(found, key=lambda p: (-p.likeness, -p.policy_id))


def ledger_to_link(database: Database, policy_id: int, likeness: float = 0.5) -> EarlierPolicy | None:
    """The earlier ledger a newly imported one most likely continues: a title this alike,
    plans only in earlier years, and none of the new policy's tasks linked yet; else None."""
    alike = [p for p in earlier_policies(database, policy_id) if p.likeness >= likeness]
    if not alike:
        return None
    with database.session() as session:
        tasks = policy_tasks(session, policy_id)
        if not tasks or any(task.previous_id is not None for task in tasks):
            return None
        first = _plan_years(session, [t.measure_id for t in tasks])[0]
        for candidate in alike:
            years = _plan_years(session, [t.measure_id for t in policy_tasks(session, candidate.policy_id)])
            if first is None or years[1] is None or years[1] < first:
                return candidate
    return None


def _plan_years(session, measure_ids: list[int]) -> tuple[int | None, int | None]:
    if not measure_ids:
        return None, None
    low, high = session.execute(select(func.min(YearlyPlan.year), func.max(YearlyPlan.year))
                                .where(YearlyPlan.measure_id.in_(measure_ids))).one()
    return low, high


def propose_links(database: Database, new_policy_id: int, old_policy_id: int) -> LinkPlan:
    if new_policy_id == old_policy_id:
        raise StructureError("请选择另一份（上一年度的）政策文件来关联任务。")
    with database.session() as session:
        new_policy, old_policy = get_policy(session, new_policy_id), get_policy(session, old_policy_id)
        plan = LinkPlan(new_policy_id, new_policy.title, old_policy_id, old_policy.title)
        new_tasks, plan.old_tasks = policy_tasks(session, new_policy_id), policy_tasks(session, old_policy_id)
    old_grams = [bigrams(task.text) for task in plan.old_tasks]
    scored: list[tuple[float, int, int, str]] = []  # (score, new index, old index, confidence)
    for n, task in enumerate(new_tasks):
        grams = bigrams(task.text)
        rough = sorted(((jaccard(grams, g), o) for o, g in enumerate(old_grams)), reverse=True)[:CANDIDATES]
        same = [o for o, old in enumerate(plan.old_tasks) if task.number is not None and old.number == task.number]
        for o in {o for _score, o in rough} | set(same):
            score = similarity(task.text, plan.old_tasks[o].text)
            if o in same and score >= SAME_NUMBER_SIMILAR:
                scored.append((score + 1.0, n, o, HIGH))  # same number first
            elif score >= OTHER_NUMBER_SIMILAR:
                scored.append((score, n, o, MEDIUM))
    chosen: dict[int, tuple[int, float, str]] = {}
    taken: set[int] = set()
    for score, n, o, confidence in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if n in chosen or o in taken:
            continue
        chosen[n] = (o, score - 1.0 if confidence == HIGH else score, confidence)
        taken.add(o)
    for n, task in enumerate(new_tasks):
        o, score, confidence = chosen.get(n, (None, 0.0, NONE))
        old = plan.old_tasks[o] if o is not None else None
        plan.proposals.append(LinkProposal(task, old, round(score, 3), confidence, task.previous_id))
    return plan


def store_links(database: Database, links: dict[int, int | None], source: str = "typed") -> dict[int, int | None]:
    """Set ``previous_id`` of each new task (None clears it), in one transaction; returns the
    links as they were, for the undo. A task cannot be its own or a later link's predecessor."""
    old_links: dict[int, int | None] = {}
    with database.session() as session:
        measures = {m.id: m for m in session.scalars(select(Measure).where(Measure.id.in_(list(links))))}
        wanted = {v for v in links.values() if v is not None}
        existing = {m.id: m for m in session.scalars(select(Measure).where(Measure.id.in_(wanted)))} if wanted else {}
        for measure_id, previous_id in links.items():
            measure = measures.get(measure_id)
            if measure is None:
                raise StructureError(f"任务（编号 {measure_id}）不存在，可能已被删除。")
            if previous_id is not None and previous_id not in existing:
                raise StructureError(f"上年任务（编号 {previous_id}）不存在，可能已被删除。")
            if previous_id == measure_id:
                raise StructureError(f"任务“{measure.label}{short(measure.text, 20)}”不能关联到它自己。")
            if measure.previous_id == previous_id:
                continue
            old_links[measure_id] = measure.previous_id
            log_change(session, "measure", measure_id, "previous_id", _name(session, measure.previous_id),
                       _name(session, previous_id), source)
            measure.previous_id = previous_id
        for measure_id in old_links:
            _refuse_cycle(session, measures[measure_id])
    return old_links


def _name(session, measure_id: int | None) -> str | None:
    if measure_id is None:
        return None
    measure = session.get(Measure, measure_id)
    if measure is None:
        return None
    return f"{measure.label}{short(measure.text, 30)}（{short(measure.area.policy.title, 24)}）"


def _refuse_cycle(session, measure: Measure) -> None:
    seen, current = {measure.id}, measure.previous_id
    while current is not None:
        if current in seen:
            raise StructureError(f"任务“{measure.label}{short(measure.text, 20)}”的上年任务会绕回它自己，未保存。")
        seen.add(current)
        current = session.scalar(select(Measure.previous_id).where(Measure.id == current))
