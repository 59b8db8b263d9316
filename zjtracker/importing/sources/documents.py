"""Turning a file into text lines: .txt in UTF-8, UTF-16 or GB18030, and .docx with its
tables written as tab-separated rows, in document order."""

from __future__ import annotations

import io
from pathlib import Path

from zjtracker.importing.cleaning.encodings import decode_text  # noqa: F401 (read_text_file's)
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.sources.file_limits import MAX_FIELD_CHARS, check_field_length, read_checked_bytes


def read_text_file(path: Path) -> str:
    return decode_text(read_checked_bytes(path, "text"), path.name)


def read_docx_file(path: Path) -> str:
    """Paragraphs and table rows of a .docx, in order; a table row becomes one line of
    tab-separated cells (line breaks inside a cell become spaces)."""
    import docx  # python-docx

    data = read_checked_bytes(path, "docx")  # read once: the bytes checked are the bytes parsed
    try:
        lines = _docx_lines(docx.Document(io.BytesIO(data)))
    except Exception as error:  # python-docx and lxml raise many kinds for damaged files
        raise UnreadableFile(
            f"文件“{path.name}”不是有效的 Word 文档（.docx），可能已损坏或只是改了扩展名"
            f"（{type(error).__name__}）。请用 Word 打开后另存为 .docx 再导入。"
        ) from error
    for number, line in enumerate(lines, start=1):  # a paragraph, or a table row of cells
        if len(line) > MAX_FIELD_CHARS:
            for piece in line.split("\t"):
                check_field_length(piece, path.name, f"第 {number} 段文字")
    return "\n".join(lines)


def _docx_lines(document) -> list[str]:
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            for row in Table(child, document).rows:
                cells = []
                for cell in row.cells:
                    cells.append(" ".join(cell.text.split("\n")).strip())
                lines.append("\t".join(cells))
            lines.append("")
    return lines
