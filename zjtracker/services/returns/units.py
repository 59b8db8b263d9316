"""Which unit a returned file comes from, when the file itself does not say: the unit
named in its file name (市商务局-三季度.xlsx, 湛江市发改局报送表.xlsx), written any of the
ways the unit registry knows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.engine import Database
from zjtracker.db.models import Unit, UnitAlias
from zjtracker.importing.annotations.units import match_key

_MIN_KEY = 3  # 市X局 at least


def unit_named_in(database: Database, file_name: str) -> int | None:
    """The unit whose name or alias the file name contains, the longest match winning;
    None when no unit, or two different units equally well, are named."""
    with database.session() as session:
        return unit_in_name(session, file_name)


def unit_in_name(session: Session, file_name: str) -> int | None:
    """``unit_named_in`` inside the caller's session."""
    stem = match_key(Path(file_name).stem)
    found: dict[int, int] = {}
    names = [(unit_id, match_key(name)) for unit_id, name in session.execute(select(Unit.id, Unit.name))]
    names += list(session.execute(select(UnitAlias.unit_id, UnitAlias.match_key)))
    for unit_id, key in names:
        if len(key) >= _MIN_KEY and key in stem:
            found[unit_id] = max(found.get(unit_id, 0), len(key))
    if not found:
        return None
    best = max(found.values())
    winners = [unit_id for unit_id, size in found.items() if size == best]
    return winners[0] if len(winners) == 1 else None
