"""Units and 完成时限 named in brackets at the end of a measure, as prose plans write them:

* ``…（市市场监管局牵头，事项市级主管部门负责）`` or ``…（市卫生健康局、市教育局负责）``
* ``…（市发展改革局牵头，市财政局配合；完成时限：2024年6月底前）``
* ``…（牵头单位：市民政局；配合单位：市财政局；完成时限：长期坚持）``
* ``…（区城市更新局牵头；2024年底前完成）``

牵头 marks lead units, 配合 cooperating units, 负责 / 按职责负责 responsible units. A bracket
is read only when it names a role or a labelled 完成时限 (a bare （2024—2026年） or （试行）
is not), or when it holds nothing but a deadline (（2024年底前完成）). Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zjtracker.importing.annotations.deadlines import DEADLINE_WORDS
from zjtracker.importing.model import (
    ROLE_COOPERATING, ROLE_LEAD, ROLE_RESPONSIBLE, ParsedMeasure, ParsedUnit,
)
from zjtracker.importing.annotations.units import split_unit_list

# the last bracket of the text, allowing brackets inside it: 各县（市、区）按职责负责
_TRAILING = re.compile(r"[（(](?P<inside>(?:[^（）()]|[（(][^（）()]*[）)])+)[）)]\s*[。.；;]?\s*$")
_ROLES = (("牵头", ROLE_LEAD), ("配合", ROLE_COOPERATING), ("参与", ROLE_COOPERATING),
          ("协办", ROLE_COOPERATING), ("负责", ROLE_RESPONSIBLE), ("落实", ROLE_RESPONSIBLE))
# 牵头单位：X / 配合部门：Y / 责任单位：Z written as labels
_LABELLED = re.compile(r"^(?P<word>牵头|主办|配合|协办|参与|责任|实施)(?:单位|部门|主体)?\s*[：:]\s*(?P<names>.+)$")
_LABEL_ROLES = {"牵头": ROLE_LEAD, "主办": ROLE_LEAD, "配合": ROLE_COOPERATING,
                "协办": ROLE_COOPERATING, "参与": ROLE_COOPERATING, "责任": ROLE_RESPONSIBLE,
                "实施": ROLE_RESPONSIBLE}
_DEADLINE_LABEL = re.compile(r"^(?:完成时限|完成时间|完成期限|时间节点|时限)\s*[：:]\s*(?P<text>.+)$")
# 市政务服务数据管理局和各县（市、区）: 和 between two unit names (not 市住房和城乡建设局)
_JOINING_AND = re.compile(r"(?<=[局委办府心会队])[和及与](?=[各市县区])")
_ROLE_SUFFIX = re.compile(r"(?:按(?:照)?职责(?:分工)?|按职能|分别|共同|具体|抓好|做好|组织)*"
                          r"(?:牵头|配合|参与|协办|负责|落实)$")
_SPLIT = re.compile(r"[，,；;]")


@dataclass
class TrailingNote:
    """What a trailing bracket says: its units, its deadline as written, and any clause
    that was neither (to be shown to the clerk)."""

    units: list[ParsedUnit] = field(default_factory=list)
    deadline_text: str | None = None
    unread: list[str] = field(default_factory=list)


def _clauses(inside: str) -> list[str]:
    """Split at ，；, but not inside nested brackets (各县（市、区）)."""
    parts, depth, current = [], 0, []
    for char in inside:
        depth += char in "（("
        depth -= char in "）)" and depth > 0
        if depth == 0 and _SPLIT.match(char):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def _names(text: str) -> list[str]:
    return split_unit_list(_JOINING_AND.sub("、", text))


def trailing_note(text: str) -> TrailingNote | None:
    """The units and deadline of a trailing bracket, or None when it is not such a note."""
    match = _TRAILING.search(text.strip())
    if not match:
        return None
    note, recognised = TrailingNote(), False
    for clause in _clauses(match.group("inside")):
        if m := _LABELLED.match(clause):
            role = _LABEL_ROLES[m.group("word")]
            note.units.extend(ParsedUnit(name=n, role=role) for n in _names(m.group("names")))
            recognised = True
        elif m := _DEADLINE_LABEL.match(clause):
            note.deadline_text = m.group("text").strip()
            recognised = True
        elif role := next((r for word, r in _ROLES if clause.endswith(word)), None):
            names = _names(_ROLE_SUFFIX.sub("", clause))
            note.units.extend(ParsedUnit(name=name, role=role) for name in names)
            recognised = recognised or bool(names)
        elif DEADLINE_WORDS.search(clause) and note.deadline_text is None:
            note.deadline_text = clause
        else:
            note.unread.append(clause)
    if recognised:
        return note
    # only a deadline: （2024年底前完成）, but not a period such as （2024—2026年）
    if note.deadline_text and not note.unread and re.search(r"前|底|完成|长期|每", note.deadline_text):
        return TrailingNote(deadline_text=note.deadline_text)
    return None


def trailing_units(text: str) -> list[ParsedUnit]:
    """The units of a trailing ``（X牵头，Y负责）`` clause, [] when there is none."""
    note = trailing_note(text)
    return note.units if note else []


def attach_trailing_units(measures: list[ParsedMeasure]) -> None:
    """Give each measure without units the units its own text names at its end."""
    for measure in measures:
        if not measure.units:
            measure.units = trailing_units(measure.text.split("\n")[0]) or trailing_units(measure.text)
        attach_trailing_units(measure.children)
