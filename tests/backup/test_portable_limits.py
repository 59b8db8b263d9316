"""A portable backup that unpacks to far more than any real one (a gzip bomb) is refused
quickly, with little memory, with a sentence naming the file; its damaged pieces are
sentences too."""

from __future__ import annotations

import gzip
import json
import time
import tracemalloc

import pytest

from tests.backup.conftest import all_rows
from zjtracker.db.portable import PortableFileError, PortableReader
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.info import backup_info
from zjtracker.services.backups.restore import RestoreRefused, restore

HEADER = {"format": "zjtracker-backup", "version": 1, "revision": "0004", "created_at": "2025-01-01T00:00:00",
          "source": "x", "tables": ["units"]}
GB = 1024 ** 3


def _line(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False) + "\n").encode("utf-8")


def one_long_line_bomb(path, unpacked: int = 8 * GB):
    """The header, then ``unpacked`` bytes of one line of zeros: 1 MB gzip members repeated
    (a file of a few MB)."""
    member = gzip.compress(b"0" * (1 << 20), compresslevel=9)
    with open(path, "wb") as out:
        out.write(gzip.compress(_line(HEADER)))
        for _ in range(unpacked >> 20):
            out.write(member)
    return path


def many_rows_bomb(path, unpacked: int = 8 * GB):
    """Well-formed rows, a million of them per 2 KB: it takes parsing to notice."""
    rows = _line([1, "市发展和改革局", "city_bureau"]) * 30000
    member = gzip.compress(rows, compresslevel=9)
    with open(path, "wb") as out:
        out.write(gzip.compress(_line(HEADER) + _line({"table": "units", "columns": ["id", "name", "kind"]})))
        for _ in range(unpacked // len(rows)):
            out.write(member)
    return path


@pytest.mark.parametrize("bomb", [one_long_line_bomb, many_rows_bomb])
def test_a_gzip_bomb_is_refused_fast_in_little_memory(sample_db, tmp_path, bomb):
    path = bomb(tmp_path / "炸弹.zjtbak")
    assert path.stat().st_size < 64 * 1024 ** 2
    rows = all_rows(sample_db)
    sample_db.dispose()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(RestoreRefused) as refused:
            restore(str(sample_db.file), path)
        took = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "炸弹.zjtbak" in refused.value.message and "压缩炸弹" in refused.value.message
    assert took < 10  # the budget (2 s) is measured by the benchmarks; here: not minutes
    assert peak < 50 * 1024 ** 2, peak
    assert all_rows(sample_db) == rows


def test_the_restore_dialog_reads_a_bomb_as_a_problem(tmp_path):
    path = one_long_line_bomb(tmp_path / "炸弹.zjtbak", unpacked=256 * 1024 ** 2)
    info = backup_info(path)
    assert "解压后" in info.problem  # said, not raised: the dialog does not offer it


def test_damaged_lines_are_sentences(sample_db, tmp_path):
    good = backup_to_file(sample_db, tmp_path / "good.zjtbak")
    lines = gzip.decompress(good.read_bytes()).splitlines(keepends=True)
    first_row = next(i for i, line in enumerate(lines) if line.startswith(b"["))
    cases = {
        "short row": lines[:first_row] + [b"[1]\n"] + lines[first_row + 1:],
        "not json": lines[:first_row] + [b"[1, \xff\xfe]\n"] + lines[first_row + 1:],
        "odd columns": lines[:first_row - 1] + [_line({"table": "units", "columns": [1, 2]})] + lines[first_row:],
        "odd tag": lines[:first_row] + [b'[{"$nothing": 1, "$else": 2}, "a", "b"]\n'] + lines[first_row + 1:],
        "odd revision": [_line({**json.loads(lines[0]), "revision": {"x": 1}})] + lines[1:],
    }
    sample_db.dispose()
    for name, content in cases.items():
        path = tmp_path / f"{name}.zjtbak"
        path.write_bytes(gzip.compress(b"".join(content)))
        with pytest.raises(RestoreRefused) as refused:
            restore(str(sample_db.file), path)
        assert path.name in refused.value.message, (name, refused.value.message)
        with pytest.raises(PortableFileError):
            with PortableReader(path) as reader:
                for block in reader.tables():
                    list(block.rows)
