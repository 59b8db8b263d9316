"""The walk over a flattened ledger's cell fragments, row by row.

Printed order within a row is 指标名称, 牵头单位, 责任单位, 序号 (group), task number, task
text, then the progress columns (empty in a fresh ledger) and 备注. Task numbers anchor
the rows; a task's text runs on while its lines are full for the text column; what comes
between one task's text and the next task number belongs to the next row.
"""

from __future__ import annotations

from dataclasses import replace

from zjtracker.importing.tables.ledger.cells import (
    Geometry, cell_text, estimate_geometry, split_lead_and_responsible,
)
from zjtracker.importing.tables.ledger.lines import (
    GROUP_RE, INDICATOR_RE, TASK_NO_RE, UNIT_PREFIXES, UNIT_SUFFIXES, Fragment, is_none_mark,
    looks_like_unit,
)
from zjtracker.importing.model import (
    ROLE_LEAD, ROLE_RESPONSIBLE, ParsedArea, ParsedIndicator, ParsedMeasure, ParsedUnit,
    ParseWarning,
)
from zjtracker.numerals import chinese_number
from zjtracker.importing.annotations.units import split_unit_list


_SENTENCE_ENDS = ("。", "；", ";", "！", "？", "”")


_NAME_ENDS = ("局", "委", "办", "院", "政府", "中心", "管委会", "集团", "公司", "会")
_NAME_STARTS = ("市", "各", "湛江")


def join_unit_lines(parts: list[Fragment]) -> tuple[str, list[int]]:
    """A unit cell's lines joined; where one line ends a whole name and the next starts
    another with no 、 between them (市应急管理局 / 市医疗保障局), a 、 is put in. Returns
    the text and the line numbers where that was done."""
    text, repaired = "", []
    for part in parts:
        if text and text.endswith(_NAME_ENDS) and part.text.startswith(_NAME_STARTS):
            text += "、"
            repaired.append(part.line)
        text += part.text
    return text, repaired




def _quotes_open(parts: list[Fragment]) -> bool:
    text = "".join(p.text for p in parts)
    return text.count("“") > text.count("”")


class LedgerReader:
    def __init__(self, title: str = "", geometry: Geometry | None = None):
        self.category = "营商环境评价指标" if "营商环境" in title else "指标"
        self.geometry = geometry
        self.areas: list[ParsedArea] = []
        self.indicators: list[ParsedIndicator] = []
        self.warnings: list[ParseWarning] = []
        self.area: ParsedArea | None = None
        self.group: ParsedMeasure | None = None
        self.task: ParsedMeasure | None = None
        self.indicator_no = self.group_no = self.task_no = 0
        self.lead: list[str] = []
        self.responsible: list[str] = []
        self.mode = "between"  # or "text" while a task's text is being read
        self.open_cell: str | None = None  # indicator / group / remark / units / *_repeat
        self.cell_parts: list[Fragment] = []
        self.unit_parts: list[Fragment] = []
        self.text_parts: list[Fragment] = []
        self.after_text = False

    # -- the walk -------------------------------------------------------------------------
    def read(self, fragments: list[Fragment]) -> None:
        if self.geometry is None:
            self.geometry = estimate_geometry(fragments)
        for fragment in fragments:
            self._feed(fragment)
        self._end_text()
        self._open(None)
        if self.unit_parts:
            self._warn(self.unit_parts[0].line,
                       f"表格末尾的单位“{cell_text(self.unit_parts)}”没有对应的任务，未读入。")
        if not self.areas:
            self._warn(None, "没有找到任何指标或任务，请确认这是一份工作任务台账。")

    def _feed(self, fragment: Fragment) -> None:
        if self.open_cell == "remark" and _quotes_open(self.cell_parts):
            self.cell_parts.append(fragment)
            return
        kind, number = self._classify_start(fragment)
        if kind == "task":
            self._start_task(fragment, number)
            return
        if self.mode == "text":
            if kind is None and self._text_continues(fragment):
                self.text_parts.append(fragment)
                return
            self._end_text()
        if kind == "indicator":
            self._start_indicator(fragment, number)
        elif kind == "group":
            self._start_group(fragment, number)
        elif self.open_cell == "remark" and self._remark_continues(fragment):
            self.cell_parts.append(fragment)
        elif self.open_cell in ("indicator", "indicator_repeat") and self._narrow_piece(
                fragment, self.geometry.indicator + 0.5):
            self._extend_cell(fragment)
        elif self.open_cell in ("group", "group_repeat") and self._narrow_piece(
                fragment, self.geometry.group + 1.5):
            self._extend_cell(fragment)
        elif self.after_text and not looks_like_unit(fragment.text):
            self._open("remark", fragment)
        else:
            if self.open_cell != "units":
                self._open("units")
            self.unit_parts.append(fragment)
        self.after_text = False

    # -- recognising the start of a cell ----------------------------------------------------
    def _classify_start(self, fragment: Fragment) -> tuple[str | None, int]:
        text = fragment.text
        geometry = self.geometry
        in_open_text = self.mode == "text" and bool(self.text_parts) and \
            geometry.text_is_full(self.text_parts[-1].width)
        match = TASK_NO_RE.match(text)
        if match:
            number = int(match.group(1))
            expected = number == self.task_no + 1
            if expected or (not in_open_text and number > self.task_no):
                return "task", number
        match = GROUP_RE.match(text)
        if match and fragment.width <= geometry.group + 1.5:
            number = int(match.group(1))
            if number in (self.group_no, self.group_no + 1) or (
                    not in_open_text and number > self.group_no):
                return "group", number
        match = INDICATOR_RE.match(text)
        if match and fragment.width <= geometry.indicator + 1.0:
            number = chinese_number(match.group(1)) or 0
            if number in (self.indicator_no, self.indicator_no + 1) or (
                    not in_open_text and number > self.indicator_no):
                return "indicator", number
        return None, 0

    def _text_continues(self, fragment: Fragment) -> bool:
        if not self.text_parts:
            return True  # the first line of the text, below its number
        previous = self.text_parts[-1]
        if not self.geometry.text_is_full(previous.width):
            return False  # a short line ends the cell
        nearly_full = previous.width >= self.geometry.text - 0.5
        if previous.text.endswith(_SENTENCE_ENDS) and not nearly_full:
            return False  # a finished sentence on a line with room left
        if previous.line == self.task.line and not nearly_full:
            return False  # text printed beside its number is a one-line cell
        if fragment.after_blank:
            # A blank line after a full line usually closes the cell: go on only where the
            # sentence is unfinished and what follows is not a unit name.
            return not previous.text.endswith(_SENTENCE_ENDS) and not looks_like_unit(fragment.text)
        return True

    def _narrow_piece(self, fragment: Fragment, width: float) -> bool:
        """A further line of a narrow indicator or group cell: narrow, not a whole unit
        name, and not printed left of another cell (except the task number)."""
        text = fragment.text
        if fragment.width > width or is_none_mark(text):
            return False
        if fragment.right and not TASK_NO_RE.match(fragment.right):
            return False
        # 创造、运 is a wrapped title; 市水务局、 is a list of units
        return not any(part.startswith(UNIT_PREFIXES) and part.endswith(UNIT_SUFFIXES)
                       for part in text.split("、") if part)

    def _remark_continues(self, fragment: Fragment) -> bool:
        return fragment.width <= self.geometry.indicator + 1.0 and not looks_like_unit(fragment.text)

    # -- cells ----------------------------------------------------------------------------
    def _open(self, cell: str | None, fragment: Fragment | None = None) -> None:
        if self.open_cell == "remark" and self.cell_parts:
            where = f"任务（{self.task_no}）" if self.task else "表格开头"
            self._warn(self.cell_parts[0].line,
                       f"{where}后的备注栏内容“{cell_text(self.cell_parts)}”未作为任务读入，请核对。",
                       code="remark")
        self.open_cell = cell
        self.cell_parts = [fragment] if fragment else []

    def _extend_cell(self, fragment: Fragment) -> None:
        self.cell_parts.append(fragment)
        text = cell_text(self.cell_parts)
        if self.open_cell == "indicator" and self.area is not None:
            match = INDICATOR_RE.match(text)
            self.area.title = text[match.end():].strip() if match else text
            self.indicators[-1].name = self.area.title
        elif self.open_cell == "group" and self.group is not None:
            match = GROUP_RE.match(text)
            self.group.text = text[match.end():].strip() if match else text

    def _start_indicator(self, fragment: Fragment, number: int) -> None:
        if number == self.indicator_no and self.area is not None:
            self._open("indicator_repeat", fragment)  # a merged cell printed again at a page top
            return
        if number != self.indicator_no + 1:
            self._warn(fragment.line, f"指标序号从（{self.indicator_no}）跳到（{number}），请核对是否漏读。")
        self.indicator_no = number
        match = INDICATOR_RE.match(fragment.text)
        label = f"（{match.group(1)}）"
        title = fragment.text[match.end():].strip()
        self.area = ParsedArea(label=label, title=title, line=fragment.line)
        self.areas.append(self.area)
        self.indicators.append(ParsedIndicator(name=title, category=self.category,
                                               line=fragment.line))
        self.group = None
        self._open("indicator", fragment)

    def _start_group(self, fragment: Fragment, number: int) -> None:
        if number == self.group_no and self.group is not None:
            self._open("group_repeat", fragment)
            return
        if number != self.group_no + 1:
            self._warn(fragment.line, f"任务组序号从{self.group_no}.跳到{number}.，请核对是否漏读。")
        self.group_no = number
        area = self._ensure_area(fragment)
        match = GROUP_RE.match(fragment.text)
        self.group = ParsedMeasure(label=f"{number}.", text=fragment.text[match.end():].strip(),
                                   number=number, line=fragment.line)
        area.measures.append(self.group)
        self._open("group", fragment)

    def _ensure_area(self, fragment: Fragment) -> ParsedArea:
        if self.area is None:
            self._warn(fragment.line, "表格开头的任务前没有指标名称，已归入“未标明指标”。")
            self.area = ParsedArea(label="", title="未标明指标", line=fragment.line)
            self.areas.append(self.area)
        return self.area

    # -- tasks ----------------------------------------------------------------------------
    def _start_task(self, fragment: Fragment, number: int) -> None:
        self._end_text()
        self._resolve_units()
        self._open(None)
        if number != self.task_no + 1:
            self._warn(fragment.line, f"任务序号从（{self.task_no}）跳到（{number}），请核对是否漏读。")
        self.task_no = number
        units = [ParsedUnit(name, ROLE_LEAD) for name in self.lead]
        units += [ParsedUnit(name, ROLE_RESPONSIBLE) for name in self.responsible]
        self.task = ParsedMeasure(label=f"（{number}）", text="", number=number,
                                  units=units, line=fragment.line)
        if self.group is not None:
            self.group.children.append(self.task)
        else:
            self._ensure_area(fragment).measures.append(self.task)
        self.mode = "text"
        rest = fragment.text[TASK_NO_RE.match(fragment.text).end():].strip()
        self.text_parts = [replace(fragment, text=rest)] if rest else []

    def _end_text(self) -> None:
        if self.mode != "text":
            return
        self.mode = "between"
        self.after_text = True
        self.task.text = cell_text(self.text_parts).strip()
        if not self.task.text:
            self._warn(self.task.line, f"任务（{self.task.number}）没有任务内容，请核对。")
        self.text_parts = []

    def _resolve_units(self) -> None:
        parts, self.unit_parts = self.unit_parts, []
        cells = split_lead_and_responsible(parts, self.geometry)
        if cells.unsure:
            self._warn(parts[0].line, f"任务（{self.task_no + 1}）的{cells.unsure}。")
        lead = self._names(cells.lead)
        responsible = self._names(cells.responsible)
        if (cells.lead is None and responsible and responsible == self.lead
                and len(cells.responsible) == 1 and cells.responsible[0].page_top):
            responsible = None  # the lead cell printed again at the top of a page
        if lead is not None:
            self.lead = lead
        if responsible is not None:
            self.responsible = responsible

    def _names(self, parts: list[Fragment] | None) -> list[str] | None:
        if parts is None:
            return None
        text, repaired = join_unit_lines(parts)
        for line in repaired:
            self._warn(line, f"第{line}行的单位名称与上一行之间没有顿号，已按两个单位读入："
                             f"“{text}”，请核对。")
        return [] if is_none_mark(text) else split_unit_list(text)

    def _warn(self, line: int | None, message: str, code: str = "unsure") -> None:
        self.warnings.append(ParseWarning(line=line, message=message, code=code))
