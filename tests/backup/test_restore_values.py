"""Every value of a backup is checked by the rules the progress form applies before it is
restored: 完成进度 infinite or below zero, an unknown 评估情况, a date that cannot be read, a
value a portable file cannot hold. Refused with a sentence naming the record; nothing
changed; never a traceback."""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3

import pytest

from tests.backup.conftest import all_rows, delete_policy, type_progress
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import RestoreRefused, restore

BAD_PROGRESS = {
    "infinite": ("percent", float("inf"), "完成进度"),
    "negative": ("percent", -50.0, "-50"),
    "unknown assessment": ("assessment", "差不多", "差不多"),
}


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(sample_db, backup) -> str:
    delete_policy(sample_db)
    sample_db.dispose()
    before, rows = _sha(sample_db.file), all_rows(sample_db)
    with pytest.raises(RestoreRefused) as refused:
        restore(str(sample_db.file), backup)
    sample_db.dispose()
    assert _sha(sample_db.file) == before and all_rows(sample_db) == rows
    message = refused.value.message
    assert backup.name in message and "当前数据库没有改动" in message
    return message


def _rewrite_portable(source, target, change) -> None:
    """Decompress a real portable backup, let ``change`` edit its rows, compress it again."""
    lines = gzip.decompress(source.read_bytes()).decode("utf-8").splitlines()
    table, columns, out = None, [], []
    for line in lines:
        value = json.loads(line)
        if isinstance(value, dict) and "table" in value:
            table, columns = value["table"], value["columns"]
        elif isinstance(value, list):
            value = change(table, columns, value)
        out.append(json.dumps(value, ensure_ascii=False))
    target.write_bytes(gzip.compress(("\n".join(out) + "\n").encode("utf-8")))


@pytest.mark.parametrize("case", list(BAD_PROGRESS))
def test_a_sqlite_backup_with_impossible_progress_is_refused(sample_db, tmp_path, case):
    column, value, shown = BAD_PROGRESS[case]
    type_progress(sample_db, "正常的进展")
    backup = backup_to_file(sample_db, tmp_path / "坏值.db")
    connection = sqlite3.connect(backup)
    connection.execute(f"UPDATE progress_reports SET {column} = ? WHERE id = (SELECT MAX(id) FROM progress_reports)",
                       (value,))
    connection.commit()
    connection.close()
    message = _refused(sample_db, backup)
    assert "进展记录" in message and shown in message, message


@pytest.mark.parametrize("case", list(BAD_PROGRESS))
def test_a_portable_backup_with_impossible_progress_is_refused(sample_db, tmp_path, case):
    column, value, shown = BAD_PROGRESS[case]
    type_progress(sample_db, "正常的进展", period="2023Q4")
    good = backup_to_file(sample_db, tmp_path / "good.zjtbak")

    def change(table, columns, row):
        if table == "progress_reports" and row[columns.index("period")] == "2023Q4":
            row[columns.index(column)] = {"$float": repr(value)} if isinstance(value, float) else value
        return row

    bad = tmp_path / "坏值.zjtbak"
    _rewrite_portable(good, bad, change)
    message = _refused(sample_db, bad)
    assert "进展记录" in message and "报告期 2023Q4" in message and shown in message, message


def test_unreadable_values_are_sentences(sample_db, tmp_path):
    good = backup_to_file(sample_db, tmp_path / "good.zjtbak")

    def bad_tag(table, columns, row):
        if table == "policies":
            row[columns.index("created_at")] = {"$datetime": "昨天下午"}
        return row

    def plain_text_date(table, columns, row):
        if table == "policies":
            row[columns.index("created_at")] = "不是日期"
        return row

    for number, change in enumerate((bad_tag, plain_text_date)):
        bad = tmp_path / f"读不了-{number}.zjtbak"
        _rewrite_portable(good, bad, change)
        message = _refused_again(sample_db, bad)
        assert "Traceback" not in message
    sqlite_backup = backup_to_file(sample_db, tmp_path / "日期.db")
    connection = sqlite3.connect(sqlite_backup)
    connection.execute("UPDATE policies SET created_at = '某年某月' WHERE id = (SELECT MIN(id) FROM policies)")
    connection.commit()
    connection.close()
    message = _refused_again(sample_db, sqlite_backup)
    assert "政策记录" in message and "某年某月" in message


def _refused_again(sample_db, backup) -> str:
    sample_db.dispose()
    before = _sha(sample_db.file)
    with pytest.raises(RestoreRefused) as refused:
        restore(str(sample_db.file), backup)
    sample_db.dispose()
    assert _sha(sample_db.file) == before
    assert backup.name in refused.value.message
    return refused.value.message


def test_a_text_too_long_for_its_column_is_refused(sample_db, tmp_path):
    backup = backup_to_file(sample_db, tmp_path / "太长.db")
    connection = sqlite3.connect(backup)
    connection.execute("UPDATE units SET name = name || ? WHERE id = (SELECT MIN(id) FROM units)", ("长" * 300,))
    connection.commit()
    connection.close()
    message = _refused(sample_db, backup)
    assert "单位记录" in message and "上限 200" in message


def test_the_same_checks_into_an_empty_server_database(sample_db, tmp_path, pg_url):
    from zjtracker.db import open_database
    from zjtracker.db.portable_load import is_empty

    type_progress(sample_db, "正常的进展", period="2023Q4")
    good = backup_to_file(sample_db, tmp_path / "good.zjtbak")

    def change(table, columns, row):
        if table == "progress_reports" and row[columns.index("period")] == "2023Q4":
            row[columns.index("percent")] = -50
        return row

    bad = tmp_path / "坏值.zjtbak"
    _rewrite_portable(good, bad, change)
    with pytest.raises(RestoreRefused) as refused:
        restore(pg_url, bad)
    assert "-50" in refused.value.message and "坏值.zjtbak" in refused.value.message
    database = open_database(pg_url, migrate=False)
    try:
        with database.engine.connect() as connection:
            assert is_empty(connection)
    finally:
        database.dispose()
