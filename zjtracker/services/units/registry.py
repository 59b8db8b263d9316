"""One registry of units: every spelling found in a document resolves to one Unit row."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zjtracker.db.models import Unit, UnitAlias
from zjtracker.importing.annotations.units import (
    KNOWN_ALIASES,
    canonical_name,
    match_key,
    unit_kind,
)


class UnitResolver:
    """Resolves unit names within one session, creating units and aliases as needed.

    Load once per operation: it reads every unit and alias up front, so resolving the
    hundreds of names in a ledger costs no further queries.
    """

    def __init__(self, session: Session):
        self.session = session
        self._by_key: dict[str, Unit] = {}
        self._aliases: set[str] = set()
        self._resolved: dict[str, Unit] = {}  # a name resolves to the same unit every time
        for unit in session.scalars(select(Unit)):
            self._by_key.setdefault(match_key(unit.name), unit)
        for alias in session.scalars(select(UnitAlias)):
            self._aliases.add(alias.alias)
            self._by_key.setdefault(alias.match_key, alias.unit)

    def find(self, raw_name: str) -> Unit | None:
        canonical = canonical_name(raw_name)
        return self._by_key.get(match_key(canonical)) or self._by_key.get(match_key(raw_name))

    def resolve(self, raw_name: str) -> Unit:
        known = self._resolved.get(raw_name)
        if known is not None:  # a plan names the same few units thousands of times
            return known
        unit = self.find(raw_name)
        if unit is None:
            canonical = canonical_name(raw_name)
            unit = Unit(name=canonical, kind=unit_kind(canonical))
            self.session.add(unit)
            self._by_key[match_key(canonical)] = unit
            for alias in KNOWN_ALIASES.get(canonical, ()):
                self._add_alias(unit, alias)
        self._add_alias(unit, raw_name)
        self._resolved[raw_name] = unit
        return unit

    def _add_alias(self, unit: Unit, alias: str) -> None:
        alias = alias.strip()
        if not alias or alias == unit.name or alias in self._aliases:
            return
        self._aliases.add(alias)
        key = match_key(alias)
        unit.aliases.append(UnitAlias(alias=alias, match_key=key))
        self._by_key.setdefault(key, unit)
