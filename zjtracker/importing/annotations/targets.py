"""The numeric target of a yearly plan, where the plan states one clearly.

``年度累计 5G 基站 18600 个。`` → 18600; ``全市累计建成 5G 基站超 1.86 万个`` → 18600.
List numbering (``1.`` ``2、``), years (``2025 年``), dates, quarters, names with digits
(``5G``, ``B2B``, ``“12221”``) are not quantities. When a plan names several different
quantities, or none, there is no clear target and the answer is None.
"""

from __future__ import annotations

import re

from zjtracker.importing.cleaning.text_lines import clean_text

_MULTIPLIERS = {"万": 1e4, "亿": 1e8}

_NOT_QUANTITIES = (
    re.compile(r"“[^”]{0,12}”"),  # quoted names: “12221”市场体系
    re.compile(r"《[^》]*》"),  # titles of documents
    re.compile(r"[（(][^（）()]*[〔\[][^（）()]*[）)]"),  # (粤府办〔2021〕34号)
    re.compile(r"\d{4}\s*[-—–~至到]\s*\d{4}\s*年?"),  # periods 2023-2025年
    re.compile(r"(?<!\d)(19|20)\d{2}\s*(年度|年|届)"),  # years: 2025年
    re.compile(r"\d+\s*(月份|月|日|号|时|点|季度|周|天|个工作日|届|期|批次?)(?!\d)"),
    re.compile(r"[A-Za-z]+\d+[A-Za-z]*|\d+[A-Za-z]+"),  # 5G, B2B, 4K
    re.compile(r"第\s*\d+"),  # ordinals: 第3批
    re.compile(r"\d+\s*[-—–~至到]\s*\d+"),  # ranges: 1-2 个 (not one clear figure)
)
# A list marker: at the start, or after a sentence end or a separator.
_LIST_MARKER = re.compile(r"(^|[。；;：:！？!?\s])\s*\d{1,2}\s*[.、．](?!\d)")
_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)?")


def quantities(plan_text: str) -> list[float]:
    """Every quantity the plan names, in order, multipliers applied (1.86万 → 18600)."""
    text = clean_text(plan_text or "")
    text = _LIST_MARKER.sub(r"\1 ", text)
    has_range = bool(_NOT_QUANTITIES[-1].search(text))
    for pattern in _NOT_QUANTITIES:
        text = pattern.sub(" ", text)
    values = []
    for match in _QUANTITY.finditer(text):
        value = float(match.group(1)) * _MULTIPLIERS.get(match.group(2) or "", 1)
        values.append(round(value, 6))
    if has_range:
        values.append(float("nan"))  # a range competes with any single figure
    return values


def numeric_target(plan_text: str) -> float | None:
    """The one quantity the plan states, or None when it states none or several."""
    values = quantities(plan_text)
    distinct = set(values)
    if len(distinct) != 1:
        return None
    value = distinct.pop()
    if value != value:  # a range alone: NaN
        return None
    return value
