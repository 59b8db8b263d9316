"""The 目录 page of a plan: its entries repeat the chapter headings with dot leaders and page
numbers (``第一章　发展基础……………1``) and are not part of the text to read.

``remove_plan_contents`` blanks such a listing (its 目录 heading and its entries), leaving
the line count as it was. A listing whose entries name separate documents (a 文号, a
关于…的通知, a 政策解读, …) is the contents of a gazette issue: the gazette reader needs it to
find the documents, so it is left alone. A listing without a 目录 heading counts when three
or more entries with dot leaders follow one another. Standard library only.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^(?:#+\s*)?(?:\*\*)?\s*(目\s*录|目\s*次|本期目录)\s*(?:\*\*)?$")
_LEADER = re.compile(r"(?:[.．·・…⋯•‥_—-]\s*){3,}\s*[（(]?\s*(\d{1,4})\s*[）)]?\s*$")
_TAB_PAGE = re.compile(r"^(?P<entry>\S.*?)(?:\t|\s{2,})\s*(\d{1,4})\s*$")
_MAX_GAP = 2  # lines inside the listing that are not entries (an entry wrapped over lines)
_MIN_ENTRIES = 2
_MIN_ENTRIES_UNTITLED = 3


def entry_text(line: str) -> str | None:
    """The title of a contents entry (``第一章　发展基础``) when ``line`` is one, else None."""
    text = line.strip()
    m = _LEADER.search(text)
    if m:
        return text[: m.start()].strip()
    m = _TAB_PAGE.match(text)
    if m and _is_heading_entry(m.group("entry")):
        return m.group("entry").strip()
    return None


def _is_heading_entry(text: str) -> bool:
    from zjtracker.importing.cleaning.text_lines import match_label

    text = text.strip()
    return match_label(text) is not None and not any(c in text for c in "。；，")


def names_documents(entries: list[str]) -> bool:
    """Whether the entries of a listing are separate documents (the contents of a gazette)."""
    from zjtracker.importing.documents.doc_numbers import find_doc_no
    from zjtracker.importing.documents.meta import classify_kind, unwrap_title

    named = 0
    for entry in entries:
        if find_doc_no(entry) or unwrap_title(entry)[1] \
                or classify_kind(entry) in ("report", "interpretation", "notice"):
            named += 1
    return named >= 1


def find_listings(lines: list[str]) -> list[tuple[int, int, list[str]]]:
    """(first, last line index, entry titles) of each contents listing."""
    listings = []
    index = 0
    while index < len(lines):
        heading = bool(_HEADING.match(lines[index].strip()))
        start = index + 1 if heading else index
        if not heading and entry_text(lines[index]) is None:
            index += 1
            continue
        entries, last, gap, probe = [], index, 0, start
        while probe < len(lines) and gap <= _MAX_GAP:
            line = lines[probe]
            if not line.strip():
                probe += 1
                continue
            entry = entry_text(line)
            if entry is not None:
                entries.append(entry)
                last, gap = probe, 0
            elif not entries and heading:
                break
            else:
                gap += 1
            probe += 1
        needed = _MIN_ENTRIES if heading else _MIN_ENTRIES_UNTITLED
        leaders = sum(1 for n in range(start, last + 1) if _LEADER.search(lines[n].strip()))
        if len(entries) >= needed and (heading or leaders >= needed):
            listings.append((index, last, entries))
            index = last + 1
        else:  # a run that is no listing holds none from a later line either
            index = index + 1 if heading else max(index + 1, last + 1)
    return listings


def remove_plan_contents(lines: list[str]) -> list[str]:
    """The lines with every plan's contents listing blanked (see the module docstring)."""
    listings = [item for item in find_listings(lines) if not names_documents(item[2])]
    if not listings:
        return lines
    lines = list(lines)
    for first, last, _ in listings:
        for index in range(first, last + 1):
            lines[index] = ""
    return lines
