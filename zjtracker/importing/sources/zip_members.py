"""Reading the members of a zip container piece by piece, trusting nothing it declares.

``member_pieces`` decompresses one member from its raw bytes in pieces of at most 1 MB and
raises ``SizeLie`` as soon as it yields more than the member's declared size (zipfile's
``ZipFile.read`` would inflate a lying member's whole stream into memory before cutting it
to the declared size). Once every member has been read this way, the sizes the central
directory declares are true, and the limits checked on them hold for openpyxl and
python-docx too. ``CellCounter`` counts a worksheet's cells and merged area as it streams by;
``TextMeter`` finds a text longer than any cell or paragraph and adds up a document's text.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

PIECE = 1024 * 1024
_LOCAL_HEADER = struct.Struct("<4s22sHH")  # signature, fixed fields, name length, extra length


class SizeLie(Exception):
    """A member holds more than its declared uncompressed size."""


def member_pieces(raw: BinaryIO, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The member's content in pieces; BadZipFile when it is damaged, encrypted, compressed
    in a way Office never uses, shorter than declared or fails its CRC."""
    if info.flag_bits & 0x1:
        raise zipfile.BadZipFile("encrypted member")
    raw.seek(info.header_offset)
    header = raw.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local file header")
    _, _, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    raw.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
    if info.compress_type == zipfile.ZIP_STORED:
        inflate = None
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflate = zlib.decompressobj(-15)
    else:
        raise zipfile.BadZipFile(f"compression method {info.compress_type}")
    left, produced, crc = info.compress_size, 0, 0
    while True:
        if inflate is not None and inflate.unconsumed_tail:
            data = inflate.unconsumed_tail
        elif left > 0:
            data = raw.read(min(PIECE, left))
            if not data:
                raise zipfile.BadZipFile("member cut short")
            left -= len(data)
        else:
            break
        piece = data if inflate is None else inflate.decompress(data, PIECE)
        produced += len(piece)
        if produced > info.file_size:
            raise SizeLie(info.filename)
        crc = zlib.crc32(piece, crc)
        if piece:
            yield piece
        if inflate is not None and inflate.eof:
            break
    if produced != info.file_size or crc != info.CRC:
        raise zipfile.BadZipFile(f"size or CRC of {info.filename} does not match")


_CELL_HEADS = (b"<c ", b"<c>", b"<c/", b"<c\t", b"<c\n", b"<c\r")  # counted without allocating
_PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]{0,31}:c[\s/>]")  # <x:c r="A1"> from some writers
_MERGE = re.compile(rb"<(?:[A-Za-z_][\w.-]{0,31}:)?mergeCell\s[^<>]*?\bref\s*=\s*[\"']"
                    rb"\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?[\"']")
_CARRY = 2048  # the longest element head kept from one piece to the next


class CellCounter:
    """Cells written plus the area of merged ranges, in a worksheet's XML fed in pieces.

    A piece is counted up to its last '<' and the rest carried over: no element head
    counted holds a '<' after its first character, so none is cut in two."""

    def __init__(self):
        self.count = 0
        self._carry = b""

    def feed(self, piece: bytes) -> int:
        buffer = self._carry + piece
        cut = buffer.rfind(b"<")
        if cut < 0:
            self._carry = b""
            return self.count
        done, rest = buffer[:cut], buffer[cut:]
        self.count += sum(done.count(head) for head in _CELL_HEADS)
        if b":c" in done:
            self.count += len(_PREFIXED_CELL.findall(done))
        if b"mergeCell" in done:
            for match in _MERGE.finditer(done):
                self.count += _area(*match.groups())
        self._carry = rest if len(rest) <= _CARRY else b""
        return self.count


def _area(col1: bytes, row1: bytes, col2: bytes | None, row2: bytes | None) -> int:
    if col2 is None:
        return 1
    return (abs(_column(col2) - _column(col1)) + 1) * (abs(int(row2) - int(row1)) + 1)


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


_TAG = re.compile(rb"<[^>]*>")


class TextMeter:
    """Whether an XML part fed in pieces holds a run of more than ``longest`` bytes without
    a '<' (a text longer than any cell or paragraph), and, when ``count_text``, how many
    bytes of text lie between its tags.

    The runs are found without looking at every byte in Python: a piece is cut into
    blocks of ``longest // 2`` bytes, a run longer than ``longest`` covers one of them
    whole, and only a block without a '<' (found by memchr) is measured exactly. A run
    may go on across pieces."""

    def __init__(self, longest: int, count_text: bool = False):
        self.limit = longest
        self.block = max(1, longest // 2)
        self.too_long = False
        self.text = 0
        self._run = 0  # bytes since the last '<' of the pieces before
        self._count_text = count_text
        self._carry = b""

    def feed(self, piece: bytes) -> None:
        first = piece.find(b"<")
        if first < 0:
            self._run += len(piece)
        else:
            last = piece.rfind(b"<")
            self._check(self._run + first)
            self._check(_longest_between(piece, first, last, self.block))
            self._run = len(piece) - last - 1
        self._check(self._run)
        if self._count_text:  # the carry is a run: bounded, since the caller stops at too_long
            buffer = self._carry + piece
            cut = buffer.rfind(b"<")
            if cut > 0:
                self.text += len(_TAG.sub(b"", buffer[:cut]))
            self._carry = buffer[max(cut, 0):]

    def _check(self, run: int) -> None:
        if run > self.limit:
            self.too_long = True


def _longest_between(piece: bytes, first: int, last: int, block: int) -> int:
    """The longest run without '<' between the '<' at ``first`` and the one at ``last``,
    measured exactly where it covers an aligned block of ``block`` bytes (0 when none
    does: every run is then shorter than two blocks)."""
    longest = 0
    start = first + 1
    while start + block <= last:
        if piece.find(b"<", start, start + block) >= 0:
            start += block
            continue
        left = piece.rfind(b"<", 0, start)  # first <= left
        right = piece.find(b"<", start + block)  # right <= last
        longest = max(longest, right - left - 1)
        start = right + 1
    return longest
