"""Page numbers and running headers left in text extracted from a printed document.

A printed page ends with its number (``- 3 -``, ``— 3 —``, ``·3·``, ``第3页``, ``第3页 共12页``) and
the next begins with the running header (the issuing office, the title); extracted as text
they sit between two lines of the body, sometimes in the middle of a sentence
(``…新建街道综合养`` / ``- 3 -`` / ``株洲市人民政府办公室`` / ``老服务中心10个。…``).

``remove_page_marks`` blanks the page-number lines and the lines next to them that repeat at
two or more page breaks (the running header or footer), leaving the line count as it was so
that line numbers in messages still point at the source, and mends a sentence cut by the
break: the rest of it is moved up onto the line where it began. A header printed inside a
line next to a page number (``综合养— 3 —株洲市人民政府办公室老服务``) is taken out too.
Standard library only.
"""

from __future__ import annotations

import re
from collections import Counter

_DASH = "-—–－─"
PAGE_NUMBER = re.compile(
    rf"^\s*(?:[{_DASH}]{{1,2}}\s*\d{{1,4}}\s*[{_DASH}]{{1,2}}|[·•・]\s*\d{{1,4}}\s*[·•・]"
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页"
    r"|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$")
_INLINE_NUMBER = re.compile(rf"\s*[{_DASH}]{{1,2}}\s*\d{{1,4}}\s*[{_DASH}]{{1,2}}\s*")
_WINDOW = 2  # non-blank lines on each side of a page number that may be header or footer
_HEADER_MAX = 40
_BREAK_REACH = 12  # lines a page break (blank lines, number, header) spans at most
_SENTENCE_END = "。！？；：!?;:"
_CLOSERS = "”’）)》」』"
_INSIDE = "，。；、：,;"


def is_page_number(line: str) -> bool:
    return bool(PAGE_NUMBER.match(line))


def remove_page_marks(lines: list[str]) -> list[str]:
    """The lines with page numbers and running headers blanked and cut sentences mended."""
    pages = [n for n, line in enumerate(lines) if is_page_number(line)]
    if not pages:
        return lines
    lines = list(lines)
    headers = _running_headers(lines, pages)
    blanked: set[int] = set(pages)
    for page in pages:
        for index in _neighbours(lines, page):
            if _key(lines[index]) in headers:
                blanked.add(index)
    for index in blanked:
        lines[index] = ""
    if headers:
        _remove_inline(lines, headers)
    for page in pages:
        _mend(lines, page)
    return lines


def _key(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _neighbours(lines: list[str], page: int) -> list[int]:
    """The lines next to a page number that may be its running header or footer: up to
    ``_WINDOW`` non-blank lines on each side, each short, without sentence punctuation and
    without a numbering label, stopping at the first that is not."""
    from zjtracker.importing.cleaning.text_lines import match_label

    found = []
    for step in (-1, 1):
        index, seen = page + step, 0
        while 0 <= index < len(lines) and seen < _WINDOW:
            line = lines[index].strip()
            if is_page_number(line):
                break
            if line:
                if len(_key(line)) > _HEADER_MAX or "\t" in line \
                        or any(c in line for c in "。；，、") or match_label(line) is not None:
                    break
                seen += 1
                found.append(index)
            index += step
    return found


def _running_headers(lines: list[str], pages: list[int]) -> set[str]:
    """Texts found next to two or more page numbers (each counted once per page break)."""
    counts: Counter = Counter()
    for page in pages:
        counts.update({_key(lines[i]) for i in _neighbours(lines, page)})
    return {text for text, count in counts.items() if count >= 2 and text}


def _remove_inline(lines: list[str], headers: set[str]) -> None:
    """A header glued into a line beside a page number: ``…综合养— 3 —株洲市人民政府办公室老…``."""
    for index, line in enumerate(lines):
        if not line or not _INLINE_NUMBER.search(line):
            continue
        for header in headers:
            pattern = re.compile(_INLINE_NUMBER.pattern + re.escape(header) + "|"
                                 + re.escape(header) + _INLINE_NUMBER.pattern)
            line = pattern.sub("", line)
        lines[index] = line


def _mend(lines: list[str], page: int) -> None:
    """Join the two halves of a sentence a page break cut: the first ends without a mark
    and reads as running text, the second starts without a numbering label."""
    from zjtracker.importing.cleaning.text_lines import match_label

    before = _nonblank(lines, page, -1)
    after = _nonblank(lines, page, 1)
    if before is None or after is None:
        return
    head, tail = lines[before].rstrip(), lines[after].strip()
    if "\t" in head or "\t" in lines[after] or not head or not tail:
        return
    last = head[-1]
    if last in _SENTENCE_END or (last in _CLOSERS and len(head) > 1 and head[-2] in _SENTENCE_END):
        return
    if not any(c in head for c in _INSIDE) or match_label(tail) is not None:
        return
    lines[before] = head + tail
    lines[after] = ""


def _nonblank(lines: list[str], index: int, step: int) -> int | None:
    """The nearest non-blank line in direction ``step`` within a page break's reach."""
    for _ in range(_BREAK_REACH):
        index += step
        if not 0 <= index < len(lines):
            return None
        if lines[index].strip():
            return index
    return None
