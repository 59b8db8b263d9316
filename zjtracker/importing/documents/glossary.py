"""The glossary (名词解释) at the end of a work report or plan: ``**term：**definition``
lines become GlossaryEntry items. Standard library only."""

from __future__ import annotations

import re

from zjtracker.importing.cleaning.markup import squeeze, strip_markup
from zjtracker.importing.model import GlossaryEntry, ParseWarning

_GLOSSARY_HEADING = re.compile(r"^(附[:：]?)?(有关|相关|部分)?(名词|术语)(解释|注释|说明)$|^注释$")
# **term：**definition  /  **term**：definition  /  term：definition
_BOLD_ENTRY = re.compile(r"^\*\*(?P<term>[^*]{1,40}?)\s*[：:]?\s*\*\*\s*[：:]?\s*(?P<definition>.+)$")
_PLAIN_ENTRY = re.compile(r"^(?P<term>[^：:，。；]{1,30})[：:](?P<definition>.+)$")
_MAX_TERM = 30


def is_glossary_heading(line: str) -> bool:
    return bool(_GLOSSARY_HEADING.match(re.sub(r"\s+", "", strip_markup(line))))


def find_glossary(lines: list[str], start: int, end: int) -> int | None:
    """The line of the glossary heading within ``start..end`` (1-based), or None."""
    for number in range(start, end + 1):
        if is_glossary_heading(lines[number - 1]):
            return number
    return None


def parse_glossary(lines: list[str], heading: int, end: int) -> tuple[list[GlossaryEntry], list[ParseWarning]]:
    """Entries after the glossary heading up to ``end``. A line that is not an entry
    continues the definition above it (a definition wrapped by a page break)."""
    entries: list[GlossaryEntry] = []
    warnings: list[ParseWarning] = []
    for number in range(heading + 1, end + 1):
        raw = lines[number - 1].strip()
        if not strip_markup(raw):
            continue
        entry = _read_entry(raw)
        if entry:
            entries.append(entry)
        elif entries:
            entries[-1].definition += squeeze(strip_markup(raw))
        else:
            warnings.append(ParseWarning(number, "名词解释下的这一行不是“名词：解释”的写法，已跳过，请核对。", "glossary_line"))
    return entries, warnings


def _read_entry(raw: str) -> GlossaryEntry | None:
    match = _BOLD_ENTRY.match(raw)
    if not match:
        plain = strip_markup(raw)
        match = _PLAIN_ENTRY.match(plain)
        if not match or raw.startswith(("#",)):
            return None
    term = _clean_term(match.group("term"))
    definition = squeeze(strip_markup(match.group("definition")))
    if not term or len(term) > _MAX_TERM or not definition:
        return None
    return GlossaryEntry(term=term, definition=definition)


def _clean_term(term: str) -> str:
    term = squeeze(strip_markup(term)).strip("：: ")
    # “三院” -> 三院, but “1+1+9”工作部署 keeps its quotes
    if term.startswith("“") and term.endswith("”") and term.count("“") == 1:
        term = term[1:-1]
    return term
