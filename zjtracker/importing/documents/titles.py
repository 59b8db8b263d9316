"""Title comparison keys: two ways of writing one document title give one key. Standard
library only."""

from __future__ import annotations

import re
import unicodedata

from zjtracker.importing.cleaning.markup import strip_markup

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "〔": "[", "〕": "]"})
_PUNCTUATION = re.compile(r"[《》<>\"'「」、，,。.]")


def title_key(text: str | None, ignore_punctuation: bool = False) -> str:
    """A key under which two ways of writing one title coincide: no markup, no spaces,
    full-width forms folded (NFKC), quotes unified. With ``ignore_punctuation`` book-title
    marks, quotes, enumeration commas, commas and full stops are dropped as well, for
    matching a title as cited elsewhere (《X》, X，…) against the stored one."""
    text = strip_markup(text or "")
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", "", text)
    text = text.translate(_QUOTES)
    return _PUNCTUATION.sub("", text) if ignore_punctuation else text
