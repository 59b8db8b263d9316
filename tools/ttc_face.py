"""Write one face of a TrueType collection (.ttc) as a standalone .ttf.

    python tools/ttc_face.py uming.ttc 2 simfang.ttf

Used by the Windows smoke test to stand distinct faces in for the Windows fonts 仿宋, 黑体 and
楷体 (which cannot be shipped) under their Windows file names, so that a report's fonts show
which role took which file. Only the standard library: tables are copied unchanged.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path


def face_count(data: bytes) -> int:
    if data[:4] != b"ttcf":
        return 1
    return struct.unpack(">I", data[8:12])[0]


def extract_face(data: bytes, index: int) -> bytes:
    """The ``index``-th face of the collection ``data`` as the bytes of a .ttf."""
    if data[:4] != b"ttcf":
        if index:
            raise ValueError("not a collection: only face 0")
        return data
    count = face_count(data)
    if not 0 <= index < count:
        raise ValueError(f"the collection has {count} faces, no face {index}")
    start = struct.unpack(">I", data[12 + 4 * index:16 + 4 * index])[0]
    version, tables = struct.unpack(">IH", data[start:start + 6])
    records = [struct.unpack(">4sIII", data[start + 12 + 16 * n:start + 28 + 16 * n]) for n in range(tables)]
    header_size = 12 + 16 * tables
    body, directory, offset = bytearray(), bytearray(), header_size
    for tag, checksum, where, length in records:
        directory += struct.pack(">4sIII", tag, checksum, offset, length)
        chunk = data[where:where + length]
        chunk += b"\0" * (-len(chunk) % 4)
        body += chunk
        offset += len(chunk)
    power = 1 << (tables.bit_length() - 1)
    head = struct.pack(">IHHHH", version, tables, power * 16, power.bit_length() - 1, tables * 16 - power * 16)
    return bytes(head + directory + body)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    source, index, target = Path(args[0]), int(args[1]), Path(args[2])
    target.write_bytes(extract_face(source.read_bytes(), index))
    return 0


if __name__ == "__main__":
    sys.exit(main())
