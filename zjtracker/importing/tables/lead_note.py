"""A document's note that the first unit listed is the lead (列第一位的责任单位为牵头单位,
排在第一位的为牵头单位, 排名第一的为牵头单位, 第一个为牵头单位): read from the note's wording
about position and role, wherever it stands (a paragraph, a title row, a line above a
table). Standard library only.
"""

from __future__ import annotations

import re

_NOTE = re.compile(
    r"(?:列|排|排在|排名|位列|列在|放在|居)?(?:于)?(?:第一位|第一个|首位|第一)[的者]?"
    r"(?:单位|部门|责任单位)?(?:为|是|系)(?:牵头|主责)(?:单位|部门)?")


_ROLE = re.compile(r"(?:牵\s*头|主\s*责)")
_FIRST = re.compile(r"第\s*一|首\s*位")
_REACH = 40  # characters before the role word where the note's position word may stand


def first_listed_is_lead(text: str) -> bool:
    """True when ``text`` says that the first unit named in a list is the lead. Only the
    neighbourhood of each role word is read (whitespace of wrapped lines dropped), so a long
    document costs one scan."""
    text = text or ""
    if not _FIRST.search(text):
        return False
    for role in _ROLE.finditer(text):
        window = text[max(0, role.start() - _REACH): role.end() + 4]
        if _FIRST.search(window) and _NOTE.search(re.sub(r"\s+", "", window)):
            return True
    return False
