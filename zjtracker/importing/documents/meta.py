"""Metadata of an official document (公文) read from its own lines: registration number
(统一编号), signature (落款: issuer and date), issuer (发文机关), kind, validity period
(有效期) and the title of the document a 关于印发…的通知 wraps. Document numbers (文号) are
read in doc_numbers, dates in dates.

Keyed on the structure every Chinese official document shares (GB/T 9704), not on one
city's wording. Standard library only.
"""

from __future__ import annotations

import re
from datetime import date

from zjtracker.importing.annotations.dates import is_date_text, parse_date
from zjtracker.importing.cleaning.markup import strip_markup
from zjtracker.numerals import chinese_number

# 规范性文件统一编号: 湛部规 2020—51, 湛府规〔2021〕3号 is caught by doc_numbers.DOC_NO_RE
REGISTRATION_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}规\s*\d{4}\s*[—\-－–]+\s*\d{1,5}$")
_ISSUER_SUFFIXES = ("人民政府", "政府", "办公室", "办公厅", "委员会", "管委会", "局", "委", "厅",
                    "部", "院", "中心", "办", "署", "会", "社", "室", "支队", "总队", "分局")
_SPEAKER_RE = re.compile(r"^(?P<place>\S{1,10}?[省市县区州盟旗])(?P<post>代?[省市县区州]长)\s*(?P<name>\S{2,4})$")
_WRAPPER_RE = re.compile(r"^(?P<issuer>.*?)关于(?P<verb>印发|转发|批转|颁布)(?P<inner>.+)的(通知|决定)$")
_VALIDITY_RE = re.compile(r"有效期(?:为|至)?\s*([一二三四五六七八九十两\d]+)\s*年")
_SELF_REFERENCE = re.compile(r"本(办法|方案|规定|细则|规则|意见|通知|措施|计划|规划|文件|政策|条例|决定|制度|标准)")
_RULES_ENDINGS = ("办法", "细则", "规定", "规则", "条例", "规程", "守则", "准则", "标准", "制度")


def is_registration_line(line: str) -> bool:
    """A 规范性文件 registration number line such as ``湛部规 2020—51``."""
    return bool(REGISTRATION_RE.match(strip_markup(line)))


def is_date_line(line: str) -> bool:
    return is_date_text(strip_markup(line))


def looks_like_issuer(text: str) -> bool:
    """A short line naming an organ: 湛江市人民政府, 湛江市教育局."""
    text = strip_markup(text)
    return 2 <= len(text) <= 40 and text.endswith(_ISSUER_SUFFIXES) \
        and not re.search(r"[，。；：、！？]", text)


def find_signature(lines: list[str], start: int, end: int) -> tuple[str, date | None, int | None]:
    """The first signature block (落款) in lines ``start..end`` (1-based): an issuer line
    directly above a date line. Returns (issuer, date, line of the date)."""
    for number in range(start, end + 1):
        if not is_date_line(lines[number - 1]):
            continue
        previous = number - 1
        while previous >= start and not strip_markup(lines[previous - 1]):
            previous -= 1
        if previous >= start and looks_like_issuer(lines[previous - 1]):
            return strip_markup(lines[previous - 1]), parse_date(lines[number - 1]), number
    return "", None, None


def speaker_issuer(line: str) -> str:
    """``湛江市市长 曾进泽`` -> ``湛江市人民政府`` (a work report is made on the government's
    behalf); '' when the line names no head of government."""
    match = _SPEAKER_RE.match(strip_markup(line).split("..")[0].strip())
    return f"{match.group('place')}人民政府" if match else ""


def is_speaker_line(line: str) -> bool:
    return bool(speaker_issuer(line))


def unwrap_title(title: str) -> tuple[str, str]:
    """Split a 关于印发《X》的通知 title into (issuer, X); X is '' for other titles."""
    match = _WRAPPER_RE.match(title)
    if not match:
        return "", ""
    inner = match.group("inner").strip()
    if inner.startswith("《") and inner.endswith("》"):
        inner = inner[1:-1]
    return match.group("issuer").strip(), inner


def title_issuer(title: str) -> str:
    """The organ a title names before 关于: 湛江市人民政府关于… -> 湛江市人民政府."""
    head, found, _ = title.partition("关于")
    return head.strip() if found and looks_like_issuer(head) else ""


def classify_kind(title: str) -> str:
    """plan, report, rules, notice or interpretation, from the title alone."""
    plain = re.sub(r"\s+", "", title)
    if plain.endswith(("解读", "政策问答")) or "政策解读" in plain:
        return "interpretation"
    if plain.endswith("工作报告"):
        return "report"
    if "废止" in plain or re.search(r"(宣布失效|停止执行)", plain):
        return "notice"
    if plain.endswith(_RULES_ENDINGS):
        return "rules"
    if plain.endswith(("通知", "通告", "公告", "决定", "批复", "函")):
        return "notice"
    return "plan"


def validity_years(text: str) -> int | None:
    """N of the document's own 有效期N年 (本方案自发布之日起施行，有效期五年 -> 5). A period
    stated for something else (认定有效期三年) does not count: the sentence must speak of
    the document itself (本办法/本方案/…) or of its taking effect (自…之日起)."""
    for sentence in re.split(r"[。；]", re.sub(r"\s+", "", text)):
        match = _VALIDITY_RE.search(sentence)
        if match and (_SELF_REFERENCE.search(sentence) or "之日起" in sentence):
            return chinese_number(match.group(1))
    return None


def end_year_of(issued: date | None, years: int | None) -> int | None:
    """The last year a document valid ``years`` years from ``issued`` is in force."""
    if not issued or not years:
        return None
    last_day_year = issued.year + years
    # valid up to the day before the anniversary: 2021-01-04 + 5 years -> 2026-01-03
    return last_day_year if (issued.month, issued.day) != (1, 1) else last_day_year - 1
