"""The one reader of task tables: whatever a table stands in (a Word table, a sheet, tab
rows or a box-drawing table in text, a table flattened to one cell per line), its rows under
a recognised header become a policy tree with units, leaders and deadlines.

Columns are found by their header (``headers``: the many names cities give them, a header
of one row or two — 责任单位 over 牵头单位 | 配合单位), in any order, extra columns ignored
(``columns``). A cell merged over several rows (a 重点任务 over its 具体措施) is the group of
those rows; a blank 指标, group or unit cell carries the value above; the header repeated
inside the table is not a row; an Excel date cell in the 完成时限 column is the deadline.
In a lone 责任单位 column (no 牵头单位 column beside it) the unit marked as the lead
(（牵头）, ``*``) or else the first listed leads and the others cooperate, or stay responsible
where the document's note names only the lead (``unit_cells``); a column whose role the
clerk named keeps it. The city's ledger layout (指标名称 | 牵头单位
| 责任单位 | 序号 | 工作任务 | 落实情况 …) and responsibility lists with yearly plans read
the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, datetime

from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.importing.annotations.cell_notes import cell_note
from zjtracker.importing.annotations.units import marked_leads, split_unit_list
from zjtracker.importing.document import Table
from zjtracker.importing.model import (
    ROLE_COOPERATING, ROLE_LEAD, ROLE_RESPONSIBLE, ParsedArea, ParsedIndicator, ParsedMeasure,
    ParsedPlan, ParsedPolicy, ParsedUnit, ParseWarning,
)
from zjtracker.numerals import chinese_number
from zjtracker.importing.tables import column_map
from zjtracker.importing.tables import headers as H
from zjtracker.importing.tables.unit_cells import lone_column_units, without_stars
from zjtracker.importing.tables.columns import (
    AREA_LABEL, GROUP_VALUE, LEADING_TASK_NO, PAREN_LABEL, cell_text, data_values, resolve_columns, runs_down,
    task_number, text_rows,
)

_NONE = ("/", "／", "—", "-", "无", "\\")
_CARRIED = (H.INDICATOR, H.GROUP, H.LEAD_UNIT, H.RESPONSIBLE_UNIT, H.COOPERATING_UNIT,
            H.LEADER, H.SECTION, H.PERSON)
_PROGRESS = {H.STATUS_TEXT, H.PROBLEMS, H.SUGGESTIONS, H.PERCENT, H.ASSESSMENT}
_YEAR = re.compile(r"((?:19|20)\d\d)\s*[年—\-–~～至]")
_UNIT_KEYS = {H.LEAD_UNIT, H.RESPONSIBLE_UNIT, H.COOPERATING_UNIT}
UNIT_END = re.compile(r"(局|委|办|院|中心|公司|海关|行|社|会|政府|管委会|部|厅|队|站|所|集团|单位|部门"
                      r"|分行|支行|室|办事处|街道|乡镇|社区|(?:开发|园|新|高新|功能|示范|保税|合作|试验)区|）|\))$")
_CJK_END = re.compile(r"[\u4e00-\u9fff，。；、：）》”]$")


def is_task_header(header: H.HeaderMatch | None) -> bool:
    """The structural evidence of a task table: its header names a task column and a unit
    column."""
    if header is None:
        return False
    keys = set(header.columns.values())
    return H.TASK_TEXT in keys and bool(keys & _UNIT_KEYS)


def table_values(table: Table) -> list[list]:
    """The grid the reader works on: typed values where the source has them, else text."""
    return [[cell.value if cell.value is not None else cell.text for cell in row]
            for row in table.rows]


def read_task_table(table: Table, title: str = "", first_is_lead: bool = False,
                    max_scan: int = 15, place: str = "",
                    columns: column_map.ColumnReading | None = None) -> ParsedPolicy | None:
    """The policy tree of ``table``, or None when no header is found in its first rows.
    ``place``: where the table is in its document (``column_map.place_of``); a sheet is
    named by its name. ``columns``: the clerk's column map, and where the table is noted."""
    grid = table_values(table)
    header = column_map.mapped_header(columns, grid, H.find_header(grid, max_scan=max_scan), max_scan)
    if header is None:
        return None
    title = title or _title_above(grid, header.header_rows[0]) or table.title or table.name
    all_texts = text_rows(grid)
    roles = column_map.force_roles(resolve_columns(grid, header, all_texts), header)
    column_map.note_table(columns, grid, header, place or column_map.place_of(sheet=table.name), roles)
    policy = rows_to_policy(grid, header, title=title, sheet=table.name, first_is_lead=first_is_lead,
                            roles=roles, all_texts=all_texts)
    for measure in policy.iter_measures():  # rows of the table → lines of the document
        if measure.line is not None:
            measure.line = table.line_of(measure.line - 1)
    return policy


def _title_above(grid: list[list], header_row: int) -> str:
    """The longest text above the header (the merged title row rather than 附件 or a note
    in brackets), if any."""
    texts = ["".join(value.split()) for row in grid[:header_row] for value in row
             if isinstance(value, str) and value.strip()]
    return max((t for t in texts if not t.startswith(("（", "(", "注", "附件"))), key=len, default="")


def join_lines(text: str) -> str:
    """A cell's wrapped lines as one text: no space between two Chinese pieces."""
    pieces = [p.strip() for p in str(text).split("\n") if p.strip()]
    out = ""
    for piece in pieces:
        if out and not (_CJK_END.search(out) or re.match(r"[\u4e00-\u9fff（“《]", piece)):
            out += " "
        out += piece
    return " ".join(out.split(" ")) if out else ""


@lru_cache(maxsize=4096)
def _unit_names(text: str) -> tuple[str, ...]:
    """The names of a unit cell (the same cell text recurs down a table: split once)."""
    return tuple(split_unit_list(cell_units(text)))


def cell_units(text: str) -> str:
    """A unit cell's lines as one list: a line break after a whole name separates two
    units; a name cut by the line's end is joined to its rest."""
    out = ""
    for line in (p.strip() for p in str(text).split("\n")):
        if not line:
            continue
        if out and UNIT_END.search(out) and not out.endswith(("、", "，", ",", "；")):
            out += "、"
        out += line
    return out


def _split_label(text: str) -> tuple[str, str, int | None]:
    for pattern, fmt in ((PAREN_LABEL, "（{}）"), (AREA_LABEL, "{}、")):
        match = pattern.match(text)
        if match:
            return fmt.format(match.group(1)), text[match.end():].strip(), chinese_number(match.group(1))
    return "", text, None
class _Builder:
    def __init__(self, policy: ParsedPolicy, ledger: bool):
        self.policy, self.ledger = policy, ledger
        self.area: ParsedArea | None = None
        self.group: ParsedMeasure | None = None
        self.area_key = self.group_key = None
        self.untitled = area_title(policy.title)
        self.category = "营商环境评价指标" if "营商环境" in policy.title else "指标"

    def open_area(self, text: str, line: int) -> None:
        label, title, _ = _split_label(text)
        self.area = ParsedArea(label=label, title=title, line=line)
        self.policy.areas.append(self.area)
        self.area_key, self.group, self.group_key = text, None, None
        if self.ledger:
            self.policy.indicators.append(ParsedIndicator(name=title, category=self.category, line=line))

    def open_group(self, text: str, line: int, number: int | None = None) -> None:
        """A group heading; ``number`` is the group's 序号 where the table writes it in a
        column of its own (merged over the group's rows)."""
        self.group_key = (text, number)
        match = GROUP_VALUE.match(text)
        paren = PAREN_LABEL.match(text)
        if match:
            label, number, rest = f"{match.group(1)}.", int(match.group(1)), text[match.end():]
        elif paren:
            label, number, rest = f"（{paren.group(1)}）", chinese_number(paren.group(1)), text[paren.end():]
        else:
            label, rest = (f"{number}." if number is not None else ""), text
        self.group = ParsedMeasure(label=label, text=rest.strip(), number=number, line=line)
        self.ensure_area(line).measures.append(self.group)

    def ensure_area(self, line: int) -> ParsedArea:
        """The area rows above any heading belong to: named after the table (its title, or
        重点任务 where it has none), never left without a name."""
        if self.area is None:
            self.area = ParsedArea(label="", title=self.untitled, line=line)
            self.policy.areas.append(self.area)
        return self.area


def rows_to_policy(grid: list[list], header: H.HeaderMatch, title: str, sheet: str = "",
                   first_is_lead: bool = False, roles: dict[str, int] | None = None,
                   all_texts: list[list[str]] | None = None) -> ParsedPolicy:
    """``roles``: the column of each role where the caller has decided them already."""
    all_texts = all_texts if all_texts is not None else text_rows(grid)
    roles = dict(roles) if roles is not None else \
        column_map.force_roles(resolve_columns(grid, header, all_texts), header)
    ledger = bool(H.INDICATOR in roles or _PROGRESS & set(roles))
    policy = ParsedPolicy(title=title, kind="ledger" if ledger else "plan")
    years = [int(y) for y in _YEAR.findall(title + "年")] + list(header.plan_years.values())
    if years:
        policy.start_year, policy.end_year = min(years), max(years)
    build = _Builder(policy, ledger)
    header_texts: dict[int, set[str]] = {}
    for r in header.header_rows:
        for col in header.columns:
            if col < len(grid[r]) and all_texts[r][col]:
                header_texts.setdefault(col, set()).add("".join(all_texts[r][col].split()))
    group_no = _group_numbers(all_texts, header, roles)
    # a lone 责任单位 column follows the tables' convention (who leads), unless the clerk named its role
    convention = roles.get(H.RESPONSIBLE_UNIT) not in header.forced
    carried: dict[str, str] = {}
    running = 0
    for index in range(header.first_data_row, len(grid)):
        row, line = grid[index], index + 1  # line: the Excel row number
        texts = all_texts[index]
        filled = [t for t in texts if t]
        if not filled or _repeats_header(texts, header_texts):
            continue
        if len(set(filled)) == 1 and len(filled) >= 2 or (len(filled) == 1 and task_number(filled[0]) is None
                                                         and roles.get(H.TASK_TEXT) is not None
                                                         and _heading_only(texts, roles)):
            _heading_row(build, filled[0], line, ledger)
            continue
        value = {key: texts[col] if col < len(texts) else "" for key, col in roles.items()}
        for key in _CARRIED:
            if key in value:
                if value[key]:
                    carried[key] = value[key]
                else:
                    value[key] = carried.get(key, "")
        col = roles.get(H.TASK_TEXT)
        text = join_lines(row[col]) if col is not None and col < len(row) and row[col] else ""
        number = task_number(row[roles[H.TASK_NO]]) if H.TASK_NO in roles and roles[H.TASK_NO] < len(row) else None
        leading = LEADING_TASK_NO.match(text)
        if leading:
            number = number or int(leading.group(1))
            text = text[leading.end():].strip()
        text = named_text(value.get(H.TASK_NAME, ""), text)
        if not text:
            if any(value.get(k) for k in (H.TASK_NO,)) or number is not None:
                policy.warnings.append(ParseWarning(line, f"工作表“{sheet}”第{line}行有序号但没有任务内容，已跳过。"))
            continue
        if value.get(H.INDICATOR) and value[H.INDICATOR] != build.area_key:
            build.open_area(value[H.INDICATOR], line)
        if value.get(H.GROUP):
            group_number = task_number(row[group_no]) if group_no is not None and group_no < len(row) else None
            if (value[H.GROUP], group_number) != build.group_key:
                build.open_group(value[H.GROUP], line, group_number)
        running = number if number is not None else running + 1
        task = ParsedMeasure(label=f"（{running}）", text=text, number=running, line=line)
        raw = {key: row[c] if c < len(row) else None for key, c in roles.items()}
        task.units = _units(value, raw, first_is_lead, convention)
        for col, year in header.plan_years.items():
            plan = texts[col] if col < len(texts) else ""
            if plan and plan not in _NONE:
                task.plans.append(ParsedPlan(year=year, text=plan))
        if H.PLAN in roles and not header.plan_years and policy.start_year:
            plan = value.get(H.PLAN, "")
            if plan:
                task.plans.append(ParsedPlan(year=policy.start_year, text=plan))
        _deadline(task, raw.get(H.DEADLINE), value.get(H.DEADLINE, ""), policy.start_year)
        _schedule(task, [(label, texts[col]) for col, label in header.steps.items()
                         if col < len(texts) and texts[col] and texts[col] not in _NONE], policy.start_year)
        (build.group.children if build.group else build.ensure_area(line).measures).append(task)
    return policy


def _group_numbers(texts: list[list[str]], header: H.HeaderMatch, roles: dict[str, int]) -> int | None:
    """The 序号 column when it numbers the groups rather than the rows (merged with the
    group cell, or repeated down its rows): taken out of ``roles`` and returned, so the
    rows are numbered through the table and every measure's number is its own."""
    col = roles.get(H.TASK_NO)
    if col is None or H.GROUP not in roles or not runs_down(data_values(texts, header, col)):
        return None
    del roles[H.TASK_NO]
    return col


_DEFAULT_SHEET = re.compile(r"(?i)^(sheet|工作表)\s*\d*$")


def area_title(title: str) -> str:
    """The name of the area of rows under no heading: the table's title, else 重点任务."""
    title = (title or "").strip()
    return title if title and not _DEFAULT_SHEET.match(title) else "重点任务"


def named_text(name: str, text: str) -> str:
    """A row's short name and its content as one text: 企业开办 + 压缩至1个工作日 →
    企业开办：压缩至1个工作日; the content alone where it already starts with the name."""
    name = name.strip().rstrip("：:。；;，,")
    if not name or text.startswith(name):
        return text or name
    return f"{name}：{text}" if text else name


def _repeats_header(texts: list[str], header_texts: dict[int, set[str]]) -> bool:
    """The header printed again inside the table (at a page top, after a 续表), either of
    its rows."""
    same = sum(1 for col, words in header_texts.items()
               if col < len(texts) and "".join(texts[col].split()) in words)
    return same >= 2 and same >= len(header_texts) - 1


def _deadline(task: ParsedMeasure, raw, text: str, year: int | None) -> None:
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        task.deadline = raw
        task.deadline_text = f"{raw.year}年{raw.month}月{raw.day}日"
    elif text:
        task.deadline_text = text
        task.deadline = deadline_date(text, year)


def _schedule(task: ParsedMeasure, steps: list[tuple[str, str]], year: int | None) -> None:
    """The steps of a 时间节点 split by period (一季度：完成方案；…；四季度：通过验收): the
    year's plan, where the table has no plan of its own, and the deadline the last step's
    period, where no column names one; without a year the whole schedule is the deadline."""
    if not steps:
        return
    schedule = "；".join(f"{period}：{text}" for period, text in steps)
    if year and not task.plans:
        task.plans.append(ParsedPlan(year=year, text=schedule))
    if not task.deadline_text:
        task.deadline_text = steps[-1][0] if year else schedule
        task.deadline = deadline_date(steps[-1][0], year)


def _heading_only(texts: list[str], roles: dict[str, int]) -> bool:
    """A lone value outside the task text column: a heading row, not a task."""
    col = next(i for i, t in enumerate(texts) if t)
    return col != roles.get(H.TASK_TEXT) or bool(AREA_LABEL.match(texts[col]) or PAREN_LABEL.match(texts[col]))


def _heading_row(build: _Builder, text: str, line: int, ledger: bool) -> None:
    if AREA_LABEL.match(text) or (ledger and PAREN_LABEL.match(text)):
        build.open_area(text, line)
    elif PAREN_LABEL.match(text) or GROUP_VALUE.match(text):
        build.open_group(text, line)
    else:
        build.open_area(text, line)


def _units(value: dict[str, str], raw: dict, first_is_lead: bool = False,
           convention: bool = True) -> list[ParsedUnit]:
    units: list[ParsedUnit] = []
    for key, role in ((H.LEAD_UNIT, ROLE_LEAD), (H.COOPERATING_UNIT, ROLE_COOPERATING),
                      (H.RESPONSIBLE_UNIT, ROLE_RESPONSIBLE)):
        text = str(raw.get(key) or "").strip() or value.get(key, "")
        if text and text not in _NONE and (note := cell_note(cell_units(text))) is not None:
            if all(u.role == ROLE_RESPONSIBLE for u in note) and not re.search("[：:]", text):
                for unit in note:  # 各县（市、区）政府按职责分工负责 in a 配合单位 column
                    unit.role = role
            units += note  # 牵头单位：A；配合单位：B in one cell, or A牵头，B配合
            continue
        if text and text not in _NONE:
            text, starred = without_stars(text)  # 市公安局*、市商务局
            names = list(_unit_names(text))
            if convention and role == ROLE_RESPONSIBLE and H.LEAD_UNIT not in value:  # a lone 责任单位 column
                units += lone_column_units(names, cell_units(text), first_is_lead, starred)
                continue
            leads = marked_leads(cell_units(text)) + starred  # 市发展改革委（牵头）、市财政局
            units += [ParsedUnit(name, ROLE_LEAD if name in leads else role) for name in names]
    extra = {k: value.get(k) or None for k in (H.LEADER, H.SECTION, H.PERSON)}
    if any(extra.values()) and units:
        leads = [u for u in units if u.role == ROLE_LEAD] or units[:1]
        for unit in leads:
            unit.leader, unit.section, unit.person = extra[H.LEADER], extra[H.SECTION], extra[H.PERSON]
    return units
