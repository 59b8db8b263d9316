"""The task number a colleague wrote in a file's or folder's name: （12）…, (12)…, 12-…,
12、…, 12.…, 12_…, 第12项…, 第十二项…, 任务12…, 任务十二…, or a name that is only the number.

A year (2025-…) or a date at the start is no task number; neither are 一、 (an area's label)
nor （三） (a group's): the city's ledgers number the tasks themselves with Arabic digits in
brackets, as the return's 序号."""

from __future__ import annotations

import re
import unicodedata

from zjtracker.numerals import chinese_number

_CN = "零〇一二两三四五六七八九十百"
_PATTERNS = (
    re.compile(r"^[(【\[]\s*(\d{1,3})\s*[)】\]]"),  # （12）… (NFKC: half-width brackets)
    re.compile(rf"第\s*(\d{{1,3}}|[{_CN}]{{1,6}})\s*[项条]"),  # 第12项, 第十二项
    re.compile(rf"任务\s*[（(]?\s*(\d{{1,3}}|[{_CN}]{{1,6}})(?![\d{_CN}])"),  # 任务12, 任务（12）
    re.compile(r"^(\d{1,3})\s*(?:[-－—_、.．,，:：\s]|号(?!文))"),  # 12-…, 12、…, 12.…, 12号…
    re.compile(r"^(\d{1,3})$"),  # a folder or file named 12
)


def task_number_in(name: str) -> int | None:
    """The task number written in ``name`` (a file's stem or a folder's name), or None."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        number = chinese_number(match.group(1))
        if number is not None and 0 < number < 1000:
            return number
    return None
