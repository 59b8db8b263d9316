"""Every value of a backup checked before it is restored, by the rules the program applies
when it stores a value itself: the column's type and length (the model's), numbers finite,
dates readable, and for progress the progress form's own check (``services.progress.validate``:
完成进度 0–100, 评估情况 among the choices, the period well formed); every other period
column must be a period too. The first value that breaks a rule refuses the backup with
one sentence naming the record in a clerk's words; nothing is restored.

Rows come either as Python values (a portable backup, decoded) or raw from a SQLite file
(``check_sqlite_values``: dates and times are text there, read as the program reads them).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Table

from zjtracker.db.models import Base
from zjtracker.db.portable import TableRows
from zjtracker.services.backups.refusal import TABLE_WORDS, UNTOUCHED, RestoreRefused
from zjtracker.services.periods import BadPeriod, Period
from zjtracker.services.progress import (
    CHOICES,
    FIELD_NAMES,
    InvalidProgress,
    ProgressForm,
    validate,
)

COLUMN_WORDS = {**FIELD_NAMES, "period": "报告期", "title": "标题", "text": "内容", "name": "名称",
                "label": "编号", "year": "年份", "value": "数值", "target": "目标值", "deadline": "完成时限"}
INT32 = 2 ** 31
_FORM_FIELDS = {f.name for f in fields(ProgressForm)} - {"version", "updated_at", "updated_by"}


class _Bad(ValueError):
    """One value breaking a rule: the column and what is wrong, in words."""

    def __init__(self, column: str | None, text: str):
        super().__init__(text)
        self.column, self.text = column, text


def checked_blocks(blocks: Iterable[TableRows], name: str) -> Iterator[TableRows]:
    """The blocks of a portable backup, each row checked as it streams by."""
    numbers: dict[str, int] = {}
    for block in blocks:
        table = Base.metadata.tables.get(block.name)
        if table is None:
            yield block
            continue
        yield TableRows(block.name, block.columns, _checked_rows(table, block.columns, block.rows, name, numbers))


def _checked_rows(table: Table, columns: list[str], rows: Iterable[tuple], name: str,
                  numbers: dict[str, int]) -> Iterator[tuple]:
    for row in rows:
        numbers[table.name] = numbers.get(table.name, 0) + 1
        check_row(table, columns, row, numbers[table.name], name)
        yield row


def check_sqlite_values(path: Path, name: str) -> None:
    """Check every value of the program's tables in the SQLite file at ``path``. SQLite
    itself picks out the rows that may break a rule (a conservative test per column: a value
    of another type, too long, holding a NUL, a date that does not read back as written, a
    period among those that do not parse …); only those are checked one by one in Python, by
    the same rules and in the same order, so the sentence is the one a full pass gives."""
    connection = sqlite3.connect(path)
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            stored = [row[1] for row in connection.execute(f'PRAGMA table_info("{table.name}")')]
            columns = [c for c in stored if c in table.c]
            tests, parameters = _suspect_tests(connection, table, columns)
            if not tests:
                continue
            select = ", ".join(f'"{c}"' for c in columns)
            cursor = connection.execute(f'SELECT rowid, {select} FROM "{table.name}" WHERE '
                                        + " OR ".join(tests) + " ORDER BY rowid", parameters)
            for rowid, *raw in cursor:
                raw = tuple(raw)
                try:
                    check_row(table, columns, _from_sqlite(table, columns, raw), 0, name, raw)
                except RestoreRefused:
                    number = connection.execute(f'SELECT count(*) FROM "{table.name}" WHERE rowid <= ?',
                                                (rowid,)).fetchone()[0]
                    check_row(table, columns, _from_sqlite(table, columns, raw), number, name, raw)
                    raise
    finally:
        connection.close()


_DATE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_DATE_SHAPE = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"
_TIME_SHAPE = "[0-2][0-9]:[0-5][0-9]:[0-5][0-9]"


def _suspect_tests(connection: sqlite3.Connection, table: Table, columns: list[str]) -> tuple[list[str], list]:
    """SQL conditions true for every row that may break a rule of ``check_row`` (and for
    some that do not: those are checked in Python and pass)."""
    tests: list[str] = []
    for name in columns:
        kind, c = table.c[name].type, f'"{name}"'
        if isinstance(kind, Boolean):
            test = f"NOT (typeof({c}) = 'integer' AND {c} IN (0, 1))"
        elif isinstance(kind, Integer):
            test = f"NOT (typeof({c}) = 'integer' AND {c} BETWEEN {-INT32} AND {INT32 - 1})"
        elif isinstance(kind, Float):
            test = f"typeof({c}) NOT IN ('integer', 'real') OR abs({c}) > 1.7976931348623157e308"
        elif isinstance(kind, DateTime):
            # Digits where they belong, month 01–12, hour 00–23; a day past the 28th goes
            # through SQLite's calendar ('+0 days' moves 02-30 to 03-01, so it differs).
            test = (f"NOT (typeof({c}) = 'text' AND {c} GLOB '{_DATE_SHAPE} {_TIME_SHAPE}*' AND (length({c}) = 19 "
                    f"OR (length({c}) = 26 AND {c} GLOB '*.[0-9][0-9][0-9][0-9][0-9][0-9]')) "
                    f"AND substr({c}, 6, 2) BETWEEN '01' AND '12' AND substr({c}, 12, 2) < '24' "
                    f"AND substr({c}, 1, 4) != '0000' AND (substr({c}, 9, 2) BETWEEN '01' AND '28' "
                    f"OR date(substr({c}, 1, 10), '+0 days') IS substr({c}, 1, 10)))")
        elif isinstance(kind, Date):
            test = (f"NOT (typeof({c}) = 'text' AND {c} GLOB '{_DATE}' AND length({c}) = 10 "
                    f"AND {c} NOT GLOB '0000*' AND date({c}, '+0 days') IS {c})")
        elif isinstance(kind, String):
            test = f"typeof({c}) != 'text' OR instr({c}, char(0)) > 0"  # a NUL anywhere in the text
            if kind.length is not None:
                test += f" OR length({c}) > {int(kind.length)}"
        else:
            continue
        tests.append(f"({c} IS NOT NULL AND ({test}))")
    parameters: list = []
    if "period" in columns:
        bad = [period for (period,) in connection.execute(f'SELECT DISTINCT "period" FROM "{table.name}"')
               if period is not None and not _parses(period)]
        tests.append(f'"period" IN ({", ".join("?" * len(bad))})' if bad else "0")
        parameters += bad
        if table.name == "progress_reports":
            tests.append('"period" IS NULL')
    if table.name == "progress_reports":
        if "percent" in columns:
            tests.append('("percent" IS NOT NULL AND NOT ("percent" BETWEEN 0 AND 100))')
        if "assessment" in columns:
            tests.append(f'("assessment" IS NOT NULL AND "assessment" != \'\' AND "assessment" NOT IN '
                         f'({", ".join("?" * len(CHOICES))}))')
            parameters += list(CHOICES)
    return tests, parameters


def _parses(period) -> bool:
    if not isinstance(period, str):
        return False
    try:
        _check_period(period)
    except _Bad:
        return False
    return True


def check_row(table: Table, columns: list[str], row: tuple, number: int, name: str, raw: tuple | None = None) -> None:
    """Refuse the backup when a value of ``row`` breaks a rule."""
    values = dict(zip(columns, row))
    try:
        for column, value in values.items():
            if column in table.c:
                _check_value(table.c[column], value if raw is None else raw[columns.index(column)], value)
        if table.name == "progress_reports":
            _check_progress(values)
        elif values.get("period") is not None:
            _check_period(values["period"])
    except _Bad as bad:
        raise RestoreRefused(_sentence(table.name, values, number, bad, name)) from None


def _check_value(column, stored, value) -> None:
    """``stored`` as it is in the file, ``value`` as the program reads it."""
    if stored is None:
        return
    kind = column.type
    word = COLUMN_WORDS.get(column.name, column.name)
    if isinstance(kind, Boolean):
        if not (isinstance(value, bool) or value in (0, 1)):
            raise _Bad(column.name, f"“{word}”应是“是”或“否”，却是 {_shown(stored)}")
    elif isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or not -INT32 <= value < INT32:
            raise _Bad(column.name, f"“{word}”应是整数，却是 {_shown(stored)}")
    elif isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise _Bad(column.name, f"“{word}”应是一个有限的数字，却是 {_shown(stored)}")
    elif isinstance(kind, DateTime):
        if not isinstance(value, datetime):
            raise _Bad(column.name, f"“{word}”应是日期和时间，却是 {_shown(stored)}")
    elif isinstance(kind, Date):
        if not isinstance(value, date) or isinstance(value, datetime):
            raise _Bad(column.name, f"“{word}”应是日期，却是 {_shown(stored)}")
    elif isinstance(kind, String):
        if not isinstance(value, str):
            raise _Bad(column.name, f"“{word}”应是文字，却是 {_shown(stored)}")
        if kind.length is not None and len(value) > kind.length:
            raise _Bad(column.name, f"“{word}”有 {len(value)} 个字，超过了上限 {kind.length} 个字")


def _check_progress(values: dict) -> None:
    form = {k: v for k, v in values.items() if k in _FORM_FIELDS and v is not None}
    form.setdefault("plan_id", 0)
    form.setdefault("period", "")
    try:
        validate(ProgressForm(**form))
    except InvalidProgress as error:
        raise _Bad(error.field, error.message) from None
    except BadPeriod as error:
        raise _Bad("period", str(error)) from None


def _check_period(text) -> None:
    try:
        Period.parse(text)
    except BadPeriod as error:
        raise _Bad("period", str(error)) from None


def _from_sqlite(table: Table, columns: list[str], raw: tuple) -> tuple:
    """Raw SQLite values as the program reads them: text dates parsed, 0/1 as booleans."""
    values = []
    for column, value in zip(columns, raw):
        kind = table.c[column].type
        if isinstance(value, str) and isinstance(kind, (Date, DateTime)):
            try:
                value = (datetime if isinstance(kind, DateTime) else date).fromisoformat(value)
            except ValueError:
                pass  # reported by the check, with the text as it is stored
            values.append(value)
        else:
            values.append(value)
    return tuple(values)


def _sentence(table: str, values: dict, number: int, bad: _Bad, name: str) -> str:
    what = TABLE_WORDS.get(table, table)
    details = [f"编号 {values['id']}"] if isinstance(values.get("id"), int) else []
    if table == "progress_reports" and isinstance(values.get("period"), str) and bad.column != "period":
        details.append(f"报告期 {values['period']}")
    if table == "policies" and isinstance(values.get("title"), str) and bad.column != "title":
        details.append(f"“{values['title'][:30]}”")
    record = f"第 {number} 条{what}记录" + (f"（{'，'.join(details)}）" if details else "")
    return f"备份文件“{name}”中{record}的值不对：{bad.text.rstrip('。')}。{UNTOUCHED}"


def _shown(value) -> str:
    text = repr(value) if not isinstance(value, str) else f"“{value}”"
    return text if len(text) <= 40 else text[:37] + "…"
