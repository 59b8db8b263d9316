"""Finding a unit as a clerk types: by any part of its name or an alias, or by the pinyin
initials (sfgj finds 市发改局, fgj finds 市发展和改革局 through its alias); and the order of
unit lists, by pinyin (as a Chinese dictionary orders), not by code point.

Collective words (事项市级主管部门, 各县（市、区）…) name a group of units, never one bureau."""

from __future__ import annotations

import os
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


_OTHER_READINGS = 2  # other readings of a character spelled besides its usual one


def _pypinyin():
    """pypinyin with its single-character readings only: its phrase list (for 银行 háng, 重庆
    chóng) costs about 45 MB and 0.3 s to load, for unit names that are mostly single
    readings; a character with several readings is found by each (``_all_initials``)."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    import pypinyin  # loaded when a unit list is first built

    return pypinyin


@lru_cache(maxsize=4096)
def _syllables(text: str) -> tuple[str, ...]:
    pypinyin = _pypinyin()
    return tuple(pypinyin.lazy_pinyin(text, style=pypinyin.Style.NORMAL, errors=lambda chars: list(chars)))


@lru_cache(maxsize=4096)
def _all_initials(text: str) -> tuple[str, ...]:
    """The initials of ``text`` with each character's usual reading, then once more for each
    character with other readings, read the other way wherever it appears (人民银行湛江分行:
    rmyxzjfx, and rmyhzjfh with 行 read háng)."""
    pypinyin = _pypinyin()
    letters: list[tuple[str, list[str]]] = []  # (character, its initials: the usual reading's first)
    for char in text:
        readings = pypinyin.pinyin(char, style=pypinyin.Style.NORMAL, heteronym=True,
                                   errors=lambda chars: [[c] for c in chars])[0]
        initials = list(dict.fromkeys(r[0].lower() for r in readings if r and r[0].isascii() and r[0].isalnum()))
        if initials:
            letters.append((char, initials))
    spellings = ["".join(initials[0] for _char, initials in letters)]
    for char, initials in dict(letters).items():
        for other in initials[1:1 + _OTHER_READINGS]:
            spellings.append("".join(other if c == char else usual[0] for c, usual in letters))
    return tuple(dict.fromkeys(spellings))


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
    return "\n".join(words + [spelling for w in words for spelling in _all_initials(w)]).casefold()


def matches(typed: str, haystack: str) -> bool:
    """``typed`` (spaces ignored, any case) is part of ``haystack`` (from ``search_text``)."""
    typed = "".join((typed or "").split()).casefold()
    return not typed or typed in haystack
