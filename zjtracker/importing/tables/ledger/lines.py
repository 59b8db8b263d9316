"""Preparing a ledger (台账) flattened from a PDF table for reading: line widths, page
headers and footers removed, and each line cut into the cell fragments printed on it.

A PDF table flattened to text keeps every cell's wrapped lines, but loses the column a
line came from. What survives is the line's width (each column wraps at its own width)
and the order: cells of one row come left to right, and cells printed at the same height
share one line, separated by spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# The column headings of the city's ledger, as printed in its header row.
HEADER_WORDS = (
    "指标名称", "牵头单位", "责任单位", "配合单位", "序号", "工作任务", "落实情况", "存在问题",
    "存在问题的意见建议", "意见建议", "完成进度（%）", "评估情况（请选择）", "备注",
    "工作进展", "进度（%）", "完成时限", "责任人", "分管领导", "责任科室",
)
_HEADER_KEYS = ("指标名称", "牵头单位", "责任单位", "序号", "工作任务", "配合单位")
_FOOTER_RE = re.compile(r"^[—–\-－]+\s*\d+\s*[—–\-－]+$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")

TASK_NO_RE = re.compile(r"^[（(]\s*(\d{1,4})\s*[）)]")
GROUP_RE = re.compile(r"^(\d{1,3})\s*[.．、]\s*(?=\D|$)")
INDICATOR_RE = re.compile(r"^[（(]([一二三四五六七八九十百零〇]{1,4})[）)]")

UNIT_PREFIXES = ("市", "各", "湛江", "中国", "县", "区", "广东", "相关", "有关", "国家", "省")
UNIT_SUFFIXES = ("局", "委", "办", "中心", "公司", "行", "院", "政府", "部门", "单位", "社",
                 "会", "所", "处", "科", "队", "站", "室", "厅", "部", "集团", "馆", "团",
                 "监委", "关", "企业", "）")
NONE_MARKS = ("/", "／", "—", "-", "无", "\\")


def text_width(text: str) -> float:
    """Printed width in em: CJK characters 1, Latin letters, digits and spaces 0.5."""
    width = 0.0
    for char in text:
        kind = unicodedata.east_asian_width(char)
        width += 1.0 if kind in ("W", "F", "A") else 0.5
    return width


@dataclass
class Fragment:
    """The part of one printed line that belongs to one cell."""

    line: int  # 1-based line number in the source text
    text: str
    index: int = 0  # position among the fragments of its line
    count: int = 1  # how many fragments its line has
    after_blank: bool = False  # a blank line comes before it
    page_top: bool = False  # the first fragments after a repeated page header
    right: str = ""  # the next fragment printed on the same line, if any

    @property
    def width(self) -> float:
        return text_width(self.text)


def is_none_mark(text: str) -> bool:
    return text.strip() in NONE_MARKS


def looks_like_unit(text: str) -> bool:
    """Could this fragment be (part of) a unit name or unit list?"""
    text = text.strip()
    if not text:
        return False
    if is_none_mark(text) or "、" in text:
        return True
    return text.startswith(UNIT_PREFIXES) or text.endswith(UNIT_SUFFIXES)


def header_line_score(text: str) -> int:
    compact = re.sub(r"\s+", "", text)
    return sum(1 for key in _HEADER_KEYS if key in compact)


def is_header_fragment(text: str) -> bool:
    """A wrapped piece of a column heading such as 存在问 / 题的意 / （%）."""
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("(", "（")
    compact = compact.replace(")", "）")
    if len(compact) < 2:
        return False
    return any(compact in unicodedata.normalize("NFKC", w).replace("(", "（").replace(")", "）")
               for w in HEADER_WORDS)


def find_title(lines: list[str]) -> str:
    """The ledger's title: the first line naming a 台账, else the first non-blank line."""
    for raw in lines[:200]:
        text = raw.strip()
        if "台账" in text and len(text) <= 60 and header_line_score(text) < 2:
            return re.sub(r"\s+", "", text)
    for raw in lines:
        if raw.strip():
            return raw.strip()
    return ""


def strip_page_furniture(lines: list[str], title: str) -> tuple[list[tuple[int, str]], set[int]]:
    """Drop the title, the repeated column headers and page numbers.

    Returns the remaining (line number, text) pairs, blank lines kept as "", and the line
    numbers of the first body lines after each removed header (page tops)."""
    kept: list[tuple[int, str]] = []
    page_tops: set[int] = set()
    drop_until_body = False
    number = 0
    pending_fragments: list[tuple[int, str]] = []

    def flush_fragments(remove: bool) -> None:
        if not remove:
            kept.extend(pending_fragments)
        pending_fragments.clear()

    first_header = next((i for i, raw in enumerate(lines) if header_line_score(raw) >= 3), 0)
    for number, raw in enumerate(lines, start=1):
        if number <= first_header:
            continue  # the title page and anything above the first column header
        text = raw.strip()
        compact = re.sub(r"\s+", "", text)
        if not text:
            if pending_fragments:
                pending_fragments.append((number, ""))
            else:
                kept.append((number, ""))
            continue
        if (title and compact == title) or header_line_score(text) >= 3 or _FOOTER_RE.match(text):
            flush_fragments(remove=True)
            drop_until_body = True
            continue
        if is_header_fragment(text):
            pending_fragments.append((number, text))
            continue
        if pending_fragments:
            real = [t for _, t in pending_fragments if t]
            # A run of heading pieces is a (partial) repeated page header when it follows a
            # removed header, has several pieces, ends in 备注, or a page top follows it.
            remove = (drop_until_body or len(real) >= 2 or real[-1] == "备注"
                      or bool(INDICATOR_RE.match(text)))
            flush_fragments(remove)
            if remove:
                drop_until_body = True
        if drop_until_body:
            page_tops.add(number)
            drop_until_body = False
        kept.append((number, text))
    if pending_fragments:
        flush_fragments(remove=True)
    return kept, page_tops


def _split_points(text: str) -> list[str]:
    """Cut a printed line into cells. A space separates cells only where what follows it
    starts a cell (a task number, a group number, a unit) or what precedes it ends one;
    other spaces are extraction scars (``10. 规 范 技``) and are dropped."""
    pieces = [p for p in re.split(r"\s+", text.strip()) if p]
    if len(pieces) <= 1:
        return pieces
    cells = [pieces[0]]
    for piece in pieces[1:]:
        left = cells[-1]
        starts_cell = bool(TASK_NO_RE.match(piece) and TASK_NO_RE.match(piece).end() == len(piece))
        starts_cell = starts_cell or (bool(GROUP_RE.match(piece)) and not left[-1].isdigit())
        starts_cell = starts_cell or is_none_mark(piece) or is_none_mark(left)
        left_is_task_no = bool(TASK_NO_RE.fullmatch(left))
        unit_pair = (len(left) >= 2 and len(piece) >= 2 and looks_like_unit(left)
                     and piece.startswith(UNIT_PREFIXES) and left.endswith(UNIT_SUFFIXES))
        if starts_cell or left_is_task_no or unit_pair:
            cells.append(piece)
        elif left[-1].isascii() and left[-1].isalnum() and piece[0].isascii() and piece[0].isalnum():
            cells[-1] = left + " " + piece
        else:
            cells[-1] = left + piece
    return cells


def to_fragments(kept: list[tuple[int, str]], page_tops: set[int]) -> list[Fragment]:
    fragments: list[Fragment] = []
    blank_before = False
    for number, text in kept:
        if not text:
            blank_before = True
            continue
        cells = _split_points(text)
        for index, cell in enumerate(cells):
            right = cells[index + 1] if index + 1 < len(cells) else ""
            fragments.append(Fragment(number, cell, index, len(cells),
                                      after_blank=blank_before and index == 0,
                                      page_top=number in page_tops, right=right))
        blank_before = False
    return fragments

