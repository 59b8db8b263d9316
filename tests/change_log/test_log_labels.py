"""The change log names a deleted policy and a report's edited text in words, never by an id."""

from zjtracker.services.history.change_log import LogFilter, search_log
from zjtracker.services.reporting.texts import save_edits
from zjtracker.services.structure.policy_delete import delete_policy


def test_a_deleted_policy_keeps_its_title_in_the_log(database, policy_id):
    delete_policy(database, policy_id)
    entries = search_log(database, LogFilter(kind="policy"))
    deleted = [e for e in entries if e.field == "deleted"]
    assert deleted and all("#" not in e.label and "#" not in e.policy for e in entries)
    assert deleted[0].label.startswith("政策文件 ") and deleted[0].label.endswith("（已删除）")
    assert deleted[0].policy and deleted[0].policy in deleted[0].label


def test_edited_report_texts_name_their_period_and_policy(database, policy_id):
    save_edits(database, "2025Q3", {"recipient": "市人民政府：", "next_steps": "（一）逐一督促。"},
               policy_id=policy_id)
    entries = search_log(database, LogFilter(kind="report_text"))
    assert len(entries) == 2
    for entry in entries:
        assert "#" not in entry.label and entry.label == "2025年第三季度报告"
        assert entry.period == "2025年第三季度" and entry.policy  # the policy's title, shortened
