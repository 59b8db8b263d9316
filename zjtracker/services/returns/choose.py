"""Which policy a return in the city's ledger layout belongs to: the one given, or the one
whose task texts agree with the file's (same 序号, the same task by ``returns_text``), by
the number of rows that agree; at least half of the rows with a task text must.

Comparing every row with every policy of the archive would read and compare tens of
thousands of tasks. The policies worth comparing are found first through the search index:
a piece of the task text of a few rows spread over the file (eight characters from the
middle of its longest run of Chinese), looked up all at once, and kept where a task of the
same 序号 holds it (on PostgreSQL the tasks of those 序号 are read and searched for the
pieces here: a few hundred rows, quicker than the grams index). Only those policies are
compared in full. A file whose texts were all
rewritten finds no piece: then, and when no shortlisted policy agrees with half the rows,
every policy is compared, so the answer (and the message of a refused file) is the one the
full comparison gives.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import Area, Measure, Policy, YearlyPlan
from zjtracker.importing.errors import ImportRefused
from zjtracker.importing.returns import model as R
from zjtracker.importing.returns.model import ReturnFile, ReturnRow
from zjtracker.services.periods import Period
from zjtracker.services.returns.targets import PolicyTargets, load_targets
from zjtracker.services.returns.text import meaningful, same_task
from zjtracker.services.search_index import contains_any

SAMPLED_ROWS = 12  # rows whose text is looked up in the index (in one query)
PIECE = 8  # characters of each
_HAN = re.compile(r"[\u4e00-\u9fff]{4,}")


def choose_policy(session: Session, file: ReturnFile, period: Period, policy_id: int | None) -> PolicyTargets:
    """The policy of the file with its plans for the period; raises ImportRefused
    (wrong_ledger) when its texts agree with no policy, or not with the one given."""
    texted = [r for r in file.rows if r.number is not None and meaningful(r.text)]
    name = file.file_name
    if policy_id is None and not texted:
        raise ImportRefused(f"文件“{name}”中没有“工作任务”列，无法判断它属于哪项政策。"
                            "请指定政策（--policy）后再导入。", R.WRONG_LEDGER)
    needed = max(1, len(texted) / 2)
    if policy_id is not None:
        chosen = load_targets(session, period, [policy_id])[policy_id]
        score = agreeing(chosen.targets, texted)
        if texted and score < needed:
            raise _wrong(name, period, chosen.title, len(texted), score)
        return chosen
    shortlisted = load_targets(session, period, list(shortlist(session, texted)))
    best = _best({pid: [(t.number, t.measure_text) for t in p.targets]
                  for pid, p in shortlisted.items() if p.targets}, texted)
    if best is not None and best[1] >= needed:
        return shortlisted[best[0]]
    best = _best(_all_tasks(session, period.year), texted)
    if best is None or best[1] < needed:
        title = session.scalar(select(Policy.title).where(Policy.id == best[0])) if best else ""
        raise _wrong(name, period, title or "", len(texted), best[1] if best else 0)
    return load_targets(session, period, [best[0]])[best[0]]


def _wrong(name: str, period: Period, title: str, rows: int, score: int) -> ImportRefused:
    target = f"政策“{title}”{period.year}年的任务" if title else f"数据库中任何一项政策{period.year}年的任务"
    return ImportRefused(f"文件“{name}”中的任务与{target}对不上（{rows} 行中只有 {score} 行的任务内容一致），"
                         "看来是另一份台账。请确认政策和报告期后再导入。", R.WRONG_LEDGER)


def piece_of(text: str) -> str:
    """Eight characters from the middle of the longest run of Chinese in ``text`` (a run
    of four to seven whole), "" when there is none: what a copied task text keeps."""
    runs = _HAN.findall(text or "")
    if not runs:
        return ""
    run = max(runs, key=len)
    start = max(0, (len(run) - PIECE) // 2)
    return run[start:start + PIECE]


def shortlist(session: Session, texted: list[ReturnRow]) -> set[int]:
    """The policies with a task of the same 序号 holding the piece of one of a few rows
    spread over the file."""
    usable = [(row.number, piece_of(row.text)) for row in texted]
    usable = [(number, piece) for number, piece in usable if piece]
    if not usable:
        return set()
    step = max(1, len(usable) / SAMPLED_ROWS)
    sampled = [usable[int(i * step)] for i in range(min(SAMPLED_ROWS, len(usable)))]
    pieces: dict[int, set[str]] = defaultdict(set)
    for number, piece in sampled:
        pieces[number].add(piece)
    query = select(Area.policy_id, Measure.number, Measure.label, Measure.text) \
        .join(Area, Area.id == Measure.area_id).where(Measure.number.in_(list(pieces)))
    if session.get_bind().dialect.name != "postgresql":  # PostgreSQL: the numbers alone leave a few hundred
        # rows, read in one scan of the measures faster than the grams index finds the pieces (15 ms against 50)
        query = query.where(contains_any(session, "measures", sorted({piece for _, piece in sampled})))
    rows = session.execute(query)
    return {policy_id for policy_id, number, label, text in rows
            if any(piece in (text or "") or piece in (label or "") for piece in pieces.get(number, ()))}


def agreeing(targets, texted: list[ReturnRow]) -> int:
    """How many of the rows name a task of ``targets`` (same 序号, same task text)."""
    return _agreeing(_texts_by_number((t.number, t.measure_text) for t in targets), texted, None)


def _texts_by_number(pairs) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for number, text in pairs:
        if number is not None:
            found[number].append(text)
    return found


def _agreeing(by_number: dict[int, list[str]], texted: list[ReturnRow], stop_below: int | None) -> int:
    """The count, or -1 as soon as it can no longer reach ``stop_below``."""
    score = 0
    for index, row in enumerate(texted):
        if stop_below is not None and score + len(texted) - index < stop_below:
            return -1
        if any(same_task(row.text, text) for text in by_number.get(row.number, ())):
            score += 1
    return score


def _best(policies: dict[int, list[tuple[int | None, str]]], texted: list[ReturnRow]) -> tuple[int, int] | None:
    """(policy id, rows agreeing) of the policy most rows agree with, the lowest id among
    equals; ``policies`` maps ids to their tasks' (序号, text)."""
    best: tuple[int, int] | None = None
    for policy_id in sorted(policies):
        needed = best[1] + 1 if best is not None else None  # an equal score loses to the lower id
        score = _agreeing(_texts_by_number(policies[policy_id]), texted, needed)
        if best is None or score > best[1]:
            best = (policy_id, score)
    return best


def _all_tasks(session: Session, year: int) -> dict[int, list[tuple[int | None, str]]]:
    """(序号, text) of every task with a plan in ``year``, by policy."""
    found: dict[int, list] = defaultdict(list)
    for policy_id, number, text in session.execute(
            select(Area.policy_id, Measure.number, Measure.text)
            .join(Measure, Measure.area_id == Area.id).join(YearlyPlan, YearlyPlan.measure_id == Measure.id)
            .where(YearlyPlan.year == year)):
        found[policy_id].append((number, text))
    return found
