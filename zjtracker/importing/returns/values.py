"""Reading the value of one fill-in cell: text, 完成进度 and 评估情况.

A blank cell means "no change" (``BLANK``). 完成进度 may be written 80, 80%, “80％”, ８０,
or 0.8 in a cell formatted as a percentage. Text that looks like a formula (= + - @) and
formulas themselves are kept as the text they are; nothing is ever evaluated.

An error value (#N/A, #DIV/0!, #VALUE! … stored as an error by Excel, or typed) is no
content: its cell is rejected. So is a text longer than Excel lets a cell hold
(32,767 characters): a file not saved by Excel may carry any length.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from zjtracker.exporting.template_layout import ASSESSMENTS

BLANK = object()
MAX_TEXT = 32_767  # characters, Excel's own limit for a cell
# Excel's error values, those of older versions and the newer ones (dynamic arrays, data types)
ERROR_VALUES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!",
                          "#BUSY!", "#UNKNOWN!", "#PYTHON!"))


class CellError(str):
    """The value of a cell Excel stored as an error (t="e"), as its text: #N/A."""
_NUMBER = re.compile(r"^[+]?(\d+(?:\.\d+)?|\.\d+)\s*(%?)$")
_NOTHING_MARKS = ("/", "／", "—", "——", "-", "－", "\\")


class BadValue(ValueError):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _shown(value) -> str:
    text = str(value).strip()
    return text if len(text) <= 30 else text[:30] + "…"


def text_value(value):
    """The text of a cell, or BLANK. Numbers lose a trailing .0, dates become 2025-09-30.
    Raises BadValue for an error value and for a text longer than MAX_TEXT."""
    if value is None:
        return BLANK
    if isinstance(value, str):
        _check_text(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if not (value.hour or value.minute) else value
    if isinstance(value, date):
        value = value.isoformat()
    if hasattr(value, "text") and not isinstance(value, str):  # ArrayFormula and the like
        value = value.text
    text = str(value)
    _check_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text if text else BLANK


def _check_text(text: str) -> None:
    if len(text) > MAX_TEXT:
        raise BadValue("too_long", f"内容有 {len(text):,} 个字，超过了一个单元格的上限 {MAX_TEXT:,} 个字")
    if isinstance(text, CellError) or (len(text) < 20 and text.strip().upper() in ERROR_VALUES):
        raise BadValue("error_value", f"“{_shown(text)}”是 Excel 的错误值（公式出错或引用无效），不是填报的内容")


def percent_value(value, percent_format: bool = False):
    """完成进度 as a number 0–100 (not yet range-checked), or BLANK; raises BadValue."""
    if value is None:
        return BLANK
    if isinstance(value, bool):
        raise BadValue("not_a_number", f"“{value}”不是数字")
    if isinstance(value, (int, float)):
        return float(value) * 100 if percent_format else float(value)
    text = text_value(value)
    if text is BLANK or text in _NOTHING_MARKS:
        return BLANK
    normal = unicodedata.normalize("NFKC", text).replace(" ", "")
    match = _NUMBER.match(normal)
    if not match:
        if normal.startswith("="):
            raise BadValue("not_a_number", f"“{_shown(text)}”是公式，不是数字")
        raise BadValue("not_a_number", f"“{_shown(text)}”不是数字")
    return float(match.group(1))


def check_percent(percent: float) -> None:
    if not 0 <= percent <= 100:
        raise BadValue("percent_out_of_range", f"{percent:g} 超出了 0 到 100 的范围")


def assessment_value(value):
    """评估情况, one of 已完成 / 序时推进 / 滞后 / 未启动, or BLANK; raises BadValue."""
    text = text_value(value)
    if text is BLANK or text in _NOTHING_MARKS:
        return BLANK
    normal = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    if normal in ASSESSMENTS:
        return normal
    raise BadValue("bad_assessment", f"“{_shown(text)}”不是可选的评估情况")
