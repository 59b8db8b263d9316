"""One document of a gazette issue read into a ParsedPolicy, by kind:

* 关于印发《X》的通知: the policy is X itself (title, kind from X), with the notice's 文号,
  issuer and date; its structure comes from the outline parser on X's body.
* 政府工作报告: the report's parts, this year's tasks, 预期目标 and 名词解释.
* 关于废止《X》的通知: ``abolishes`` names X (with its number when given).
* …政策解读: ``interprets`` names the policy it explains.
* anything else: title, metadata and (for plans and rules) the outline.

Standard library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.documents import meta as doc_meta
from zjtracker.importing.annotations.dates import parse_date
from zjtracker.importing.documents.doc_numbers import doc_no_line
from zjtracker.importing.cleaning.markup import paragraphs, squeeze, strip_markup
from zjtracker.importing.documents.gazette_split import DocumentSpan
from zjtracker.importing.documents.gazette_toc import entry_date
from zjtracker.importing.documents.glossary import find_glossary, parse_glossary
from zjtracker.importing.annotations.inline_units import attach_trailing_units
from zjtracker.importing.model import ParsedPolicy, ParseWarning
from zjtracker.importing.structure.outline import parse_outline
from zjtracker.importing.documents.references import abolished_documents, interpreted_title, same_document
from zjtracker.importing.structure.report_outline import parse_report_outline
from zjtracker.importing.annotations.targets_sentence import find_target_sentences, parse_targets
from zjtracker.importing.cleaning.text_lines import Paragraph, clean_text, logical_paragraphs
from zjtracker.importing.documents.titles import title_key

_LIST_MARK = re.compile(r"^\s*[-*+]\s+(?=\S)")  # markdown list marks before （一） items
_HEAD_LINES = 12  # a report's date and speaker lines sit right under its title
_PLAN_YEAR = re.compile(r"(\d{4})\s*年\s*(?:工作安排|重点工作|主要任务|工作任务)")


def read_document(lines: list[str], span: DocumentSpan) -> ParsedPolicy:
    kind = doc_meta.classify_kind(span.title)
    _, inner = doc_meta.unwrap_title(span.title)
    if kind == "report":
        policy = _read_report(lines, span)
    elif inner:
        policy = _read_wrapped(lines, span, inner)
    else:
        policy = _read_plain(lines, span, kind)
    policy.text = "\n".join(lines[span.start - 1: span.end]).strip("\n")
    return policy


# --- kinds ------------------------------------------------------------------------------


def _read_wrapped(lines: list[str], span: DocumentSpan, inner: str) -> ParsedPolicy:
    """关于印发《X》的通知 followed by X."""
    policy = ParsedPolicy(title=squeeze(inner), kind=doc_meta.classify_kind(inner))
    heading = _find_line(lines, inner, span.title_line + 1, span.end)
    if heading is None:
        notice_end = span.end
        policy.warnings.append(ParseWarning(span.title_line, f"通知印发的《{policy.title}》的标题在正文中没有找到，已从通知落款之后读取正文，请核对。", "attachment_missing"))
    else:
        notice_end = heading - 1
    _fill_meta(policy, lines, span, span.start, notice_end)
    body_start = heading + 1 if heading else _after_signature(lines, span, notice_end)
    _fill_validity(policy, lines, body_start, span.end)
    policy.areas = _outline(lines, body_start, span.end, policy.warnings)
    return policy


def _read_plain(lines: list[str], span: DocumentSpan, kind: str) -> ParsedPolicy:
    policy = ParsedPolicy(title=span.title, kind=kind)
    if kind == "interpretation":
        policy.interprets = interpreted_title(span.title) or None
        if not policy.interprets:
            policy.warnings.append(ParseWarning(span.title_line, f"没有从“{span.title}”看出解读的是哪份文件，请手工关联。", "interprets_unknown"))
        return policy
    _fill_meta(policy, lines, span, span.start, span.end)
    if kind == "notice":
        body = "\n".join(strip_markup(l) for l in lines[span.title_line: span.end])
        policy.abolishes = abolished_documents(span.title, body)
        if "废止" in span.title and not policy.abolishes:
            policy.warnings.append(ParseWarning(span.title_line, "这是一份废止文件，但没有读出被废止文件的名称，请手工标记。", "abolished_unknown"))
        return policy
    _fill_validity(policy, lines, span.title_line + 1, span.end)
    policy.areas = _outline(lines, span.title_line + 1, span.end, policy.warnings)
    return policy


def _read_report(lines: list[str], span: DocumentSpan) -> ParsedPolicy:
    policy = ParsedPolicy(title=span.title, kind="report")
    head_end = min(span.end, span.title_line + _HEAD_LINES)
    head = [strip_markup(l) for l in lines[span.title_line: head_end]]
    joined = "".join(head)
    policy.issued_on = parse_date(joined.split("——", 1)[1]) if "——" in joined else None
    if policy.issued_on is None and span.toc:
        policy.issued_on = entry_date(span.toc)
    policy.issuer = next((doc_meta.speaker_issuer(l) for l in head if doc_meta.speaker_issuer(l)), "")
    if not policy.issuer and span.toc and span.toc.speaker:
        policy.issuer = doc_meta.speaker_issuer(span.toc.speaker)
    text = "\n".join(lines[span.title_line - 1: span.end])
    year_match = _PLAN_YEAR.search(text)
    year = int(year_match.group(1)) if year_match else (policy.issued_on.year if policy.issued_on else None)
    policy.start_year = policy.end_year = year
    glossary_line = find_glossary(lines, span.title_line + 1, span.end)
    outline_end = glossary_line - 1 if glossary_line else span.end
    if glossary_line:
        policy.glossary, warnings = parse_glossary(lines, glossary_line, span.end)
        policy.warnings.extend(warnings)
    policy.areas, warnings = parse_report_outline(lines, span.title_line + 1, outline_end, year)
    policy.warnings.extend(warnings)
    _read_targets(policy, lines, span.title_line + 1, outline_end, year)
    _warn_missing(policy, span, need_doc_no=False)
    return policy


def _read_targets(policy: ParsedPolicy, lines: list[str], first: int, last: int, year: int | None) -> None:
    for line, raw in paragraphs(lines, first, last):
        text = clean_text(raw)
        for _, lead, body in find_target_sentences(text):
            stated = re.search(r"(\d{4})\s*年", lead)
            target_year = int(stated.group(1)) if stated else year
            indicators, warnings = parse_targets(body, target_year, lead, line)
            policy.indicators.extend(indicators)
            policy.warnings.extend(warnings)


# --- metadata ---------------------------------------------------------------------------


def _fill_meta(policy: ParsedPolicy, lines: list[str], span: DocumentSpan, first: int, last: int) -> None:
    """文号, issuer and date from the notice part ``first..last`` and the 目录 entry."""
    policy.doc_no = span.toc.doc_no if span.toc and span.toc.doc_no else ""
    if not policy.doc_no:
        policy.doc_no = next((doc_no_line(lines[n - 1]) for n in range(first, min(last, span.title_line + 6) + 1)
                              if doc_no_line(lines[n - 1])), "")
    issuer, issued, _ = doc_meta.find_signature(lines, span.title_line + 1, last)
    policy.issuer = issuer or doc_meta.title_issuer(span.title)
    policy.issued_on = issued
    if policy.issued_on:
        policy.start_year = policy.issued_on.year
    _warn_missing(policy, span, need_doc_no=True)


def _fill_validity(policy: ParsedPolicy, lines: list[str], first: int, last: int) -> None:
    years = doc_meta.validity_years("".join(strip_markup(l) for l in lines[first - 1: last]))
    policy.end_year = doc_meta.end_year_of(policy.issued_on, years) or policy.end_year


def _warn_missing(policy: ParsedPolicy, span: DocumentSpan, need_doc_no: bool) -> None:
    missing = [name for name, value in (("文号", policy.doc_no if need_doc_no else "-"),
                                        ("发文机关", policy.issuer), ("成文日期", policy.issued_on)) if not value]
    if missing:
        policy.warnings.append(ParseWarning(span.title_line, f"《{policy.title}》没有读出{'、'.join(missing)}，请在预览中补充。", "metadata_missing"))


# --- structure --------------------------------------------------------------------------


def _outline(lines: list[str], first: int, last: int, warnings: list[ParseWarning]):
    if first > last:
        return []
    offset = first - 1
    body = "\n".join(_LIST_MARK.sub("", line) for line in lines[first - 1: last])
    shifted = []
    for paragraph in logical_paragraphs(body):
        if _is_trailer(paragraph.text):
            break  # 附件 list, 公开方式, 抄送: the body is over
        shifted.append(Paragraph(paragraph.line + offset, paragraph.text))
    areas = parse_outline(shifted, warnings)
    for area in areas:
        attach_trailing_units(area.measures)
    return areas


def _is_trailer(text: str) -> bool:
    """Lines printed after a document's body: 公开方式, 附件 lists, 抄送."""
    return bool(re.match(r"^(公开方式|抄送|附件[:：\d]|印发)", text))


def _find_line(lines: list[str], title: str, first: int, last: int) -> int | None:
    key = title_key(title)
    for number in range(first, last + 1):
        text = strip_markup(lines[number - 1])
        if text and (title_key(text) == key or same_document(text, title)):
            return number
    return None


def _after_signature(lines: list[str], span: DocumentSpan, last: int) -> int:
    _, _, date_line = doc_meta.find_signature(lines, span.title_line + 1, last)
    return (date_line or span.title_line) + 1
