"""What a returned workbook would change, as plain data for the preview (GUI and CLI), and
the caller's choice of what to apply.

A ``ReturnPreview`` lists, per matched row, the cells that would change (old → new), the
conflicts (three-way merge: as sent, as stored now, as returned), the warnings; and the
rows rejected whole. ``Selection`` says which rows / cells to apply and how each conflict
is resolved (``OURS`` keeps the stored value, ``THEIRS`` takes the returned one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from zjtracker.importing.returns.model import Issue

OURS, THEIRS = "ours", "theirs"


@dataclass(frozen=True)
class CellChange:
    field: str  # status_text / problems / suggestions / percent / assessment / remarks
    column: str  # the column header as printed in the file
    old: Any  # stored now
    new: Any  # returned
    base: Any = None  # as sent (stamped files)
    overwrites: bool = False  # replaces a non-empty stored value the file never saw
    carried: bool = False  # pre-filled from an earlier period, sent back as it was


@dataclass(frozen=True)
class CellConflict:
    """Both the database and the colleague changed a cell since it was sent."""

    field: str
    column: str
    base: Any  # as sent
    ours: Any  # stored now
    theirs: Any  # returned
    message: str


@dataclass
class PreviewRow:
    key: str  # plan id:measure id, the handle for Selection
    sheet: str
    row: int  # Excel row number
    task: str  # 序号 as a plain number "12" (or as written)
    plan_id: int
    measure_id: int
    measure_label: str  # （12）
    measure_text: str
    area: str
    version: int | None  # stored version when previewed; None when nothing is stored
    stored: dict = field(default_factory=dict)  # the stored values when previewed
    changes: list[CellChange] = field(default_factory=list)
    conflicts: list[CellConflict] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # fields given with the stored value
    warnings: list[Issue] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class Refusal:
    reason: str
    message: str


@dataclass(frozen=True)
class EarlierImport:
    batch_id: int
    imported_at: datetime
    imported_by: str
    undone: bool


@dataclass
class ReturnPreview:
    file_name: str
    sha256: str = ""
    kind: str = ""  # stamped / ledger
    period: str = ""
    policy_id: int | None = None
    policy_title: str = ""
    unit_id: int | None = None  # the unit the return comes from, when known
    unit_name: str = ""
    sent_workbook_id: int | None = None
    rows: list[PreviewRow] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)  # about the file as a whole
    refused: Refusal | None = None
    earlier_imports: list[EarlierImport] = field(default_factory=list)  # same SHA-256

    def row(self, key: str) -> PreviewRow:
        return next(r for r in self.rows if r.key == key)

    @property
    def updated_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.changes]

    @property
    def unchanged_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.changes and not r.conflicts]

    @property
    def conflicts(self) -> list[tuple[PreviewRow, CellConflict]]:
        return [(r, c) for r in self.rows for c in r.conflicts]

    @property
    def all_warnings(self) -> list[Issue]:
        return self.warnings + [w for r in self.rows for w in r.warnings]

    @property
    def already_imported(self) -> bool:
        return any(not e.undone for e in self.earlier_imports)


@dataclass
class Selection:
    """Which changes to apply. ``rows`` / ``cells`` of None mean all; a conflict is applied
    only when resolved THEIRS, and counts as settled when resolved either way."""

    rows: set[str] | None = None
    cells: set[tuple[str, str]] | None = None  # (row key, field)
    resolutions: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def nothing(cls) -> Selection:
        return cls(rows=set())

    def takes(self, key: str, field_name: str) -> bool:
        return (self.rows is None or key in self.rows) and (
            self.cells is None or (key, field_name) in self.cells)

    def resolution(self, key: str, field_name: str) -> str | None:
        if self.rows is not None and key not in self.rows:
            return None
        return self.resolutions.get((key, field_name))


@dataclass
class ApplyResult:
    batch_id: int
    updated_rows: int
    updated_cells: int
    unchanged_rows: int
    skipped_cells: int  # changes the selection left out
    conflicts_taken: int  # resolved THEIRS and applied
    conflicts_kept: int  # resolved OURS
    conflicts_open: int  # left unresolved
    rejected: int
