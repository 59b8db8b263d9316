"""The texts of a report the clerk may edit before it prints (the composer), as plain data.

The report writers generate every field from the period's data; what the clerk wrote
replaces a field as a whole (``merged``). Stored per scope and period in the database
(``services.report_texts``); a field the clerk never touched stays generated, so it follows
the data until it is edited, and "reset" simply forgets the edit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date


@dataclass(frozen=True)
class ReportTexts:
    recipient: str = ""  # 主送: 市政府督查室：
    issuer: str = ""  # 发文机关署名 above the date
    signed_on: date | None = None  # 成文日期; default: the period's reporting deadline
    short_name: str = ""  # 简称: the document is named once in full, then by this
    opening: str = ""  # 按照……要求，现将……报告如下：
    overview: str = ""  # 一、总体情况 (paragraphs separated by blank lines)
    highlights: str = ""  # 二、主要进展
    problems: str = ""  # 三、存在问题
    next_steps: str = ""  # 四、下一步工作
    attachments_note: str = ""  # 附件说明: 附件：1. …  2. …

    def merged(self, edits: Mapping[str, str]) -> ReportTexts:
        """These texts with the clerk's edits in place of the generated fields."""
        changes: dict[str, object] = {}
        for name, value in edits.items():
            if name not in FIELD_NAMES or value is None:
                continue
            if name == "signed_on":
                changes[name] = parse_signed_on(value)
            else:
                changes[name] = value
        return replace(self, **changes)

    def as_strings(self) -> dict[str, str]:
        """Every field as text, the way the composer shows and the database keeps it."""
        out = {}
        for item in fields(self):
            value = getattr(self, item.name)
            out[item.name] = value.isoformat() if isinstance(value, date) else (value or "")
        return out


FIELD_NAMES = tuple(item.name for item in fields(ReportTexts))


def parse_signed_on(value: str | date | None) -> date | None:
    """2026-01-20, 2026年1月20日 or 2026/1/20 → a date; "" → None; ValueError otherwise."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    import re

    match = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", text)
    if not match:
        raise ValueError(f"成文日期“{text}”应写作 2026年1月20日 或 2026-01-20。")
    return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
