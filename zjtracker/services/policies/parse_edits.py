"""Corrections to a reader's proposed tree before it is stored (the import preview's
editing operations, without any GUI).

A node is addressed by its path of rows: ``(p,)`` a policy, ``(p, a)`` an area of it,
``(p, a, m, c, …)`` a measure and the sub-measures under it. Every operation returns the
path of the node to select afterwards, or raises ``EditRefused`` with a sentence in Chinese
when it does not apply (the last measure has no next one to merge with …).

Labels stay as the document wrote them: the clerk quotes a measure by its number
(第（三）项), so moving or deleting renumbers nothing. A new measure continues the numbering
of the one before it (3. → 4., （三） → （四）); the part split off a measure takes the label
its text begins with (“2．…”), else the next one after the first part's.
"""

from __future__ import annotations

import copy
import re

from zjtracker.importing.annotations.units import canonical_name
from zjtracker.importing.model import ParsedArea, ParsedMeasure, ParsedPolicy, ParseResult
from zjtracker.numerals import chinese_numeral
from zjtracker.services.policies.parse_framing import is_framing
from zjtracker.services.policies.queries import label_number

Path = tuple[int, ...]


class EditRefused(ValueError):
    """An operation that does not apply to the chosen node; the message is for the clerk."""


class ParseDraft:
    """A reader's result being corrected, and the empty areas the clerk leaves out.

    Areas without measures whose heading only frames the document (总体要求, 保障措施 …)
    start left out; ``keep`` decides otherwise. An area that gains a measure is stored."""

    def __init__(self, result: ParseResult):
        self.result = result
        self.left_out: list[ParsedArea] = [
            area for policy in result.policies for area in policy.areas if is_framing(area)]

    # finding nodes -------------------------------------------------------------------
    def node(self, path: Path):
        policy = self.result.policies[path[0]]
        if len(path) == 1:
            return policy
        area = policy.areas[path[1]]
        node = area
        for row in path[2:]:
            node = node.measures[row] if node is area else node.children[row]
        return node

    def siblings(self, path: Path) -> list:
        """The list the node at ``path`` sits in."""
        if len(path) == 1:
            return self.result.policies
        parent = self.node(path[:-1])
        if isinstance(parent, ParsedPolicy):
            return parent.areas
        return parent.measures if isinstance(parent, ParsedArea) else parent.children

    def _measure(self, path: Path) -> ParsedMeasure:
        if len(path) < 3:
            raise EditRefused("请先选中一项措施。")
        return self.node(path)

    # keeping framing areas -------------------------------------------------------------
    def is_kept(self, area: ParsedArea) -> bool:
        return not any(area is each for each in self.left_out) or bool(area.measures)

    def can_leave_out(self, area: ParsedArea) -> bool:
        return not area.measures

    def keep(self, area: ParsedArea, kept: bool) -> None:
        self.left_out = [each for each in self.left_out if each is not area]
        if not kept and self.can_leave_out(area):
            self.left_out.append(area)

    def left_out_count(self) -> int:
        return sum(1 for area in self.left_out if not area.measures and self._present(area))

    def _present(self, area: ParsedArea) -> bool:
        return any(area is each for policy in self.result.policies for each in policy.areas)

    def final_result(self) -> ParseResult:
        """A copy of the result without the areas left out."""
        result = copy.copy(self.result)
        result.policies = []
        for policy in self.result.policies:
            policy = copy.copy(policy)
            policy.areas = [area for area in policy.areas if self.is_kept(area)]
            result.policies.append(policy)
        return result

    # undo ----------------------------------------------------------------------------
    def snapshot(self):
        return copy.deepcopy((self.result.policies, self.left_out))

    def restore(self, state) -> None:
        policies, left_out = copy.deepcopy(state)
        self.result.policies[:] = policies
        self.left_out = left_out

    # adding --------------------------------------------------------------------------
    def add_measure(self, path: Path, as_child: bool = False) -> Path:
        """A new empty measure after the selected one, or as the last child of the
        selected area or measure (``as_child``; an area always takes it as its last)."""
        if len(path) == 1:
            raise EditRefused("请先选中一个部分或一项措施。")
        target = self.node(path)
        if len(path) == 2 or as_child:
            children = target.measures if isinstance(target, ParsedArea) else target.children
            label = next_label(children[-1].label) if children else "1."
            children.append(ParsedMeasure(label=label, text="", number=label_number(label)))
            return (*path, len(children) - 1)
        siblings = self.siblings(path)
        label = next_label(target.label)
        siblings.insert(path[-1] + 1, ParsedMeasure(label=label, text="", number=label_number(label)))
        return (*path[:-1], path[-1] + 1)

    def add_area(self, path: Path) -> Path:
        """A new empty area after the area the selection is in (first when a policy is chosen)."""
        policy = self.result.policies[path[0]]
        row = path[1] + 1 if len(path) > 1 else len(policy.areas)
        before = policy.areas[row - 1].label if row > 0 and policy.areas else ""
        policy.areas.insert(row, ParsedArea(label=next_label(before) if before else "", title=""))
        return (path[0], row)

    # deleting ------------------------------------------------------------------------
    def delete(self, path: Path) -> Path | None:
        """The node and everything under it; the path of a neighbour to select."""
        if len(path) == 1:
            raise EditRefused("整份文件不能在这里删除；不导入这份文件请点“取消”。")
        siblings = self.siblings(path)
        removed = siblings.pop(path[-1])
        self.left_out = [area for area in self.left_out if area is not removed]
        if siblings:
            return (*path[:-1], min(path[-1], len(siblings) - 1))
        return path[:-1]

    # merging and splitting -------------------------------------------------------------
    def merge_with_next(self, path: Path) -> Path:
        """The node and the one after it at the same level become one: texts joined,
        units, plans and sub-measures united."""
        if len(path) == 1:
            raise EditRefused("不能合并两份文件。")
        siblings = self.siblings(path)
        if path[-1] + 1 >= len(siblings):
            raise EditRefused("这是本级的最后一项，后面没有可以合并的内容。")
        first, second = siblings[path[-1]], siblings.pop(path[-1] + 1)
        if isinstance(first, ParsedArea):
            first.title = _joined(first.title, second.title)
            first.guiding_text = _joined(first.guiding_text, second.guiding_text, "\n")
            first.measures.extend(second.measures)
            self.left_out = [area for area in self.left_out if area is not second]
            return path
        _merge_measures(first, second)
        return path

    def split_measure(self, path: Path, position: int) -> Path:
        """The measure's shown text cut at ``position``: the second part becomes a new
        measure after it, with the same units and deadline (the reader read them for the
        text as a whole); sub-measures stay with the first part."""
        measure = self._measure(path)
        text = measure.shown_text
        head, tail = text[:position].strip(), text[position:].strip()
        if not head or not tail:
            raise EditRefused("拆分的位置要在文字中间，前后都要留有内容。")
        label, tail = split_label(tail)
        second = ParsedMeasure(
            label=label or next_label(measure.label), text=tail, source_text=tail,
            deadline=measure.deadline, deadline_text=measure.deadline_text,
            units=copy.deepcopy(measure.units), plans=copy.deepcopy(measure.plans), line=measure.line)
        second.number = label_number(second.label)
        measure.text = measure.source_text = head
        self.siblings(path).insert(path[-1] + 1, second)
        return (*path[:-1], path[-1] + 1)

    # moving ----------------------------------------------------------------------------
    def move(self, path: Path, delta: int) -> Path:
        """Up (-1) or down (+1) among its siblings."""
        if len(path) == 1:
            raise EditRefused("文件的顺序不影响导入。")
        siblings = self.siblings(path)
        row = path[-1] + delta
        if not 0 <= row < len(siblings):
            raise EditRefused("已经在本级的最前面。" if delta < 0 else "已经在本级的最后面。")
        siblings.insert(row, siblings.pop(path[-1]))
        return (*path[:-1], row)

    def move_to_area(self, path: Path, area_path: Path) -> Path:
        """The measure (with its sub-measures) to the end of another area."""
        measure = self._measure(path)
        area = self.node(area_path)
        if not isinstance(area, ParsedArea) or len(area_path) != 2:
            raise EditRefused("请选择要移入的部分。")
        self.siblings(path).pop(path[-1])
        area.measures.append(measure)
        return (*area_path, len(area.measures) - 1)

    # levels ------------------------------------------------------------------------------
    def demote(self, path: Path) -> Path:
        """One level down: a measure under the measure before it; an area into a group
        measure of the area before it, its measures under it."""
        if len(path) == 1:
            raise EditRefused("文件没有上一级。")
        if path[-1] == 0:
            raise EditRefused("前面没有同级的内容，无法降为它的下级。")
        siblings = self.siblings(path)
        node, before = siblings.pop(path[-1]), siblings[path[-1] - 1]
        if isinstance(node, ParsedArea):
            measure = ParsedMeasure(label=node.label, text=node.title, number=label_number(node.label),
                                    children=node.measures, line=node.line, source_text=node.title)
            before.measures.append(measure)
            self.left_out = [area for area in self.left_out if area is not node]
            return (*path[:-1], path[-1] - 1, len(before.measures) - 1)
        before.children.append(node)
        return (*path[:-1], path[-1] - 1, len(before.children) - 1)

    def promote(self, path: Path) -> Path:
        """One level up: a sub-measure after its parent measure; a measure of an area into
        an area of its own after it, taking the measures that follow it."""
        if len(path) <= 2:
            raise EditRefused("部分已经是最高一级。")
        siblings = self.siblings(path)
        if len(path) > 3:
            node = siblings.pop(path[-1])
            parent_siblings = self.siblings(path[:-1])
            parent_siblings.insert(path[-2] + 1, node)
            return (*path[:-2], path[-2] + 1)
        node = siblings[path[-1]]
        following = siblings[path[-1] + 1:]
        del siblings[path[-1]:]
        area = ParsedArea(label=node.label, title=node.shown_text, measures=node.children + following,
                          line=node.line)
        self.result.policies[path[0]].areas.insert(path[1] + 1, area)
        return (path[0], path[1] + 1)


# helpers -------------------------------------------------------------------------------
def _joined(first: str, second: str, separator: str = "") -> str:
    return separator.join(part for part in (first, second) if part)


def _merge_measures(first: ParsedMeasure, second: ParsedMeasure) -> None:
    first_text, second_text = first.shown_text, second.shown_text
    first.text = first.source_text = _joined(first_text, second_text)
    seen = {(canonical_name(u.name), u.role) for u in first.units}
    for unit in second.units:
        if (canonical_name(unit.name), unit.role) not in seen:
            seen.add((canonical_name(unit.name), unit.role))
            first.units.append(unit)
    years = {plan.year for plan in first.plans}
    first.plans.extend(plan for plan in second.plans if plan.year not in years)
    first.plans.sort(key=lambda plan: plan.year)
    first.children.extend(second.children)
    if first.deadline is None and not first.deadline_text:
        first.deadline, first.deadline_text = second.deadline, second.deadline_text


# a label at the start of a text: 二、 （二） （2） 2. 2． 2、 第二章 第二条
_LEADING_LABEL = re.compile(r"^\s*(第[一二三四五六七八九十百零〇]+[章节条部分]+|[（(][一二三四五六七八九十百零〇\d]+[）)]"
                            r"|[一二三四五六七八九十百]+、|\d+[.．、](?!\d))\s*")


def split_label(text: str) -> tuple[str, str]:
    """The label a text begins with and the rest: “2．加强…” → ("2．", "加强…")."""
    match = _LEADING_LABEL.match(text)
    if not match:
        return "", text
    return match.group(1), text[match.end():].strip()


def next_label(label: str) -> str:
    """The label after ``label`` in its own style: 3. → 4., （三） → （四）, 第二章 → 第三章;
    "" where it holds no number."""
    label = label or ""
    digits = re.search(r"\d+", label)
    if digits:
        return label[:digits.start()] + str(int(digits.group()) + 1) + label[digits.end():]
    numeral = re.search(r"[一二三四五六七八九十百零〇]+", label)
    number = label_number(label)
    if numeral and number is not None:
        return label[:numeral.start()] + chinese_numeral(number + 1) + label[numeral.end():]
    return ""
