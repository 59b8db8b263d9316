"""Small text helpers the gazette reader shares: markup stripping, squeezing spaces and
rejoining paragraphs that a page break cut in two.

Gazette text is extracted from PDF into markdown-ish lines: ``#`` headings, ``**bold**``
lead sentences (黑体引导句), ``- `` list marks, two trailing spaces as a line break and
stray HTML such as ``<sub>``. Standard library only.
"""

from __future__ import annotations

import html
import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_LIST_MARK = re.compile(r"^\s*[-*+]\s+(?=\S)")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_BOLD = re.compile(r"\*\*|__")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}\d%％。，、；：“”《》（）〔〕])\s+|\s+(?=[{_CJK}“”《》（）〔〕])")

# Sentence-final marks: a paragraph that ends without one was cut by a page break.
_FINAL_MARKS = ("。", "！", "？", "!", "?", "：", ":", "”", "）", ")", "》")
# Lines that open a new structural element, never the tail of a cut paragraph.
_NEW_ELEMENT = re.compile(
    r"^\s*(#|\*\*|[-*+]\s|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]"
    r"|\d+\s*[.、．](?!\d)|第[一二三四五六七八九十百零〇\d]+[章节条部分])"
)


def is_heading(line: str) -> bool:
    """A markdown heading line (``# ...``)."""
    return bool(_HEADING.match(line)) and line.lstrip().startswith("#")


def heading_level(line: str) -> int:
    stripped = line.lstrip()
    return len(stripped) - len(stripped.lstrip("#")) if stripped.startswith("#") else 0


def strip_markup(line: str) -> str:
    """The plain text of one line: no heading marks, bold marks, list marks or HTML."""
    text = html.unescape(_HTML_TAG.sub("", line))
    text = _HEADING.sub("", text) if text.lstrip().startswith("#") else text
    text = _LIST_MARK.sub("", text)
    text = _BOLD.sub("", text)
    return _SPACES.sub(" ", text).strip()


def squeeze(text: str) -> str:
    """Remove extraction spaces next to Chinese characters (``增长 7%`` -> ``增长7%``)."""
    return _SPACE_NEAR_CJK.sub("", text).strip()


def is_blank(line: str) -> bool:
    return not strip_markup(line)


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_FINAL_MARKS)


def paragraphs(lines: list[str], start: int, end: int, min_cut_length: int = 20):
    """Yield ``(line_number, raw_text)`` paragraphs of ``lines[start-1:end]`` (1-based,
    inclusive). A line that ends mid-sentence and is long enough to be a full printed line
    is joined with the next non-blank line unless that line opens a new element: this
    mends paragraphs cut by page breaks. The raw text keeps its bold marks."""
    pending_no: int | None = None
    pending = ""
    for number in range(start, end + 1):
        raw = lines[number - 1].rstrip()
        if not strip_markup(raw):
            continue
        if pending and not ends_sentence(strip_markup(pending)) \
                and len(strip_markup(pending)) >= min_cut_length \
                and not _NEW_ELEMENT.match(raw) and not is_heading(pending):
            pending = pending + raw.strip()
            continue
        if pending:
            yield pending_no, pending
        pending_no, pending = number, raw.strip()
    if pending:
        yield pending_no, pending
