"""The 佐证材料汇编 as a zip: the evidence files of a policy's period organised by area and
task number (``一、优化营商环境/（12）推进重点工作/现场照片.jpg``), with an index workbook
(``索引.xlsx``) styled like the program's other workbooks.

Plain data in, bytes out: ``BundleWriter`` is given each file's description and bytes by the
service (``services/evidence/bundle.py``) and writes into an open stream; it never reads the
database. Folder and file names are made safe for every file system (``file_names``) and
unique within their folder (（2）…); the names inside the zip are stored as UTF-8.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import NamedStyle
from openpyxl.utils import get_column_letter

from zjtracker.exporting.cells import set_text
from zjtracker.exporting.file_names import safe_file_name, safe_part
from zjtracker.exporting.ledger_format import (
    BODY_FONT,
    BORDER,
    CENTER_ALIGN,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    LEFT_ALIGN,
    setup_print,
    write_title,
)
from zjtracker.exporting.safe_write import OutputKind

EVIDENCE_BUNDLE = OutputKind("佐证材料汇编", (".zip",))
INDEX_NAME = "索引.xlsx"
HEADER_ROW = 3
COLUMNS = (("序号", 6), ("领域", 22), ("任务", 40), ("责任单位", 22), ("文件名", 34), ("大小", 10),
           ("添加时间", 17), ("添加人", 10), ("在压缩包中的位置", 50))
_STORED = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".zip", ".docx", ".xlsx", ".pptx", ".ofd")


@dataclass(frozen=True)
class BundleEntry:
    """One evidence file as the 汇编 lists it."""

    area: str  # 一、优化营商环境
    task_label: str  # （12）
    task_text: str
    units: str  # 责任单位, joined by 、
    file_name: str
    size: int
    added_at: datetime
    added_by: str


def short_text(text: str, limit: int = 20) -> str:
    """A task's text as a folder names it: its first clause, at most ``limit`` characters."""
    head = " ".join((text or "").split()).split("。", 1)[0]
    if len(head) > limit:
        clause = head.split("，", 1)[0]
        head = clause if 4 <= len(clause) <= limit else head[:limit]
    return head.rstrip("，、；：,;:")


def size_words(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class BundleWriter:
    """Writes the zip into ``stream``: ``add`` each file in the order to list them, then
    ``finish`` (the index last). The stream is left open."""

    def __init__(self, stream: BinaryIO, title: str, note: str = ""):
        self.archive = zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self.title, self.note = title, note
        self.rows: list[tuple[BundleEntry, str]] = []
        self._taken: set[str] = {INDEX_NAME.casefold()}
        self._folders: dict[tuple[str, str], str] = {}

    def _folder(self, entry: BundleEntry) -> str:
        key = (entry.area, entry.task_label + entry.task_text)
        if key not in self._folders:
            area = safe_part(entry.area, 40, "未分领域")
            task = safe_part(entry.task_label + short_text(entry.task_text), 30, "未编号任务")
            folder = f"{area}/{task}"
            number = 2
            while folder.casefold() in self._taken:
                folder, number = f"{area}/{task}（{number}）", number + 1
            self._taken.add(folder.casefold())
            self._folders[key] = folder
        return self._folders[key]

    def add(self, entry: BundleEntry, data: bytes) -> str:
        """Put one file in its task's folder; its path in the zip."""
        folder = self._folder(entry)
        name = PurePosixPath(entry.file_name.replace("\\", "/")).name
        stem, suffix = (name[: -len(PurePosixPath(name).suffix)] if PurePosixPath(name).suffix else name,
                        "".join(ch for ch in PurePosixPath(name).suffix if ch.isalnum() or ch == ".")[:16])
        safe = safe_file_name(stem, suffix)
        candidate, number = safe, 2
        while f"{folder}/{candidate}".casefold() in self._taken:
            candidate, number = safe_file_name(f"{stem}（{number}）", suffix), number + 1
        path = f"{folder}/{candidate}"
        self._taken.add(path.casefold())
        stored = suffix.lower() in _STORED
        info = zipfile.ZipInfo(path, date_time=_zip_time(entry.added_at))
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self.archive.writestr(info, data)
        self.rows.append((entry, path))
        return path

    def abandon(self) -> None:
        """Stop writing (the export was cancelled or failed): the stream is then discarded."""
        try:
            self.archive.close()
        except (OSError, ValueError):
            pass

    def finish(self) -> None:
        info = zipfile.ZipInfo(INDEX_NAME, date_time=_zip_time(datetime.now()))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self.archive.writestr(info, index_workbook(self.title, self.note, self.rows))
        self.archive.close()


def _zip_time(at: datetime) -> tuple[int, int, int, int, int, int]:
    at = max(at, datetime(1980, 1, 1))
    return (at.year, at.month, at.day, at.hour, at.minute, at.second)


def index_workbook(title: str, note: str, rows: list[tuple[BundleEntry, str]]) -> bytes:
    """索引.xlsx: one row a file, in the order of the zip."""
    book = Workbook()
    sheet = book.active
    sheet.title = "索引"
    write_title(sheet, title, len(COLUMNS))
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(COLUMNS))
    set_text(sheet.cell(row=2, column=1), note or f"共 {len(rows)} 个文件。")
    for column, (header, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column)
        set_text(cell, header)
        cell.font, cell.fill, cell.alignment, cell.border = HEADER_FONT, HEADER_FILL, HEADER_ALIGN, BORDER
        sheet.column_dimensions[get_column_letter(column)].width = width
    book.add_named_style(NamedStyle("佐证索引", font=BODY_FONT, border=BORDER, alignment=LEFT_ALIGN))
    book.add_named_style(NamedStyle("佐证索引居中", font=BODY_FONT, border=BORDER, alignment=CENTER_ALIGN))
    for number, (entry, path) in enumerate(rows, start=1):
        row = HEADER_ROW + number
        values = (number, entry.area, f"{entry.task_label}{' '.join(entry.task_text.split())}", entry.units,
                  entry.file_name, size_words(entry.size), f"{entry.added_at:%Y-%m-%d %H:%M}", entry.added_by, path)
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            if isinstance(value, int):
                cell.value = value
            else:
                set_text(cell, ILLEGAL_CHARACTERS_RE.sub("", value)[:32000])
            cell.style = "佐证索引居中" if column in (1, 6) else "佐证索引"  # one named style: fast to set
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{HEADER_ROW + max(len(rows), 0)}"
    setup_print(sheet, f"{HEADER_ROW}:{HEADER_ROW}")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
