"""Evidence files (佐证材料) in bulk: a colleague's folder of 200 files (about 20 MB) previewed,
imported and exported as the 汇编 zip, each figure printed beside its floor measured in the
same run — the least work the step needs done without the program:

- preview: read every file and hash it (the program also checks each file's kind);
- import: read, hash and insert the bytes into a table of a bare SQLite file (or the server)
  in one transaction;
- 汇编: write the same files into a zip (stored, as the program stores photos) and the index.

    python -m benchmarks.evidence [--db URL] [--files 200] [--kb 100]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

from zjtracker.db import open_database
from zjtracker.importing.model import (
    ParsedArea,
    ParsedMeasure,
    ParsedPlan,
    ParsedPolicy,
    ParsedUnit,
    ParseResult,
)
from zjtracker.services.evidence.bundle import export_bundle
from zjtracker.services.evidence.folder import import_folder, preview_folder
from zjtracker.services.policies.importer import store_result

PERIOD = "2025Q3"


def _policy() -> ParsedPolicy:
    areas = []
    for index, numbers in enumerate((range(1, 9), range(9, 17), range(17, 25))):
        areas.append(ParsedArea(f"{'一二三'[index]}、", f"领域{index + 1}", measures=[
            ParsedMeasure(f"（{n}）", f"第{n}项任务。", number=n, units=[ParsedUnit("市商务局", "lead")],
                          plans=[ParsedPlan(2025, "完成。")]) for n in numbers]))
    return ParsedPolicy(title="基准测试方案", start_year=2025, end_year=2025, areas=areas)


def _folder(root: Path, files: int, size: int) -> None:
    for number in range(files):
        task = number % 24 + 1
        path = root / f"（{task}）任务材料" / f"现场照片{number}.jpg"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(size - 4))


def _timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def _read_and_hash(root: Path) -> list[tuple[str, bytes]]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found.append((hashlib.sha256(data).hexdigest(), data))
    return found


def _insert_floor(root: Path, folder: Path, database) -> None:
    """The bytes into one table of the same kind of database, through its driver directly."""
    if database.is_sqlite:
        connection = sqlite3.connect(folder / "floor.db")
        connection.execute("CREATE TABLE blobs (sha256 TEXT UNIQUE, content BLOB)")
        with connection:
            connection.executemany("INSERT INTO blobs VALUES (?, ?)", _read_and_hash(root))
        connection.close()
        return
    connection = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("CREATE TEMP TABLE floor_blobs (sha256 TEXT UNIQUE, content BYTEA)")
        cursor.executemany("INSERT INTO floor_blobs VALUES (%s, %s)", _read_and_hash(root))
        connection.commit()
    finally:
        connection.close()


def _zip_floor(root: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                archive.writestr(str(path.relative_to(root)), path.read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a database URL (default: a new SQLite file in a temporary folder)")
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--kb", type=int, default=100)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="zjt-evidence-"))
    try:
        database = open_database(args.db or work / "bench.db")
        [policy_id] = store_result(database, ParseResult(source="b.txt", policies=[_policy()]), "b")
        root = work / "市商务局材料"
        _folder(root, args.files, args.kb * 1024)
        total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file())
        print(f"{args.files} files, {total / 1024 / 1024:.1f} MB, database {database.engine.dialect.name}")
        floor, _ = _timed(lambda: _read_and_hash(root))
        took, preview = _timed(lambda: preview_folder(database, policy_id, PERIOD, root))
        assert len(preview.matched) == args.files
        print(f"preview   {took * 1000:8.0f} ms   floor (read + hash) {floor * 1000:8.0f} ms   ratio {took / floor:5.2f}")
        floor, _ = _timed(lambda: _insert_floor(root, work, database))
        took, done = _timed(lambda: import_folder(database, preview))
        assert done.attached == args.files
        print(f"import    {took * 1000:8.0f} ms   floor (read + hash + insert, same engine) {floor * 1000:8.0f} ms   "
              f"ratio {took / floor:5.2f}")
        floor, _ = _timed(lambda: _zip_floor(root, work / "floor.zip"))
        took, _ = _timed(lambda: export_bundle(database, policy_id, PERIOD, work / "汇编.zip"))
        print(f"汇编 zip  {took * 1000:8.0f} ms   floor (zip the files) {floor * 1000:8.0f} ms   ratio {took / floor:5.2f}")
        database.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
