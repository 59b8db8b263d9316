"""Line clean-up shared by the document readers.

Text extracted from PDF or Word carries scars: markdown and HTML markup, full-width digits,
stray spaces between Chinese characters (``82. 探 索 类 举措``) and inside numbers
(``1. 86 万``), paragraphs wrapped across lines (even across blank lines). This module turns
raw text into clean *logical paragraphs*, each with the 1-based number of its first source
line, and recognises the numbering labels of headings (第一章, 一、, （一）, 1., （1）).

Only the standard library is used.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import NamedTuple

from zjtracker.numerals import chinese_number

# Full-width punctuation that carries meaning in Chinese text and must survive NFKC
# (NFKC would turn （ into ( and ， into ,).
_KEEP_WIDE = set("，。、；：？！（）“”‘’《》〔〕【】［］～")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】〔〕［］「」『』…—·"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\xad"  # zero-width characters, soft hyphen
_WIDE = _CJK + _CJK_PUNCT  # "wide" characters: a space next to one is an extraction scar
_NARROW = r"0-9A-Za-z%().、\-+"
_SPACE_RUN = re.compile(r"[ \u00a0\u3000]+")
_SPACE_WIDE_NEAR = re.compile(rf"(?<=[{_WIDE}]) +(?=[{_WIDE}{_NARROW}])|(?<=[{_WIDE}{_NARROW}]) +(?=[{_WIDE}])")
# "1. 86 万": a decimal point followed by a stray space (list markers are handled apart).
_SPLIT_DECIMAL = re.compile(r"(\d+)\. +(\d+)")

_HTML_BREAK = re.compile(r"<\s*(/?p|br|/?li|/?ol|/?ul|/?div|/?tr|/?td)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]{0,200})?/?>")  # not <书名>
_MD_HEADING = re.compile(r"^\s*#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"\*\*|__")
_MD_QUOTE = re.compile(r"^\s*>\s+")

SENTENCE_END = "。！？；：!?;:"
_CLOSERS = "”’）)》」』"
_JOINERS = "，、（(“《—-"  # a line ending in one of these always continues
WRAP_MIN_CHARS = 40  # a line shorter than this that ends mid-sentence is a title, not a wrap


class Paragraph(NamedTuple):
    """One logical paragraph: ``line`` is the 1-based source line where it starts.

    Table rows (lines with tabs) are kept as their own paragraphs, cells joined by tabs.
    """

    line: int
    text: str

    @property
    def is_table_row(self) -> bool:
        return "\t" in self.text


class Label(NamedTuple):
    """The numbering label at the start of a paragraph."""

    kind: str  # chapter, section, article, cn, cn_paren, num, num_paren, circled
    number: int
    text: str  # normalised label: 第三章, 三、, （三）, 3., （3）
    rest: str  # the paragraph after the label


# --- characters and spaces -------------------------------------------------------------


class _WidthTable(dict):
    """``str.translate`` table: each character to its NFKC form, worked out once when first
    met; meaningful full-width punctuation and ①…⑳ map to themselves."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        keep = char in _KEEP_WIDE or "\u2460" <= char <= "\u2473"
        value = char if keep else unicodedata.normalize("NFKC", char)
        self[code] = value = "" if char in _INVISIBLE else value
        return value


_WIDTH_TABLE = _WidthTable()


def normalize_width(text: str) -> str:
    """NFKC for digits, letters and spaces, keeping meaningful full-width punctuation;
    zero-width characters (pasted from web pages) dropped."""
    return text if text.isascii() else text.translate(_WIDTH_TABLE)


def strip_markup(text: str) -> str:
    """Remove HTML tags (cell fragments such as <p>, <ol><li>) and markdown markers."""
    text = _HTML_BREAK.sub(" ", text)
    text = _HTML_TAG.sub("", text)
    text = html.unescape(text)
    text = _MD_HEADING.sub("", text)
    text = _MD_QUOTE.sub("", text)
    return _MD_EMPHASIS.sub("", text)


def _join_decimal(match: re.Match) -> str:
    before = match.string[: match.start()].rstrip(" ")
    # "工作。 1. 8家医院": a list marker after a sentence end or at the start stays apart.
    if not before or before[-1] in SENTENCE_END + "\t" or before[-1] in "。":
        return match.group(0)
    return f"{match.group(1)}.{match.group(2)}"


def collapse_spaces(text: str) -> str:
    """Drop extraction spaces: between Chinese characters, between Chinese and digits or
    Latin letters, after a list marker, and inside decimals (``1. 86 万`` → ``1.86万``)."""
    text = _SPACE_RUN.sub(" ", text).strip()
    text = _SPLIT_DECIMAL.sub(_join_decimal, text)
    text = re.sub(r"(?<=\d[.、]) +(?=[%s])" % _WIDE, "", text)
    return _SPACE_WIDE_NEAR.sub("", text)


def clean_text(text: str) -> str:
    """One line or cell: markup removed, widths normalised, extraction spaces dropped."""
    return collapse_spaces(normalize_width(strip_markup(text)))


def clean_line(line: str) -> str:
    """A source line; a table row keeps its tabs, each cell cleaned."""
    if "\t" in line:
        return "\t".join(clean_text(cell) for cell in line.rstrip("\r\n").split("\t"))
    return clean_text(line)


# --- numbering labels ------------------------------------------------------------------

_CN_NUM = "一二三四五六七八九十百零〇两"
_LABEL_PATTERNS = (
    ("chapter", re.compile(rf"^第([{_CN_NUM}\d]+)(章|篇|部分|节|条)\s*")),
    ("cn", re.compile(rf"^([{_CN_NUM}]+)\s*[、.]\s*")),
    ("cn_paren", re.compile(rf"^[（(]\s*([{_CN_NUM}]+)\s*[）)]\s*")),
    ("num_paren", re.compile(r"^[（(]\s*(\d{1,4})\s*[）)]\s*")),
    ("circled", re.compile(r"^([\u2460-\u2473])\s*")),
    ("num", re.compile(r"^(\d{1,4})\s*([.、])(?!\d)\s*")),
    # the closing bracket alone, as typed in many county documents: 1） 2） and 一） 二）
    ("num_paren", re.compile(r"^(\d{1,3})\s*([）)])\s*(?=\D)")),
    ("cn_paren", re.compile(rf"^([{_CN_NUM}]{{1,3}})\s*([）)])\s*")),
)
_CHAPTER_KINDS = {"章": "chapter", "篇": "chapter", "部分": "chapter", "节": "section",
                  "条": "article"}


def match_label(text: str) -> Label | None:
    """The numbering label at the start of ``text`` (a cleaned paragraph), or None."""
    for kind, pattern in _LABEL_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        raw = m.group(1)
        if kind == "circled":
            number = ord(raw) - 0x2460 + 1
        else:
            number = chinese_number(raw)
        if number is None:
            continue
        rest = text[m.end():]
        if kind == "chapter":
            suffix = m.group(2)
            return Label(_CHAPTER_KINDS[suffix], number, f"第{raw}{suffix}", rest)
        labels = {"cn": f"{raw}、", "cn_paren": f"（{raw}）", "num_paren": f"（{number}）",
                  "circled": raw}
        if m.lastindex == 2 and kind != "num":  # 1） 一）: the label as written
            labels[kind] = f"{raw}）"
        text_label = labels.get(kind) or f"{number}{m.group(2)}"
        return Label(kind, number, text_label, rest)
    return None


# --- logical paragraphs ----------------------------------------------------------------


def ends_sentence(text: str) -> bool:
    text = text.rstrip()
    if not text:
        return True
    last = text[-1]
    if last in SENTENCE_END:
        return True
    if last in "）)" and (opening := _note_start(text)) > 0 and text[opening - 1] in SENTENCE_END:
        return True  # a note after a full stop: …推进。（市商务局牵头，2024年底前完成）
    return last in _CLOSERS and len(text) > 1 and text[-2] in SENTENCE_END


def _note_start(text: str) -> int:
    """Index of the bracket opening the one that closes ``text``, or -1."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += text[index] in "）)"
        depth -= text[index] in "（("
        if depth == 0:
            return index
    return -1


def continues_on_next_line(text: str, wrap_at: int = WRAP_MIN_CHARS,
                           fixed_width: bool = False) -> bool:
    """A line that stops mid-sentence: long enough to be wrapped, or ending in a comma.

    ``wrap_at`` is the length from which a line counts as wrapped; in a document wrapped
    at a fixed width (``fixed_width``) no punctuation inside is needed.
    """
    if ends_sentence(text):
        return False
    if text[-1] in _JOINERS:
        return True
    if "。" in text:  # a sentence already ended inside: this is body text, cut short
        return True
    if len(text) < wrap_at:
        return False
    # Titles have no sentence punctuation inside; wrapped body lines nearly always do.
    return fixed_width or any(c in text for c in "，；,;、")


def wrap_width(lines: list[str]) -> tuple[int, bool]:
    """(length from which a line counts as wrapped, whether the text has a fixed width).

    PDF extractions wrap at one width (22 or 26 characters): the commonest length of the
    longer lines, when it is common enough, marks it. Otherwise WRAP_MIN_CHARS.
    """
    lengths = [len(line) for line in lines if len(line) >= 15 and "\t" not in line]
    if lengths:
        width = max(set(lengths), key=lengths.count)
        count = lengths.count(width)
        if count >= 8 and count * 4 >= len(lengths) and width < WRAP_MIN_CHARS:
            return max(12, width - 4), True
    return WRAP_MIN_CHARS, False


def lead_sentence(text: str, max_chars: int = 30) -> str | None:
    """The short opening sentence of a paragraph (推行简易注销改革。…), or None."""
    end = text.find("。")
    if 2 <= end <= max_chars and not any(c in text[:end] for c in "，,；;：:"):
        return text[:end]
    return None


def starts_new_paragraph(text: str, previous: str = "") -> bool:
    """Whether ``text`` cannot continue ``previous``: a heading, a table row, or (after a
    line closing a quotation) a new lead sentence."""
    if "\t" in text or match_label(text) is not None:
        return True
    return bool(previous) and previous[-1] in _CLOSERS and lead_sentence(text) is not None


class _Pending:
    """The paragraph being built, line by line, in time linear in its length: the lines are
    kept in a list and what ``continues_on_next_line`` asks of the whole text (its end, its
    length, whether a full stop or a comma is inside) is kept up to date as lines are added."""

    _NOTE_TAIL = 2000  # a trailing note is never longer than this

    def __init__(self, line: int, text: str):
        self.line = line
        self.parts = [text]
        self.length = len(text)
        self.has_stop = "。" in text
        self.has_comma = any(c in text for c in "，；,;、")

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        self.has_stop = self.has_stop or "。" in text
        self.has_comma = self.has_comma or any(c in text for c in "，；,;、")

    def tail(self) -> str:
        """The last characters of the text, enough to tell how it ends."""
        tail = self.parts[-1]
        index = len(self.parts) - 1
        while len(tail) < self._NOTE_TAIL and index > 0:
            index -= 1
            tail = self.parts[index] + tail
        return tail[-self._NOTE_TAIL:]

    def continues(self, wrap_at: int, fixed_width: bool) -> bool:
        """``continues_on_next_line`` of the whole text."""
        tail = self.tail()
        if ends_sentence(tail):
            return False
        if tail[-1] in _JOINERS or self.has_stop:
            return True
        if self.length < wrap_at:
            return False
        return fixed_width or self.has_comma

    def paragraph(self) -> Paragraph:
        text = self.parts[0] if len(self.parts) == 1 else collapse_spaces("".join(self.parts))
        return Paragraph(self.line, text)


def logical_paragraphs(text: str) -> list[Paragraph]:
    """Clean ``text`` and rejoin wrapped lines into paragraphs with source line numbers.

    A line that does not end a sentence continues on the next non-blank line, even across
    blank lines, unless that line starts a numbered heading or a table row. Short lines
    without an ending (titles, dates, signatures) stand alone.
    """
    paragraphs: list[Paragraph] = []
    lines = [clean_line(raw) for raw in text.splitlines()]
    wrap_at, fixed = wrap_width(lines)
    pending: _Pending | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip("\t "):
            continue
        if "\t" in line:
            if pending:
                paragraphs.append(pending.paragraph())
                pending = None
            paragraphs.append(Paragraph(number, line))
            continue
        if (pending and pending.continues(wrap_at, fixed)
                and not starts_new_paragraph(line, pending.tail())):
            pending.add(line)
            continue
        if pending:
            paragraphs.append(pending.paragraph())
        pending = _Pending(number, line)
    if pending:
        paragraphs.append(pending.paragraph())
    return paragraphs
