"""Text copied from a web page (page source pasted into a file): tags and entities out, each
block element a line of its own.

``<p>…</p><p>…</p>`` on one line, or two measures joined by ``<br/>``, become separate lines
so that no measure is glued to the one before; ``&nbsp;`` and other entities become the
characters they stand for; a ``<table>`` becomes tab-separated rows; ``<script>`` and
``<style>`` are dropped with their contents. Lines already holding tab-separated cells (a
table whose cells carry ``<p>`` fragments) are left to the cell cleaning. Only names of real
HTML elements count as tags, so ``<书名>`` or ``a<b`` in a sentence stay. Standard library
only.
"""

from __future__ import annotations

import html
import re

_ELEMENTS = ("html|head|body|meta|link|title|div|p|br|hr|span|font|a|b|i|u|em|strong|small|big|"
             "sup|sub|img|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|col|"
             "colgroup|h[1-6]|section|article|header|footer|nav|main|aside|center|blockquote|"
             "pre|code|label|input|form|o:p|st1:\\w+|figure|figcaption|article")
_BLOCK = ("html|head|body|title|div|p|br|hr|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|"
          "caption|h[1-6]|section|article|header|footer|nav|main|aside|center|blockquote|pre|"
          "figure|figcaption")
_DROPPED = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<!DOCTYPE[^>]*>",
                      re.I | re.S)
_CELL = re.compile(r"<t[dh]\b[^<>]{0,500}>", re.I)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK})\b[^<>]{{0,500}}>", re.I)
_ANY_TAG = re.compile(rf"</?(?:{_ELEMENTS})\b[^<>]{{0,500}}>", re.I)
_CELL_MARK = "\x1f"
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_TABLE_LINES = 5000  # a table written over more lines than this is read line by line


def has_markup(text: str) -> bool:
    """Whether ``text`` holds tags of real HTML elements or entities such as ``&nbsp;``."""
    return bool(_ANY_TAG.search(text)) or "&" in text and html.unescape(text) != text


def split_web_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """(lines, the 0-based index of the source line each came from): block elements of the
    lines without tabs made separate lines, tags removed, entities unescaped.

    A line without markup is returned as it is. ``<td>`` cells become tab-separated; a
    ``<table>`` written over several lines is read as one piece, so that its rows keep
    their cells.
    """
    out: list[str] = []
    origins: list[int] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if "\t" in line or ("<" not in line and "&" not in line) or not has_markup(line):
            out.append(line)
            origins.append(index)
            index += 1
            continue
        first, chunk = index, line
        if _TABLE_OPEN.search(line) and not _TABLE_CLOSE.search(line):
            end = next((n for n in range(index + 1, min(len(lines), index + _TABLE_LINES))
                        if _TABLE_CLOSE.search(lines[n])), None)
            if end is not None:
                chunk = " ".join(lines[index: end + 1])
                index = end
        for piece in web_line_pieces(chunk):
            out.append(piece)
            origins.append(first)
        index += 1
    return out, origins


def web_line_pieces(line: str) -> list[str]:
    """The lines one line of page source holds."""
    text = _DROPPED.sub("", line)
    text = _CELL.sub(_CELL_MARK, text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text).replace("\xa0", " ")
    pieces = []
    for piece in text.split("\n"):
        if _CELL_MARK in piece:
            piece = piece.strip(" ")
            piece = piece[1:] if piece.startswith(_CELL_MARK) else piece  # before the first cell
            piece = "\t".join(cell.strip() for cell in piece.split(_CELL_MARK))
        if piece.strip():
            pieces.append(piece.rstrip())
    return pieces or [""]
