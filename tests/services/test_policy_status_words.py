"""A policy's status has one word everywhere: 现行 / 已失效 / 已废止 — in the detail pane, the
`list` command, the change log, the policy editor's command line and its error."""

import subprocess
import sys

import pytest

from zjtracker.services.history.change_log import LogFilter, search_log
from zjtracker.services.details import node_details
from zjtracker.services.policies.queries import list_policies
from zjtracker.services.policies.status import STATUS_NAMES, status_from_word, status_name
from zjtracker.services.structure.common import StructureError
from zjtracker.services.structure.policy_edit import status_code, update_policy
from zjtracker.services.tree import KIND_POLICY


def _ledger(database) -> int:
    return next(p.id for p in list_policies(database) if "优化营商环境行动工作任务台账" in p.title)


def test_the_words_and_what_a_clerk_may_type():
    assert STATUS_NAMES == {"in_force": "现行", "expired": "已失效", "abolished": "已废止"}
    assert [status_from_word(w) for w in ("现行", "有效", "现行有效", "in_force")] == ["in_force"] * 4
    assert status_from_word("废止") == status_from_word("已废止") == "abolished"
    assert status_from_word("暂停") is None and status_name("odd") == "odd" and status_name(None) == ""
    with pytest.raises(StructureError, match="应为 现行、已失效 或 已废止"):
        status_code("暂停")


def test_detail_pane_and_change_log_say_the_same_word(sample_db):
    policy = _ledger(sample_db)
    assert dict(node_details(sample_db, KIND_POLICY, policy).fields)["status"] == "现行"
    update_policy(sample_db, policy, status="abolished")
    assert dict(node_details(sample_db, KIND_POLICY, policy).fields)["status"] == "已废止"
    [entry] = [e for e in search_log(sample_db, LogFilter(kind="policy")) if e.field == "status" and e.entity_id == policy]
    assert (entry.old, entry.new) == ("现行", "已废止")
    assert "有效" not in entry.description


def test_the_list_command_says_现行(sample_sqlite, tmp_path):
    import shutil

    target = tmp_path / "sample.db"
    shutil.copy(sample_sqlite, target)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "zjtracker", "--db", str(target), *args], capture_output=True,
                              text=True, encoding="utf-8", timeout=300)

    listed = run("list").stdout
    assert "[现行]" in listed and "[已废止]" in listed and "[有效]" not in listed
    changed = run("edit-policy", "2", "--status", "已失效")
    assert changed.returncode == 0 and "状态：现行 → 已失效" in changed.stdout
    assert "[已失效]" in run("list").stdout
