"""The checks an evidence file (佐证材料) passes before it is stored: its size, its kind told
from its content (not only from its suffix), and the hostile-file checks every other input
passes (``importing.sources.file_limits`` for the zip containers of .docx/.xlsx, and
``importing.read_faults`` for a file that cannot be read to its end).

Accepted: images (PNG, JPEG, GIF, BMP, TIFF, WebP, HEIC), PDF, Word (.docx, .doc, .wps),
Excel (.xlsx, .xls, .et), and as "other" PowerPoint (.pptx, .ppt), OFD and plain text.
Refused: programs and scripts under any name (.exe, .bat, .js, .vbs, .lnk, .scr …, and an
executable's signature whatever the suffix), Office files with macros, a file whose content is
none of the accepted kinds, an empty file, one over ``FILE_LIMIT_BYTES``.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from zjtracker.importing.errors import UnreadableFile
from zjtracker.importing.read_faults import reading
from zjtracker.importing.sources.file_limits import check_archive

MB = 1024 * 1024
FILE_LIMIT_BYTES = 20 * MB
PERIOD_LIMIT_BYTES = 200 * MB

IMAGE, PDF, WORD, EXCEL, OTHER = "image", "pdf", "word", "excel", "other"
KIND_NAMES = {IMAGE: "图片", PDF: "PDF 文件", WORD: "Word 文档", EXCEL: "Excel 工作簿", OTHER: "其他文件"}

_PROGRAMS = {
    ".exe", ".com", ".bat", ".cmd", ".scr", ".pif", ".msi", ".msp", ".dll", ".sys", ".cpl", ".ocx",
    ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh", ".ws", ".ps1", ".psm1", ".hta", ".lnk", ".url",
    ".reg", ".inf", ".jar", ".sh", ".py", ".scf", ".chm", ".gadget", ".application", ".appref-ms",
    ".msc", ".vb", ".apk", ".app", ".dmg", ".deb", ".rpm", ".elf", ".bin", ".run", ".iso", ".img",
    ".docm", ".dotm", ".xlsm", ".xltm", ".xlam", ".pptm", ".potm", ".ppam", ".svg", ".svgz",
    ".html", ".htm", ".xhtml", ".mht", ".mhtml", ".xml", ".swf",
}
_EXECUTABLE_HEADS = (
    (b"MZ", "Windows 程序"), (b"\x7fELF", "程序"), (b"\xca\xfe\xba\xbe", "程序"), (b"\xfe\xed\xfa\xce", "程序"),
    (b"\xfe\xed\xfa\xcf", "程序"), (b"\xce\xfa\xed\xfe", "程序"), (b"\xcf\xfa\xed\xfe", "程序"),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "快捷方式"), (b"#!", "脚本"), (b"dex\n", "程序"),
)
_SCRIPT_MARKS = (b"<script", b"<html", b"<!doctype html", b"<svg", b"<?xml", b"wscript.", b"createobject(",
                 b"@echo off", b"powershell", b"<hta:")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_KINDS = {".doc": WORD, ".wps": WORD, ".dot": WORD, ".xls": EXCEL, ".et": EXCEL, ".xlt": EXCEL,
              ".ppt": OTHER, ".dps": OTHER, ".pps": OTHER}
_TEXT_SUFFIXES = {".txt", ".csv"}


class EvidenceRefused(ValueError):
    """A file that is not stored; the message is a Chinese sentence naming the file."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def size_text(size: int) -> str:
    if size < MB:
        return f"{max(1, round(size / 1024))} KB" if size else "0 KB"
    return f"{size / MB:.1f}".rstrip("0").rstrip(".") + " MB"


def limits_text() -> str:
    return (f"单个文件不超过 {size_text(FILE_LIMIT_BYTES)}，"
            f"每项任务每期合计不超过 {size_text(PERIOD_LIMIT_BYTES)}")


def read_evidence(path: Path) -> tuple[bytes, str]:
    """The bytes of the evidence file at ``path`` and its kind; EvidenceRefused when it may
    not be stored. The file is opened once and read at most to the limit."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix in _PROGRAMS:
        raise EvidenceRefused(f"文件“{name}”是程序、脚本、快捷方式或带宏的文件（{suffix or '无扩展名'}），"
                              "可能含有恶意代码，不能作为佐证材料。请改用图片、PDF、Word 或 Excel 文件。")
    try:
        with reading(path):
            if path.is_symlink() or not path.is_file():
                raise EvidenceRefused(f"找不到文件“{name}”（或它不是一个普通文件），请检查路径是否正确。")
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                _check_size(name, size)
                data = handle.read(FILE_LIMIT_BYTES + 1)
    except UnreadableFile as error:
        raise EvidenceRefused(error.message) from error
    _check_size(name, len(data))
    return data, content_kind(data, name)


def _check_size(name: str, size: int) -> None:
    if size == 0:
        raise EvidenceRefused(f"文件“{name}”是空的（0 字节），没有可作为佐证的内容。")
    if size > FILE_LIMIT_BYTES:
        raise EvidenceRefused(f"文件“{name}”有 {size_text(size)}，超过了单个佐证材料的上限 "
                              f"{size_text(FILE_LIMIT_BYTES)}。请压缩图片或拆分文件后再添加。")


def content_kind(data: bytes, name: str) -> str:
    """image / pdf / word / excel / other, from the content; EvidenceRefused otherwise."""
    suffix = Path(name).suffix.lower()
    head = data[:64]
    for mark, what in _EXECUTABLE_HEADS:
        if head.startswith(mark):
            raise EvidenceRefused(f"文件“{name}”的内容其实是{what}，只是改了扩展名（{suffix or '无'}），"
                                  "可能是伪装的恶意文件，不能作为佐证材料。")
    if _is_image(head):
        return IMAGE
    if b"%PDF-" in data[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    if head.startswith(_OLE):
        kind = _OLE_KINDS.get(suffix)
        if kind is None:
            raise EvidenceRefused(f"文件“{name}”是旧版 Office 格式的文件，但扩展名“{suffix or '无'}”与内容不符"
                                  "（也可能是安装包等程序），不能作为佐证材料。")
        return kind
    if suffix in _TEXT_SUFFIXES and _plain_text(data):
        return OTHER
    raise EvidenceRefused(f"文件“{name}”不是可接受的佐证材料类型（内容不是图片、PDF、Word、Excel 或文本），"
                          "也可能已损坏或只是改了扩展名。请改用图片、PDF、Word 或 Excel 文件。")


def _is_image(head: bytes) -> bool:
    return (head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*"))
            or (head.startswith(b"BM") and len(head) > 14)
            or (head.startswith(b"RIFF") and head[8:12] == b"WEBP")
            or head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"))


def _plain_text(data: bytes) -> bool:
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    low = data[:4096].lower()
    return not any(mark in low for mark in _SCRIPT_MARKS)


def _zip_kind(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {member.filename.lower() for member in archive.infolist()[:20_000]}
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise EvidenceRefused(f"文件“{name}”已损坏，无法作为佐证材料（像是压缩包但打不开）。") from None
    if any(n.endswith(("vbaproject.bin", ".exe")) or n.endswith(".bin") and "activex" in n
           for n in names):
        raise EvidenceRefused(f"文件“{name}”含有宏或嵌入的程序，可能含有恶意代码，不能作为佐证材料。"
                              "请另存为不含宏的 .docx / .xlsx 后再添加。")
    if "word/document.xml" in names:
        kind, check = WORD, "docx"
    elif "xl/workbook.xml" in names:
        kind, check = EXCEL, "xlsx"
    elif "ppt/presentation.xml" in names or "ofd.xml" in names:
        kind, check = OTHER, "docx"
    else:
        raise EvidenceRefused(f"文件“{name}”是压缩包，不是可接受的佐证材料类型。"
                              "请解压后把其中的图片、PDF、Word 或 Excel 文件逐个添加。")
    try:
        check_archive(data, name, check)  # the same bomb / DTD / size checks as every import
    except UnreadableFile as error:
        raise EvidenceRefused(error.message) from error
    return kind
