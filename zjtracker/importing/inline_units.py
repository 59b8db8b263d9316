"""Units named in brackets at the end of a measure, as prose plans write them:
``…（市市场监管局牵头，事项市级主管部门负责）`` or ``…（市卫生健康局、市教育局负责）``.

牵头 marks lead units, 配合 cooperating units, 负责 / 按职责负责 responsible units.
Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.model import (
    ROLE_COOPERATING, ROLE_LEAD, ROLE_RESPONSIBLE, ParsedMeasure, ParsedUnit,
)
from zjtracker.importing.units import split_unit_list

# the last bracket of the text, allowing brackets inside it: 各县（市、区）按职责负责
_TRAILING = re.compile(r"[（(](?P<inside>(?:[^（）()]|[（(][^（）()]*[）)])+)[）)]\s*[。.；;]?\s*$")
_ROLES = (("牵头", ROLE_LEAD), ("配合", ROLE_COOPERATING), ("参与", ROLE_COOPERATING),
          ("负责", ROLE_RESPONSIBLE), ("落实", ROLE_RESPONSIBLE))
# 市政务服务数据管理局和各县（市、区）: 和 between two unit names (not 市住房和城乡建设局)
_JOINING_AND = re.compile(r"(?<=[局委办府心会队])[和及与](?=[各市县区])")
_ROLE_SUFFIX = re.compile(r"(按职责|按职能|分别|共同)?(牵头|配合|参与|负责|落实)$")


def trailing_units(text: str) -> list[ParsedUnit]:
    """The units of a trailing ``（X牵头，Y负责）`` clause, [] when there is none."""
    match = _TRAILING.search(text.strip())
    if not match:
        return []
    units: list[ParsedUnit] = []
    for clause in re.split(r"[，,；;]", match.group("inside")):
        clause = clause.strip()
        role = next((r for word, r in _ROLES if clause.endswith(word)), None)
        if role is None:
            continue
        names = _JOINING_AND.sub("、", _ROLE_SUFFIX.sub("", clause))
        units.extend(ParsedUnit(name=name, role=role) for name in split_unit_list(names))
    return units


def attach_trailing_units(measures: list[ParsedMeasure]) -> None:
    """Give each measure without units the units its own text names at its end."""
    for measure in measures:
        if not measure.units:
            measure.units = trailing_units(measure.text.split("\n")[0]) or trailing_units(measure.text)
        attach_trailing_units(measure.children)
