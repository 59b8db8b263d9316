"""A government gazette issue (政府公报): several official documents in one text.

``looks_like_gazette`` tells an issue from a single policy document; ``parse_gazette``
returns one ParsedPolicy per document in the issue (work report, plans and rules printed
with their 印发 notices, abolition notices, policy interpretations). How the issue is cut
is in ``gazette_split``; how each document is read, in ``gazette_document``. Standard
library only.
"""

from __future__ import annotations

import re

from zjtracker.importing.documents.gazette_document import read_document
from zjtracker.importing.documents.gazette_split import DocumentSpan, split_documents
from zjtracker.importing.documents.gazette_toc import find_toc
from zjtracker.importing.model import ParseResult, ParseWarning
from zjtracker.importing.documents.references import same_document

_GAZETTE_WORDS = re.compile(r"公\s*报|政\s*报")


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def looks_like_gazette(text: str) -> bool:
    """Whether the text holds two or more separate documents: two found in the body by their
    own titles (a 目录 entry found there, or a line shaped like a document's title), or a
    目录 listing two or more documents each with its own 文号, one of them found in the body.
    A 目录 alone decides nothing: the chapters a plan lists (第一章 发展基础……1) are not
    documents."""
    from zjtracker.importing.cleaning.text_lines import match_label

    spans, toc, _ = split_documents(_lines(text))
    documents = [span for span in spans if match_label(span.title) is None]
    if len(documents) >= 2:
        return True
    numbered = [entry for entry in toc.entries if entry.doc_no] if toc else []
    return len(numbered) >= 2 and any(span.toc in numbered for span in documents)


def parse_gazette(text: str, source: str) -> ParseResult:
    """One ParsedPolicy per document of the issue, in printed order. Each policy's
    ``warnings`` hold what was unsure in it; the result's ``warnings`` hold those too,
    plus what concerns the issue as a whole (目录 entries not found, …)."""
    lines = _lines(text)
    result = ParseResult(source=source)
    spans, _, warnings = split_documents(lines)
    result.warnings.extend(warnings)
    if not spans:
        result.warnings.append(ParseWarning(None, "没有在这份公报中找到任何文件标题，未能读取，请检查文件内容。", "no_documents"))
        return result
    _warn_unclaimed(lines, spans, result.warnings)
    for span in spans:
        policy = read_document(lines, span)
        result.policies.append(policy)
        result.warnings.extend(policy.warnings)
    _link_interpretations(result)
    return result


def document_spans(text: str) -> list[DocumentSpan]:
    """Where each document of the issue lies (1-based line ranges), for previews."""
    return split_documents(_lines(text))[0]


def _link_interpretations(result: ParseResult) -> None:
    """Name an interpreted policy exactly as it was read when it is in the same issue."""
    for policy in result.policies:
        if policy.kind != "interpretation" or not policy.interprets:
            continue
        for other in result.policies:
            if other is not policy and other.kind != "interpretation" \
                    and same_document(other.title, policy.interprets):
                policy.interprets = other.title
                break


def _warn_unclaimed(lines: list[str], spans: list[DocumentSpan], warnings: list[ParseWarning]) -> None:
    """Body text before the first document that is not the 目录 is left out: say so."""
    toc = find_toc(lines)
    first = (toc.end_line + 1) if toc else 1
    stray = [n for n in range(first, spans[0].start) if lines[n - 1].strip()]
    if stray:
        warnings.append(ParseWarning(stray[0], f"第{stray[0]}至{stray[-1]}行不属于任何一份文件，没有读取，请核对。", "unclaimed_text"))
