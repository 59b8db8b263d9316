"""Line breaking of Chinese text in reportlab paragraphs, with the rules of Chinese
typesetting (避头尾): no line starts with ，。、；：？！）》” and the like, and none ends
with （《“. reportlab's own CJK splitters hang one closing mark in the margin (over a table's
grid line) and do not know the full-width comma, so a line could start with ，; these pull a
character or two down to the next line instead and never draw outside the text width.
Installed once, before the first report is laid out."""

from __future__ import annotations

from unicodedata import category

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _paragraph

CANNOT_START = set("!),.:;?]}%、。，；：？！）》〉」』】〕｝”’…·％℃")
CANNOT_END = set("([{（《〈「『【〔［｛“‘")
MAX_PULL = 3  # characters pulled down to the next line at most
_installed = False
_widths: dict[tuple[str, float], dict[str, float]] = {}  # (font, size) → character → width


def char_widths(text: str, font: str, size: float) -> list[float]:
    """The width of every character, remembered per font and size (a paragraph of Chinese
    repeats few characters many times; measuring each one anew is most of the work)."""
    known = _widths.setdefault((font, size), {})
    result = []
    for char in text:
        width = known.get(char)
        if width is None:
            width = known[char] = stringWidth(char, font, size)
        result.append(width)
    return result


def _in_word(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in ".%_")


def break_lines(chars, widths: list[float], max_widths, forced=frozenset()) -> list[tuple[int, int, float, float, bool]]:
    """Where the lines of ``chars`` end: (start, end, width used, space left, forced break)
    per line. ``forced`` holds the indexes of characters that end a line (<br/>)."""
    lines = []
    i = start = 0
    used = 0.0
    max_width = max_widths[0]
    count = len(chars)
    while i < count:
        c, w = chars[i], widths[i]
        i += 1
        used += w
        line_break = (i - 1) in forced
        if not ((used > max_width + _paragraph._FUZZ and used > 0) or line_break):
            continue
        extra = max_width - used
        if not line_break:
            if ord(c) < 0x3000:  # inside a word of Latin script: break at a space or before it
                for j in range(i - 1, (start + i) >> 1, -1):
                    cj = chars[j]
                    if cj and category(cj) == "Zs" or ord(cj) >= 0x3000:
                        if j + 1 < i:
                            extra += sum(widths[j + 2:i])
                            c, w, i = chars[j + 1], widths[j + 1], j + 2
                        break
            if i > start + 1:  # push the overflowing character down; never hang it over the edge
                i -= 1
                extra += w
                pulled = 0
                while (pulled < MAX_PULL and i - 1 > start + 1
                       and (chars[i] in CANNOT_START or chars[i - 1] in CANNOT_END)):
                    i -= 1
                    extra += widths[i]
                    pulled += 1
                while i - 1 > start + 1 and _in_word(chars[i]) and _in_word(chars[i - 1]):
                    i -= 1  # and never break a number or a Latin word (0.2%) in two
                    extra += widths[i]
        lines.append((start, i, used, extra, line_break))
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        start, used = i, 0.0
    if start < count:
        used = sum(widths[start:])
        lines.append((start, count, used, max_width - used, False))
    return lines


def _width(u, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return w


def cjk_frag_split(frags, maxWidths, calcBounds, encoding="utf8"):
    """reportlab's cjkFragSplit (paragraphs of several fragments) with the Chinese rules."""
    units = []
    for frag in frags:
        text = frag.text.decode(encoding) if isinstance(frag.text, bytes) else frag.text
        if text:
            units.extend(_paragraph.cjkU(t, frag, encoding) for t in text)
        else:
            units.append(_paragraph.cjkU(text, frag, encoding))
    widths = [_width(u, maxWidths[0]) for u in units]
    forced = {k for k, u in enumerate(units) if hasattr(u.frag, "lineBreak")}
    lines = [_paragraph.makeCJKParaLine(units[a:b], maxWidths[min(n, len(maxWidths) - 1)], used, extra, br, calcBounds)
             for n, (a, b, used, extra, br) in enumerate(break_lines(units, widths, maxWidths, forced))]
    return _paragraph.ParaLines(kind=1, lines=lines)


def word_split(word, maxWidths, fontName, fontSize, encoding="utf8"):
    """reportlab's wordSplit (paragraphs of one fragment) with the Chinese rules."""
    text = word.decode(encoding) if isinstance(word, bytes) else word
    if not isinstance(maxWidths, (list, tuple)):
        maxWidths = [maxWidths]
    widths = char_widths(text, fontName, fontSize)
    lines = [[extra, text[a:b].strip() if b < len(text) else text[a:b]]
             for a, b, used, extra, br in break_lines(text, widths, maxWidths)]
    return lines


def install() -> None:
    """Use the Chinese rules for every CJK paragraph of this process (idempotent)."""
    global _installed
    needed = ("cjkU", "makeCJKParaLine", "ParaLines", "_FUZZ", "cjkFragSplit", "wordSplit")
    if not _installed and all(hasattr(_paragraph, name) for name in needed):
        _paragraph.cjkFragSplit = cjk_frag_split
        _paragraph.wordSplit = word_split
        _installed = True
