"""Shortening text for the body of a report without ever cutting inside a number, a title in
书名号 or a word: at the end of a sentence, else at a clause mark (，；、), else not at all.
Nothing is marked with …: the full text stands in the 附件."""

from __future__ import annotations

import re

SENTENCE_ENDS = "。！？；;"
CLAUSE_MARKS = "，、,：:"
# A sentence saying there is nothing: an optional time word, a negation, filler words, and
# at most the word for what is absent (问题, 困难, 意见, 建议 ...).
_NONE_WORDS = re.compile(
    r"^(?:本期|本季度|目前|暂时|当前|现阶段|经梳理|经排查|该项工作)*[，, ]*"
    r"(?:暂无|尚无|均无|并无|暂未|尚未|没有|未|无|没)"
    r"(?:任何|明显|突出|重大|存在|发现|遇到|需要|需|协调|解决|反映|提出|其他|特别|的|和|或|及|、)*"
    r"(?:问题|困难|意见|建议|情况|事项|障碍|困难问题)*"
    r"(?:和|及|、)?(?:问题|困难|意见|建议)?$")
_TRIM = " \t\r\n。．.！!；;，,、-—/\\（）()"


def is_none_text(text: str) -> bool:
    """无, 暂无, 没有, 无问题, 暂无问题。, 目前没有发现明显问题, N/A, /, — … say there is nothing."""
    plain = "".join((text or "").split()).strip(_TRIM)
    if not plain:
        return True
    if plain.lower() in {"na", "n/a", "none", "nil", "null"}:
        return True
    return bool(_NONE_WORDS.match(plain))


def _protected(text: str) -> list[bool]:
    """For each position: True where a cut would split a title in 《》 or 〈〉."""
    inside, depth = [], 0
    for char in text:
        if char in "《〈":
            depth += 1
        elif char in "》〉" and depth:
            depth -= 1
        inside.append(depth > 0)
    return inside


def clip(text: str, limit: int) -> str:
    """``text`` (whitespace folded) of at most about ``limit`` characters, cut after the last
    whole sentence that fits, else after a clause mark (which becomes 。); a text with no
    such place is returned whole rather than cut inside a word or number."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    inside = _protected(text)
    for marks in (SENTENCE_ENDS, CLAUSE_MARKS):
        for index in range(min(limit, len(text)) - 1, max(limit // 3, 1) - 1, -1):
            if text[index] in marks and not inside[index]:
                head = text[: index + 1]
                if marks is CLAUSE_MARKS or head[-1] in "；;":
                    head = head[:-1] + "。"
                return head
    return text


def normalized(text: str) -> str:
    """A key under which two problems written slightly differently count as the same."""
    return re.sub(r"[\s。．.！!；;，,、：:（）()“”\"'‘’]", "", text or "").lower()
