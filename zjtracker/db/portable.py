"""The portable backup: every table's rows as gzip-compressed JSON lines, readable by any
engine the program runs on (a PostgreSQL database backs up into it and restores from it,
and so can a SQLite file).

Layout, one JSON value per line::

    {"format": "zjtracker-backup", "version": 1, "revision": "0003", "created_at": "…",
     "source": "postgresql+psycopg://clerk@server/ledger", "tables": ["units", "policies", …]}
    {"table": "units", "columns": ["id", "name", "kind"]}
    [1, "市发展和改革局", "city_bureau"]
    …
    {"end": {"units": 125, "policies": 10, …}}

Tables come in foreign-key order (parents first), rows by primary key. Values that JSON
does not hold are tagged: {"$datetime": iso}, {"$date": iso}, {"$time": iso},
{"$decimal": "12.50"}, {"$bytes": base64}, {"$float": "nan"}, {"$json": value}.
Floats are written with Python's round-trip repr, so they come back bit for bit.
The closing ``end`` line counts the rows; a file cut short is refused.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, MetaData, Table, select

from zjtracker.db.models import Base

FORMAT, VERSION = "zjtracker-backup", 1
GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1000


class PortableFileError(ValueError):
    """The file is not a portable backup, or it is cut short or damaged."""


@dataclass
class TableRows:
    """One table's columns and (lazily) its rows as tuples of Python values."""

    name: str
    columns: list[str]
    rows: Iterator[tuple]


# reading a database ----------------------------------------------------------------------
def model_tables(connection: Connection) -> list[Table]:
    """The program's tables present on ``connection``, reflected as they are there (at
    whatever revision), in foreign-key order."""
    present = set(connection.dialect.get_table_names(connection))
    names = [t.name for t in Base.metadata.sorted_tables if t.name in present]
    reflected = MetaData()
    reflected.reflect(connection, only=names)
    return [reflected.tables[name] for name in names]


def database_tables(connection: Connection) -> Iterator[TableRows]:
    """Every table's rows, ordered by primary key, read on ``connection``."""
    for table in model_tables(connection):
        yield TableRows(table.name, [c.name for c in table.columns], _rows(connection, table))


def _rows(connection: Connection, table: Table) -> Iterator[tuple]:
    """Rows by primary key, fetched in chunks; the query runs when first iterated."""
    order = list(table.primary_key.columns) or list(table.columns)
    result = connection.execution_options(stream_results=True, yield_per=CHUNK).execute(
        select(table).order_by(*order))
    for row in result:
        yield tuple(row)


# writing the file --------------------------------------------------------------------------
def write_portable(path: Path, revision: str | None, source: str, tables: Iterator[TableRows]) -> dict[str, int]:
    """Write the portable file (to ``path``.part, renamed when complete); returns the row counts."""
    part = path.with_name(path.name + ".part")
    counts: dict[str, int] = {}
    tables = list(tables)  # the rows stay lazy
    try:
        with gzip.open(part, "wt", encoding="utf-8", newline="\n") as out:
            _line(out, {"format": FORMAT, "version": VERSION, "revision": revision,
                        "created_at": datetime.now().isoformat(timespec="seconds"), "source": source,
                        "tables": [t.name for t in tables]})
            for table in tables:
                _line(out, {"table": table.name, "columns": table.columns})
                count = 0
                for row in table.rows:
                    _line(out, [encode(value) for value in row])
                    count += 1
                counts[table.name] = count
            _line(out, {"end": counts})
        part.replace(path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return counts


def _line(out, value) -> None:
    out.write(json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")))
    out.write("\n")


def encode(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, (dict, list)):
        return {"$json": value}
    raise TypeError(f"cannot store a {type(value).__name__} in a portable backup")


_DECODERS = {"$datetime": datetime.fromisoformat, "$date": date.fromisoformat, "$time": time.fromisoformat,
             "$decimal": Decimal, "$bytes": base64.b64decode, "$float": float, "$json": lambda v: v}


def decode(value):
    if isinstance(value, dict):
        (tag, inner), = value.items()
        return _DECODERS[tag](inner)
    return value


# reading the file ------------------------------------------------------------------------
def is_portable_file(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == GZIP_MAGIC


class PortableReader:
    """Reads a portable file: ``header`` first, then ``tables()`` once, in order. A file
    that is not one, is cut short, or whose counts disagree raises PortableFileError."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._handle = gzip.open(self.path, "rt", encoding="utf-8")
        try:
            self.header = self._read()
        except PortableFileError:
            self.close()
            raise
        if not isinstance(self.header, dict) or self.header.get("format") != FORMAT:
            self.close()
            raise PortableFileError("不是本程序的备份文件")
        if self.header.get("version") != VERSION:
            self.close()
            raise PortableFileError(f"备份格式版本 {self.header.get('version')} 无法识别")

    @property
    def revision(self) -> str | None:
        return self.header.get("revision")

    def _read(self):
        try:
            line = self._handle.readline()
            if not line:
                raise PortableFileError("文件提前结束")
            return json.loads(line)
        except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise PortableFileError(f"无法读取：{error}") from error

    def tables(self) -> Iterator[TableRows]:
        counts: dict[str, int] = {}
        pending = self._read()
        while isinstance(pending, dict) and "table" in pending:
            block = TableRows(pending["table"], list(pending["columns"]), iter(()))
            rows: list[tuple] = []
            counts[block.name] = 0
            pending = self._read()
            while isinstance(pending, list):
                rows.append(tuple(decode(v) for v in pending))
                counts[block.name] += 1
                if len(rows) >= CHUNK:
                    yield TableRows(block.name, block.columns, iter(rows))
                    rows = []
                pending = self._read()
            yield TableRows(block.name, block.columns, iter(rows))
        if not (isinstance(pending, dict) and pending.get("end") == counts):
            raise PortableFileError("末尾记录的行数与内容不符")

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> PortableReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
