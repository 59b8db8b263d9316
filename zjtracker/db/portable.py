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
import binascii
import gzip
import json
import math
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, LargeBinary, MetaData, Table, select

from zjtracker.db.models import Base
from zjtracker.url_secrets import hide_password

FORMAT, VERSION = "zjtracker-backup", 1
GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1000
FILE_CHUNK = 4  # rows of a table holding files (佐证材料, up to 20 MB each) read or written at a time


def chunk_for(name: str) -> int:
    """How many rows of table ``name`` are held in memory at a time."""
    table = Base.metadata.tables.get(name)
    if table is not None and any(isinstance(c.type, LargeBinary) for c in table.columns):
        return FILE_CHUNK
    return CHUNK


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
    result = connection.execution_options(stream_results=True, yield_per=chunk_for(table.name)).execute(
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
                        "created_at": datetime.now().isoformat(timespec="seconds"), "source": hide_password(source),
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
# Limits on what a portable file may unpack to, so that a hostile one (a "gzip bomb": 8 GB
# of zeros in a few MB) is refused within a second and a few MB of memory. The whole file is
# first inflated in 1 MB pieces without being parsed (``_prescan``: a real backup of 50 MB
# unpacked takes a fifth of a second), then read line by line. A real line is one row: the
# longest is a policy's whole text (an imported text file is at most 20 MB, under 32 MB as
# JSON). Real backups unpack 3 to 4 times their size (the sample, and 100,000 generated
# progress reports); a bomb of zeros about 1,000 times.
MAX_LINE_BYTES = 32 * 1024 * 1024
MAX_UNPACKED_BYTES = 4 * 1024 ** 3
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 16 * 1024 * 1024  # below this a file may unpack as much as it likes
_PIECE = 1024 * 1024


class PortableTooLarge(PortableFileError):
    """The file unpacks to far more than any real backup (a decompression bomb)."""


def is_portable_file(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == GZIP_MAGIC


class PortableReader:
    """Reads a portable file: ``header`` first, then ``tables()`` once, in order. A file
    that is not one, is cut short, holds a value that cannot be read, unpacks beyond the
    limits above, or whose counts disagree raises PortableFileError."""

    def __init__(self, path: Path):
        self.path = Path(path)
        _prescan(self.path)
        self._raw = open(self.path, "rb")
        self._handle = gzip.GzipFile(fileobj=self._raw, mode="rb")
        self.line_number = 0
        self._unpacked = 0
        try:
            self.header = self._read()
            if not isinstance(self.header, dict) or self.header.get("format") != FORMAT:
                raise PortableFileError("不是本程序的备份文件")
            if self.header.get("version") != VERSION:
                raise PortableFileError(f"备份格式版本 {self.header.get('version')!r:.20} 无法识别")
            if not isinstance(self.header.get("revision"), (str, type(None))):
                raise PortableFileError("文件头中的数据库版本不对")
        except BaseException:
            self.close()
            raise

    @property
    def revision(self) -> str | None:
        return self.header.get("revision")

    def _read(self):
        try:
            line = self._handle.readline(MAX_LINE_BYTES + 1)
        except (OSError, EOFError, zlib.error) as error:
            raise PortableFileError(f"无法读取：{error}") from error
        self.line_number += 1
        self._unpacked += len(line)
        self._check_size(len(line))
        if not line:
            raise PortableFileError("文件提前结束")
        try:
            return json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            raise PortableFileError(f"第 {self.line_number} 行无法读取（{type(error).__name__}）") from error

    def _check_size(self, line: int) -> None:  # the file changed since the prescan
        if line > MAX_LINE_BYTES:
            raise PortableTooLarge(f"第 {self.line_number} 行解压后超过 {MAX_LINE_BYTES // 2 ** 20} MB")
        if self._unpacked > MAX_UNPACKED_BYTES:
            raise PortableTooLarge(f"解压后超过 {MAX_UNPACKED_BYTES // 2 ** 30} GB")

    def tables(self) -> Iterator[TableRows]:
        counts: dict[str, int] = {}
        pending = self._read()
        while isinstance(pending, dict) and "table" in pending:
            name, columns = pending.get("table"), pending.get("columns")
            if not isinstance(name, str) or not isinstance(columns, list) \
                    or not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
                raise PortableFileError(f"第 {self.line_number} 行的表头不对")
            rows: list[tuple] = []
            chunk = chunk_for(name)
            counts[name] = counts.get(name, 0)
            pending = self._read()
            while isinstance(pending, list):
                if len(pending) != len(columns):
                    raise PortableFileError(f"第 {self.line_number} 行有 {len(pending)} 个值，表 {name} 有 {len(columns)} 列")
                rows.append(tuple(self._decode(v) for v in pending))
                counts[name] += 1
                if len(rows) >= chunk:
                    yield TableRows(name, list(columns), iter(rows))
                    rows = []
                pending = self._read()
            yield TableRows(name, list(columns), iter(rows))
        if not (isinstance(pending, dict) and pending.get("end") == counts):
            raise PortableFileError("末尾记录的行数与内容不符")

    def _decode(self, value):
        try:
            return decode(value)
        except (ValueError, TypeError, KeyError, ArithmeticError, binascii.Error) as error:
            raise PortableFileError(f"第 {self.line_number} 行有无法读取的值（{type(error).__name__}）") from error

    def close(self) -> None:
        self._handle.close()
        self._raw.close()

    def __enter__(self) -> PortableReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _prescan(path: Path) -> None:
    """Inflate the whole file once, in pieces, without keeping or parsing it: refuse it
    (PortableTooLarge) when it unpacks too far, or holds a line too long."""
    decompressor = zlib.decompressobj(31)
    unpacked = read = line = 0
    try:
        with open(path, "rb") as raw:
            while piece := raw.read(_PIECE):
                read += len(piece)
                while piece:
                    out = decompressor.decompress(piece, _PIECE)
                    piece = decompressor.unused_data if decompressor.eof else decompressor.unconsumed_tail
                    unpacked += len(out)
                    line = _open_line(out, line)
                    if line > MAX_LINE_BYTES:
                        raise PortableTooLarge(f"有一行解压后超过 {MAX_LINE_BYTES // 2 ** 20} MB")
                    if unpacked > MAX_UNPACKED_BYTES:
                        raise PortableTooLarge(f"解压后超过 {MAX_UNPACKED_BYTES // 2 ** 30} GB")
                    consumed = max(read - len(piece), 1)
                    if unpacked > RATIO_FLOOR_BYTES and unpacked > MAX_RATIO * consumed:
                        raise PortableTooLarge(f"解压后是文件本身的 {unpacked // consumed} 倍以上")
                    if decompressor.eof:  # another gzip member may follow (trailing zeros are padding)
                        decompressor = zlib.decompressobj(31)
                        if not piece.strip(b"\0"):
                            piece = b""
    except zlib.error as error:
        raise PortableFileError(f"无法读取：{error}") from error


def _open_line(out: bytes, running: int) -> int:
    """The length of the line still open after ``out`` (``running`` before it), or of the
    line ending in ``out`` when that one is over the limit. A line that begins and ends
    within one piece is shorter than a piece, far below the limit."""
    first = out.find(b"\n")
    if first < 0:
        return running + len(out)
    if running + first > MAX_LINE_BYTES:
        return running + first
    return len(out) - out.rfind(b"\n") - 1
