"""The labels Word draws in front of automatically numbered paragraphs (w:numPr), which are
not in the paragraph's text: 一、 （一） 1. （1） ① as the list's level defines them.

A plan typed in Word often numbers its parts and tasks with Word's own lists; read without
them, its outline would be lost. The numbering part (word/numbering.xml) gives each list
(w:num → w:abstractNum) its levels: the format of the number (decimal, chineseCounting …),
the text around it (``%1、``, ``（%1）``) and where it starts; a paragraph names its list and
level directly or through its paragraph style (word/styles.xml). Counters run per list, a
level restarting when a higher one of the same list advances. Bullets and unknown formats
give no label. Standard library and lxml only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from zjtracker.numerals import chinese_numeral

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"
_PLACEHOLDER = re.compile(r"%([1-9])")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class _List:
    levels: dict[int, _Level] = field(default_factory=dict)
    counters: dict[int, int] = field(default_factory=dict)


def _int(node, default: int = 0) -> int:
    try:
        return int(node.get(_VAL)) if node is not None else default
    except (TypeError, ValueError):
        return default


def _levels(abstract) -> dict[int, _Level]:
    levels = {}
    for lvl in abstract.iterchildren(_W + "lvl"):
        try:
            ilvl = int(lvl.get(_W + "ilvl", "0"))
        except ValueError:
            continue
        fmt, text, start = lvl.find(_W + "numFmt"), lvl.find(_W + "lvlText"), lvl.find(_W + "start")
        levels[ilvl] = _Level(fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
                              text.get(_VAL, "") if text is not None else "", _int(start, 1))
    return levels


def _format(number: int, fmt: str) -> str | None:
    if fmt.startswith("decimalEnclosedCircle"):
        return _CIRCLED[number - 1] if 1 <= number <= len(_CIRCLED) else str(number)
    if fmt == "decimalEnclosedParen":
        return f"({number})"
    if fmt.startswith(("decimal", "ordinal")) or fmt == "arabicAbjad":
        return str(number)
    if fmt.startswith(("chineseCounting", "chineseLegal", "japaneseCounting", "taiwaneseCounting",
                       "ideographDigital", "koreanCounting")):
        return chinese_numeral(number)
    if fmt.startswith("ideographTraditional"):
        return _HEAVENLY[number - 1] if 1 <= number <= len(_HEAVENLY) else str(number)
    if fmt in ("lowerLetter", "upperLetter") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter.upper() if fmt == "upperLetter" else letter
    return None  # bullet, none, and what the reader does not know: no label


class Numbering:
    """Labels of the numbered paragraphs of one document, in the order they are asked for."""

    def __init__(self, numbering_xml: bytes | None, styles_xml: bytes | None):
        self._lists: dict[str, _List] = {}
        self._style_num: dict[str, tuple[str, int]] = {}  # paragraph style → (numId, ilvl)
        if numbering_xml:
            self._read_numbering(_parse(numbering_xml))
        if styles_xml and self._lists:
            self._read_styles(_parse(styles_xml))

    def _read_numbering(self, root) -> None:
        abstracts = {a.get(_W + "abstractNumId"): _levels(a) for a in root.iterchildren(_W + "abstractNum")}
        for num in root.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            levels = {k: _Level(v.fmt, v.text, v.start) for k, v in abstracts.get(
                ref.get(_VAL) if ref is not None else None, {}).items()}
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = int(override.get(_W + "ilvl", "0"))
                start = override.find(_W + "startOverride")
                if start is not None and ilvl in levels:
                    levels[ilvl].start = _int(start, 1)
            self._lists[num.get(_W + "numId")] = _List(levels)

    def _read_styles(self, root) -> None:
        for style in root.iterchildren(_W + "style"):
            numpr = style.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                num, ilvl = numpr.find(_W + "numId"), numpr.find(_W + "ilvl")
                if num is not None:
                    self._style_num[style.get(_W + "styleId")] = (num.get(_VAL), _int(ilvl))

    def label(self, paragraph) -> str:
        """The label Word shows before ``paragraph`` (a w:p element), or ""."""
        if not self._lists:
            return ""
        ppr = paragraph.find(_W + "pPr")
        if ppr is None:
            return ""
        found = None
        style = ppr.find(_W + "pStyle")
        if style is not None:
            found = self._style_num.get(style.get(_VAL))
        numpr = ppr.find(_W + "numPr")
        if numpr is not None:
            num, ilvl = numpr.find(_W + "numId"), numpr.find(_W + "ilvl")
            num_id = num.get(_VAL) if num is not None else (found[0] if found else None)
            found = (num_id, _int(ilvl, found[1] if found else 0))
        if not found:
            return ""
        word_list = self._lists.get(found[0])  # numId 0 (or unknown): numbering switched off
        level = word_list.levels.get(found[1]) if word_list else None
        if level is None:
            return ""
        counters = word_list.counters
        counters[found[1]] = counters.get(found[1], level.start - 1) + 1
        for deeper in [k for k in counters if k > found[1]]:
            del counters[deeper]  # a deeper level starts again under the next item

        def number(match: re.Match) -> str:
            ilvl = int(match.group(1)) - 1
            below = word_list.levels.get(ilvl)
            value = counters.get(ilvl, below.start if below else 1)
            return _format(value, below.fmt if below else "decimal") or ""

        if _format(counters[found[1]], level.fmt) is None:
            return ""
        return _PLACEHOLDER.sub(number, level.text)


def _parse(xml: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(xml, parser)
