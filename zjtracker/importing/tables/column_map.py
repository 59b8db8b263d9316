"""The clerk's say over a task table's columns, and the reader's account of them.

A column map names columns (by header text as printed, or by 0-based column index) and
the role each holds (``ROLES``); the table reader takes it over its own guess for those
columns and keeps its guess for the rest. A table whose header the reader did not know
(内容 | 负责 …) becomes a task table once the map names its task and unit columns.

The reading of one file carries a ``ColumnReading``: the clerk's map, and the tables the
reader looked at, each noted with its place and the role of each column, as plain data for
the preview to show: ``TableColumns(place, [(index, header text, role), …])``. The readers
of tables take it as a plain parameter (None: no map, nothing noted). Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zjtracker.importing.tables import headers as H

# role → the header key the table reader knows it by
ROLES: dict[str, str | None] = {
    "task": H.TASK_TEXT, "group": H.GROUP, "lead": H.LEAD_UNIT, "cooperating": H.COOPERATING_UNIT,
    "responsible": H.RESPONSIBLE_UNIT, "deadline": H.DEADLINE, "leader": H.LEADER, "number": H.TASK_NO,
    "ignore": None,
}
_ROLE_OF_KEY = {key: role for role, key in ROLES.items() if key}
IGNORE = "ignore"


@dataclass
class TableColumns:
    """One table as the reader read it: where it is (第2个表格, 工作表“任务清单”), and each
    column's (index, header text, role); a role outside ``ROLES`` (plan, indicator …) is the
    reader's own key."""

    place: str
    columns: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def title(self) -> str:
        """The table named for the clerk by its place and header row:
        第2个表格（列：序号/工作任务/牵头单位…）."""
        heads = [text if len(text) <= 10 else text[:9] + "…" for _, text, _ in self.columns if text]
        if not heads:
            return self.place
        return f"{self.place}（列：{'/'.join(heads[:5])}{'…' if len(heads) > 5 else ''}）"


def place_of(position: int | None = None, sheet: str = "") -> str:
    """Where a table is, in the clerk's words: 工作表“任务清单” for a sheet, 第2个表格 for
    the second table of a document."""
    if sheet:
        return f"工作表“{sheet}”"
    return f"第{position}个表格" if position else "表格"


@dataclass
class ColumnReading:
    """The clerk's column map for one reading of a file, and the tables that reading noted."""

    column_map: dict[str | int, str] = field(default_factory=dict)
    tables: list[TableColumns] = field(default_factory=list)

    @classmethod
    def of(cls, column_map: dict | None) -> ColumnReading:
        return cls(check_map(column_map))


def check_map(column_map: dict | None) -> dict[str | int, str]:
    """The map with its header texts normalised; ValueError for a role it does not know."""
    checked: dict[str | int, str] = {}
    for key, role in (column_map or {}).items():
        if role not in ROLES:
            raise ValueError(f"unknown column role {role!r}")
        checked[key if isinstance(key, int) else H.normalize_header(key)] = role
    return checked


def _roles_in_row(row: list, column_map: dict) -> dict[int, str]:
    """The mapped role of each column of ``row`` (a header row), by index or by text."""
    found = {}
    for col, value in enumerate(row):
        text = H.normalize_header(value) if isinstance(value, str) else ""
        if col in column_map:
            found[col] = column_map[col]
        if text and text in column_map:
            found[col] = column_map[text]
    return found


def mapped_header(columns: ColumnReading | None, grid: list[list], header: H.HeaderMatch | None,
                  max_scan: int) -> H.HeaderMatch | None:
    """``header`` with the map's roles in force (``forced``), or the header the map makes of
    a table whose header the reader did not know; ``header`` as it is without a map."""
    column_map = columns.column_map if columns is not None else {}
    if not column_map:
        return header
    if header is not None:
        rows = header.header_rows
    else:
        named = [i for i in range(min(max_scan, len(grid)))
                 if any(isinstance(k, str) for k in column_map)
                 and any(isinstance(k, str) and k in column_map for k in _row_texts(grid[i]))]
        rows = named[:1] or [_first_line_row(grid, max_scan)]
        if rows[0] is None:
            return None
    forced: dict[int, str] = {}
    for r in rows:
        forced.update(_roles_in_row(grid[r], column_map))
    if not forced:
        return header
    columns = dict(header.columns) if header is not None else _known(grid, rows)
    for col, role in forced.items():
        if ROLES[role] is None:
            columns.pop(col, None)
        else:
            columns[col] = ROLES[role]
    labels = dict(header.labels) if header is not None else {}
    for col in forced:
        labels.setdefault(col, " ".join(dict.fromkeys(
            str(grid[r][col]) for r in rows if col < len(grid[r]) and grid[r][col] not in (None, ""))))
    return H.HeaderMatch(
        columns=columns, header_rows=list(rows), first_data_row=rows[-1] + 1,
        plan_years={c: y for c, y in (header.plan_years if header else {}).items() if c in columns},
        labels=labels, forced={c: ROLES[r] for c, r in forced.items()})


def _known(grid: list[list], rows: list[int]) -> dict[int, str]:
    """The columns of a header the reader did not take whose names it knows (序号, 完成时限)."""
    known: dict[int, str] = {}
    for r in rows:
        for col, value in enumerate(grid[r]):
            hit = H.classify_header(value) if isinstance(value, str) else None
            if hit and hit[0] != H.PLAN:
                known[col] = hit[0]
    return known


def _row_texts(row: list) -> list[str]:
    return [H.normalize_header(v) for v in row if isinstance(v, str)]


def _first_line_row(grid: list[list], max_scan: int) -> int | None:
    """The first row of two or more different texts: the header of a table not known."""
    for i in range(min(max_scan, len(grid))):
        if len({t for t in _row_texts(grid[i]) if t}) >= 2:
            return i
    return None


def force_roles(roles: dict[str, int], header: H.HeaderMatch) -> dict[str, int]:
    """The roles decided from the data, with the map's columns as the map says."""
    if not header.forced:
        return roles
    kept = {key: col for key, col in roles.items() if col not in header.forced}
    for col, key in sorted(header.forced.items()):
        if key is not None:
            kept[key] = col
    return kept


def note_table(columns: ColumnReading | None, grid: list[list], header: H.HeaderMatch | None, place: str,
               roles: dict[str, int] | None = None, max_scan: int = 15) -> None:
    """Note a table looked at while a file is read: where it is (``place_of``), its columns
    and the role each has (``roles`` the reader used; else the header's own). A table noted
    before at the same place is noted once, as last read."""
    if columns is None:
        return
    rows = header.header_rows if header is not None else [_first_line_row(grid, max_scan)]
    if rows[0] is None:
        return
    width = max((len(row) for row in grid), default=0)
    by_col = {col: key for key, col in (roles or {}).items()} if roles is not None else \
        dict(header.columns if header is not None else _known(grid, rows))
    read = []
    for col in range(width):
        text = " ".join(dict.fromkeys(" ".join(str(grid[r][col]).split()) for r in rows
                                      if col < len(grid[r]) and grid[r][col] not in (None, "")))
        key = by_col.get(col)
        read.append((col, text, _ROLE_OF_KEY.get(key, key) if key else IGNORE))
    columns.tables[:] = [t for t in columns.tables if t.place != place]
    columns.tables.append(TableColumns(place, read))
    columns.tables.sort(key=_order)


def _order(table: TableColumns) -> tuple:
    """Tables in the order of the document: 第2个表格 before 第10个表格."""
    digits = "".join(c for c in table.place if c.isdigit())
    return (0, int(digits)) if digits and table.place.startswith("第") else (1, 0)
