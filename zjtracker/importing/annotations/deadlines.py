"""完成时限 as plans write them, turned into the last day they allow.

2024年6月底前 → 2024-06-30; 2024年底前 / 2024年 → 2024-12-31; 2024年6月15日前 → that day;
2024年上半年 → 2024-06-30; 2024年第三季度 → 2024-09-30; 6月底前, 三季度末, 上半年, 年底前 → with
the plan's year when one is given; 2024—2026年 → 2026-12-31. Recurring or open deadlines (长期坚持, 每季度, 2024年起每年12月底前, 持续推进)
have no single date: None, the text is kept as written by the caller. Standard library only.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from zjtracker.numerals import chinese_number, year_number

_OPEN_ENDED = re.compile(r"每|长期|持续|常态|逐年|按季|按月|适时")
_MONTH = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月")
_HALF = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(上|下)半年")
_QUARTER = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(?:第)?([一二三四1-4])\s*季度")
_YEAR_END = re.compile(r"^(?:(?:今年|本年|当年)(?:年?底|年?末)|年底|年末)")  # 年底前 in a plan of one year
_DAY = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_TEN_DAYS = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月\s*(上|中|下)旬")
_MONTHS_START = re.compile(r"(?<![\d年])\d{1,2}\s*月\s*(?:份)?\s*[-—–~～至到]+\s*(?=\d{1,2}\s*月)|"
                           r"(?<=年)\s*\d{1,2}\s*月\s*(?:份)?\s*[-—–~～至到]+\s*(?=\d{1,2}\s*月)")
_NATIONAL_DAY = re.compile(r"(?:((?:19|20)\d\d)\s*年\s*)?国庆(?:节)?(?:前|以前)")
# festivals of the lunar calendar fall on no fixed day: 春节前 has no date the reader can give
_MOVABLE_FEAST = re.compile(r"春节|元宵|清明|端午|中秋|重阳")
_WORD_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年")
_WORD_MONTH_DAY = re.compile(r"([一二三四五六七八九十]{1,3})(?=\s*[月日])")


def _written_in_words(text: str) -> str:
    """二〇二五年六月三十日 → 2025年6月30日 (a date written in words, as on a 成文日期)."""
    if not _WORD_YEAR.search(text):
        return text
    text = _WORD_YEAR.sub(lambda m: f"{year_number(m.group(1))}年", text)
    return _WORD_MONTH_DAY.sub(lambda m: str(chinese_number(m.group(1)) or m.group(1)), text)
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?!\s*\d)")
# a period: 2024—2026年 ends with its last year (2024年6月—2025年12月 with its last month)
_PERIOD = re.compile(r"((?:19|20)\d\d)\s*(?:年\s*)?[-—–~～至到]+\s*((?:19|20)\d\d)\s*年(?!\s*\d)")
_PERIOD_START = re.compile(r"(?:19|20)\d\d\s*年?[^-—–~～至到]*[-—–~～至到]+\s*(?=(?:19|20)\d\d\s*年)")
# a deadline inside a task sentence: …，2024年6月底前完成 / 2024年底前建成 / 到2024年9月30日前
_IN_SENTENCE = re.compile(r"(?:19|20)\d\d\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?|第?[一二三四1-4]\s*季度|"
                          r"[上下]半年)?\s*(?:底|末)?\s*(?:以)?前")
# words that mark a clause as a deadline rather than a unit or a note
DEADLINE_WORDS = re.compile(r"(?:19|20)\d\d\s*年|\d{1,2}\s*月|长期坚持|持续推进|长期|每(?:年|季度?|月|半年)")


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


# dates written with dots or slashes in table cells: 2025.6, 2025.12.31, 2025/9
_DOTTED = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[.．/／]\s*(\d{1,2})(?:\s*[.．/／]\s*(\d{1,2}))?(?![\d.．/／])")


def _undotted(match: re.Match) -> str:
    year, month, day = match.groups()
    return f"{year}年{int(month)}月" + (f"{int(day)}日" if day else "")


def deadline_date(text: str, default_year: int | None = None) -> date | None:
    """The last day ``text`` allows, or None for an open or recurring deadline. A schedule
    of steps (一季度完成方案；二季度启动；四季度完成) ends with its last step."""
    steps = [s for s in _STEPS.split(text or "") if s.strip()]
    if len(steps) > 1 and not _OPEN_ENDED.search(text):
        dates = [d for d in (_one_deadline(s, default_year) for s in steps) if d]
        return max(dates) if dates else None
    return _one_deadline(text, default_year)


_STEPS = re.compile(r"[；;]")


def _one_deadline(text: str, default_year: int | None) -> date | None:
    text = _written_in_words(_DOTTED.sub(_undotted, (text or "").strip()))
    if not text or _OPEN_ENDED.search(text) or _MOVABLE_FEAST.search(text):
        return None
    if m := _PERIOD.search(text):
        return date(int(m.group(2)), 12, 31)
    text = _PERIOD_START.sub("", text)  # 2024年6月—2025年3月底前: the end counts
    text = _MONTHS_START.sub("", text)  # 2025年6月至12月: the end counts
    if m := _DAY.search(text):
        year = int(m.group(1)) if m.group(1) else default_year
        try:
            return date(year, int(m.group(2)), int(m.group(3))) if year else None
        except ValueError:
            return None
    if m := _TEN_DAYS.search(text):  # 9月中旬 → the 20th, 上旬 → the 10th, 下旬 → the month's end
        year = int(m.group(1)) if m.group(1) else default_year
        end = _month_end(year, int(m.group(2))) if year else None
        if end is None or m.group(3) == "下":
            return end
        return end.replace(day=10 if m.group(3) == "上" else 20)
    if m := _NATIONAL_DAY.search(text):
        year = int(m.group(1)) if m.group(1) else default_year
        return date(year, 9, 30) if year else None
    if m := _HALF.search(text):
        year = int(m.group(1)) if m.group(1) else default_year
        return _month_end(year, 6 if m.group(2) == "上" else 12) if year else None
    if m := _QUARTER.search(text):
        quarter = int(m.group(2)) if m.group(2).isdigit() else chinese_number(m.group(2))
        year = int(m.group(1)) if m.group(1) else default_year
        return _month_end(year, 3 * quarter) if year else None
    if m := _MONTH.search(text):
        year = int(m.group(1)) if m.group(1) else default_year
        return _month_end(year, int(m.group(2))) if year else None
    if m := _YEAR.search(text):
        return date(int(m.group(1)), 12, 31)
    if default_year and _YEAR_END.match(text):
        return date(default_year, 12, 31)
    return None


def sentence_deadline(text: str) -> str | None:
    """The deadline a task sentence sets itself (``…，2024年6月底前完成。``), as written;
    the last one when it names several; None when it sets none."""
    found = [m.group(0) for m in _IN_SENTENCE.finditer(text or "")]
    return "".join(found[-1].split()) if found else None
