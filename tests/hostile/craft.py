"""Building hostile files byte by byte: zip containers whose headers say whatever a test
wants (honest or lying sizes), decompression bombs, and real workbooks and documents with
one part swapped for an attack."""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from docx import Document
from openpyxl import Workbook

MB = 1024 * 1024
BOMB_SIZE = 1024 * MB  # one gigabyte of zeros


@dataclass(frozen=True)
class Entry:
    name: str
    data: bytes  # as stored (deflated when method is 8)
    crc: int
    size: int  # the uncompressed size the headers declare
    method: int = zipfile.ZIP_DEFLATED


def deflated(name: str, content: bytes) -> Entry:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Entry(name, packer.compress(content) + packer.flush(), zlib.crc32(content), len(content))


@lru_cache(maxsize=None)
def zeros_stream(megabytes: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``megabytes`` MB of zeros (about 1 KB per MB) and its CRC:
    one megabyte compressed after a full flush gives the same bytes every time."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(MB)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    return block * megabytes + packer.flush(), crc


def write_zip(path: Path, entries: list[Entry]) -> Path:
    """A zip file with exactly the headers given (sizes and CRC as declared, not checked)."""
    body, directory = bytearray(), bytearray()
    for entry in entries:
        name = entry.name.encode("utf-8")
        offset = len(body)
        body += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0x800, entry.method, 0, 0x21,
                            entry.crc, len(entry.data), entry.size, len(name), 0) + name + entry.data
        directory += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0x800, entry.method, 0, 0x21,
                                 entry.crc, len(entry.data), entry.size, len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), len(body), 0)
    path.write_bytes(bytes(body + directory + end))
    return path


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rebuild(source: Path, target: Path, replace: dict[str, Entry | bytes]) -> Path:
    """``source`` with some members replaced (an Entry as given, bytes deflated honestly)."""
    parts = members(source)
    entries = []
    for name, content in parts.items():
        new = replace.get(name, content)
        entries.append(new if isinstance(new, Entry) else deflated(name, new))
    for name, new in replace.items():
        if name not in parts:
            entries.append(new if isinstance(new, Entry) else deflated(name, new))
    return write_zip(target, entries)


LEDGER_HEADER = ["指标名称", "牵头单位", "责任单位", "序号", "工作任务", "落实情况", "存在问题",
                 "存在问题的意见建议", "完成进度（%）", "评估情况（请选择）", "备注"]


def ledger_workbook(path: Path, rows: int = 3) -> Path:
    """A small ledger in the city's layout, read by both the policy and the return reader."""
    book = Workbook()
    sheet = book.active
    sheet.append(["2025年第三季度工作任务台账"])
    sheet.append(LEDGER_HEADER)
    for n in range(1, rows + 1):
        sheet.append(["一、市场准入", "市商务局", "/", f"（{n}）", f"第{n}项工作任务，推进市场准入改革。",
                      "已推进", None, None, 50, "序时推进", None])
    book.save(path)
    return path


def policy_document(path: Path, paragraphs: list[str] | None = None) -> Path:
    document = Document()
    for text in paragraphs or ["湛江市测试工作方案", "一、总体要求", "（一）推进第一项工作。",
                               "二、重点任务", "（二）推进第二项工作。"]:
        document.add_paragraph(text)
    document.save(path)
    return path


def bomb_entry(name: str, megabytes: int = 1024, declared: int | None = None) -> Entry:
    """``megabytes`` MB of zeros; ``declared`` makes the headers lie about the size (the
    CRC then is that of the declared prefix, so only the size gives it away)."""
    stream, crc = zeros_stream(megabytes)
    if declared is None:
        return Entry(name, stream, crc, megabytes * MB)
    return Entry(name, stream, zlib.crc32(bytes(declared)), declared)


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _column(n: int) -> str:
    return chr(64 + n)


def excel_style_parts(rows: list[list[str]]) -> dict[str, bytes]:
    """The parts of a workbook written the way Excel writes one: every text in
    xl/sharedStrings.xml, cells referring to it by number."""
    strings: list[str] = []
    cells = []
    for r, row in enumerate(rows, 1):
        line = []
        for c, value in enumerate(row, 1):
            if value is None:
                continue
            if isinstance(value, (int, float)):
                line.append(f'<c r="{_column(c)}{r}"><v>{value}</v></c>')
                continue
            strings.append(value)
            line.append(f'<c r="{_column(c)}{r}" t="s"><v>{len(strings) - 1}</v></c>')
        cells.append(f'<row r="{r}">{"".join(line)}</row>')
    declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    return {
        "[Content_Types].xml": (declaration + f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                                '<Default Extension="xml" ContentType="application/xml"/>'
                                f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
                                f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_TYPES}.worksheet+xml"/>'
                                f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_TYPES}.sharedStrings+xml"/>'
                                "</Types>").encode(),
        "_rels/.rels": (declaration + f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
                        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>').encode(),
        "xl/workbook.xml": (declaration + f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
                            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>').encode(),
        "xl/_rels/workbook.xml.rels": (declaration + f'<Relationships xmlns="{_PKG}">'
                                       f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                                       f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
                                       "</Relationships>").encode(),
        "xl/worksheets/sheet1.xml": (declaration + f'<worksheet xmlns="{_MAIN}"><sheetData>{"".join(cells)}'
                                     "</sheetData></worksheet>").encode(),
        "xl/sharedStrings.xml": (declaration + f'<sst xmlns="{_MAIN}" count="{len(strings)}" '
                                 f'uniqueCount="{len(strings)}">{shared}</sst>').encode(),
    }


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ledger_rows(count: int = 3, marker: str = "") -> list[list]:
    rows = [["2025年第三季度工作任务台账"], LEDGER_HEADER]
    for n in range(1, count + 1):
        rows.append(["一、市场准入", "市商务局", "/", f"（{n}）", f"第{n}项工作任务，推进市场准入改革。{marker}",
                     f"已推进{marker}", None, None, 50, "序时推进", None])
    return rows


def write_parts(path: Path, parts: dict[str, bytes]) -> Path:
    return write_zip(path, [deflated(name, content) for name, content in parts.items()])


MARK = "ENTITYMARK"  # replaced by an entity reference in the attacks below
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{n} "{(f"&lol{n - 1};" if n > 1 else "&lol;") * 10}">' for n in range(1, 10))
          + "]>", "&lol9;")
EXTERNAL = ('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;")
PARAMETER = ('<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>', "")


def attack(xml: bytes, kind: tuple[str, str], encoding: str = "utf-8") -> bytes:
    """``xml`` (UTF-8, with MARK somewhere in a text) with a DOCTYPE after its declaration
    and MARK replaced by the entity reference; re-encoded in ``encoding``."""
    doctype, reference = kind
    text = xml.decode("utf-8")
    head, sep, body = text.partition("?>")
    if not sep:
        head, body = "", text
    else:
        head += sep
    if encoding != "utf-8":
        head = head.replace('encoding="UTF-8"', f'encoding="{encoding.upper()}"')
    text = head + doctype + body.replace(MARK, reference)
    return text.encode(encoding) if encoding == "utf-8" else "\ufeff".encode(encoding) + text.encode(encoding)
