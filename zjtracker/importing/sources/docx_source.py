""".docx → the neutral document: paragraphs and real tables in document order, merged
cells kept (``w:gridSpan`` across columns, ``w:vMerge`` down rows), line breaks inside a
cell kept, the labels of Word's automatic numbering written before their paragraphs. The XML is walked once, so a table of thousands of rows costs one pass.
"""

from __future__ import annotations

import io
from pathlib import Path

from zjtracker.importing.document import Cell, Document, Paragraph, Table
from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.sources.docx_numbering import Numbering
from zjtracker.importing.sources.file_limits import MAX_FIELD_CHARS, check_field_length, read_checked_bytes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _body(data: bytes):
    """The ``w:body`` of the main part, parsed by plain lxml (no entities, no network;
    the archive was checked by ``file_limits``): much faster than python-docx's proxies;
    with the labels of Word's automatic numbering (``docx_numbering``)."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        part = "word/document.xml" if "word/document.xml" in names else next(
            n for n in names if n.endswith("document.xml"))
        xml = archive.read(part)
        folder = part.rpartition("/")[0]
        numbering_xml, styles_xml = (archive.read(f"{folder}/{name}") if f"{folder}/{name}" in names else None
                                     for name in ("numbering.xml", "styles.xml"))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(xml, parser)
    body = root.find(_W + "body")
    if body is None:
        raise ValueError("no body")
    return body, Numbering(numbering_xml, styles_xml)


def read_docx_document(path: Path) -> Document:
    data = read_checked_bytes(path, "docx")  # read once: the bytes checked are the bytes parsed
    try:
        blocks = list(_blocks(*_body(data)))
    except Exception as error:  # python-docx and lxml raise many kinds for damaged files
        raise UnreadableFile(
            f"文件“{path.name}”不是有效的 Word 文档（.docx），可能已损坏或只是改了扩展名"
            f"（{type(error).__name__}）。请用 Word 打开后另存为 .docx 再导入。"
        ) from error
    for block in blocks:  # a paragraph or a cell longer than any real one is refused
        texts = [block.text] if isinstance(block, Paragraph) else \
            [c.text for row in block.rows for c in row if not c.covered]
        for text in texts:
            if len(text) > MAX_FIELD_CHARS:
                check_field_length(text, path.name, f"第 {block.line} 段文字")
    return Document(name=path.name, blocks=blocks)


def _blocks(body, numbering: Numbering):
    line = 0
    for child in body.iterchildren():
        if child.tag == _W + "p":
            line += 1
            text = _paragraph_text(child)
            label = numbering.label(child)  # 1. drawn by Word's list, not in the text
            yield Paragraph(label + text if label and text.strip() else text, line=line)
        elif child.tag == _W + "tbl":
            table = _table(child)
            table.line = line + 1
            table.row_lines = [line + 1 + i for i in range(len(table.rows))]
            line += len(table.rows) + 1  # the rows and the blank line ``Document.text`` adds
            yield table


def _paragraph_text(p) -> str:
    parts = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


_P, _T, _TAB, _BR, _CR = _W + "p", _W + "t", _W + "tab", _W + "br", _W + "cr"
_TBL, _TR, _TC = _W + "tbl", _W + "tr", _W + "tc"
_GRID_SPAN, _V_MERGE, _VAL = _W + "gridSpan", _W + "vMerge", _W + "val"


def _span(node) -> int:
    try:
        return max(1, int(node.get(_VAL, "1")))
    except ValueError:
        return 1


def _raw_rows(tbl) -> list[list[tuple[str, int, str | None]]]:
    """Each row's cells as (text, gridSpan, vMerge), vMerge None, "restart" or "continue".

    One flat walk over the table's elements: a row, a cell, its span and merge marks, its
    paragraphs and their runs come in document order, so nothing is looked up twice. A table
    nested in a cell is read the slower way, element by element, its text kept in the cell.
    """
    if next(tbl.iterdescendants(_TBL), None) is not None:
        return [[(_cell_text(tc), *_props(tc)) for tc in tr.iterchildren(_TC)]
                for tr in tbl.iterchildren(_TR)]
    rows: list[list[tuple[str, int, str | None]]] = []
    row: list | None = None
    cell: list | None = None  # [paragraphs, span, merge]
    parts: list[str] | None = None

    def close() -> None:
        if cell is not None and row is not None:
            row.append(("\n".join("".join(p) for p in cell[0]).strip(), cell[1], cell[2]))

    for node in tbl.iter(_TR, _TC, _GRID_SPAN, _V_MERGE, _P, _T, _TAB, _BR, _CR):
        tag = node.tag
        if tag == _T:
            if parts is not None:
                parts.append(node.text or "")
        elif tag == _P:
            if cell is not None:
                parts = []
                cell[0].append(parts)
        elif tag == _TC:
            close()
            cell, parts = [[], 1, None], None
        elif tag == _TR:
            close()
            cell, parts, row = None, None, []
            rows.append(row)
        elif tag == _GRID_SPAN:
            if cell is not None:
                cell[1] = _span(node)
        elif tag == _V_MERGE:
            if cell is not None:
                cell[2] = "restart" if node.get(_VAL) == "restart" else "continue"
        elif parts is not None:  # tab, br, cr
            parts.append("\t" if tag == _TAB else "\n")
    close()
    return rows


def _cell_text(tc) -> str:
    return "\n".join(_paragraph_text(p) for p in tc.iter(_P)).strip()


def _props(tc) -> tuple[int, str | None]:
    """(gridSpan, vMerge) of a cell: vMerge is None, "restart" or "continue"."""
    span, merge = 1, None
    for pr in tc.iterchildren(_W + "tcPr"):
        for node in pr.iterchildren(_GRID_SPAN, _V_MERGE):
            if node.tag == _GRID_SPAN:
                span = _span(node)
            else:
                merge = "restart" if node.get(_VAL) == "restart" else "continue"
        break
    return span, merge


def _table(tbl) -> Table:
    rows: list[list[Cell]] = []
    origins: dict[int, Cell] = {}  # column → the cell a vMerge "continue" below it extends
    for r, raw in enumerate(_raw_rows(tbl)):
        row: list[Cell] = []
        for text, span, merge in raw:
            col = len(row)
            origin = origins.get(col)
            if merge == "continue" and origin is not None:
                origin.row_span = r - origin.row + 1
                cells = [Cell(origin.text, r, col + i, value=origin.value, covered=True)
                         for i in range(span)]
            else:
                cells = [Cell(text, r, col, col_span=span)]
                if span > 1:
                    cells += [Cell(text, r, col + i, covered=True) for i in range(1, span)]
                origins[col] = cells[0]
            row.extend(cells)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    for r, row in enumerate(rows):
        if len(row) < width:
            row.extend(Cell("", r, c) for c in range(len(row), width))
    return Table(rows=rows)
