"""The reader for one prose policy document (.txt from PDF/Word, or .docx as text lines).

``parse_policy_document(text, source)`` returns a ParsedPolicy with its metadata (title,
文号, issuer, date, period, reporting frequency), its outline (areas → groups → measures),
the yearly plans and units of its responsibility appendix (工作责任清单), and the rows of
its indicator table (主要指标表).

The body of the plan runs from its title to the first closing mark: an appendix heading
(附件), the distribution lines (抄送, 公开方式, 印发), or a separate document such as a
drafting explanation (起草说明) or an interpretation (解读) appended to the file.
"""

from __future__ import annotations

import re
from datetime import date

from zjtracker.importing.annotations.dates import parse_date
from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.importing.documents.doc_numbers import find_doc_no
from zjtracker.importing.documents.period import find_period
from zjtracker.importing.documents.frequency import reporting_frequency
from zjtracker.importing.tables.indicator_table import read_indicator_tables
from zjtracker.importing.annotations.measure_notes import attach_trailing_notes
from zjtracker.importing.annotations.year_plans import attach_year_plans
from zjtracker.importing.tables.lead_note import first_listed_is_lead
from zjtracker.importing.model import ParsedPolicy, ParseWarning
from zjtracker.importing.structure.outline import parse_outline
from zjtracker.importing.tables.responsibility_table import attach_responsibility, read_responsibility_rows
from zjtracker.importing.tables.text_tables import read_table_only, tables_in_outline
from zjtracker.importing.cleaning.text_lines import Paragraph, logical_paragraphs, match_label

TITLE_MAX_CHARS = 60
_TITLE_ENDINGS = ("实施方案", "工作方案", "行动方案", "方案", "规划", "实施意见", "意见", "办法",
                  "计划", "措施", "细则", "规定", "纲要", "要点", "若干措施", "行动计划",
                  "清单", "分工表", "台账", "分解", "分解表", "任务表", "一览表")
_WRAPPER = re.compile(r"关于印发(.+?)的通知$")
_ISSUED_NAME = re.compile(r"将《([^《》]{4,60})》印发")
_SHORT_NAME = re.compile(r"《([^《》]{4,60})》[（(]以下简称")
_ISSUER_END = ("办公室", "人民政府", "政府", "委员会", "局", "委", "厅", "办", "中心")
_BODY_END = re.compile(r"^(附件\s*[\d一二三四五六七八九十]*\s*[：:]?|抄送[：:]|公开方式[：:]|"
                       r".{0,20}(\d{4}年\d{1,2}月\d{1,2}日)?印发$)")
_APPENDED_DOC = re.compile(r"(起草说明|编制说明|政策解读|解读|说明)$")


def parse_policy_document(text: str, source: str, tables=None, columns=None) -> ParsedPolicy:
    """Read one prose policy document into a ParsedPolicy (see the module docstring).
    ``columns``: the clerk's column map for its tables (``tables.column_map.ColumnReading``)."""
    warnings: list[ParseWarning] = []
    paragraphs = logical_paragraphs(text)
    prose = [p for p in paragraphs if not p.is_table_row]
    title, title_index = find_title(prose)
    if not title:
        warnings.append(ParseWarning(None, f"没有找到《{source}》的文件标题，请补充。", "no_title"))
    policy = ParsedPolicy(title=title or source, text=text, kind="plan")
    policy.doc_no = head_doc_no(prose[: title_index + 1] if title_index >= 0 else prose[:10])
    if not policy.doc_no and title_index >= 0:  # printed under the title: 茂府办〔2023〕15号
        policy.doc_no = head_doc_no(prose[title_index + 1: title_index + 3])
    policy.issued_on, policy.issuer = find_date_and_issuer(prose)
    body, policy.areas = choose_body(prose, title_index, warnings)
    table_only = None
    if not any(area.measures for area in policy.areas):
        table_only = read_table_only(text, policy.title, warnings, tables, columns)
    if table_only is not None:
        policy.areas = table_only.areas
    elif not policy.areas:
        warnings.append(ParseWarning(None, "没有识别出分级编号的措施（如“一、”“（一）”“1.”），"
                                     "请在预览中手工整理。", "no_outline"))
    read_lines = tables_in_outline(policy.areas, text, warnings, tables, columns) if table_only is None else set()
    rows = [] if table_only else read_responsibility_rows(_without_lines(text, read_lines), warnings)
    if rows:
        attach_responsibility(policy.areas, rows, warnings)
    policy.indicators = read_indicator_tables(text, warnings)
    period = find_period(_title_with_range(title or "", prose, title_index), [p.text for p in body], policy.issued_on, policy.doc_no,
                         [y for row in rows for y in row.plans], [p.text for p in prose[:max(title_index, 0) + 12] + prose[-8:]])
    policy.start_year, policy.end_year, policy.period_note = period.start, period.end, period.note()
    policy.frequency = find_frequency(body) or policy.frequency
    one_year = policy.start_year if policy.start_year == policy.end_year else None
    attach_trailing_notes(policy.areas, warnings, one_year, first_listed_is_lead(text))
    attach_year_plans(policy)  # 2025年新建2000个，2026年新建2500个 in a plan of several years
    if one_year:  # a table's 6月底前 / 三季度末 in a plan of one year
        for measure in policy.iter_measures():
            if measure.deadline is None and measure.deadline_text:
                measure.deadline = deadline_date(measure.deadline_text, one_year)
    policy.warnings = warnings
    return policy


def _without_lines(text: str, lines: set[int]) -> str:
    """``text`` with the given 1-based lines blanked (a table already read as measures)."""
    if not lines:
        return text
    return "\n".join("" if number in lines else line
                     for number, line in enumerate(text.split("\n"), start=1))


# --- metadata ----------------------------------------------------------------------------


def _is_heading_like(text: str) -> bool:
    return len(text) <= TITLE_MAX_CHARS and not any(c in text for c in "。，；：:")


def find_title(prose: list[Paragraph]) -> tuple[str, int]:
    """(title, index of its paragraph or -1): the plan's own title, not the 关于印发…的通知
    wrapper; else the title inside the wrapper; else a 《…》（以下简称…） reference."""
    wrapped = ""
    for index, paragraph in enumerate(prose):
        text = paragraph.text.strip()
        if not _is_heading_like(text) or match_label(text):
            continue
        if m := _WRAPPER.search(text):
            wrapped = wrapped or m.group(1).strip("《》")
            continue
        core = re.sub(r"[（(][^（）()]*[）)]$", "", text)  # （2026—2030年）, （试行）
        if core.endswith(_TITLE_ENDINGS):
            return text, index
    if wrapped:
        return wrapped, -1
    for paragraph in prose:  # a cover letter: 现将《X》印发给你们
        if m := _ISSUED_NAME.search(paragraph.text):
            return m.group(1), -1
    for paragraph in prose:
        if m := _SHORT_NAME.search(paragraph.text):
            return m.group(1), -1
    return _first_heading(prose)


def _first_heading(prose: list[Paragraph]) -> tuple[str, int]:
    """A title named by no known genre word (某县2025年重点工作安排): the first line before
    the outline starts that stands as a heading — no sentence, no label, not the 文号, a
    masthead (…文件), a date or a line of figures; else none."""
    for index, paragraph in enumerate(prose):
        text = paragraph.text.strip()
        if match_label(text):
            break
        if not _is_heading_like(text) or len(text) < 6 or text.endswith("文件") \
                or find_doc_no(text, max_other_chars=4) or parse_date(text) or not _HAN.search(text):
            continue
        return text, index
    return "", -1


_HAN = re.compile(r"[\u4e00-\u9fff]{4}")


def head_doc_no(head: list[Paragraph]) -> str:
    """The 文号 written on a line of its own before the title (湛府办〔2022〕32号), with
    bracket variants normalised to 〔〕. Citations inside sentences are not it."""
    for paragraph in head:
        found = find_doc_no(paragraph.text.strip(), max_other_chars=4)
        if found:
            return found
    return ""


def find_date_and_issuer(prose: list[Paragraph]) -> tuple[date | None, str]:
    """The first date line (落款日期) and the organ named on the line above it, or on a
    masthead line ending in 文件 (湛江市人民政府办公室文件)."""
    issuer = ""
    for paragraph in prose[:10]:
        if paragraph.text.endswith("文件") and _is_heading_like(paragraph.text):
            issuer = paragraph.text[:-2]
            break
    for index, paragraph in enumerate(prose):
        issued = parse_date(paragraph.text.strip(), whole=True)
        if issued:
            above = prose[index - 1].text.strip() if index else ""
            if not issuer and _is_heading_like(above) and above.endswith(_ISSUER_END):
                issuer = above
            return issued, issuer
    return None, issuer


def _is_body_end(text: str, in_body: bool) -> bool:
    if _BODY_END.match(text) and len(text) <= TITLE_MAX_CHARS:
        return True
    return (in_body and _is_heading_like(text) and not match_label(text)
            and bool(_APPENDED_DOC.search(text)))


def body_segments(prose: list[Paragraph], title_index: int) -> list[list[Paragraph]]:
    """Runs of paragraphs after the title, split at closing marks (附件, 抄送, 印发, 起草说明)."""
    segments: list[list[Paragraph]] = [[]]
    for paragraph in prose[title_index + 1:]:
        if _is_body_end(paragraph.text.strip(), bool(segments[-1])):
            segments.append([])
        else:
            segments[-1].append(paragraph)
    return [s for s in segments if s]


def choose_body(prose: list[Paragraph], title_index: int,
                warnings: list[ParseWarning]) -> tuple[list[Paragraph], list]:
    """(body, areas): the first segment whose outline has measures (the plan may follow a
    cover letter as 附件1), else the first segment. Warns about numbered text left out."""
    segments = body_segments(prose, title_index) or [[]]
    chosen, areas, chosen_warnings = segments[0], None, []
    for segment in segments:
        trial: list[ParseWarning] = []
        outline = parse_outline(segment, trial)
        if any(area.measures for area in outline):
            chosen, areas, chosen_warnings = segment, outline, trial
            break
    if areas is None:
        areas = parse_outline(chosen, chosen_warnings)
    warnings.extend(chosen_warnings)
    after = [p for s in segments[segments.index(chosen) + 1:] for p in s]
    numbered = [p for p in after if match_label(p.text)]
    if numbered:
        warnings.append(ParseWarning(numbered[0].line, f"第{numbered[0].line}行起的编号内容在方案"
                                     "正文之后（附件、说明等），未作为措施读取，请核对。", "body_end"))
    return chosen, areas


_RANGE_LINE = re.compile(r"^[（(]\s*(?:19|20)\d{2}.{0,6}(?:19|20)\d{2}\s*年\s*[）)]$")


def _title_with_range(title: str, prose: list[Paragraph], title_index: int) -> str:
    """The title with its range where the range is printed on the line below it
    (…三年行动计划 / （2024—2026年））."""
    following = prose[title_index + 1].text.strip() if 0 <= title_index < len(prose) - 1 else ""
    return title + following if _RANGE_LINE.match(following) else title


def find_frequency(body: list[Paragraph]) -> str | None:
    """How often progress is reported, where a sentence about reporting says so."""
    for paragraph in body:
        found = reporting_frequency(paragraph.text)
        if found:
            return found[0]
    return None
