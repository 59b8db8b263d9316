"""The checks every file passes before a reader hands it to openpyxl, python-docx or the
text decoder: a hostile or broken file is refused with a sentence, quickly and without
using much memory.

- Size on disk: 50 MB for .xlsx/.docx, 20 MB for text. The largest real ledger seen (30,000
  rows) is under 2 MB as .xlsx; a policy document is a few hundred KB.
- Zip containers (.xlsx, .docx): at most 10,000 members (counted from the end record before
  the central directory is read); the declared uncompressed sizes together at most 200 MB
  (a 30,000-row ledger holds about 35 MB); no member over 10 MB that expands more than 100
  times (real sheets expand 5–25 times, a bomb of zeros about 1,000 times). Every member is
  then inflated here, in 1 MB pieces, and must hold exactly its declared size and CRC
  (``zip_members``): a member that lies about its size is refused at the first megabyte
  past the lie, so the declared sizes hold for openpyxl and python-docx too.
- Every XML part is scanned, as it streams by, for DOCTYPE and ENTITY declarations:
  Office files never carry them (the Open Packaging Conventions forbid DTDs), and they are
  how entity-expansion and external-entity attacks start. openpyxl parses with defusedxml
  and python-docx with entity resolution off as well; this check gives the clerk a sentence.
- Worksheets: the cells written plus the area of merged ranges at most 1,500,000, since
  openpyxl builds an object for every one (about 400 bytes each; a merged range
  A1:XFD1048576 in a 2 KB file would ask for 17 billion). A 30,000-row ledger has about
  350,000.

Formulas are never evaluated anywhere: returns are read with their formula text
(``data_only=False``), policy workbooks with the value Excel last stored for a formula cell
(``data_only=True``), which Excel computed when the file was saved, not this program.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.sources.zip_members import CellCounter, SizeLie, member_pieces

MB = 1024 * 1024
MAX_ZIP_FILE_BYTES = 50 * MB
MAX_TEXT_FILE_BYTES = 20 * MB
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED_BYTES = 200 * MB
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 10 * MB  # small members may compress as well as they like
MAX_CELLS = 1_500_000

KINDS = {"xlsx": "Excel 工作簿", "docx": "Word 文档", "text": "文本文件"}
_MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg", ".svgz",
          ".bin", ".ico", ".wdp", ".jfif", ".webp", ".mp3", ".mp4", ".wav", ".ttf", ".odttf", ".fntdata")
_DTD_MARKS = tuple(mark.encode(codec) for mark in ("<!DOCTYPE", "<!ENTITY")
                   for codec in ("utf-8", "utf-16-le", "utf-16-be"))


def _size(size: int) -> str:
    if size < MB:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / MB:.1f}".rstrip("0").rstrip(".") + " MB"


def check_file_size(path: str | os.PathLike, kind: str) -> int:
    """Refuse a missing file or one larger than the limit of its kind; return its size."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"找不到文件“{path.name}”，请检查路径是否正确。")
    size = path.stat().st_size
    limit = MAX_TEXT_FILE_BYTES if kind == "text" else MAX_ZIP_FILE_BYTES
    if size > limit:
        raise UnreadableFile(
            f"文件“{path.name}”有 {_size(size)}，超过了上限 {_size(limit)}，"
            "不像是一份政策文件、台账或报送表。请确认选对了文件。")
    return size


def check_archive(source: str | os.PathLike | BinaryIO | bytes, name: str, kind: str) -> None:
    """Refuse a zip container (.xlsx, .docx) that is damaged, a decompression bomb, carries
    DTD declarations, or holds more worksheet cells than can be read in memory."""
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as raw:
            return check_archive(raw, name, kind)
    raw = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        _check_end_record(raw, name, kind)
        with zipfile.ZipFile(raw) as archive:
            members = archive.infolist()
        _check_sizes(members, name, kind)
        cells = 0
        for member in members:
            cells += _scan_member(raw, member, name, kind)
            if cells > MAX_CELLS:
                raise UnreadableFile(
                    f"文件“{name}”的工作表中有超过 {MAX_CELLS:,} 个单元格（含合并单元格），"
                    "超出程序能读取的范围。请删去表格下方和右侧多余的行列（包括只设了格式或合并的空单元格），"
                    "另存后再导入。")
    except UnreadableFile:
        raise
    except SizeLie as lie:
        raise UnreadableFile(
            f"文件“{name}”中的部件“{lie}”实际内容比声明的大小大得多，像是恶意构造的“压缩炸弹”，"
            "程序拒绝读取。") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError,
            NotImplementedError, KeyError, UnicodeDecodeError, OverflowError, struct.error) as error:
        raise UnreadableFile(
            f"文件“{name}”已损坏或不是 {KINDS[kind]}，无法读取（{type(error).__name__}）。{_save_as(kind)}") from error
    finally:
        raw.seek(0)


def _save_as(kind: str) -> str:
    program = "Word" if kind == "docx" else "Excel 或 WPS"
    return f"请在 {program} 中打开，另存为 .{kind} 后再导入。"


def _check_end_record(raw: BinaryIO, name: str, kind: str) -> None:
    """Count the members from the zip's end record, before zipfile reads every entry of
    the central directory into memory."""
    end_record = getattr(zipfile, "_EndRecData", None)
    if end_record is None:
        return
    record = end_record(raw)
    if record is None:
        raise UnreadableFile(
            f"文件“{name}”不是有效的 {KINDS[kind]}（.{kind}），可能已损坏或只是改了扩展名。{_save_as(kind)}")
    if record[zipfile._ECD_ENTRIES_TOTAL] > MAX_MEMBERS:
        raise UnreadableFile(
            f"文件“{name}”内部有 {record[zipfile._ECD_ENTRIES_TOTAL]:,} 个部件，远多于正常的 {KINDS[kind]}"
            f"（上限 {MAX_MEMBERS:,} 个），可能是恶意构造的文件，程序拒绝读取。")


def _check_sizes(members: list[zipfile.ZipInfo], name: str, kind: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise UnreadableFile(f"文件“{name}”内部有 {len(members):,} 个部件，远多于正常的 {KINDS[kind]}，程序拒绝读取。")
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise UnreadableFile(
                f"文件“{name}”中的部件“{member.filename}”压缩比异常（{_size(member.compress_size)} 解压后为 "
                f"{_size(member.file_size)}），像是恶意构造的“压缩炸弹”，程序拒绝读取。")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise UnreadableFile(
            f"文件“{name}”解压后有 {_size(total)}，超过了上限 {_size(MAX_UNCOMPRESSED_BYTES)}"
            "（可能是恶意构造的“压缩炸弹”，或夹带了过多图片），程序拒绝读取。")


def _scan_member(raw: BinaryIO, member: zipfile.ZipInfo, name: str, kind: str) -> int:
    """Read one member whole, in pieces: its size and CRC must be what it declares; an XML
    part must hold no DTD declaration. Returns the cells it adds (worksheets only)."""
    lower = member.filename.lower()
    xml = not lower.endswith(_MEDIA)
    counter = CellCounter() if kind == "xlsx" and lower.startswith("xl/worksheets/") and lower.endswith(".xml") else None
    tail = b""
    for number, piece in enumerate(member_pieces(raw, member)):
        if number == 0:
            xml = xml and _looks_like_xml(piece)
        if xml and any(mark in tail + piece for mark in _DTD_MARKS):
            raise UnreadableFile(
                f"文件“{name}”中的部件“{member.filename}”含有 DOCTYPE 或 ENTITY 声明。正常的 {KINDS[kind]}"
                "不会有这种内容，它可能是恶意构造的文件（XML 实体攻击），程序拒绝读取。")
        tail = piece[-32:]
        if counter is not None and xml:
            counter.feed(piece)
    return counter.count if counter is not None else 0


def _looks_like_xml(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def check_workbook(path: str | os.PathLike) -> None:
    """All checks for an .xlsx on disk."""
    check_file_size(path, "xlsx")
    check_archive(Path(path), Path(path).name, "xlsx")


def check_document(path: str | os.PathLike) -> None:
    """All checks for a .docx on disk."""
    check_file_size(path, "docx")
    check_archive(Path(path), Path(path).name, "docx")
