"""Storing a parsed policy: the tree, units, plans, indicators and cross-references."""

from __future__ import annotations

import json
import re

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from zjtracker.db.models import (
    Area,
    Assignment,
    ChangeLog,
    GlossaryTerm,
    ImportBatch,
    Indicator,
    IndicatorValue,
    Measure,
    Policy,
    YearlyPlan,
)
from zjtracker.importing.documents.titles import title_key as importing_title_key
from zjtracker.importing.model import ParsedMeasure, ParsedPolicy, ParseResult
from zjtracker.services.context import current_machine, current_user
from zjtracker.services.units.registry import UnitResolver


def title_key(title: str | None) -> str:
    """Compare titles without book-title marks, quotes, spaces and punctuation."""
    return importing_title_key(title, ignore_punctuation=True)


def store_parse_result(session: Session, result: ParseResult, sha256: str, kind: str = "policy") -> list[Policy]:
    """Store every policy of a parse result in the caller's transaction."""
    units = UnitResolver(session)
    stored: list[Policy] = []
    interpretations = [p for p in result.policies if p.interprets]
    for parsed in result.policies:
        if parsed.interprets:
            continue
        stored.append(store_policy(session, parsed, result.source, units))
    session.flush()
    changes: list[tuple[Policy, str, str | None, str | None]] = []  # for the change log
    for parsed in result.policies:
        if parsed.abolishes:
            notice = next(p for p in stored if p.title == parsed.title and p.doc_no == parsed.doc_no)
            for named in parsed.abolishes:
                changes.append(_mark_abolished(session, named, notice))
    for parsed in interpretations:
        target = _find_policy(session, parsed.interprets or "")
        if target is None:
            stored.append(store_policy(session, parsed, result.source, units))
        else:
            changes.append((target, "interpretation", target.interpretation or None, parsed.text))
            target.interpretation = parsed.text
    session.flush()
    counts = {"policies": len(stored), "warnings": len(result.warnings)}
    batch = ImportBatch(
        kind=kind,
        file_name=result.source,
        sha256=sha256,
        imported_by=current_user(),
        policy_id=stored[0].id if stored else None,
        counts=json.dumps(counts, ensure_ascii=False),
    )
    session.add(batch)
    session.flush()
    _log_import(session, batch.id, stored, changes)
    return stored


def store_policy(session: Session, parsed: ParsedPolicy, source: str, units: UnitResolver) -> Policy:
    policy = _reusable_stub(session, parsed) or Policy(title=parsed.title)
    policy.title = parsed.title
    policy.doc_no = parsed.doc_no or policy.doc_no
    policy.issuer = parsed.issuer
    policy.issued_on = parsed.issued_on
    policy.start_year = parsed.start_year
    policy.end_year = parsed.end_year
    policy.frequency = parsed.frequency
    policy.kind = parsed.kind
    policy.source_file = source
    policy.text = parsed.text
    if policy.status != "abolished":
        policy.status = parsed.status
    session.add(policy)
    plan_years = _default_plan_years(parsed)
    areas = []
    for position, parsed_area in enumerate(parsed.areas):
        area = Area(
            position=position,
            label=parsed_area.label,
            title=parsed_area.title,
            guiding_text=parsed_area.guiding_text,
        )
        policy.areas.append(area)
        areas.append((area, parsed_area))
    with session.no_autoflush:
        assigned = {id(m): _assigned_units(m, units) for _a, pa in areas for m in _walk(pa.measures)}
    for position, parsed_indicator in enumerate(parsed.indicators):
        indicator = Indicator(
            position=position,
            category=parsed_indicator.category,
            name=parsed_indicator.name,
            unit=parsed_indicator.unit,
            baseline_year=parsed_indicator.baseline_year,
            baseline_value=parsed_indicator.baseline_value,
            baseline_text=parsed_indicator.baseline_text,
            target_year=parsed_indicator.target_year,
            target_value=parsed_indicator.target_value,
            target_text=parsed_indicator.target_text,
            nature=parsed_indicator.nature,
            direction=parsed_indicator.direction,
        )
        for year, value in sorted(parsed_indicator.actuals.items()):
            indicator.values.append(IndicatorValue(year=year, value=value))
        policy.indicators.append(indicator)
    for entry in parsed.glossary:
        policy.glossary.append(GlossaryTerm(term=entry.term, definition=entry.definition))
    session.flush()  # the ids of the policy, its areas and the units new to the registry
    _insert_measures(session, areas, assigned, plan_years)
    return policy


def _default_plan_years(parsed: ParsedPolicy) -> list[int]:
    """Years for which a measure without plans of its own gets an (empty) yearly plan,
    so that progress can be recorded against it."""
    start = parsed.start_year or (parsed.issued_on.year if parsed.issued_on else None)
    end = parsed.end_year or start
    if start is None:
        return []
    if end < start or end - start > 10:
        end = start
    return list(range(start, end + 1))


def _walk(measures: list[ParsedMeasure]):
    for measure in measures:
        yield measure
        yield from _walk(measure.children)


def _assigned_units(parsed: ParsedMeasure, units: UnitResolver) -> list[tuple]:
    """The measure's units as (unit, role, leader, section, person), a unit named twice in
    the same role once."""
    found, seen = [], set()
    for parsed_unit in parsed.units:
        unit = units.resolve(parsed_unit.name)
        key = (id(unit), parsed_unit.role)
        if key in seen:
            continue
        seen.add(key)
        found.append((unit, parsed_unit.role, parsed_unit.leader, parsed_unit.section, parsed_unit.person))
    return found


def _insert_measures(session: Session, areas: list[tuple], assigned: dict[int, list[tuple]],
                     plan_years: list[int]) -> None:
    """The measures of every area, their units and yearly plans, in bulk: one multi-row
    insert per level of the outline (the parents' ids known before their children's, read
    back by area, parent and position, which are new and unique: RETURNING in parameter
    order is one statement per row on SQLite), then one for the assignments and one for the
    plans (the search index's triggers, on SQLite, see every row as the ORM's inserts did)."""
    levels: list[list[tuple]] = []  # per depth: (parsed, row, parent's (depth, index))

    def place(measures, area_id: int, parent: tuple[int, int] | None, depth: int) -> None:
        if len(levels) <= depth:
            levels.append([])
        for position, parsed in enumerate(measures):
            row = {"area_id": area_id, "parent_id": None, "position": position, "label": parsed.label,
                   "number": parsed.number, "text": parsed.shown_text,  # as the preview showed it
                   "is_group": parsed.is_group, "deadline": parsed.deadline,
                   "deadline_text": parsed.deadline_text or ""}
            levels[depth].append((parsed, row, parent))
            if parsed.children:
                place(parsed.children, area_id, (depth, len(levels[depth]) - 1), depth + 1)

    for area, parsed_area in areas:
        place(parsed_area.measures, area.id, None, 0)
    table = Measure.__table__
    area_ids = [area.id for area, _parsed in areas]
    ids: list[list[int]] = []
    for level in levels:
        for _parsed, row, parent in level:
            if parent is not None:
                row["parent_id"] = ids[parent[0]][parent[1]]
        if not level:
            ids.append([])
            continue
        session.execute(insert(table), [row for _p, row, _parent in level])
        placed = {(area_id, parent_id, position): measure_id for measure_id, area_id, parent_id, position in
                  session.execute(select(table.c.id, table.c.area_id, table.c.parent_id, table.c.position)
                                  .where(table.c.area_id.in_(area_ids)))}
        ids.append([placed[row["area_id"], row["parent_id"], row["position"]] for _p, row, _parent in level])
    assignments, plans = [], []
    for depth, level in enumerate(levels):
        for index, (parsed, _row, _parent) in enumerate(level):
            measure_id = ids[depth][index]
            for unit, role, leader, section, person in assigned[id(parsed)]:
                assignments.append({"measure_id": measure_id, "unit_id": unit.id, "role": role, "leader": leader,
                                    "section": section, "person": person})
            if parsed.is_group:
                continue
            given = {plan.year: plan for plan in parsed.plans}
            for year in sorted(given):
                plans.append({"measure_id": measure_id, "year": year, "text": given[year].text,
                              "target": given[year].target})
            if not given:
                plans += [{"measure_id": measure_id, "year": year, "text": "", "target": None} for year in plan_years]
    if assignments:
        session.execute(insert(Assignment.__table__), assignments)
    if plans:
        session.execute(insert(YearlyPlan.__table__), plans)
    for area, _parsed in areas:
        session.expire(area, ["measures"])  # read from the rows above when asked for


def _find_policy(session: Session, named: str, exclude: Policy | None = None) -> Policy | None:
    """A stored policy named by title (with or without 《》) or by doc number: an exact
    title first, then the doc number, then a title that contains the name."""
    key = title_key(named)
    if not key:
        return None
    rows = session.execute(select(Policy.id, Policy.title, Policy.doc_no).order_by(Policy.id)).all()  # not texts
    skip = exclude.id if exclude is not None else None  # flushed by the query
    candidates = [(policy_id, title_key(title), doc_no) for policy_id, title, doc_no in rows if policy_id != skip]
    found = next((policy_id for policy_id, title, _doc_no in candidates if title == key), None)
    if found is None:
        found = next((policy_id for policy_id, _title, doc_no in candidates
                      if doc_no and title_key(doc_no) in key), None)
    if found is None and len(key) > 8:
        found = next((policy_id for policy_id, title, _doc_no in candidates if key in title), None)
    return session.get(Policy, found) if found is not None else None


def _reusable_stub(session: Session, parsed: ParsedPolicy) -> Policy | None:
    """An abolished policy recorded only by name, now loaded in full."""
    stub = _find_policy(session, parsed.title)
    if stub is not None and stub.status == "abolished" and not stub.areas and not stub.text:
        return stub
    return None


def _mark_abolished(session: Session, named: str, notice: Policy) -> tuple[Policy, str, str | None, str]:
    target = _find_policy(session, named, exclude=notice)
    if target is None:
        doc_no = ""
        match = re.search(r"[（(]([^（()）]*〔\d{4}〕\s*\d+\s*号)[）)]", named)
        if match:
            doc_no = match.group(1).replace(" ", "")[:100]  # the column holds 100 characters
            named = named.replace(match.group(0), "")
        target = Policy(title=named.strip("《》 "), doc_no=doc_no, kind="plan", text="")
        session.add(target)
    old_status = target.status if target.id is not None else None
    target.status = "abolished"
    target.abolished_by_id = notice.id
    return target, "status", old_status, "abolished"


def _log_import(session: Session, batch_id: int, stored: list[Policy], changes: list[tuple]) -> None:
    """The change log of a policy import: one row per stored policy (field ``created``, the
    title as new value) and one per field an import changed on another policy (abolished by
    this notice, interpretation added), all naming the import batch."""
    session.flush()
    user, machine = current_user(), current_machine()
    rows = [(policy, "created", None, policy.title) for policy in stored] + changes
    for policy, name, old, new in rows:
        if old != new:
            session.add(ChangeLog(user=user, machine=machine, entity="policy", entity_id=policy.id,
                                  field=name, old=old, new=new, source="import", batch_id=batch_id))
