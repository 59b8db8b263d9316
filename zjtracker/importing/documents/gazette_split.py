"""Cutting a gazette issue (政府公报) into its documents.

The 目录 says which documents the issue holds; each is found in the body by its title
line (compared without spaces, markup or width differences, so ``# 政 府 工 作 报 告`` is
``政府工作报告``). Title lines the 目录 does not list are found by the shape of a document
title (关于…的通知, …政策解读, …工作报告, a top-level heading ending in 方案/办法/…); a
heading that repeats the title a 关于印发《X》的通知 wraps is X itself, not a new
document. A document starts at its title or at the number lines printed above it (文号,
规范性文件编号) and ends where the next one starts. Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zjtracker.importing.documents.meta import classify_kind, is_registration_line, unwrap_title
from zjtracker.importing.documents.doc_numbers import doc_no_line
from zjtracker.importing.cleaning.markup import heading_level, is_heading, squeeze, strip_markup
from zjtracker.importing.documents.gazette_toc import TableOfContents, TocEntry, find_toc
from zjtracker.importing.model import ParseWarning
from zjtracker.importing.documents.references import interpreted_title, same_document
from zjtracker.importing.documents.titles import title_key

_NOTICE_TITLE = re.compile(r"^[^\d《（(—\-]\S*关于\S{2,}的(通知|决定|意见|批复|通告|公告|函|报告)$")
_INTERPRETATION_TITLE = re.compile(r"^\S{4,}解读$")
_REPORT_TITLE = re.compile(r"^\S{0,20}工作报告$")
_POLICY_TITLE = re.compile(r"^[^\d一二三四五六七八九十（(第—\-]\S{3,}(方案|办法|规划|计划|细则|规定|意见|措施|条例|规则|纲要)$")
_MAX_TITLE = 90


@dataclass
class DocumentSpan:
    start: int  # first line (1-based), number lines above the title included
    end: int  # last line, inclusive
    title_line: int
    title: str  # as printed, markup and extraction spaces removed
    toc: TocEntry | None = None


def split_documents(lines: list[str]) -> tuple[list[DocumentSpan], TableOfContents | None, list[ParseWarning]]:
    """The documents of a gazette issue in order, the 目录 if any, and warnings."""
    warnings: list[ParseWarning] = []
    toc = find_toc(lines)
    body_start = toc.end_line + 1 if toc else 1
    candidates = title_candidates(lines, body_start)
    starts: dict[int, DocumentSpan] = {}
    if toc:
        cursor = body_start
        for entry in toc.entries:
            found = _find_title(lines, entry, cursor)
            if found is None:
                warnings.append(ParseWarning(entry.line, f"目录中的“{entry.title}”在正文中没有找到，这份文件没有读取，请核对。", "toc_entry_missing"))
                continue
            number, title = found
            starts[number] = DocumentSpan(0, 0, number, title, entry)
            cursor = number + 1
    for number, title in candidates:
        if number not in starts and not any(number == s.title_line + 1 for s in starts.values()):
            starts.setdefault(number, DocumentSpan(0, 0, number, title, None))
    spans = _drop_attachments(sorted(starts.values(), key=lambda s: s.title_line))
    _set_bounds(lines, spans, body_start)
    spans = _merge_interpretations(spans)
    if toc:
        for span in spans:
            if span.toc is None:
                warnings.append(ParseWarning(span.title_line, f"正文第{span.title_line}行的“{span.title}”没有列在目录中，已作为单独的一份文件读取，请核对。", "not_in_toc"))
    return spans, toc, warnings


def title_candidates(lines: list[str], start: int) -> list[tuple[int, str]]:
    """Lines from ``start`` on shaped like the title of a document."""
    found = []
    for number in range(start, len(lines) + 1):
        raw = lines[number - 1]
        text = squeeze(strip_markup(raw))
        if not text or len(text) > _MAX_TITLE or text.endswith(("。", "；", "，", "：")):
            continue
        plain = title_key(text)
        if is_heading(raw):
            if _NOTICE_TITLE.match(plain) or _INTERPRETATION_TITLE.match(plain) \
                    or _REPORT_TITLE.match(plain) \
                    or (heading_level(raw) == 1 and _POLICY_TITLE.match(plain)):
                found.append((number, text))
        elif _NOTICE_TITLE.match(plain) and _framed_as_title(lines, number):
            found.append((number, text))
    return found


def _framed_as_title(lines: list[str], number: int) -> bool:
    """A plain (non-heading) line is a title when a 文号 line is next to it or a
    salutation (主送机关, ending in ：) follows it."""
    neighbours = [_nonblank(lines, number, -1), _nonblank(lines, number, 1)]
    if any(n and (doc_no_line(lines[n - 1]) or is_registration_line(lines[n - 1])) for n in neighbours):
        return True
    after = neighbours[1]
    return bool(after) and strip_markup(lines[after - 1]).endswith(("：", ":"))


def _nonblank(lines: list[str], number: int, step: int) -> int | None:
    number += step
    while 1 <= number <= len(lines):
        if strip_markup(lines[number - 1]):
            return number
        number += step
    return None


def _find_title(lines: list[str], entry: TocEntry, cursor: int) -> tuple[int, str] | None:
    keys = [title_key(entry.title)] + [title_key(c) for c in reversed(entry.candidates)]
    keys = [k for k in keys if len(k) >= 4]
    for number in range(cursor, len(lines) + 1):
        text = strip_markup(lines[number - 1])
        if not text:
            continue
        key = title_key(text)
        if key in keys:
            return number, squeeze(text)
        following = _nonblank(lines, number, 1)
        if following and following - number <= 2:
            joined = key + title_key(lines[following - 1])
            if joined in keys:
                return number, squeeze(text + strip_markup(lines[following - 1]))
    return None


def _drop_attachments(spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """Remove headings that repeat the title a 关于印发《X》的通知 just before wraps."""
    kept: list[DocumentSpan] = []
    for span in spans:
        if kept and span.toc is None:
            _, inner = unwrap_title(kept[-1].title)
            if inner and same_document(inner, span.title):
                continue
        kept.append(span)
    return kept


def _set_bounds(lines: list[str], spans: list[DocumentSpan], body_start: int) -> None:
    previous_title = body_start - 1
    for span in spans:
        start = span.title_line
        probe = start - 1
        while probe > previous_title:
            raw = lines[probe - 1]
            if not strip_markup(raw):
                probe -= 1
                continue
            if doc_no_line(raw) or is_registration_line(raw):
                start = probe
                probe -= 1
                continue
            break
        span.start = start
        previous_title = span.title_line
    for index, span in enumerate(spans):
        end = spans[index + 1].start - 1 if index + 1 < len(spans) else len(lines)
        while end > span.title_line and not strip_markup(lines[end - 1]):
            end -= 1
        span.end = end


def _merge_interpretations(spans: list[DocumentSpan]) -> list[DocumentSpan]:
    """A second 解读 of the same policy right after the first (the picture version, 图解)
    belongs to the first."""
    merged: list[DocumentSpan] = []
    for span in spans:
        if merged and span.toc is None and classify_kind(span.title) == "interpretation" \
                and classify_kind(merged[-1].title) == "interpretation" \
                and same_document(interpreted_title(span.title), interpreted_title(merged[-1].title)):
            merged[-1].end = span.end
            continue
        merged.append(span)
    return merged
