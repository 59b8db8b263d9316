"""Document numbers (文号): 湛府办〔2022〕32号 and the ways extraction writes its brackets
(粤府函[2019]405号, 湛教（2015）86 号, 湛商务„2021‟32 号, 湛委办﹝2021﹞1 号). Every reader
finds and normalises them here, to 机关代字〔年份〕序号号. Standard library only."""

from __future__ import annotations

import re

from zjtracker.importing.cleaning.markup import strip_markup

_OPEN = "〔\\[［【（(„﹝〖"
_CLOSE = "〕\\]］】）)‟﹞〗"
DOC_NO_RE = re.compile(
    rf"(?P<org>[\u4e00-\u9fff]{{1,12}})\s*[{_OPEN}]\s*(?P<year>\d{{4}})\s*[{_CLOSE}]"
    r"\s*(?P<n>\d{1,5})\s*号"
)


def normalize_doc_no(match: re.Match) -> str:
    """湛府办〔2022〕32号 from a DOC_NO_RE match: brackets 〔〕, no spaces or leading zeros."""
    return f"{match.group('org')}〔{match.group('year')}〕{int(match.group('n'))}号"


def find_doc_no(text: str, max_other_chars: int | None = None) -> str:
    """The first document number in ``text``, normalised, or ''. With ``max_other_chars``
    only a text holding little else counts (a 文号 line, not a citation in a sentence)."""
    match = DOC_NO_RE.search(text)
    if not match:
        return ""
    if max_other_chars is not None and len(text) - len(match.group(0)) > max_other_chars:
        return ""
    return normalize_doc_no(match)


def doc_no_line(line: str) -> str:
    """The document number when the line holds nothing else (maybe in brackets)."""
    return find_doc_no(strip_markup(line).strip("()（） "), max_other_chars=0)
