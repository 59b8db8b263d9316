"""Recognising the header row of a spreadsheet in the city's ledger layout.

Used by the workbook reader for policies and, later, by the returns reader. Header cells
are matched after normalising width, spaces and wrapped lines (``完成\\n进度\\n（%）`` is
完成进度(%)), against a table of synonyms per canonical column key. A header may take one
row or two (a merged 工作计划 over 2023年 / 2024年), anywhere in the first rows below
merged title rows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Canonical column keys.
INDICATOR = "indicator"  # 指标名称
LEAD_UNIT = "lead_unit"  # 牵头单位
RESPONSIBLE_UNIT = "responsible_unit"  # 责任单位
COOPERATING_UNIT = "cooperating_unit"  # 配合单位
GROUP = "group"  # 任务组 "1.深化…"
TASK_NO = "task_no"  # 序号 "（12）"
TASK_TEXT = "task_text"  # 工作任务 / 具体措施
TASK_NAME = "task_name"  # 任务名称 beside a 主要内容 column (decided from the data, never a header)
PLAN = "plan"  # 年度工作计划 (a year of its own in HeaderMatch.plan_years)
STATUS_TEXT = "status_text"  # 落实情况
PROBLEMS = "problems"  # 存在问题
SUGGESTIONS = "suggestions"  # 存在问题的意见建议
PERCENT = "percent"  # 完成进度（%）
ASSESSMENT = "assessment"  # 评估情况
REMARKS = "remarks"  # 备注
LEADER = "leader"  # 分管领导
SECTION = "section"  # 责任科室
PERSON = "person"  # 责任人
DEADLINE = "deadline"  # 完成时限

# Synonyms, written as printed; compared after ``normalize_header``. Order matters for
# the "contains" pass: longer, more specific phrases first.
SYNONYMS: dict[str, tuple[str, ...]] = {
    SUGGESTIONS: ("存在问题的意见建议", "存在问题及意见建议", "意见建议", "意见和建议", "工作建议", "建议"),
    PROBLEMS: ("存在问题", "存在的问题", "困难问题", "问题"),
    PERCENT: ("完成进度（%）", "进度（%）", "完成进度", "完成比例", "完成率", "完成百分比", "进度"),
    ASSESSMENT: ("评估情况（请选择）", "评估情况", "评估结果", "评估", "完成状态"),
    STATUS_TEXT: ("落实情况", "工作进展", "进展情况", "完成情况", "推进情况", "工作落实情况",
                  "工作推进情况", "进展"),
    REMARKS: ("备注",),
    INDICATOR: ("指标名称", "评价指标", "指标类别", "指标"),
    LEAD_UNIT: ("牵头单位", "牵头部门", "牵头责任单位", "主要牵头单位", "主责单位", "主责部门",
                "主办单位", "主要责任单位", "牵头"),
    COOPERATING_UNIT: ("配合单位", "配合部门", "协同单位", "参与单位", "协办单位", "协同责任单位",
                       "协同配合单位", "配合"),
    RESPONSIBLE_UNIT: ("责任单位", "责任部门", "具体责任单位", "承办单位"),
    LEADER: ("分管领导", "责任领导", "牵头领导"),
    SECTION: ("责任科室", "责任股室", "承办科室", "责任处室", "承办处室", "科室", "处室"),
    PERSON: ("责任人", "联系人", "经办人", "具体责任人"),
    DEADLINE: ("完成时限", "完成时间", "完成期限", "时间节点", "进度安排", "时间安排", "时限"),
    PLAN: ("年度工作计划", "工作计划", "年度计划", "年度目标", "计划"),
    GROUP: ("任务组", "任务类别", "工作类别", "重点任务类别", "重点领域", "工作领域", "任务领域", "所属领域", "领域"),
    TASK_NO: ("任务序号", "任务编号", "序号", "编号"),
    TASK_TEXT: ("工作任务", "具体措施", "重点工作", "任务内容", "主要任务", "工作措施", "重点任务", "工作内容",
                "措施内容", "具体任务", "主要措施", "政策措施",
                # a short name beside the content (任务名称 | 主要内容): both are task columns,
                # ``columns.resolve_columns`` tells the name from the content by the data
                "任务名称", "事项名称", "工作事项", "任务事项", "重点事项", "改革事项", "项目名称",
                "主要内容", "具体内容", "目标任务", "工作要求", "任务要求", "目标要求", "工作目标",
                "任务目标", "建设内容", "实施内容", "工作举措", "具体举措", "主要举措", "推进措施",
                "细化措施", "具体工作", "措施", "任务", "事项"),
}

_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年?")


def normalize_header(value) -> str:
    """Width, spaces, wrapped lines and the colon dropped: ``完成\\n进度\\n（%）`` → 完成进度（%）."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    text = re.sub(r"\s+", "", text).replace("(", "（").replace(")", "）")
    return text.strip(":：*＊")


_NORMALIZED = {key: tuple(normalize_header(s) for s in words) for key, words in SYNONYMS.items()}


def classify_header(value) -> tuple[str, int | None] | None:
    """The column key a header cell names, with the year for a yearly plan column
    (``2023年工作计划`` → (plan, 2023); a bare ``2024年`` → (plan, 2024))."""
    text = normalize_header(value)
    if not text or len(text) > 30:
        return None
    year_match = _YEAR_RE.search(text)
    year = int(year_match.group(1)) if year_match else None
    without_year = _YEAR_RE.sub("", text) if year else text
    if year and (not without_year or any(w in without_year for w in _NORMALIZED[PLAN])
                 or without_year in ("目标", "任务", "工作任务", "年度任务")):
        return PLAN, year
    for key, words in _NORMALIZED.items():
        if text in words:
            return key, None
    if key := _by_words(text):
        return key, None
    for key, words in _NORMALIZED.items():
        if any(len(word) >= 2 and word in text and len(text) <= len(word) + 6 for word in words):
            return key, year if key == PLAN else None
    return None


def _by_words(text: str) -> str | None:
    """The column a header names by the words it is made of, as the labels of a unit note
    are read (``annotations.roles.label_kind``): 牵头县领导 names leaders, not a lead unit;
    协办部门 cooperating units; 时间要求 the deadline."""
    from zjtracker.importing.annotations import roles

    if len(text) < 3 or text.endswith(("处室", "科室", "股室")):  # a role word alone says too
        return None  # little; an office inside a bureau is a 科室 column
    kind = roles.label_kind(text)
    if kind == roles.DEADLINE and "时" not in text:  # 工作进度 is progress, not a deadline
        return None
    return {roles.LEADERS: LEADER, roles.DEADLINE: DEADLINE, "lead": LEAD_UNIT,
            "cooperating": COOPERATING_UNIT, "responsible": RESPONSIBLE_UNIT}.get(kind)


@dataclass
class HeaderMatch:
    columns: dict[int, str]  # column index (0-based) → key
    header_rows: list[int]  # 0-based indexes of the header row(s) in ``rows``
    first_data_row: int  # 0-based index of the first row below the header
    plan_years: dict[int, int] = field(default_factory=dict)  # plan column → year
    labels: dict[int, str] = field(default_factory=dict)  # column → header as printed
    forced: dict[int, str | None] = field(default_factory=dict)  # column → key the clerk set (column_map)
    # the steps of a schedule: 时间节点 (or 进度安排, 工作计划) over 一季度 | 二季度 | … : column →
    # the period it names, as printed
    steps: dict[int, str] = field(default_factory=dict)

    def column_of(self, key: str) -> int | None:
        return next((col for col, k in self.columns.items() if k == key), None)

    def columns_of(self, key: str) -> list[int]:
        return [col for col, k in sorted(self.columns.items()) if k == key]


_CORE_KEYS = {TASK_TEXT, TASK_NO, GROUP, INDICATOR}


def _match_row(cells: list) -> dict[int, tuple[str, int | None]]:
    found = {}
    for col, value in enumerate(cells):
        hit = classify_header(value)
        if hit:
            found[col] = hit
    return found


def _score(found: dict[int, tuple[str, int | None]]) -> int:
    keys = {key for key, _ in found.values()}
    if len(keys) < 2 or not keys & _CORE_KEYS:
        return 0
    return len(keys) + sum(1 for key, year in found.values() if key == PLAN and year)


def _steps_below(above: dict[int, tuple[str, int | None]], top: list, below: list) -> dict[int, str]:
    """The columns of ``below`` that name periods (一季度, 6月底, 上半年) under one schedule
    header printed across them (a cell merged over several columns: 时间节点 above each),
    with the period as printed; empty when the row is not that."""
    from zjtracker.importing.annotations.deadlines import deadline_date

    steps = {}
    for col, value in enumerate(below):
        text = normalize_header(value)
        hit = above.get(col)
        if not text or hit is None or hit[0] not in (DEADLINE, PLAN) or hit[1] or _YEAR_RE.search(text):
            continue
        if deadline_date(text, 2000) is not None:
            steps[col] = text
    spans = {normalize_header(top[col]) for col in steps}
    if len(steps) < 2 or any(sum(normalize_header(top[c]) == span for c in steps) < 2 for span in spans):
        return {}  # a schedule is split into two periods at least, under one header
    return steps


_STEP_WORDS = re.compile(r"^(?P<period>.{2,8}?)(?:工作)?(?:目标|任务|节点|计划|安排|进度)+$")


def _steps_named(row: list) -> dict[int, str]:
    """The columns of a one-row header that each name a period's step (一季度目标 |
    二季度目标 …, 6月底节点), two at least, with the period as printed."""
    from zjtracker.importing.annotations.deadlines import deadline_date

    steps = {}
    for col, value in enumerate(row):
        text = normalize_header(value)
        match = _STEP_WORDS.match(text)
        if match and not _YEAR_RE.search(text) and deadline_date(match.group("period"), 2000) is not None:
            steps[col] = match.group("period")
    return steps if len(steps) >= 2 else {}


def find_header(rows: list[list], max_scan: int = 15) -> HeaderMatch | None:
    """Find a one- or two-row header in the first ``max_scan`` rows; None when no row
    names at least two known columns including a task, number, group or indicator one."""
    best: tuple[int, HeaderMatch] | None = None
    for index in range(min(max_scan, len(rows))):
        single = _match_row(rows[index])
        candidates = [(_score(single), single, [index])]
        # a row of one text (a title across the table: 某县2025年重点工作推进计划表) is no header
        distinct = {normalize_header(v) for v in rows[index]} - {""}
        steps: dict[int, str] = {}
        if single and len(distinct) >= 2 and index + 1 < len(rows) \
                and all(len(normalize_header(v)) <= 15 for v in rows[index + 1]):
            steps = _steps_below(single, rows[index], rows[index + 1])
            below = {col: hit for col, hit in _match_row(rows[index + 1]).items() if col not in steps}
            combined = dict(single)
            for col, (key, year) in below.items():
                above = single.get(col)
                if above and above[0] == PLAN and key == PLAN:
                    combined[col] = (PLAN, year or above[1])
                elif above is None or key != above[0] or year:
                    combined[col] = (key, year)
            for col in steps:
                combined.pop(col, None)
            if steps or below and set(below) - set(single) or any(
                    y for (_, y) in below.values()) or any(
                    single[col][0] != key for col, (key, _) in below.items() if col in single):
                # a schedule names the deadline, and a second header row the single one lacks
                candidates.append((_score(combined) + 2 * bool(steps), combined, [index, index + 1]))
        for score, found, header_rows in candidates:
            if score >= 3 and (best is None or score > best[0]):
                labels = {}
                for col in found:
                    parts = [str(rows[r][col]) for r in header_rows
                             if col < len(rows[r]) and rows[r][col] not in (None, "")]
                    labels[col] = " ".join(dict.fromkeys(parts))
                match = HeaderMatch(
                    columns={col: key for col, (key, _) in found.items()},
                    header_rows=header_rows, first_data_row=header_rows[-1] + 1,
                    plan_years={col: year for col, (key, year) in found.items()
                                if key == PLAN and year},
                    labels=labels, steps=steps if len(header_rows) == 2 else _steps_named(rows[index]),
                )
                best = (score, match)
    return best[1] if best else None
