"""The years a plan runs (实施年份), read where Chinese government documents state them, and
where each year came from, for the preview to say.

In order: a range in the title (``（2024—2026年）``, ``2024-2026年``, ``2024年—2026年``, any
dash or 至), a five-year plan the title names (“十五五”), one year in the title (2024年工作
要点), a range stated in the body, the years of the plan's yearly rows, then the date the
document was written (成文日期: the 落款 date, a ``成文日期：`` line, ``2024年3月5日印发``) and
last the year of its 文号 (湛府办〔2024〕12号). The end year is the range's, else the last
到2026年 of the body, else the last yearly row's. Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from zjtracker.importing.annotations.dates import parse_date
from zjtracker.importing.documents.doc_numbers import DOC_NO_RE
from zjtracker.numerals import chinese_number

_DASH = r"\s*(?:年度?\s*)?[-—–~～至到―─－‐‑‒−]+\s*"
PERIOD = re.compile(rf"((?:19|20)\d{{2}}){_DASH}((?:19|20)\d{{2}})\s*年")
_UNTIL = re.compile(r"(?:到|至)\s*((?:19|20)\d{2})\s*年")
_TITLE_YEAR = re.compile(r"(?<![到至\d])((?:19|20)\d{2})\s*年度?(?!\d)")
_FIVE_YEAR = re.compile(r"“?十([一二三四五六七八九])五”?")
_WRITTEN_LABEL = re.compile(r"^(?:成文日期|成文时间|发文日期|印发日期)\s*[：:]\s*(?P<date>.+)$")
_ISSUED_LINE = re.compile(r"^[（(]?(?P<date>.{6,16}日)\s*(?:印发|发布|发)?[）)]?$")


@dataclass
class Period:
    start: int | None = None
    end: int | None = None
    start_from: str = ""  # where the start year was read, in words for the clerk
    end_from: str = ""

    def note(self) -> str:
        """A sentence for the preview: where each year came from, or that none was found."""
        if self.start is None and self.end is None:
            return "未在标题、正文、成文日期或文号中找到实施年份，请填写。"
        if self.start is not None and self.end is not None and self.start_from == self.end_from:
            return f"起始年{self.start}、结束年{self.end}均取自{self.start_from}。"
        parts = [f"起始年{self.start}取自{self.start_from}" if self.start is not None else "起始年未找到",
                 f"结束年{self.end}取自{self.end_from}" if self.end is not None else "结束年未找到"]
        return "，".join(parts) + "。"


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "").replace("－", "-"))


def written_date(issued_on: date | None, head: list[str]) -> tuple[date | None, str]:
    """The 成文日期: the signature's date, else a ``成文日期：`` line or a ``…日印发`` line."""
    if issued_on:
        return issued_on, f"成文日期{issued_on.year}年{issued_on.month}月{issued_on.day}日"
    for line in head:
        plain = _plain(line)
        match = _WRITTEN_LABEL.match(plain) or _ISSUED_LINE.match(plain)
        found = parse_date(match.group("date")) if match else None
        if found:
            return found, f"成文日期{found.year}年{found.month}月{found.day}日"
    return None, ""


def find_period(title: str, body: list[str], issued_on: date | None = None, doc_no: str = "",
                plan_years: list[int] | None = None, head: list[str] | None = None) -> Period:
    """The plan's years (see the module docstring). ``body``: the texts of its paragraphs;
    ``head``: lines where a 成文日期 may stand when no signature was found."""
    plain_title = _plain(title)
    if m := PERIOD.search(plain_title):
        where = f"标题“{m.group(0)}”"
        return Period(int(m.group(1)), int(m.group(2)), where, where)
    if m := _FIVE_YEAR.search(plain_title):
        start = 2006 + 5 * (chinese_number(m.group(1)) - 1)  # 十一五 began in 2006
        where = f"标题中的“十{m.group(1)}五”"
        return Period(start, start + 4, where, where)
    title_years = {int(m.group(1)) for m in _TITLE_YEAR.finditer(plain_title)}
    if len(title_years) == 1 and not _UNTIL.search(plain_title):  # 2024年工作要点
        year = title_years.pop()
        return Period(year, year, f"标题“{year}年”", f"标题“{year}年”")
    for text in body:
        if m := PERIOD.search(_plain(text)):
            where = f"正文“{m.group(0)}”"
            return Period(int(m.group(1)), int(m.group(2)), where, where)
    period = Period()
    years = sorted(set(plan_years or []))
    if years:
        period.start, period.start_from = years[0], "年度计划"
    else:
        written, where = written_date(issued_on, head or [])
        if written:
            period.start, period.start_from = written.year, where
        elif doc_no and (m := DOC_NO_RE.search(doc_no)):
            period.start, period.start_from = int(m.group("year")), f"文号{doc_no}"
    ends = [int(m.group(1)) for text in body for m in _UNTIL.finditer(_plain(text))]
    if ends:
        period.end, period.end_from = max(ends), f"正文“到{max(ends)}年”"
    elif years:
        period.end, period.end_from = years[-1], "年度计划"
    if period.start and period.end and period.end < period.start:
        period.end, period.end_from = None, ""
    return period
