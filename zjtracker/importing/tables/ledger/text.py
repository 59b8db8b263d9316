"""Reading the city's progress ledger (工作任务台账) flattened from a PDF table to text.

Columns: 指标名称 | 牵头单位 | 责任单位 | 序号 (task group, "1.深化…") | 工作任务 ("（1）" and
text) | 落实情况 | 存在问题 | 意见建议 | 完成进度（%） | 评估情况 | 备注. The walk over
the cells is in ``ledger_reader``; this module is the entry point.
"""

from __future__ import annotations

import re

from zjtracker.importing.tables.ledger.lines import (
    find_title, header_line_score, strip_page_furniture, to_fragments,
)
from zjtracker.importing.tables.ledger.reader import LedgerReader
from zjtracker.importing.model import ParsedPolicy

_YEAR_RE = re.compile(r"(20\d\d)\s*年")
_TASK_LINE_RE = re.compile(r"^\s*(?:\S+\s+)*[（(]\d{1,4}[）)]", flags=re.M)


def looks_like_ledger_text(text: str) -> bool:
    """A ledger: a column header row naming at least three ledger columns (指标名称,
    牵头单位, 责任单位, 序号, 工作任务, 配合单位) and tasks numbered （1）（2）… starting lines."""
    head = text[:30000]
    if not any(header_line_score(line) >= 3 for line in head.splitlines()):
        return False
    return len(re.findall(r"^\s*[（(]\d{1,4}[）)]", text, flags=re.M)) >= 3


def parse_ledger_text(text: str, source: str) -> ParsedPolicy:
    """Read a ledger's text into areas (one per 指标), task groups and tasks."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title = find_title(lines)
    kept, page_tops = strip_page_furniture(lines, title)
    fragments = to_fragments(kept, page_tops)
    reader = LedgerReader(title=title)
    reader.read(fragments)
    policy = ParsedPolicy(title=title or source, kind="ledger", text=text)
    years = [int(y) for y in _YEAR_RE.findall(title)]
    if years:
        policy.start_year = min(years)
        policy.end_year = max(years)
    policy.areas = reader.areas
    policy.indicators = reader.indicators
    policy.warnings = reader.warnings
    return policy
