"""A quick look at an .xlsx before it is read in full: is it a return (报回表) — the
program's own stamped fill-in workbook, or a table in the city's ledger layout with
落实情况 / 完成进度 columns — and which period it is for (the stamp's, or one written in
its title rows such as 2025年第三季度工作任务台账, or in its file name).

Used where a file is dropped on the window (a return goes to the returns import, anything
else to the policy import) and to preselect the period of a ledger-layout return. Reads
only the first rows, in read-only mode; never raises for a file it cannot read.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from zjtracker.exporting.template_layout import STAMP_MARK, STAMP_SHEET
from zjtracker.importing.tables import headers as H
from zjtracker.importing.tables.headers import find_header
from zjtracker.services.periods import BadPeriod, Period

SCAN_ROWS = 15  # the header is looked for in the first rows, as the reader does
_FILL_KEYS = {H.STATUS_TEXT, H.PERCENT}  # 落实情况, 完成进度
_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class ReturnGlance:
    stamped: bool  # the program's own fill-in workbook
    fill_columns: bool  # a header with 落实情况 or 完成进度 was found
    policy_id: int | None = None  # from the stamp
    unit_id: int | None = None  # from the stamp
    period: Period | None = None  # the stamp's, else guessed from the title rows or file name
    period_guessed: bool = False  # True when the period was read from a title or the name
    policy_title: str = ""  # the stamp's, or the stored policy a filled-in ledger matches

    @property
    def is_return(self) -> bool:
        return self.stamped or self.fill_columns


def glance(path: str | os.PathLike) -> ReturnGlance | None:
    """What the first rows of ``path`` say; None for a file that is not a readable workbook."""
    path = Path(path)
    if path.suffix.lower() == ".xls" and path.is_file():
        return _glance_xls(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not path.is_file():
        return None
    try:
        from openpyxl import load_workbook

        from zjtracker.importing.sources.file_limits import read_checked_bytes

        data = read_checked_bytes(path, "xlsx")  # a bomb or a hostile file is not opened even for a glance
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # damaged, encrypted, not a workbook: the full reader explains why
        return None
    try:
        if STAMP_SHEET in book.sheetnames:
            stamped = _stamp_meta(book[STAMP_SHEET])
            if stamped is not None:
                return stamped
        sheets = [[list(row) for row in sheet.iter_rows(max_row=SCAN_ROWS, values_only=True)]
                  for sheet in book.worksheets
                  if sheet.title != STAMP_SHEET and getattr(sheet, "sheet_state", "visible") == "visible"]
    except Exception:
        return None
    finally:
        book.close()
    return _glance_rows(sheets, path)


def _glance_xls(path: Path) -> ReturnGlance | None:
    """A legacy .xls can only be a return in the city's ledger layout (no stamp)."""
    try:
        from zjtracker.importing.returns.xls_grid import xls_grids
        from zjtracker.importing.sources.file_limits import read_limited_bytes

        grids = xls_grids(read_limited_bytes(path, "xlsx"), path.name)
    except Exception:  # damaged or not a workbook: the full reader explains why
        return None
    return _glance_rows([grid.values[:SCAN_ROWS] for grid in grids], path)


def _glance_rows(sheets: list[list[list]], path: Path) -> ReturnGlance:
    texts: list[str] = []
    fill_columns = False
    for rows in sheets:
        header = find_header(rows)
        if header is not None and _FILL_KEYS & set(header.columns.values()):
            fill_columns = True
            rows = rows[:header.header_rows[0]]  # the title rows above the header
        texts += [str(v) for row in rows[:6] for v in row if isinstance(v, str)]
    period = guess_period(texts + [path.stem])
    return ReturnGlance(False, fill_columns, period=period, period_guessed=period is not None)


def looks_like_return(path: str | os.PathLike) -> bool:
    """True for a stamped fill-in workbook, or an .xlsx whose header (in the first 15 rows)
    has a 落实情况 or 完成进度 column: a returned ledger rather than a policy document."""
    seen = glance(path)
    return seen is not None and seen.is_return


def _stamp_meta(sheet) -> ReturnGlance | None:
    rows = sheet.iter_rows(max_row=20, values_only=True)
    first = next(rows, None)
    if not first or first[0] != STAMP_MARK:
        return None
    meta = {}
    for row in rows:
        if not row or row[0] in (None, "rows"):
            break
        meta[str(row[0])] = row[1] if len(row) > 1 else None
    try:
        period = Period.parse(str(meta.get("period") or ""))
    except BadPeriod:
        period = None
    return ReturnGlance(True, True, _int(meta.get("policy_id")), _int(meta.get("unit_id")), period,
                        policy_title=str(meta.get("policy_title") or ""))


def _int(value) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


_QUARTER = re.compile(r"((?:19|20)\d\d)\s*年?\s*第?\s*([一二三四1-4])\s*季度")
_HALF = re.compile(r"((?:19|20)\d\d)\s*年\s*([上下])\s*半\s*年")
_MONTHS = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*[-－—–~～至到]\s*(\d{1,2})\s*月")
_MONTH = re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?!\s*\d)")
_CODE = re.compile(r"((?:19|20)\d\d)\s*([QqHhBb])\s*([1-6])")


def guess_period(texts: list[str]) -> Period | None:
    """The first period written in ``texts``: 2025年第三季度, 2025年三季度, 2025年上半年,
    2025年7-8月 (two months), 2025年7月, 2025Q3. A bare year names no period."""
    for text in texts:
        text = str(text)
        if match := _QUARTER.search(text):
            return Period(int(match.group(1)), "Q", _NUMERALS[match.group(2)])
        if match := _HALF.search(text):
            return Period(int(match.group(1)), "H", 1 if match.group(2) == "上" else 2)
        if match := _MONTHS.search(text):
            first, last = int(match.group(2)), int(match.group(3))
            if 1 <= first <= 12 and last == first + 1 and first % 2 == 1:
                return Period(int(match.group(1)), "B", last // 2)
            if 1 <= first <= 12 and last == first + 2 and first % 3 == 1:
                return Period(int(match.group(1)), "Q", last // 3)
            continue
        if match := _MONTH.search(text):
            month = int(match.group(2))
            if 1 <= month <= 12:
                return Period(int(match.group(1)), "M", month)
        if match := _CODE.search(text):
            try:
                return Period.parse(f"{match.group(1)}{match.group(2).upper()}{match.group(3)}")
            except BadPeriod:
                continue
    return None
