"""How alike two Chinese task texts are, 0–1: character bigrams compared as sets (Jaccard),
checked with difflib's ratio for the few best candidates. Texts are normalised first: no
spaces, punctuation or leading task numbers, full-width letters and digits folded."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

_LEADING_NUMBER = re.compile(r"^\s*(?:[（(]\s*[0-9一二三四五六七八九十百]+\s*[)）]|[0-9]+[.、．]|第[0-9一二三四五六七八九十百]+项)")
_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = _LEADING_NUMBER.sub("", text)
    return _NOT_WORD.sub("", text).lower()


def bigrams(text: str) -> frozenset[str]:
    text = normalise(text)
    if len(text) < 2:
        return frozenset({text}) if text else frozenset()
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def ratio(a: str, b: str) -> float:
    """difflib's ratio on the normalised texts (the texts cut to 400 characters)."""
    a, b = normalise(a)[:400], normalise(b)[:400]
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def similarity(a: str, b: str) -> float:
    """The larger of the two measures: a reworded sentence keeps its order (ratio), a
    reordered one keeps its bigrams (Jaccard)."""
    return max(jaccard(bigrams(a), bigrams(b)), ratio(a, b))
