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


# 注明“（牵头）”的为牵头单位, 带*的为牵头单位: the note names the lead by a mark
_MARK_NOTE = re.compile(r"(?:注明|标注|标明|标有|带有|带|加注|加|标)[^。；;\n]{0,12}?的?(?:单位|部门)?(?:为|是|系)牵头")
_REST = re.compile(r"(?:其他|其余|其它|余下|其后)的?(?:单位|部门)?(?:为|是|系)(配合|协办|参与|协同|协助|责任)")


class LeadNote:
    """What a document says about its unit lists: whether the first unit listed leads
    (``first``) and the role of the units not leading (``rest``): 配合 where the note says
    so (其余为配合单位) or where the document has no note (a lone 责任单位 column's convention),
    责任 where a note names only the lead. True when the first unit listed leads."""

    def __init__(self, text: str):
        text = text or ""
        self.first = first_listed_is_lead(text)
        plain = re.sub(r"\s+", "", text) if ("其" in text or "余" in text or "牵头" in text) else ""
        rest = _REST.search(plain)
        if rest:
            self.rest = "responsible" if rest.group(1) == "责任" else "cooperating"
        elif self.first or _MARK_NOTE.search(plain):
            self.rest = "responsible"
        else:
            self.rest = "cooperating"

    def __bool__(self) -> bool:
        return self.first
