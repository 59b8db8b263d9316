"""The check of a SQLite copy just written through the backup API (a backup to a file the
clerk chose), lighter than ``PRAGMA quick_check`` of the whole file but reading every page
that holds rows.

What it reads and checks: the header (a SQLite file whose page count times page size is its
length); the schema (every object's SQL parses); every b-tree of every table and index,
page by page, with ``PRAGMA cell_size_check`` on (each page's type, cell count, cell pointers
and cell sizes are checked as the page is loaded); every index holding as many entries as
its table; and ``PRAGMA quick_check`` of each table that holds files (a ``BLOB`` column: the
evidence) or has fewer than ``FULL_CHECK_ROWS`` rows (the policy texts, the areas, the report
texts…), which also follows their long values' overflow chains. Left out: the records of the
large tables with short rows (the change log, progress reports, yearly plans …) are not
decoded one by one, and the free list is not walked. The database itself gets a full
``PRAGMA integrity_check`` at every start (ui/database/start_checks.py).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from zjtracker.db.safety import DAMAGED, classify, sqlite_uri

FULL_CHECK_ROWS = 20_000
_MAGIC = b"SQLite format 3\x00"


def copy_problems(path: Path) -> list[str]:
    """What is wrong with the SQLite file at ``path`` (empty when nothing is found)."""
    path = Path(path)
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or header[:16] != _MAGIC:
        return ["file is not a database"]
    size = os.path.getsize(path)
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=5)
    except sqlite3.Error as error:
        raise classify(error, path) or error
    try:
        return _problems(connection, size)
    except sqlite3.Error as error:
        problem = classify(error, path)
        if problem is None or problem.kind == DAMAGED:
            return [str(error)]
        raise problem from error
    finally:
        connection.close()


def _problems(connection: sqlite3.Connection, size: int) -> list[str]:
    connection.execute("PRAGMA cell_size_check=ON")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    if page_size * pages != size:
        return [f"the file holds {size} bytes, not {pages} pages of {page_size} bytes"]
    objects = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                 "WHERE type IN ('table', 'index') AND rootpage > 0").fetchall()
    tables = {name: str(sql or "") for kind, name, _table, sql in objects if kind == "table"}
    rows = {name: connection.execute(f'SELECT count(*) FROM "{_quoted(name)}" NOT INDEXED').fetchone()[0]
            for name in tables}
    for kind, name, table, sql in objects:
        if kind != "index" or table not in rows or "WITHOUT ROWID" in tables[table].upper():
            continue
        entries = connection.execute(f'SELECT count(*) FROM "{_quoted(table)}" INDEXED BY "{_quoted(name)}" '
                                     "WHERE rowid IS NOT NULL").fetchone()[0]
        if entries != rows[table] and " WHERE " not in str(sql or "").upper():  # not a partial index
            return [f"index {name} holds {entries} entries for {rows[table]} rows of {table}"]
    for name, count in rows.items():
        if count < FULL_CHECK_ROWS or _holds_files(connection, name):
            found = [str(row[0]) for row in connection.execute(f'PRAGMA quick_check("{_quoted(name)}")')]
            if found != ["ok"]:
                return found
    return []


def _holds_files(connection: sqlite3.Connection, table: str) -> bool:
    return any(str(row[2]).upper() == "BLOB" for row in connection.execute(f'PRAGMA table_info("{_quoted(table)}")'))


def _quoted(name: str) -> str:
    return str(name).replace('"', '""')

