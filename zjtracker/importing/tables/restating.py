"""Whether a task table after a numbered outline restates the outline or lists tasks of its
own, judged from the table itself: do its rows' texts restate the outline's measures (a
责任分工表 giving their units by number), its groups and parts (（一）促进汽车消费 | 牵头单位 |
…: units stated once for each group), or neither (a 重点任务清单 of other tasks)?

One table printed in pieces (its header repeated on every page) is judged as one. A
restated group's units and deadline become the group's own note, which its measures inherit
unless they name their own. Standard library only."""

from __future__ import annotations

from zjtracker.importing.model import ROLE_COOPERATING, ROLE_LEAD, ParsedArea, ParsedMeasure
from zjtracker.importing.tables.responsibility_table import numbered_leaves, similarity

SIMILARITY_MIN = 0.5  # a row this like a measure restates it (as responsibility_table)
MEASURES = "measures"  # the table restates the outline's measures
GROUPS = "groups"  # the table restates its groups or parts


def header_key(header) -> tuple:
    return tuple(sorted(header.columns.items()))


def _groups(areas: list[ParsedArea]) -> list[tuple[object, str]]:
    """(holder, its text) of every part and group of the outline: an area, or a measure with
    measures under it."""
    out: list[tuple[object, str]] = []

    def walk(measures: list[ParsedMeasure]) -> None:
        for measure in measures:
            if measure.children:
                out.append((measure, measure.text.split("\n", 1)[0]))
                walk(measure.children)

    for area in areas:
        if area.title and area.measures:
            out.append((area, area.title))
        walk(area.measures)
    return out


def judge(areas: list[ParsedArea], found: list) -> dict[tuple, str]:
    """For each table header among ``found`` (table, place, header, read tree, leaf rows):
    MEASURES or GROUPS where at least half of its rows that carry a text resemble a numbered
    measure of the outline (the one of the same number preferred), or else a group or part;
    absent where it lists tasks of its own. Rows without text give units only: MEASURES."""
    leaves = [m for area in areas for m in numbered_leaves(area.measures)]
    if not leaves:
        return {}
    groups = _groups(areas)
    by_number: dict[int, ParsedMeasure] = {}
    for leaf in leaves:
        by_number.setdefault(leaf.number, leaf)
    counts: dict[tuple, list[int]] = {}
    for _table, _place, header, _read, rows in found:
        tally = counts.setdefault(header_key(header), [0, 0, 0])  # like measures, like groups, with text
        for row in rows:
            if len(row.text.strip()) < 4:
                continue
            tally[2] += 1
            same = by_number.get(row.number)
            if same is not None and similarity(row.text, same.text) >= SIMILARITY_MIN or \
                    any(similarity(row.text, leaf.text) >= SIMILARITY_MIN for leaf in leaves):
                tally[0] += 1
            elif _group_of(row, groups) is not None:
                tally[1] += 1
    verdict = {}
    for key, (measures, in_groups, total) in counts.items():
        if measures * 2 >= total:
            verdict[key] = MEASURES
        elif (measures + in_groups) * 2 >= total and in_groups:
            verdict[key] = GROUPS
    return verdict


def _group_of(row: ParsedMeasure, groups: list[tuple[object, str]]):
    scored = [(similarity(row.text, text), index) for index, (_, text) in enumerate(groups)]
    best = max(scored, default=None)
    return groups[best[1]][0] if best and best[0] >= SIMILARITY_MIN else None


def give_groups(areas: list[ParsedArea], rows: list[ParsedMeasure]) -> int:
    """Each row's units and deadline written as the note of the group or part it restates
    (（牵头单位：…；配合单位：…；完成时限：…） after its heading), for its measures to inherit
    unless they name their own. Returns how many rows found their group."""
    groups = _groups(areas)
    given = 0
    for row in rows:
        holder = _group_of(row, groups)
        if holder is None or not (row.units or row.deadline_text):
            continue
        note = _note(row)
        if isinstance(holder, ParsedArea):
            holder.title = holder.title + note
        else:
            first, _, rest = holder.text.partition("\n")
            holder.text = first + note + ("\n" + rest if rest else "")
        given += 1
    return given


def _note(row: ParsedMeasure) -> str:
    parts = []
    for role, label in ((ROLE_LEAD, "牵头单位"), (ROLE_COOPERATING, "配合单位")):
        names = [u.name for u in row.units if u.role == role]
        if names:
            parts.append(f"{label}：" + "、".join(names))
    others = [u.name for u in row.units if u.role not in (ROLE_LEAD, ROLE_COOPERATING)]
    if others:
        parts.append("责任单位：" + "、".join(others))
    if row.deadline_text:
        parts.append(f"完成时限：{row.deadline_text}")
    return "（" + "；".join(parts) + "）"
