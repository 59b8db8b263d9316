"""A unit cell of a task table written as a note rather than a list of names: ``牵头单位：A；
配合单位：B、C``, ``牵头：A 配合：B``, ``A牵头，B、C配合`` — each unit with the role the note
names, read by the grammar of ``roles``. Standard library only."""

from __future__ import annotations

import re
from functools import lru_cache

from zjtracker.importing.annotations.roles import clauses, freeze, read_clauses, split_labels, thaw
from zjtracker.importing.model import ParsedUnit

_NOTE_WORDS = re.compile(r"牵头|配合|协办|参与|协助|负责|[：:]")


@lru_cache(maxsize=4096)
def _cell_note(text: str) -> tuple | None:
    note = read_clauses([c for part in split_labels(text) for c in clauses(part)])
    if note.unread or not note.units or note.deadline_text:
        return None
    return freeze(note)


def cell_note(text: str) -> list[ParsedUnit] | None:
    """The units of a unit cell written as a note, each with the role it names (牵头单位：A；
    配合单位：B、C or A牵头，B、C配合); None for a plain list of names."""
    if not _NOTE_WORDS.search(text):
        return None
    frozen = _cell_note(text)
    return thaw(frozen).units if frozen else None
