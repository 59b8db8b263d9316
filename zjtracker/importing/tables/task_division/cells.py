"""What one fragment of a flattened task-division table (任务分工表) looks like.

A PDF table flattened to text comes out cell by cell, each cell wrapped at its column
width. These helpers judge a fragment by its shape alone: display width, unit-name
pattern (市…局、湛江海关), person names of 2–3 characters (often spaced: 胡 毅), office
names ending in 科 (责任科室), month deadlines (2021 年 9 月). Standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.numerals import chinese_number

CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(rf"[{CJK}]")

# Column kinds of a task-division table, in their usual left-to-right order.
INDICATOR = "indicator"  # 指标名称 / 领域
LEAD = "lead"  # 牵头单位
COOPERATING = "cooperating"  # 配合单位
RESPONSIBLE = "responsible"  # 责任单位
TASK = "task"  # 工作任务
LEADER = "leader"  # 分管领导
SECTION = "section"  # 责任科室
PERSON = "person"  # 责任人
DEADLINE = "deadline"  # 完成时限
STATUS = "status"  # 落实情况
REMARKS = "remarks"  # 备注
UNIT_KINDS = (LEAD, COOPERATING, RESPONSIBLE)
STAFF_KINDS = (LEADER, SECTION, PERSON)

# Header words → column kind; longer words first so 责任单位 wins over 责任.
HEADER_WORDS = (
    ("分管领导", LEADER), ("责任领导", LEADER), ("分管局领导", LEADER),
    ("责任科室", SECTION), ("责任股室", SECTION), ("承办科室", SECTION),
    ("责任人", PERSON), ("联系人", PERSON),
    ("牵头单位", LEAD), ("牵头部门", LEAD),
    ("配合单位", COOPERATING), ("配合部门", COOPERATING), ("协办单位", COOPERATING),
    ("责任单位", RESPONSIBLE),
    ("工作任务", TASK), ("工作措施", TASK), ("具体措施", TASK), ("主要任务", TASK),
    ("任务内容", TASK),
    ("指标名称", INDICATOR), ("指标", INDICATOR), ("名称", INDICATOR), ("领域", INDICATOR),
    ("完成时限", DEADLINE), ("完成时间", DEADLINE), ("时限", DEADLINE), ("完成", DEADLINE),
    ("落实情况", STATUS), ("进展情况", STATUS), ("备注", REMARKS), ("序号", None),
)

UNIT_PREFIXES = ("市", "湛江", "各", "中国", "广东", "国家", "省", "县", "区", "相关", "有关",
                 "中共", "共青团")
UNIT_SUFFIXES = ("局", "委", "办", "院", "中心", "公司", "海关", "行", "社", "会", "所", "处",
                 "队", "站", "厅", "部", "集团", "单位", "部门", "政府", "管委会", "室", "署")
SECTION_SUFFIXES = ("科", "股", "室", "处", "组")
SENTENCE_MARKS = "，。；：！？“”,;:!?"
_TERMINAL = ("。", "；", "！", "？", ";", "!", "?")
_LABEL = re.compile(r"^\s*[（(]\s*([一二三四五六七八九十百]+)\s*[）)]\s*")
_YEAR = re.compile(r"\d{4}\s*年")
_MONTH_ONLY = re.compile(r"^(\d{1,2}\s*)?月(底|末)?(前)?$")
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]\s*$")
APPENDIX_LINE = re.compile(r"^\s*附\s*件\s*\d+\s*$")  # 附件2: the next document starts


def display_width(text: str) -> int:
    """Width in half-width columns: a CJK or full-width character counts 2."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text.strip())


def squeeze(text: str) -> str:
    """Remove extraction spaces: keep a space only between two ASCII letters or digits."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"(?<![A-Za-z0-9]) | (?![A-Za-z0-9])", "", text)


def join_wrapped(pieces: list[str]) -> str:
    """Rejoin a cell's wrapped lines into one text without the wrap breaks."""
    return squeeze(" ".join(p.strip() for p in pieces if p.strip()))


def area_label(fragment: str) -> tuple[str, int, str] | None:
    """``(三)招`` → ("（三）", 3, "招"); None when the fragment opens with no label."""
    match = _LABEL.match(fragment)
    if not match:
        return None
    number = chinese_number(match.group(1)) or 0
    return f"（{match.group(1)}）", number, fragment[match.end():].strip()


def is_complete_unit_text(text: str) -> bool:
    """A unit cell whose last name is whole: ends with a unit suffix, not with 、."""
    plain = squeeze(text).rstrip(" ")
    return bool(plain) and plain.endswith(UNIT_SUFFIXES) and not plain.endswith(("、", "，", ","))


def is_whole_unit(text: str) -> bool:
    plain = squeeze(text)
    return plain.startswith(UNIT_PREFIXES) and plain.endswith(UNIT_SUFFIXES) \
        and not any(m in plain for m in SENTENCE_MARKS + "、")


def looks_like_unit_list(fragment: str, max_width: int = 20) -> bool:
    """A line of a unit column: names (or wrapped pieces of names) separated by 、."""
    plain = squeeze(fragment)
    if not plain or any(m in plain for m in SENTENCE_MARKS) or display_width(plain) > max_width:
        return False
    pieces = plain.split("、")
    if len(pieces) == 1:
        return plain.startswith(UNIT_PREFIXES) or plain.endswith(UNIT_SUFFIXES)
    first, middle, last = pieces[0], pieces[1:-1], pieces[-1]
    if not first.endswith(UNIT_SUFFIXES):
        return False
    if any(not is_whole_unit(p) for p in middle):
        return False
    return not last or last.startswith(UNIT_PREFIXES)


def is_prose(fragment: str) -> bool:
    """Clearly sentence text (task column), never a unit or name cell."""
    return any(m in fragment for m in SENTENCE_MARKS)


def is_section_name(token: str) -> bool:
    """责任科室: 港口科, 市场科, 办公室 (2–8 characters ending in 科/股/室…)."""
    plain = squeeze(token)
    return 2 <= len(plain) <= 10 and plain.endswith(SECTION_SUFFIXES) \
        and bool(re.fullmatch(rf"[{CJK}]+", plain))


def is_person_name(token: str) -> bool:
    """A person name of 2–3 characters, maybe spaced by the extraction (胡 毅, 邓  善)."""
    plain = re.sub(r"\s+", "", token)
    return 2 <= len(plain) <= 3 and bool(re.fullmatch(rf"[{CJK}]+", plain)) \
        and not plain.endswith(SECTION_SUFFIXES) and not is_whole_unit(plain)


def is_spaced_name(fragment: str) -> bool:
    """胡 毅: single characters separated by spaces — only names are written so."""
    tokens = fragment.split()
    return 2 <= len(tokens) <= 3 and all(len(t) == 1 and _CJK_CHAR.match(t) for t in tokens)


def is_deadline_start(fragment: str) -> bool:
    return bool(_YEAR.match(fragment.strip()))


def is_deadline_tail(fragment: str) -> bool:
    return bool(_MONTH_ONLY.match(squeeze(fragment)))


def deadline_has_month(text: str) -> bool:
    return "月" in text or not re.search(r"年\s*$", text)


def parse_deadline(text: str) -> date | None:
    """The last day the deadline allows: 2021年9月 → 2021-09-30, 2021年 → 2021-12-31."""
    return deadline_date(squeeze(text or ""))


def ends_sentence(text: str) -> bool:
    """The text ends a sentence, ignoring a closing note such as （参照上海市做法）."""
    plain = squeeze(text)
    while True:
        stripped = _TRAILING_NOTE.sub("", plain)
        if stripped == plain:
            break
        if stripped.endswith(_TERMINAL):
            return True
        plain = stripped
    return plain.endswith(_TERMINAL)


def strip_trailing_note(text: str) -> str:
    """Drop a closing note such as （参照上海市做法） after the last full stop."""
    plain = squeeze(text)
    stripped = _TRAILING_NOTE.sub("", plain)
    return stripped if stripped != plain and stripped.endswith(_TERMINAL) else plain


def staff_tokens(fragment: str) -> list[tuple[str, str]] | None:
    """Split a line of the staff columns into (kind, text) tokens: ("name", "车洁"),
    ("section", "港口科"), ("deadline", "2021 年 9"). None when the line is not made of
    such tokens only."""
    tokens = fragment.split()
    if not tokens:
        return None
    result: list[tuple[str, str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if re.fullmatch(r"\d{4}(年.*)?|年|\d{1,2}(月.*)?|月.*", token) and (
                result and result[-1][0] == "deadline" or re.match(r"\d{4}", token)):
            if result and result[-1][0] == "deadline":
                result[-1] = ("deadline", result[-1][1] + " " + token)
            else:
                result.append(("deadline", token))
        elif len(token) == 1 and _CJK_CHAR.match(token):
            run = [token]
            while index + 1 < len(tokens) and len(tokens[index + 1]) == 1 \
                    and _CJK_CHAR.match(tokens[index + 1]) and len(run) < 2:
                index += 1
                run.append(tokens[index])
            if len(run) < 2:
                return None
            result.append(("name", "".join(run)))
        elif is_section_name(token):
            result.append(("section", token))
        elif is_person_name(token):
            result.append(("name", token))
        else:
            return None
        index += 1
    return result
