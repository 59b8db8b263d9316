"""Who leads in a task table's lone 责任单位 column: the convention of Chinese task-division
tables where one column names every unit of a task.

* A unit marked as the lead leads: ``市商务局（牵头）、市财政局``, or marked with a star
  (``市公安局*、市商务局``, ``★市公安局``, ``※``), as tables note under them
  (``带*的为牵头单位``).
* Where none is marked, the unit listed first leads (``列第一位的为牵头单位`` is the
  convention these tables follow, stated or not).
* The other units of the cell cooperate (配合), unless the document says what they are: a
  note that only names the lead (``列第一位的责任单位为牵头单位``) leaves the rest 责任单位.

A table with a 牵头单位 column of its own keeps its columns' roles (牵头单位 → lead, 配合单位 /
协办单位 → cooperating, 责任单位 beside a lead column → responsible). Standard library only.
"""

from __future__ import annotations

import re
import unicodedata

from zjtracker.importing.annotations.units import marked_leads, split_unit_list, top_level_parts
from zjtracker.importing.model import (
    ROLE_COOPERATING,
    ROLE_LEAD,
    ROLE_RESPONSIBLE,
    ParsedUnit,
)

_STAR = re.compile(r"[*＊★☆※]")
_SEPARATORS = "、，,；;/／\n"


def without_stars(text: str) -> tuple[str, list[str]]:
    """(the cell without its star marks, the names that carried one)."""
    if not _STAR.search(text or ""):
        return text, []
    starred: list[str] = []
    plain = unicodedata.normalize("NFKC", text).replace("(", "（").replace(")", "）")
    for piece in top_level_parts(plain, _SEPARATORS):
        if _STAR.search(piece):
            starred += split_unit_list(_STAR.sub("", piece))
    return _STAR.sub("", text), starred


def lone_column_units(names: list[str], text: str, note, starred: list[str]) -> list[ParsedUnit]:
    """The units of one cell of a lone 责任单位 column (``names`` as split from ``text``, the
    cell without stars): the marked or first-listed unit leads, the rest cooperate (stay
    responsible where the document's note names only the lead). ``note``: the document's
    ``lead_note.LeadNote``, or a bool (True: a note says the first listed leads)."""
    leads = [n for n in names if n in starred] or marked_leads(text)
    if not leads and names:
        leads = names[:1]
    rest = getattr(note, "rest", ROLE_RESPONSIBLE if note else ROLE_COOPERATING)
    return [ParsedUnit(name, ROLE_LEAD if name in leads else rest) for name in names]
