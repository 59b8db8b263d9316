"""Comparing task texts: is the 工作任务 written in a return the stored measure's text?

Colleagues copy, shorten or re-wrap the task text; spaces, punctuation and width do not
count, a text contained in the other or sharing its first dozen characters counts as the
same, otherwise the similarity of the first 120 characters decides."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
_LEADING_NUMBER = re.compile(r"^[（(]?\d{1,4}[）).．、]")
SAME = 0.55  # at or above: the same task
DIFFERENT = 0.35  # below: the text clearly differs


@lru_cache(maxsize=65536)  # a return compares the same few hundred texts many times
def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").strip()
    text = _LEADING_NUMBER.sub("", text)
    return _DROP.sub("", text)


MEANINGFUL = 6  # shorter texts (（略）, 同上) say nothing about the task


def similarity(a: str, b: str) -> float | None:
    """1.0 for the same task, 0.0 for unrelated text; None when either is too short to tell."""
    a, b = normalize(a), normalize(b)
    if len(a) < MEANINGFUL or len(b) < MEANINGFUL:
        return None
    if a == b:
        return 1.0
    shorter = min(len(a), len(b))
    if a in b or b in a:
        return 1.0
    if shorter >= 12 and a[:12] == b[:12]:
        return 1.0
    matcher = SequenceMatcher(None, a[:120], b[:120], autojunk=False)
    if matcher.real_quick_ratio() < DIFFERENT:
        return matcher.real_quick_ratio()
    return matcher.ratio()


def same_task(a: str, b: str) -> bool:
    """``similarity(a, b) >= SAME``, answered without the full comparison where a bound
    already decides it (the ratio is never above the share of characters in common)."""
    a, b = normalize(a), normalize(b)
    if len(a) < MEANINGFUL or len(b) < MEANINGFUL:
        return False
    if a == b or a in b or b in a or (min(len(a), len(b)) >= 12 and a[:12] == b[:12]):
        return True
    a, b = a[:120], b[:120]
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < SAME:
        return False
    if 2.0 * sum((Counter(a) & Counter(b)).values()) / total < SAME:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SAME


def meaningful(text: str) -> bool:
    return len(normalize(text)) >= MEANINGFUL


def mentions(context: str, label: str, title: str) -> bool:
    """Does a row's 指标名称 / heading ``context`` name this area or group?"""
    context = normalize(context)
    if not context:
        return False
    for part in (title, label + title):
        part = normalize(part)
        if part and (part in context or (len(context) >= 4 and context in part)):
            return True
    return False
