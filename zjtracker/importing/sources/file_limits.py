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
  350,000. They are counted in every XML part of a workbook, not only those named
  ``xl/worksheets/*.xml``: openpyxl finds a sheet through the workbook's relationships,
  and they may name any part.
- Texts: no run of more than 512 KB between two tags in any XML part. Excel holds at most
  32,767 characters in a cell (under 330 KB however they are written in XML), and no
  paragraph of a policy comes near. A Word document holds at most 20 MB of text, as a
  text file does (``MAX_TEXT_FILE_BYTES``); a paragraph or table row read from it, at
  most 32,767 characters (``MAX_FIELD_CHARS``, checked by the reader on the text).

A file is read once (``read_checked_bytes``): its bytes are checked and then handed to
openpyxl or python-docx as they are, so a file changed on disk between the check and the
read cannot slip anything past the checks.

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
from zjtracker.importing.sources.zip_members import CellCounter, SizeLie, TextMeter, member_pieces

MB = 1024 * 1024
MAX_ZIP_FILE_BYTES = 50 * MB
MAX_TEXT_FILE_BYTES = 20 * MB
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED_BYTES = 200 * MB
MAX_RATIO = 100
RATIO_FLOOR_BYTES = 10 * MB  # small members may compress as well as they like
MAX_CELLS = 1_500_000
MAX_FIELD_CHARS = 32_767  # Excel's own limit for a cell
MAX_TEXT_RUN_BYTES = 512 * 1024  # more than any cell of 32,767 characters written in XML
MAX_DOCUMENT_TEXT_BYTES = MAX_TEXT_FILE_BYTES

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
    _check_size(path.name, size, kind)
    return size


def _check_size(name: str, size: int, kind: str) -> None:
    limit = MAX_TEXT_FILE_BYTES if kind == "text" else MAX_ZIP_FILE_BYTES
    if size > limit:
        raise UnreadableFile(
            f"文件“{name}”有 {_size(size)}，超过了上限 {_size(limit)}，"
            "不像是一份政策文件、台账或报送表。请确认选对了文件。")


def read_limited_bytes(path: str | os.PathLike, kind: str) -> bytes:
    """The bytes of the file at ``path``, opened once and read at most to the limit of its
    kind (a file that grows while it is read is refused like one too large)."""
    path = Path(path)
    if not path.is_file():  # a folder or a pipe is not opened at all
        raise UnreadableFile(f"找不到文件“{path.name}”，请检查路径是否正确。")
    limit = MAX_TEXT_FILE_BYTES if kind == "text" else MAX_ZIP_FILE_BYTES
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        _check_size(path.name, size, kind)
        data = handle.read(size + 1)  # a buffer of the size, not of the limit
        if len(data) > size:  # grown since: read on, in pieces, up to the limit
            pieces = [data]
            while sum(map(len, pieces)) <= limit and (piece := handle.read(MB)):
                pieces.append(piece)
            data = b"".join(pieces)
    _check_size(path.name, len(data), kind)
    return data


def read_checked_bytes(path: str | os.PathLike, kind: str) -> bytes:
    """The bytes of the file at ``path`` (kind "xlsx", "docx" or "text"), read once and
    checked: hand these bytes (``io.BytesIO``) to the parser, never the path again."""
    data = read_limited_bytes(path, kind)
    if kind != "text":
        check_archive(data, Path(path).name, kind)
    return data


def check_field_length(text: str, name: str, what: str = "一段文字") -> None:
    """Refuse a document whose paragraph or row (``what``) is longer than MAX_FIELD_CHARS."""
    if len(text) > MAX_FIELD_CHARS:
        raise UnreadableFile(
            f"文件“{name}”中{what}有 {len(text):,} 个字，超过了一段内容的上限 {MAX_FIELD_CHARS:,} 个字"
            "（与 Excel 单元格的上限相同），不像是正常的政策文件，程序拒绝读取。请删去或拆分过长的段落后再导入。")


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
        cells, text = 0, 0
        for member in members:
            found, written = _scan_member(raw, member, name, kind)
            cells, text = cells + found, text + written
            if text > MAX_DOCUMENT_TEXT_BYTES:
                raise UnreadableFile(
                    f"文件“{name}”中的文字超过了 {_size(MAX_DOCUMENT_TEXT_BYTES)}（与文本文件的上限相同），"
                    "远多于一份政策文件，程序拒绝读取。请确认选对了文件，或把它拆成几份后再导入。")
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


def _scan_member(raw: BinaryIO, member: zipfile.ZipInfo, name: str, kind: str) -> tuple[int, int]:
    """Read one member whole, in pieces: its size and CRC must be what it declares; an XML
    part must hold no DTD declaration and no text longer than any cell or paragraph.
    Returns the cells it adds (any XML part of a workbook may be a worksheet) and the
    bytes of text it adds (a Word document's)."""
    xml = not member.filename.lower().endswith(_MEDIA)
    counter = CellCounter() if kind == "xlsx" else None
    meter = TextMeter(MAX_TEXT_RUN_BYTES, count_text=kind == "docx")
    tail = b""
    for number, piece in enumerate(member_pieces(raw, member)):
        if number == 0:
            xml = xml and _looks_like_xml(piece)
        if not xml:
            continue  # pieces of an image or font are still read whole: size and CRC
        if any(mark in tail + piece for mark in _DTD_MARKS):
            raise UnreadableFile(
                f"文件“{name}”中的部件“{member.filename}”含有 DOCTYPE 或 ENTITY 声明。正常的 {KINDS[kind]}"
                "不会有这种内容，它可能是恶意构造的文件（XML 实体攻击），程序拒绝读取。")
        tail = piece[-32:]
        meter.feed(piece)
        if meter.too_long:
            raise UnreadableFile(
                f"文件“{name}”中的部件“{member.filename}”有一段超过 {_size(MAX_TEXT_RUN_BYTES)} 的连续文字，"
                f"远远超过一个单元格（Excel 最多 {MAX_FIELD_CHARS:,} 个字）或一个段落应有的长度，"
                "不像是正常保存的文件，程序拒绝读取。请删去过长的内容后再导入。")
        if counter is not None:
            counter.feed(piece)
    if not xml:
        return 0, 0
    return (counter.count if counter is not None else 0), meter.text


def _looks_like_xml(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def check_workbook(path: str | os.PathLike) -> None:
    """All checks for an .xlsx on disk (a reader should rather parse ``read_checked_bytes``)."""
    read_checked_bytes(path, "xlsx")


def check_document(path: str | os.PathLike) -> None:
    """All checks for a .docx on disk (a reader should rather parse ``read_checked_bytes``)."""
    read_checked_bytes(path, "docx")
