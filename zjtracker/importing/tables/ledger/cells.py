"""Telling the 牵头单位 cell from the 责任单位 cell among the unit lines of one ledger row.

Between one task's text and the next task number come the unit cells of the next row:
at most one lead (牵头单位) cell and one responsible (责任单位) cell, lead first. The
columns wrap at different widths (about 5 characters for the lead column, 11 for the
responsible one), so a cell's lines are rejoined while the line above is full for its
column or the break falls inside a list (``、`` at either side), and the cells are then
told apart by width and order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from zjtracker.importing.tables.ledger.lines import (
    UNIT_PREFIXES, UNIT_SUFFIXES, Fragment, is_none_mark,
)


@dataclass
class Geometry:
    """Column widths in em (one CJK character = 1)."""

    indicator: float = 4.0  # 指标名称
    lead: float = 5.0  # 牵头单位
    responsible: float = 11.0  # 责任单位
    group: float = 5.0  # 序号 (task group)
    text: float = 23.0  # 工作任务

    @property
    def lead_max(self) -> float:
        """Widest line the lead column can hold, with room for narrow characters."""
        return self.lead + 1.0

    def text_is_full(self, width: float) -> bool:
        return width >= self.text - 3.0

    def lead_is_full(self, width: float) -> bool:
        return width >= self.lead - 0.5

    def responsible_is_full(self, width: float) -> bool:
        return width >= self.responsible - 1.5


def estimate_geometry(fragments: list[Fragment]) -> Geometry:
    """Measure the text and unit column widths from the lines themselves, so a ledger
    printed with other column widths is read just as well."""
    geometry = Geometry()
    wide = sorted(f.width for f in fragments if f.width >= 14)
    if len(wide) >= 10:
        geometry.text = wide[int(len(wide) * 0.9)]
    unit_widths = Counter(round(f.width) for f in fragments
                          if f.count == 1 and 3 <= f.width < 14 and ("、" in f.text))
    if unit_widths:
        common = max(unit_widths.items(), key=lambda item: (item[1], item[0]))[0]
        if common >= 8:
            geometry.responsible = float(common)
            narrow = Counter({w: n for w, n in unit_widths.items() if w <= common / 2 + 1})
            if narrow:
                geometry.lead = float(max(narrow.items(), key=lambda i: (i[1], i[0]))[0])
    return geometry


def _continues(cell: list[Fragment], fragment: Fragment, geometry: Geometry) -> bool:
    """Is ``fragment`` the next wrapped line of ``cell``?"""
    previous = cell[-1].text
    current = fragment.text
    if is_none_mark(previous) or is_none_mark(current):
        return False
    if previous.endswith(("、", "（", "(")) or current.startswith(("、", "）", ")", "（", "(", "，", "等")):
        return True
    so_far = "".join(part.text for part in cell)
    if so_far.count("（") + so_far.count("(") > so_far.count("）") + so_far.count(")"):
        return True  # inside a bracket: 各县（市、区）人民政府（管委 / 会）
    if any(part.width > geometry.lead_max for part in cell):
        return geometry.responsible_is_full(cell[-1].width)
    if fragment.width > geometry.lead_max:
        return False  # a lead-width cell cannot go on with a wider line
    if previous.endswith(UNIT_SUFFIXES) and current.startswith(UNIT_PREFIXES):
        return False  # one whole name ends, another begins: a new cell
    return geometry.lead_is_full(cell[-1].width)


def build_cells(fragments: list[Fragment], geometry: Geometry) -> list[list[Fragment]]:
    """Group unit lines into cells, in printed order."""
    cells: list[list[Fragment]] = []
    for fragment in fragments:
        if not cells:
            cells.append([fragment])
            continue
        last = cells[-1][-1]
        if fragment.line == last.line:
            cells.append([fragment])  # printed further right on the same line
            continue
        # Several cells shared the line above: the leftmost piece of this line may go on
        # with any of them, left to right.
        candidates = [cell for cell in cells if cell[-1].line == last.line]
        target = next((c for c in candidates if _continues(c, fragment, geometry)), None)
        if target is not None:
            target.append(fragment)
        else:
            cells.append([fragment])
    return cells


def cell_text(cell: list[Fragment]) -> str:
    """The cell's lines joined again, without the wrap breaks."""
    text = ""
    for part in cell:
        if text and text[-1].isascii() and text[-1].isalnum() and part.text[0].isascii() \
                and part.text[0].isalnum() and not text[-1].isdigit():
            text += " "
        text += part.text
    return text


@dataclass
class UnitCells:
    lead: list[Fragment] | None = None
    responsible: list[Fragment] | None = None
    unsure: str = ""  # why the split is uncertain, for a warning


def split_lead_and_responsible(fragments: list[Fragment], geometry: Geometry) -> UnitCells:
    """Decide which unit lines are the 牵头单位 cell and which the 责任单位 cell."""
    if not fragments:
        return UnitCells()
    cells = build_cells(fragments, geometry)

    def narrow(cell: list[Fragment]) -> bool:
        return all(part.width <= geometry.lead_max for part in cell)

    if len(cells) == 1:
        cell = cells[0]
        if len(cell) > 1 and narrow(cell):
            return UnitCells(lead=cell)  # wrapped at the lead column's width
        # A single short line could sit in either column. A lead cell is usually merged
        # over several rows and printed once, so a lone name in a row is its 责任单位.
        return UnitCells(responsible=cell)
    if len(cells) == 2:
        result = UnitCells(lead=cells[0], responsible=cells[1])
        if not narrow(cells[0]):
            result.unsure = (f"“{cell_text(cells[0])}”比牵头单位栏宽，"
                             f"按牵头单位读入，请核对")
        return result
    lead = cells[0] if narrow(cells[0]) else None
    rest = cells[1:] if lead else cells
    merged = [part for cell in rest for part in cell]
    names = "”“".join(cell_text(c) for c in cells)
    return UnitCells(lead=lead, responsible=merged,
                     unsure=f"单位栏“{names}”无法确定分栏，已按牵头单位、责任单位的顺序读入，请核对")

