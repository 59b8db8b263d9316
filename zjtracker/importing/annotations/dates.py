"""Dates as official documents write them: 2022年10月22日, 2021 年 1 月 29 日 and
二〇二二年十月二十二日. Standard library only."""

from __future__ import annotations

import re
from datetime import date

from zjtracker.numerals import chinese_number, year_number

ARABIC_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN = "〇零一二三四五六七八九十"
CN_DATE_RE = re.compile(rf"([〇零○O一二三四五六七八九]{{4}})年([{_CN}]{{1,3}})月([{_CN}]{{1,3}})日")


def parse_date(text: str, whole: bool = False) -> date | None:
    """The first date in ``text`` (2021年1月4日, 2021 年 1 月 29 日 or 二〇二一年一月四日), or
    None. With ``whole`` the text must be the date and nothing else (a 落款 date line,
    not a deadline inside a sentence)."""
    find = (lambda pattern: pattern.fullmatch(text)) if whole else (lambda pattern: pattern.search(text))
    match = find(ARABIC_DATE_RE)
    if match:
        year, month, day = (int(group) for group in match.groups())
    else:
        match = find(CN_DATE_RE)
        if not match:
            return None
        year = year_number(match.group(1))
        month, day = chinese_number(match.group(2)), chinese_number(match.group(3))
    try:
        return date(year, month, day)
    except (TypeError, ValueError):
        return None


def is_date_text(text: str) -> bool:
    """Whether ``text`` is written as one date and nothing else (valid or not)."""
    return bool(ARABIC_DATE_RE.fullmatch(text) or CN_DATE_RE.fullmatch(text))
