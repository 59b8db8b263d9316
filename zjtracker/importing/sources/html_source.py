"""A web page saved from a government site (.html/.htm, or .mhtml with its parts) → the
neutral document: paragraphs from block elements and ``<br>``, the items of a numbered
list (``<ol>``) with the numbers the browser draws (1., inside it （1）), data tables as Table blocks
with their ``rowspan``/``colspan``, entities decoded; scripts, styles, forms and navigation
(``<nav>``, ``<header>``, ``<footer>``, ``<aside>``, and blocks whose id or class names a menu,
navigation bar, breadcrumb or footer) left out. A table that holds another table, or has a
single row or column, is page layout: its text is read as paragraphs.

The charset comes from the MIME part's header, then the page's ``<meta>``; GB2312 and GBK
are read as GB18030 (their superset). Standard library only (html.parser, email)."""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from html.parser import HTMLParser

from zjtracker.importing.cleaning.text_lines import match_label
from zjtracker.importing.document import Cell, Document, Paragraph, Table
from zjtracker.importing.errors import UnreadableFile

BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
          "blockquote", "pre", "dd", "dt", "dl", "center", "address", "hr", "caption", "form", "main",
          "figure", "figcaption", "title"}
SKIPPED = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "select",
           "button", "iframe", "object", "svg", "head", "textarea", "map"}
_NAVIGATION = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumbs?|footer|topbar|sidebar|"
                         r"share|toolbar|skip)(?:$|[\s_\d-])", re.IGNORECASE)
_VOID = {"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
            "cp936": "gb18030", "big5": "big5hkscs", "iso-8859-1": "cp1252", "us-ascii": "utf-8"}


def read_html_document(data: bytes, name: str, mime: bool = False) -> Document:
    """The page's bytes as a neutral document (``mime``: an .mhtml archive of parts)."""
    charset = None
    if mime:
        data, charset = _html_part(data, name)
    text = _decode(data, charset, name)
    builder = _PageReader()
    builder.feed(text)
    builder.close()
    return Document(name=name, blocks=builder.finish())


def _html_part(data: bytes, name: str) -> tuple[bytes, str | None]:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return payload, part.get_content_charset()
    if message.is_multipart():
        raise UnreadableFile(f"文件“{name}”是保存的网页（.mhtml），但其中没有网页正文，无法读取。"
                             "请在浏览器中重新打开该网页，另存为“网页，仅 HTML”(.html) 后再导入。")
    return data, None  # a page under an .mhtml name, without the archive around it


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode(data: bytes, charset: str | None, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    found = _META_CHARSET.search(data[:8192])
    for label in (charset, found.group(1).decode("ascii", "ignore") if found else None):
        codec = _codec(label)
        if codec:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                continue  # a page that says GB2312 but is UTF-8: the next guess
    from zjtracker.importing.cleaning.encodings import decode_text

    return decode_text(data, name)


class _TableBuilder:
    def __init__(self):
        self.rows: list[list[tuple[str, int, int]]] = []  # (text, rowspan, colspan) as written
        self.cell: list[str] | None = None
        self.spans = (1, 1)

    def grid(self) -> list[list[Cell]]:
        """The written cells placed on a rectangle, positions under a span covered."""
        placed: dict[tuple[int, int], Cell] = {}
        for r, row in enumerate(self.rows):
            c = 0
            for text, row_span, col_span in row:
                while (r, c) in placed:
                    c += 1
                origin = Cell(text, r, c, row_span=row_span, col_span=col_span)
                for rr in range(r, min(r + row_span, len(self.rows))):
                    for cc in range(c, c + col_span):
                        placed[(rr, cc)] = origin if (rr, cc) == (r, c) else Cell(text, rr, cc, covered=True)
                c += col_span
        height = len(self.rows)
        width = max((c for _, c in placed), default=-1) + 1
        return [[placed.get((r, c)) or Cell("", r, c) for c in range(width)] for r in range(height)]


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip()), 1000))
    except (TypeError, ValueError):
        return 1


class _PageReader(HTMLParser):
    """Blocks in reading order. ``tables`` is the stack of open tables: a builder while a
    table may hold data, "layout" once a table inside it showed it is page layout."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list = []
        self.line: list[str] = []
        self.skip: list[str] = []  # the open tags whose content is left out
        self.tables: list = []
        self.lists: list[list[int] | None] = []  # open <ol> (its last number) and <ul> (None)
        self.label = ""  # the number the browser draws before the open <li>

    def _cell(self) -> list[str] | None:
        top = self.tables[-1] if self.tables else None
        return top.cell if isinstance(top, _TableBuilder) else None

    def _flush(self) -> None:
        cell = self._cell()
        if cell is not None:
            cell.append("\n")
            return
        text = _tidy("".join(self.line))
        self.line = []
        if text and self.label:
            if not match_label(text):  # a number typed in the text is the label already
                text = self.label + text
            self.label = ""
        if text:
            self.blocks.append(Paragraph(text))

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        cell = self._cell()
        (cell if cell is not None else self.line).append(data)

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.skip:
            if tag == self.skip[-1] and tag not in _VOID:
                self.skip.append(tag)
            return
        names = " ".join(v or "" for k, v in attrs if k in ("id", "class", "role"))
        if tag in SKIPPED or (tag in ("div", "ul", "table", "section") and _NAVIGATION.search(names)):
            if tag not in _VOID:
                self.skip.append(tag)
            return
        top = self.tables[-1] if self.tables else None
        if tag == "table":
            self._flush()
            if isinstance(top, _TableBuilder):  # a table in a table: the outer one is layout
                self._end_cell()
                self.tables[-1] = "layout"
                self._paragraphs(top)
            self.tables.append(_TableBuilder())
        elif tag == "tr" and isinstance(top, _TableBuilder):
            self._end_cell()
            top.rows.append([])
        elif tag in ("td", "th") and isinstance(top, _TableBuilder):
            self._end_cell()
            if not top.rows:
                top.rows.append([])
            attributes = dict(attrs)
            top.cell, top.spans = [], (_span(attributes.get("rowspan")), _span(attributes.get("colspan")))
        elif tag == "br" or tag in BLOCKS or tag in ("tr", "td", "th"):
            self._flush()
            if tag in ("ol", "ul"):
                self._open_list(tag, dict(attrs))
            elif tag == "li":
                self._number_item()

    def _open_list(self, tag: str, attributes: dict) -> None:
        style = (attributes.get("style") or "").replace(" ", "").lower()
        if tag == "ul" or "list-style:none" in style or "list-style-type:none" in style:
            self.lists.append(None)
        else:
            self.lists.append([_span(attributes.get("start")) - 1])

    def _number_item(self) -> None:
        """The label of an item of a numbered list (<ol>), as the outline writes its levels:
        1. at the first depth, （1） inside it, then ①."""
        top = self.lists[-1] if self.lists else None
        self.label = ""
        if top is None or self._cell() is not None:
            return
        top[0] += 1
        depth = sum(1 for entry in self.lists if entry is not None)
        number = top[0]
        if depth == 1:
            self.label = f"{number}."
        elif depth == 2:
            self.label = f"（{number}）"
        elif 1 <= number <= 20:
            self.label = chr(0x2460 + number - 1)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        top = self.tables[-1] if self.tables else None
        if tag in ("td", "th") and isinstance(top, _TableBuilder):
            self._end_cell()
        elif tag == "table" and self.tables:
            self._end_table()
        elif tag in BLOCKS or tag in ("td", "th", "tr"):
            self._flush()
            if tag in ("ol", "ul") and self.lists:
                self.lists.pop()
            self.label = ""

    def _end_cell(self) -> None:
        table = self.tables[-1]
        if not isinstance(table, _TableBuilder) or table.cell is None:
            return
        text = "\n".join(t for t in (_tidy(piece) for piece in "".join(table.cell).split("\n")) if t)
        table.rows[-1].append((text, *table.spans))
        table.cell = None

    def _end_table(self) -> None:
        self._end_cell()
        self._flush()
        table = self.tables.pop()
        if not isinstance(table, _TableBuilder):
            return
        grid = table.grid()
        if len(grid) >= 2 and len(grid[0]) >= 2:
            self.blocks.append(Table(rows=grid))
        else:  # one row or one column: page layout
            self._paragraphs(table)

    def _paragraphs(self, table: _TableBuilder) -> None:
        for row in table.rows:
            for text, _, _ in row:
                self.blocks.extend(Paragraph(piece) for piece in text.split("\n") if piece)

    def finish(self) -> list:
        while self.tables:
            self._end_table()
        self._flush()
        return self.blocks


def _tidy(text: str) -> str:
    """Runs of spaces (and non-breaking spaces) made one; ideographic spaces kept at the start."""
    text = text.replace("\xa0", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return re.sub(r" {2,}", " ", text).strip(" ")
