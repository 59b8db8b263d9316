"""Indicator tables (主要指标表): 序号 | 类别 | 指标 | 单位 | 基期值 | 规划值 | 属性.

The table is read wherever it stands and in each of its layouts:

* one row per line, cells separated by tabs (a .docx table turned into text, rows pasted
  from a spreadsheet);
* one cell per line, each line prefixed with a tab, rows separated by blank lines (as in
  the PDF extraction of 003), where a category cell spanning rows is left empty below
  its first row and the header's 主要指标 spans two columns (category and name);
* a box-drawing table (┌─┬─┐ │…│) whose cells may wrap over several lines.

The header names the indicator column (指标, 指标名称, 主要指标) and some of 序号, 类别, 单位,
基期值, 目标值, 属性; the baseline and target columns may be named by their years alone
(``2020年 | 2025年``: the first is the baseline, the last the target). Years come from those
cells, from a second header row (``2025年 | 2030年``) or from the header cells themselves
(``基期值（2025年）``). Data columns after the indicator name are aligned from the right, so
a row with one more cell than the header has a category column. An empty category cell
takes the category of the row above (a merged cell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zjtracker.importing.model import ParsedIndicator, ParseWarning
from zjtracker.importing.cleaning.text_lines import clean_text

_SEQ = re.compile(r"^(序号|编号)$")
_NAME = re.compile(r"指标")
_UNIT = re.compile(r"^(计量)?单位")
_BASELINE = re.compile(r"基期|基准|现状|基数")
_TARGET = re.compile(r"规划值|目标值|目标|预期值")
_NATURE = re.compile(r"属性|性质|类型|备注")
_CATEGORY = re.compile(r"类别|领域|分类|方面")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_ONLY = re.compile(r"^((?:19|20)\d{2})\s*年?(?:[（(]?(?:基期|基准|现状|实际|目标|规划|预期)?值?[）)]?)?$")
_DATA = re.compile(r"\d|^[—–\-－/]+$")
_NATURES = ("预期性", "约束性")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
_DOWN_WORDS = ("下降", "降低", "不合格", "事故", "死亡", "发生率", "能耗", "排放")


@dataclass
class _Record:
    line: int
    cells: list[str]


@dataclass
class _Header:
    width: int
    seq: int
    name: int
    columns: dict[str, int]  # unit / baseline / target / nature / category → column
    years: dict[str, int]  # baseline / target → year


def _records(lines: list[str], start: int) -> list[_Record]:
    """Table records from line index ``start`` until the first line without a tab."""
    records: list[_Record] = []
    current: _Record | None = None
    for index in range(start, len(lines)):
        raw = lines[index].rstrip("\r\n")
        if "\t" not in raw:
            if raw.strip():
                break
            current = None  # a blank line ends a one-cell-per-line record
            continue
        cells = raw.split("\t")
        if raw.startswith("\t") and len(cells) == 2:  # one cell per line
            if current is None:
                current = _Record(index + 1, [])
                records.append(current)
            current.cells.append(clean_text(cells[1]))
        else:
            current = None
            records.append(_Record(index + 1, [clean_text(c) for c in cells]))
    return records


def _header(cells: list[str]) -> _Header | None:
    seq = next((i for i, c in enumerate(cells) if _SEQ.match(c)), None)
    if seq is None:
        return _header_without_seq(cells)
    name = next((i for i, c in enumerate(cells) if _NAME.search(c) and len(c) <= 8), None)
    if name is None:
        return None
    return _Header(len(cells), seq, name, *_columns(cells, (seq, name)))


def _columns(cells: list[str], taken: tuple) -> tuple[dict[str, int], dict[str, int]]:
    columns: dict[str, int] = {}
    years: dict[str, int] = {}
    for i, cell in enumerate(cells):
        for key, pattern in (("unit", _UNIT), ("baseline", _BASELINE), ("target", _TARGET),
                             ("nature", _NATURE), ("category", _CATEGORY)):
            if i not in taken and key not in columns and pattern.search(cell):
                columns[key] = i
                if (m := _YEAR.search(cell)) and key in ("baseline", "target"):
                    years[key] = int(m.group(1))
                break
    return columns, years


def _header_without_seq(cells: list[str]) -> _Header | None:
    """A header with no 序号 column: 类别 | 指标名称 | 单位 | 2020年 | 2025年 | 属性."""
    names = [i for i, c in enumerate(cells) if _NAME.search(c) and len(c) <= 8
             and not (_NATURE.search(c) or _CATEGORY.search(c) or _UNIT.search(c))]
    if not names:
        return None
    name = names[0]
    columns, years = _columns(cells, (name,))
    year_cols = [i for i, c in enumerate(cells) if i != name and _YEAR_ONLY.match(c)
                 and i not in columns.values()]
    if year_cols and "baseline" not in columns and "target" not in columns and len(year_cols) >= 2:
        columns["baseline"], columns["target"] = year_cols[0], year_cols[-1]
    elif year_cols and "target" not in columns:
        columns["target"] = year_cols[-1]
    elif year_cols and "baseline" not in columns:
        columns["baseline"] = year_cols[0]
    for key in ("baseline", "target"):
        if key in columns and key not in years and (m := _YEAR.search(cells[columns[key]])
                                                      or _YEAR_ONLY.match(cells[columns[key]])):
            years[key] = int(m.group(1))
    if "target" not in columns or len([k for k in ("unit", "baseline", "nature") if k in columns]) < 1:
        return None
    return _Header(len(cells), -1, name, columns, years)


def _value(cell: str) -> tuple[float | None, str]:
    """(value, text as written when not a plain number): "70" → (70, ""); "≥6.7" →
    (6.7, "≥6.7"); "-" → (None, "-")."""
    cell = cell.strip()
    if re.fullmatch(r"[-+]?\d+(?:\.\d+)?", cell):
        return float(cell), ""
    numbers = _NUMBER.findall(cell.replace("-", " ") if cell.startswith("-") else cell)
    return (float(numbers[0]) if len(numbers) == 1 else None), cell


def read_indicator_tables(text: str, warnings: list[ParseWarning]) -> list[ParsedIndicator]:
    """Every indicator row of every 指标表 in ``text`` (raw document text)."""
    lines = text.splitlines()
    indicators: list[ParsedIndicator] = []
    index = 0
    while index < len(lines):
        if "\t" not in lines[index]:
            index += 1
            continue
        records = _records(lines, index)
        index = max(index + 1, records[-1].line if records else index + 1)
        indicators.extend(_read_table(records, warnings))
    if "│" in text or "┃" in text or "║" in text:
        indicators.extend(_box_indicators(text, warnings))
    return indicators


def _box_indicators(text: str, warnings: list[ParseWarning]) -> list[ParsedIndicator]:
    """The indicators of box-drawing tables (cells wrapped over lines already joined)."""
    from zjtracker.importing.tables.text_grids import tables_in_text

    found = []
    lines = text.splitlines()
    for table in tables_in_text(text):
        first = lines[table.line - 1] if table.line and table.line <= len(lines) else ""
        if not any(bar in first for bar in "│┃║"):
            continue  # a tab-separated table: read above
        records = [_Record(table.line_of(r) or 0, [clean_text(c.text) for c in row])
                   for r, row in enumerate(table.rows)]
        found.extend(_read_table(records, warnings))
    return found


def _read_table(records: list[_Record], warnings: list[ParseWarning]) -> list[ParsedIndicator]:
    header = None
    result: list[ParsedIndicator] = []
    category = ""
    for record in records:
        cells = record.cells
        if header is None:
            header = _header(cells)
            continue
        if not _is_data_row(cells, header):
            for key in ("baseline", "target"):  # a second header row with the years
                col = header.columns.get(key)
                shifted = col + len(cells) - header.width if col is not None else None
                for c in (col, shifted):
                    if c is not None and 0 <= c < len(cells) and (m := _YEAR.search(cells[c])):
                        header.years.setdefault(key, int(m.group(1)))
            continue
        indicator, category = _row(record, header, category, warnings)
        if indicator:
            result.append(indicator)
    return result


def _is_data_row(cells: list[str], header: _Header) -> bool:
    """A row of values (not a second header row with the years, not a note)."""
    if not cells:
        return False
    if header.seq >= 0:
        return bool(re.fullmatch(r"\d{1,3}", cells[header.seq] if len(cells) > header.seq else ""))
    extra = len(cells) - header.width
    if extra not in (0, 1):
        return False
    values = []
    for key in ("baseline", "target"):
        col = header.columns.get(key)
        if col is not None:
            col = col + extra if col > header.name else col
            values.append(cells[col] if 0 <= col < len(cells) else "")
    name = cells[header.name + extra] if header.name + extra < len(cells) else ""
    return bool(name) and not _YEAR_ONLY.match(name) \
        and any(_DATA.search(v) for v in values) and not all(_YEAR_ONLY.match(v) for v in values)


def _row(record: _Record, header: _Header, category: str, warnings: list[ParseWarning]):
    cells = record.cells
    extra = len(cells) - header.width
    if extra not in (0, 1):
        warnings.append(ParseWarning(record.line, f"指标表第{record.line}行的格数与表头不一致，"
                                     "未读取该指标，请核对。", "indicator_row"))
        return None, category

    def cell(key: str) -> str:
        col = header.columns.get(key)
        if col is None:
            return ""
        col = col + extra if col > header.name else col
        return cells[col] if 0 <= col < len(cells) else ""

    if extra == 1:  # 主要指标 spans two columns: category, name
        category = cells[header.name] or category
        name = cells[header.name + 1]
    else:
        category = cell("category") or category
        name = cells[header.name]
    if not name:
        warnings.append(ParseWarning(record.line, f"指标表第{record.line}行没有指标名称，未读取。",
                                     "indicator_row"))
        return None, category
    baseline, baseline_text = _value(cell("baseline"))
    target, target_text = _value(cell("target"))
    nature = next((n for n in _NATURES if n in cell("nature")), "") or next(
        (n for n in _NATURES if any(n in c for c in cells)), "")
    indicator = ParsedIndicator(
        name=name, category=category, unit=cell("unit"),
        baseline_year=header.years.get("baseline"), baseline_value=baseline,
        baseline_text=baseline_text, target_year=header.years.get("target"),
        target_value=target, target_text=target_text, nature=nature,
        direction="down" if any(w in name for w in _DOWN_WORDS) else "up", line=record.line)
    return indicator, category
