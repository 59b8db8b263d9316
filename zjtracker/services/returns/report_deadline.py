"""The reporting deadline (报送时限) of a policy's returns, read from the words of the policy
(每双月20日前报送, 每季度结束后5日内, 每月10日前报送上月进展, 每季度最后一个月25日前…), or,
where the text says nothing, the end of the period plus a default number of days.

A return not in by its deadline is 超期 in the returns tracker; before it, only 未报回."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from zjtracker.importing.documents.frequency import reporting_frequency
from zjtracker.numerals import chinese_number
from zjtracker.services.assessment import period_end
from zjtracker.services.periods import Period

DEFAULT_DAYS = 10  # not stated: ten days after the period's end

IN_LAST_MONTH = "in_last_month"  # day N of the period's last month (每双月20日前, 每季度最后一个月25日前)
IN_NEXT_MONTH = "in_next_month"  # day N of the month after the period (每月10日前报送上月)
AFTER_END = "after_end"  # N days after the period's end (每季度结束后5日内)
AFTER_END_WORKDAYS = "after_end_workdays"  # N working days after it (结束后3个工作日内)
ON_DATE = "on_date"  # a date of the year (每年6月底前: month × 100 + day, day 0 = the month's end)

_NUMBER = r"(\d{1,2}|[一二三四五六七八九十两]{1,3})"
_BEFORE = r"日(?:前|之前|以前|止)"
_REPORTING = re.compile(r"报送|上报|报告|汇报|报市|报至|报给|报审|报[^告道名纸刊]")
_SENTENCE = re.compile(r"[^。；;！!？?]+")
_AFTER = re.compile(r"(?:结束|期满|届满|终了|季末|季度末|月末|月底|期末)(?:后|之后)" + _NUMBER
                    + r"(个工作日|个?工作日|日|天)(?:内|以内|前)")
_LAST_MONTH = re.compile(r"(?:最后一个月|最后1个月|末月|双月|偶数月)" + _NUMBER + _BEFORE)
_NEXT_MONTH = re.compile(r"(?:次月|下月|下一个月|下个月|下季度首月|下一季度首月|季后首月)" + _NUMBER + _BEFORE)
_PREVIOUS = re.compile(r"上月|上一月|上个月|上季度|上一季度|上个季度|上两个月|上一期|上期|上半年|上一年|上年")
_BARE = re.compile(_NUMBER + _BEFORE)
_ON_DATE = re.compile(r"每年" + _NUMBER + r"月(?:(底|末)|" + _NUMBER + r")" + r"(?:日)?(?:前|之前|以前)")
_AT_END = re.compile(r"(?:每月|每季度|每季|每双月|每半年|每年)?(?:月底|月末|季末|季度末|期末|年底|年末)前")


@dataclass(frozen=True)
class ReportingDeadline:
    rule: str
    number: int
    words: str = ""  # the policy's words (每双月20日前), "" when it states none

    @property
    def stated(self) -> bool:
        return bool(self.words)

    def due(self, period: Period) -> date:
        """The last day a return for ``period`` is on time."""
        end = period_end(period)
        if self.rule == IN_LAST_MONTH:
            return _day_of(end.year, end.month, self.number)
        if self.rule == IN_NEXT_MONTH:
            following = end + timedelta(days=1)
            return _day_of(following.year, following.month, self.number)
        if self.rule == ON_DATE:  # the first such date after the period's end
            month, day = divmod(self.number, 100)
            for year in (end.year, end.year + 1):
                due = _day_of(year, month, day or 31)
                if due > end:
                    return due
        if self.rule == AFTER_END_WORKDAYS:
            day, left = end, self.number
            while left:
                day += timedelta(days=1)
                left -= day.weekday() < 5
            return day
        return end + timedelta(days=self.number)

    def is_overdue(self, period: Period, today: date) -> bool:
        return today > self.due(period)

    def describe(self) -> str:
        """The rule in words for the clerk: the policy's own, or the default said as one."""
        if self.stated:
            return self.words
        return f"报告期结束后{self.number}日内（政策未写明报送时限）"


DEFAULT = ReportingDeadline(AFTER_END, DEFAULT_DAYS)


def _day_of(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return chinese_number(text.replace("两", "二"))


def reporting_deadline(text: str, frequency: str = "quarterly", default_days: int = DEFAULT_DAYS) -> ReportingDeadline:
    """The deadline the policy's ``text`` states for its returns, else the default (the end
    of the period plus ``default_days``). The sentence that names the reporting rhythm is
    read first, then any other sentence about reporting."""
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    found = reporting_frequency(compact)
    offset = found[1] if found is not None else -1
    spans = [m for m in _SENTENCE.finditer(compact) if _REPORTING.search(m.group())]
    spans.sort(key=lambda m: not m.start() <= offset < m.end())  # the rhythm's sentence first
    for sentence in (m.group() for m in spans):
        deadline = _in_sentence(sentence)
        if deadline is not None:
            return deadline
    return ReportingDeadline(AFTER_END, default_days)


def _in_sentence(sentence: str) -> ReportingDeadline | None:
    match = _AFTER.search(sentence)
    if match and (number := _number(match.group(1))) is not None:
        rule = AFTER_END_WORKDAYS if "工作日" in match.group(2) else AFTER_END
        return ReportingDeadline(rule, number, _words(sentence, match))
    match = _ON_DATE.search(sentence)
    if match and (month := _number(match.group(1))) and 1 <= month <= 12:
        day = 0 if match.group(2) else (_number(match.group(3) or "") or 0)
        return ReportingDeadline(ON_DATE, month * 100 + min(day, 31), _words(sentence, match))
    for pattern, rule in ((_NEXT_MONTH, IN_NEXT_MONTH), (_LAST_MONTH, IN_LAST_MONTH)):
        match = pattern.search(sentence)
        if match and (number := _number(match.group(1))) and 1 <= number <= 31:
            return ReportingDeadline(rule, number, _words(sentence, match))
    match = _BARE.search(sentence)
    if match and (number := _number(match.group(1))) and 1 <= number <= 31:
        # 每月10日前报送上月…: the month after; a bare day late in a month (每季度20日前)
        # falls in the period's last month, an early one (每季度5日前) in the month after.
        after = _PREVIOUS.search(sentence[match.end():match.end() + 16]) or number < 15
        return ReportingDeadline(IN_NEXT_MONTH if after else IN_LAST_MONTH, number, _words(sentence, match))
    match = _AT_END.search(sentence)
    if match:
        return ReportingDeadline(AFTER_END, 0, _words(sentence, match))
    return None


def _words(sentence: str, match: re.Match) -> str:
    """The policy's phrase: from the rhythm word (每…) before the match to its end."""
    start = sentence.rfind("每", 0, match.start() + 1)
    if start < 0 or match.start() - start > 12:
        start = match.start()
    return sentence[start:match.end()]
