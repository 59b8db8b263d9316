"""Task-division tables as rows of cells, and three ways such a table reaches a .txt file:
one cell per line (a PDF table flattened), a box-drawing table, and tab-separated rows."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from tests.reader_corpus.gen.model import Doc
from tests.reader_corpus.gen.write_units import ListStyle, write_units


@dataclass
class TableStyle:
    columns: list[tuple[str, str]]  # (header as written, field)
    units: ListStyle = field(default_factory=ListStyle)
    cell_break: float = 0.0  # chance that a unit list is broken over lines inside its cell
    stop: str = ""  # 。 after the task text


def table_rows(doc: Doc, st: TableStyle) -> list[list[str]]:
    """One row per measure; a group cell is repeated on every row (merging is the writer's)."""
    rng = random.Random(doc.stem + "/table")
    rows = []
    for measure, group in doc.leaves():
        src = measure if measure.has_units else group
        row = []
        for _, name in st.columns:
            if name == "seq":
                row.append(str(measure.number))
            elif name == "group":
                row.append(group.title)
            elif name == "task":
                row.append(measure.text + st.stop)
            elif name in ("lead", "coop", "resp", "first", "listed"):
                names = {"lead": src.lead, "coop": src.coop, "resp": src.resp,
                         "first": src.lead + src.resp, "listed": src.lead + src.coop + src.resp}[name]
                if rng.random() < st.cell_break and len(names) > 1:
                    row.append("\n".join(names))
                else:
                    row.append(write_units(names, st.units, rng))
            elif name == "leaders":
                row.append("、".join(measure.leaders or group.leaders))
            elif name == "persons":
                row.append("、".join(measure.persons))
            elif name == "deadline":
                row.append(measure.deadline or group.deadline or "")
            else:
                row.append("")
        rows.append(row)
    return rows


def flat_lines(doc: Doc, st: TableStyle, repeat_header_every: int = 0) -> list[str]:
    """Each cell on a line of its own, rows one after another; the header again where a
    printed page began."""
    header = [h for h, _ in st.columns]
    lines = list(header)
    for i, row in enumerate(table_rows(doc, st)):
        if repeat_header_every and i and i % repeat_header_every == 0:
            lines.extend(header)
        lines.extend(cell.replace("\n", "、") for cell in row if cell)
    return lines


def tsv_lines(doc: Doc, st: TableStyle) -> list[str]:
    lines = ["\t".join(h for h, _ in st.columns)]
    for row in table_rows(doc, st):
        lines.append("\t".join(cell.replace("\n", " ") for cell in row))
    return lines


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for char in text:
        if _width(current + char) > width:
            lines.append(current)
            current = ""
        current += char
    return lines + [current]


def box_lines(doc: Doc, st: TableStyle, widths: list[int]) -> list[str]:
    """A box-drawing table; long cells wrap inside their column (unit names cut anywhere)."""
    def rule(left, mid, right):
        return left + mid.join("─" * (w // 2) for w in widths) + right

    def row_lines(cells):
        wrapped = [_wrap(c.replace("\n", "、"), w) for c, w in zip(cells, widths)]
        height = max(len(w) for w in wrapped)
        out = []
        for k in range(height):
            parts = []
            for cell, w in zip(wrapped, widths):
                piece = cell[k] if k < len(cell) else ""
                parts.append(piece + " " * (w - _width(piece)))
            out.append("│" + "│".join(parts) + "│")
        return out

    lines = [rule("┌", "┬", "┐")]
    lines += row_lines([h for h, _ in st.columns])
    for row in table_rows(doc, st):
        lines.append(rule("├", "┼", "┤"))
        lines += row_lines(row)
    lines.append(rule("└", "┴", "┘"))
    return lines


def notice_lines(doc: Doc, level_addressee: str, intro: str) -> list[str]:
    return [
        doc.issuer, doc.doc_no, f"{doc.issuer}关于印发{doc.title}的通知", level_addressee,
        f"　　现将《{doc.title}》印发给你们，请认真抓好落实。{intro}",
        doc.issuer, doc.issued, "", "附件", "", doc.title, "",
    ]
