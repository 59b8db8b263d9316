"""A SQLite backup must hold exactly the program's own schema: the tables, indexes,
triggers and views the migrations create, and nothing else. A trigger, a view, a table or
an index of someone else's would come along with a restore and act later (a trigger that
deletes progress when the next import writes, one that marks every entry 已完成); such a
backup is refused with a sentence naming the object.

The expected schema is that of the backup's own revision, built once per process by running
the migrations into an empty temporary database. The backup is compared as it is, before
anything of it runs: migrating a copy first and comparing against the newest schema would
let a planted trigger fire during the migration's own writes, and a migration that rebuilds
a table drops the triggers on it, hiding what the backup carried. Objects are compared by
(type, name, table) and by their SQL with quotes, case and spacing normalised (a table
rebuilt by a batch migration is written ``CREATE TABLE "name"``); SQLite's own objects
(``sqlite_autoindex_…``, ``sqlite_sequence``, the ``sqlite_stat`` tables of ANALYZE) carry
no logic and are left out. The search index of migration 0004 (FTS5 tables, their shadow
tables and the triggers keeping them) is part of the program's schema and compared too.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from zjtracker.services.backups.refusal import TABLE_WORDS, UNTOUCHED, RestoreRefused

SchemaObject = tuple[str, str, str, str]  # type, name, table, normalised sql

_KINDS = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}
_INTERNAL = re.compile(r"^sqlite_(autoindex_.+|sequence|stat\d)$")


def revision_of(connection: sqlite3.Connection, name: str) -> str:
    """The one schema revision recorded in the backup; a refusal when there is none or more."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "policies" not in tables or "alembic_version" not in tables:
        raise RestoreRefused(f"文件“{name}”不是本程序的数据库备份。")
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise RestoreRefused(f"备份文件“{name}”中的数据库版本记录不对（应有 1 条，实有 {len(rows)} 条），"
                             f"不是本程序写出的样子。{UNTOUCHED}")
    return rows[0][0]


def check_schema(connection: sqlite3.Connection, revision: str, name: str) -> None:
    """Refuse a backup whose schema is not exactly the program's at ``revision``."""
    found = schema_of(connection)
    expected = expected_schema(revision)
    extra = sorted(found - expected, key=_order)
    if extra:
        kind, object_name, table, _sql = extra[0]
        same_name = next((e for e in expected if e[:3] == (kind, object_name, table)), None)
        where = f"（在{TABLE_WORDS.get(table, '“' + table + '”')}表上）" if table and table != object_name else ""
        if same_name is not None:
            raise RestoreRefused(f"备份文件“{name}”中{_KINDS.get(kind, kind)}“{object_name}”的定义{where}"
                                 f"与本程序建立的不同，可能被改动过。{UNTOUCHED}")
        raise RestoreRefused(f"备份文件“{name}”中有本程序不会建立的{_KINDS.get(kind, kind)}“{object_name}”{where}，"
                             f"它可能在以后改动或删除数据。{UNTOUCHED}")
    missing = sorted(expected - found, key=_order)
    if missing:
        kind, object_name, _table, _sql = missing[0]
        raise RestoreRefused(f"备份文件“{name}”缺少本程序的{_KINDS.get(kind, kind)}“{object_name}”，"
                             f"不完整或被改动过。{UNTOUCHED}")


def schema_of(connection: sqlite3.Connection) -> frozenset[SchemaObject]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset((str(kind), str(name), str(table), normalised(sql)) for kind, name, table, sql in rows
                     if not (isinstance(name, str) and _INTERNAL.match(name) and kind in ("table", "index")))


@lru_cache(maxsize=None)
def expected_schema(revision: str) -> frozenset[SchemaObject]:
    """The schema the migrations create at ``revision``, built once per process."""
    from zjtracker.db.engine import make_engine
    from zjtracker.db.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="zjtracker-schema-") as folder:
        path = Path(folder) / "expected.db"
        engine = make_engine("sqlite:///" + str(path))
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
        connection = sqlite3.connect(path)
        try:
            return schema_of(connection)
        finally:
            connection.close()


def normalised(sql) -> str:
    """SQL text compared without quotes around names, case and spacing."""
    if sql is None:
        return ""
    text = str(sql).replace('"', "").replace("`", "").lower()
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*([(),;=])\s*", r"\1", text)


def _order(item: SchemaObject) -> tuple:
    """Triggers and views first: they are what acts."""
    return ({"trigger": 0, "view": 1, "table": 2, "index": 3}.get(item[0], 4), item[1])
