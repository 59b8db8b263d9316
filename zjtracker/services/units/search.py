"""Finding a unit as a clerk types: by any part of its name or an alias, or by the pinyin
initials (sfgj finds 市发改局, fgj finds 市发展和改革局 through its alias); and the order of
unit lists, by pinyin (as a Chinese dictionary orders), not by code point.

Collective words (事项市级主管部门, 各县（市、区）…) name a group of units, never one bureau."""

from __future__ import annotations

import re
from functools import lru_cache

from zjtracker.importing.annotations.units import KIND_COLLECTIVE, unit_kind

# words the importer may have kept as a unit that stand for several units
_COLLECTIVE_WORDS = (
    re.compile(r"^(各|相关|有关|其他|其它|所有|全市)"),
    re.compile(r"主管部门$"),
    re.compile(r"^(事项|项目)"),
    re.compile(r"(有关|相关|各|成员)(部门|单位|县|区|企业|机构)"),
    re.compile(r"等.*(部门|单位|企业|机构)$"),  # 电力、供排水、通信网络等地下管线单位
    re.compile(r"^各县（市、区）"),
)


def is_collective(name: str, kind: str | None = None) -> bool:
    """True for a word that names a group of units (各县（市、区）, 事项市级主管部门)."""
    if kind == KIND_COLLECTIVE:
        return True
    name = (name or "").strip()
    return unit_kind(name) == KIND_COLLECTIVE or any(p.search(name) for p in _COLLECTIVE_WORDS)


@lru_cache(maxsize=4096)
def _syllables(text: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin  # loaded when a unit list is first built

    return tuple(lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: list(chars)))


def pinyin_initials(text: str) -> str:
    """The first letter of each syllable, other characters dropped: 市发改局 → sfgj."""
    return "".join(s[0] for s in _syllables(text) if s and s[0].isascii() and s[0].isalnum()).lower()


def sort_key(name: str) -> tuple:
    """Orders names by pinyin, syllable by syllable (拼音顺序), then by the name itself."""
    return tuple(s.lower() for s in _syllables(name)), name


def sorted_by_pinyin(items, name=lambda item: item):
    return sorted(items, key=lambda item: sort_key(name(item)))


def search_text(name: str, aliases=()) -> str:
    """Everything a typed text is looked for in: names, aliases and their pinyin initials."""
    words = [name, *aliases]
    return "\n".join(words + [pinyin_initials(w) for w in words]).casefold()


def matches(typed: str, haystack: str) -> bool:
    """``typed`` (spaces ignored, any case) is part of ``haystack`` (from ``search_text``)."""
    typed = "".join((typed or "").split()).casefold()
    return not typed or typed in haystack
