"""The table of contents (目录) of a gazette issue: which documents it holds.

A 目录 lists each document as a block of lines ending with dot leaders and a page number
(``…工作方案的通知`` / ``(湛府函〔2021〕1 号) ..... 29``). Category headings such as
``### 市政府文件`` or ``**政策解读**`` sit between the blocks; a block whose only candidate
title is its heading (``### 政府工作报告`` above ``湛江市市长 曾进泽..... 1``) takes the
heading as title. Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zjtracker.importing.annotations.dates import parse_date
from zjtracker.importing.documents.meta import is_speaker_line
from zjtracker.importing.documents.doc_numbers import doc_no_line, find_doc_no
from zjtracker.importing.cleaning.markup import is_heading, strip_markup

_TOC_HEADING = re.compile(r"^目\s*录$|^本期目录$")
_PAGE_TAIL = re.compile(r"\s*(?:[.．·…⋯]{2,}|…+)\s*(\d{1,4})\s*$")
_MAX_GAP = 8  # non-blank lines after the last page number before the contents are over


@dataclass
class TocEntry:
    title: str
    doc_no: str = ""
    page: int | None = None
    subtitle: str = ""  # ——2021 年 1 月 29 日在…会议上
    speaker: str = ""  # 湛江市市长 曾进泽
    category: str = ""  # 市政府文件
    line: int = 0  # the page-number line
    candidates: list[str] = field(default_factory=list)  # headings that may be the title


@dataclass
class TableOfContents:
    heading_line: int
    end_line: int  # the last line of the contents (its last page-number line)
    entries: list[TocEntry]


def find_toc(lines: list[str]) -> TableOfContents | None:
    """The 目录 of the text, or None when it has none (or one with fewer than 2 entries)."""
    start = next((n for n, line in enumerate(lines[:200], 1)
                  if _TOC_HEADING.match(strip_markup(line).replace(" ", ""))), None)
    if start is None:
        return None
    page_lines: list[int] = []
    gap = 0
    for number in range(start + 1, len(lines) + 1):
        raw = lines[number - 1]
        text = strip_markup(raw)
        if not text:
            continue
        if _PAGE_TAIL.search(text):
            page_lines.append(number)
            gap = 0
            continue
        gap += 1
        if gap > _MAX_GAP or len(text) > 120 or (raw.startswith("# ") and page_lines):
            break
    if len(page_lines) < 2:
        return None
    entries = []
    previous = start
    for page_line in page_lines:
        entries.append(_read_entry(lines, previous + 1, page_line))
        previous = page_line
    return TableOfContents(heading_line=start, end_line=page_lines[-1], entries=entries)


def _read_entry(lines: list[str], first: int, page_line: int) -> TocEntry:
    entry = TocEntry(title="", line=page_line)
    title_parts: list[str] = []
    headings: list[str] = []
    for number in range(first, page_line + 1):
        raw = lines[number - 1]
        text = strip_markup(raw)
        if not text:
            continue
        page = _PAGE_TAIL.search(text)
        if page:
            entry.page = int(page.group(1))
            text = text[: page.start()].strip()
            if not text:
                continue
        bold_only = raw.strip().startswith("**") and raw.strip().endswith("**")
        if is_heading(raw) or bold_only:
            headings.append(text)
            title_parts = []  # a heading ends any title written above it
        elif doc_no_line(text):
            entry.doc_no = doc_no_line(text)
        elif text.startswith(("——", "—", "--")):
            entry.subtitle = text.lstrip("—- ")
        elif is_speaker_line(text):
            entry.speaker = text
        else:
            tail = re.search(r"\s*[（(]([^（()）]*号)[）)]\s*$", text)
            if tail and find_doc_no(tail.group(1)):
                entry.doc_no = entry.doc_no or find_doc_no(tail.group(1))
                text = text[: tail.start()]
            title_parts.append(text)
    if not entry.doc_no:
        entry.doc_no = find_doc_no(" ".join(title_parts))
    entry.candidates = headings
    entry.category = headings[0] if headings else ""
    entry.title = "".join(title_parts) if title_parts else (headings[-1] if headings else "")
    return entry


def entry_date(entry: TocEntry):
    """The date a 目录 entry gives in its subtitle (a speech's ——2021年1月29日在…)."""
    return parse_date(entry.subtitle) if entry.subtitle else None
