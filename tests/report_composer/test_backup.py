"""The clerk's report texts travel with the database: a portable backup restored into an
empty database (SQLite and PostgreSQL) and a SQLite copy restored over a database keep them."""

import pytest

from zjtracker.db import open_database
from zjtracker.db.models import Policy
from zjtracker.services.backups.create import backup_to_file
from zjtracker.services.backups.restore import restore
from zjtracker.services.reporting.texts import load_edits, save_edits

EDITS = {"recipient": "市政府督查室：", "signed_on": "2023-10-20", "next_steps": "一是加强调度。\n二是压实责任。"}


def _fill(database) -> int:
    with database.session() as session:
        policy = Policy(title="湛江市优化营商环境行动方案")
        session.add(policy)
        session.flush()
        policy_id = policy.id
    save_edits(database, "2023Q3", EDITS, policy_id=policy_id)
    save_edits(database, "2023Q3", {"short_name": "《方案》"}, policy_id=policy_id)
    save_edits(database, "2023Q3", {"issuer": "湛江市商务局"}, unit="市商务局")
    return policy_id


@pytest.mark.parametrize("suffix", [".zjtbak", ".db"])
def test_a_backup_restored_keeps_the_report_texts(database, tmp_path, suffix):
    policy_id = _fill(database)
    backup = backup_to_file(database, tmp_path / f"copy{suffix}")
    target = tmp_path / "restored.db"
    open_database(target).dispose()  # an empty database to restore into
    restore(target, backup)
    restored = open_database(target)
    try:
        assert load_edits(restored, "2023Q3", policy_id=policy_id) == {**EDITS, "short_name": "《方案》"}
        assert load_edits(restored, "2023Q3", unit="市商务局") == {"issuer": "湛江市商务局"}
    finally:
        restored.dispose()


def test_a_portable_backup_restored_into_empty_postgresql_keeps_them(database, tmp_path, pg_databases):
    policy_id = _fill(database)
    backup = backup_to_file(database, tmp_path / "copy.zjtbak")
    url = pg_databases.create()
    try:
        restore(url, backup)
        restored = open_database(url)
        assert load_edits(restored, "2023Q3", policy_id=policy_id)["next_steps"] == EDITS["next_steps"]
        restored.dispose()
    finally:
        pg_databases.drop(url)
