"""edit-policy and remove-policy as a script would run them: real processes, a real file."""

import json

from sqlalchemy import select

from tests.structure.conftest import store_small
from tests.test_cli import run
from zjtracker.db import open_database
from zjtracker.db.models import Area, ChangeLog, Policy


def _stored(tmp_path):
    path = tmp_path / "台账.db"
    database = open_database(path)
    ids = store_small(database)
    database.dispose()
    return path, ids.policy


def test_edit_policy_changes_only_the_fields_given(tmp_path):
    path, policy = _stored(tmp_path)
    done = run("--data-dir", tmp_path / "data", "--db", path, "edit-policy", policy,
               "--status", "已废止", "--frequency", "每两个月", "--short-name", "营商方案", "--json")
    assert done.returncode == 0, done.stderr
    changed = json.loads(done.stdout)["changed"]
    assert changed["status"]["new"] == "abolished" and changed["frequency"]["new"] == "bimonthly"
    database = open_database(path)
    with database.session() as session:
        stored = session.get(Policy, policy)
        assert (stored.status, stored.short_name) == ("abolished", "营商方案")
        assert session.scalar(select(ChangeLog.new).where(ChangeLog.entity == "policy",
                                                          ChangeLog.field == "short_name")) == "营商方案"
    database.dispose()
    bad = run("--data-dir", tmp_path / "data", "--db", path, "edit-policy", policy, "--status", "作废")
    assert bad.returncode == 1 and "现行" in bad.stderr
    nothing = run("--data-dir", tmp_path / "data", "--db", path, "edit-policy", policy)
    assert nothing.returncode == 2 and "至少" in nothing.stderr


def test_remove_policy_needs_yes_and_lists_what_goes(tmp_path):
    path, policy = _stored(tmp_path)
    dry = run("--data-dir", tmp_path / "data", "--db", path, "remove-policy", policy)
    assert dry.returncode == 1 and "--yes" in dry.stderr
    assert "领域 2 个" in dry.stdout and "年度计划 4 条" in dry.stdout
    database = open_database(path)
    with database.session() as session:
        assert session.get(Policy, policy) is not None
    database.dispose()
    done = run("--data-dir", tmp_path / "data", "--db", path, "remove-policy", policy, "--yes")
    assert done.returncode == 0, done.stderr
    assert "已删除政策文件" in done.stdout and "restore" in done.stdout
    database = open_database(path)
    with database.session() as session:
        assert session.get(Policy, policy) is None
        assert session.scalar(select(Area.id)) is None
        assert session.scalar(select(ChangeLog.old).where(ChangeLog.field == "deleted",
                                                          ChangeLog.entity == "policy"))
    database.dispose()
    gone = run("--data-dir", tmp_path / "data", "--db", path, "remove-policy", policy, "--yes")
    assert gone.returncode == 2 and "不存在" in gone.stderr
