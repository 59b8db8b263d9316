"""Which form a file is in, decided by its first bytes where the name's suffix lies (a .xls
saved by a government site that is really a web page, a .doc that is really .docx), and
the reading of the forms beyond .txt/.docx/.xlsx: PDF, saved web pages (.html/.htm/.mhtml),
legacy Excel (.xls) and the formats only WPS, Word or LibreOffice can open (.doc/.wps/.et).

``read_other_form`` returns None for a file the reader's own .txt/.docx/.xlsx paths take."""

from __future__ import annotations

import re
from pathlib import Path

from zjtracker.importing.errors import UnreadableFile

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of .doc/.xls/.wps/.et
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MHTML_SUFFIXES = {".mhtml", ".mht"}
LEGACY_SUFFIXES = {".doc", ".wps", ".et", ".dps"}
NATIVE = {"docx": {".docx", ".docm"}, "xlsx": {".xlsx", ".xlsm"}}
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|table|div|p|title)[\s>/]",
                         re.IGNORECASE | re.DOTALL)
_MIME = re.compile(rb"^(?:[\w-]+:[^\n]*\r?\n)*?(?:mime-version:|content-type:\s*multipart/related)",
                   re.IGNORECASE)


def sniff(head: bytes) -> str:
    """The form the first bytes show: pdf, docx, xlsx, zip, ole, mhtml, html or text."""
    if head.lstrip(b"\r\n\t ")[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in head:
            return "docx"
        if b"xl/" in head:
            return "xlsx"
        return "zip"
    if head.startswith(OLE):
        return "ole"
    text = _ascii_view(head)
    if _MIME.match(text[:2000]):
        return "mhtml"
    if _HTML_START.match(text):
        return "html"
    return "text"


def _ascii_view(head: bytes) -> bytes:
    """The head with a byte-order mark dropped and UTF-16 narrowed, for the tag checks."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\x00" or head[:1] == b"\x00":
        return head.replace(b"\x00", b"").lstrip(b"\xff\xfe")
    return head


def _head(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(4096)


def read_other_form(path: Path, parse_text, columns=None):
    """The ParseResult of a file in a form other than the reader's own, or None.
    ``parse_text(text, source, tables=...)`` is the reader's text pipeline; ``columns`` the
    clerk's column map for workbooks (``tables.column_map.ColumnReading``), or None."""
    suffix = path.suffix.lower()
    form = sniff(_head(path))
    if form in ("docx", "xlsx", "zip") and suffix in NATIVE["docx"] | NATIVE["xlsx"]:
        return None  # the reader's own path, which names a damaged file in its own words
    if form == "zip":  # the parts that tell Word from Excel lie beyond the first bytes
        form = "xlsx" if suffix in (".xls", ".et") else "docx"
    if form == "text" and suffix in HTML_SUFFIXES | MHTML_SUFFIXES:
        form = "mhtml" if suffix in MHTML_SUFFIXES else "html"
    if form == "text" and suffix not in LEGACY_SUFFIXES | {".pdf", ".xls"}:
        return None
    if form == "docx":  # a Word document under another name (.doc, .wps)
        from zjtracker.importing.sources.docx_source import read_docx_document

        return _document_result(read_docx_document(path), parse_text)
    if form == "xlsx":
        from zjtracker.importing.sources.workbook import read_policy_workbook

        return read_policy_workbook(path, columns)
    if form == "pdf":
        from zjtracker.importing.sources.file_limits import read_limited_bytes
        from zjtracker.importing.sources.pdf_source import read_pdf_document

        return _document_result(read_pdf_document(read_limited_bytes(path, "pdf"), path.name), parse_text)
    if form in ("html", "mhtml"):
        from zjtracker.importing.sources.file_limits import read_limited_bytes
        from zjtracker.importing.sources.html_source import read_html_document

        data = read_limited_bytes(path, "text")
        return _document_result(read_html_document(data, path.name, mime=form == "mhtml"), parse_text)
    if form == "ole":
        from zjtracker.importing.sources import legacy

        return legacy.read_compound_file(path, suffix, parse_text, columns)
    if suffix == ".pdf":
        raise UnreadableFile(f"文件“{path.name}”的扩展名是 .pdf，但内容不是 PDF，可能已损坏或只是改了扩展名。"
                             "请用 PDF 阅读器打开确认后再导入。")
    if suffix in LEGACY_SUFFIXES | {".xls"}:
        from zjtracker.importing.sources import legacy

        raise UnreadableFile(legacy.what_to_do(path.name, suffix, damaged=True))
    from zjtracker.importing.sources.documents import read_text_file  # text under a web page's name

    return parse_text(read_text_file(path), path.name)


def _document_result(document, parse_text):
    """A neutral document through the reader's one pipeline (its text, and its tables)."""
    if not document.blocks:
        raise UnreadableFile(f"文件“{document.name}”中没有任何文字，没有可以读取的内容。")
    return parse_text(document.text(), document.name, tables=document.tables)
