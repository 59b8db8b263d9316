"""Loading a backup's rows into an empty database, inside the caller's transaction: the
schema is brought to the backup's revision, the rows go in (parents first), the schema is
then upgraded to head. Nothing is left behind when anything fails.

References that point forward (a measure's parent stored after it, a policy abolished by a
later one) are written as NULL first and filled in once every row is there, so the load
works with foreign keys enforced, as PostgreSQL always does.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Integer, Table, bindparam, select, text

from zjtracker.db.migrate import migrate_connection, revisions_in_order
from zjtracker.db.models import Base
from zjtracker.db.portable import CHUNK, PortableFileError, TableRows, chunk_for, model_tables


class UnknownRevision(ValueError):
    """The backup was written by a newer program (its schema revision is not known here)."""

    def __init__(self, revision: str | None):
        super().__init__(f"unknown schema revision {revision!r}")
        self.revision = revision


def is_empty(connection: Connection) -> bool:
    """True when none of the program's tables on ``connection`` holds a row."""
    present = set(connection.dialect.get_table_names(connection))
    for table in Base.metadata.sorted_tables:
        if table.name in present and connection.execute(select(text("1")).select_from(table).limit(1)).first():
            return False
    return True


def load_tables(connection: Connection, revision: str | None, blocks: Iterable[TableRows]) -> dict[str, int]:
    """Load ``blocks`` (a table may come in several consecutive blocks) written at schema
    ``revision`` into the empty database on ``connection``; returns rows per table."""
    if revision not in revisions_in_order():
        raise UnknownRevision(revision)
    migrate_connection(connection, revision)
    tables = {t.name: t for t in model_tables(connection)}
    loaded: set[str] = set()
    deferred: dict[str, list[str]] = {}
    later: dict[str, list[dict]] = {}
    counts: dict[str, int] = {}
    for block in blocks:
        table = tables.get(block.name)
        if table is None or not set(block.columns) <= set(table.columns.keys()):
            raise PortableFileError(f"表 {block.name} 与数据库版本 {revision} 不符")
        if block.name not in deferred:
            deferred[block.name] = _forward_references(table, loaded)
            counts[block.name] = 0
        counts[block.name] += _insert(connection, table, block, deferred[block.name],
                                      later.setdefault(block.name, []))
        loaded.add(block.name)
    for name, updates in later.items():
        _fill_references(connection, tables[name], deferred[name], updates)
    if connection.dialect.name == "postgresql":
        for table in tables.values():
            _reset_sequence(connection, table)
    migrate_connection(connection, "head")
    return counts


def _forward_references(table: Table, loaded: set[str]) -> list[str]:
    """Columns referencing this table itself or a table not loaded yet."""
    return [column.name for column in table.columns
            if any(fk.column.table.name not in loaded for fk in column.foreign_keys)]


def _insert(connection: Connection, table: Table, block: TableRows, deferred: list[str], later: list[dict]) -> int:
    keys = [c.name for c in table.primary_key.columns]
    batch: list[dict] = []
    count = 0
    for row in block.rows:
        values = dict(zip(block.columns, row))
        postponed = {name: values[name] for name in deferred if values.get(name) is not None}
        if postponed:
            later.append({**{f"pk_{k}": values[k] for k in keys}, **postponed})
            values.update(dict.fromkeys(postponed))
        batch.append(values)
        count += 1
        if len(batch) >= chunk_for(table.name):
            connection.execute(table.insert(), batch)
            batch = []
    if batch:
        connection.execute(table.insert(), batch)
    return count


def _fill_references(connection: Connection, table: Table, columns: list[str], updates: list[dict]) -> None:
    keys = [c.name for c in table.primary_key.columns]
    for name in columns:
        rows = [{**{f"pk_{k}": u[f"pk_{k}"] for k in keys}, "value": u[name]} for u in updates if name in u]
        if not rows:
            continue
        condition = [table.c[k] == bindparam(f"pk_{k}") for k in keys]
        statement = table.update().where(*condition).values({name: bindparam("value")})
        for start in range(0, len(rows), CHUNK):
            connection.execute(statement, rows[start:start + CHUNK])


def _reset_sequence(connection: Connection, table: Table) -> None:
    """After rows with explicit ids, the next id comes after the largest one."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return
    quote = connection.dialect.identifier_preparer.quote
    column = quote(keys[0].name)
    connection.execute(text(
        f"SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(MAX({column}), 1), "
        f"MAX({column}) IS NOT NULL) FROM {quote(table.name)}"),
        {"table": quote(table.name), "column": keys[0].name})
