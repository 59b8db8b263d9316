"""The clerk's report texts kept per scope and period, on SQLite and PostgreSQL: saved in one
transaction with a change-log row per field, read back, reset field by field or all at once."""

import pytest
from sqlalchemy import select

from zjtracker.db.models import ChangeLog, Policy, ReportText
from zjtracker.services.reporting.texts import BadReportText, load_edits, reset_edits, save_edits


@pytest.fixture
def policy_id(database):
    with database.session() as session:
        policy = Policy(title="湛江市优化营商环境行动方案")
        session.add(policy)
        session.flush()
        return policy.id


def _log(database):
    with database.session() as session:
        return [(r.entity, r.field, r.old, r.new) for r in session.scalars(select(ChangeLog).order_by(ChangeLog.id))]


def test_edits_round_trip_per_scope_and_period(database, policy_id):
    changed = save_edits(database, "2023Q3", {"recipient": "市政府督查室：", "signed_on": "2023年10月20日",
                                              "overview": "第一段。\n\n第二段。"}, policy_id=policy_id)
    assert changed == 3
    assert load_edits(database, "2023Q3", policy_id=policy_id) == {
        "recipient": "市政府督查室：", "signed_on": "2023-10-20", "overview": "第一段。\n\n第二段。"}
    assert load_edits(database, "2023Q2", policy_id=policy_id) == {}
    assert load_edits(database, "2023Q3") == {}
    save_edits(database, "2023Q3", {"recipient": "市委办公室："}, unit="市商务局")
    assert load_edits(database, "2023q3", unit="市商务局") == {"recipient": "市委办公室："}
    with database.session() as session:
        keys = sorted((r.scope, r.scope_key, r.field) for r in session.scalars(select(ReportText)))
    assert ("policy", str(policy_id), "recipient") in keys and ("unit", "市商务局", "recipient") in keys
    assert [entry[:2] for entry in _log(database)] == [("report_text", "recipient"), ("report_text", "signed_on"),
                                                       ("report_text", "overview"), ("report_text", "recipient")]


def test_saving_the_generated_text_or_resetting_forgets_the_edit(database, policy_id):
    save_edits(database, "2023Q3", {"recipient": "甲：", "issuer": "湛江市商务局", "next_steps": "一是……"})
    assert save_edits(database, "2023Q3", {"recipient": "甲："}) == 0  # unchanged: nothing written
    save_edits(database, "2023Q3", {"issuer": "生成的署名"}, generated={"issuer": "生成的署名"})
    assert load_edits(database, "2023Q3") == {"recipient": "甲：", "next_steps": "一是……"}
    assert reset_edits(database, "2023Q3", ["recipient"]) == 1
    assert load_edits(database, "2023Q3") == {"next_steps": "一是……"}
    assert reset_edits(database, "2023Q3") == 1
    assert load_edits(database, "2023Q3") == {}
    assert _log(database)[-1] == ("report_text", "next_steps", "一是……", None)


def test_a_policy_short_name_is_the_policy_own(database, policy_id):
    save_edits(database, "2023Q3", {"short_name": "《行动方案》"}, policy_id=policy_id)
    assert load_edits(database, "2024Q1", policy_id=policy_id) == {"short_name": "《行动方案》"}
    with database.session() as session:
        assert session.get(Policy, policy_id).short_name == "《行动方案》"
        assert session.scalars(select(ReportText)).all() == []
    reset_edits(database, "2023Q3", ["short_name"], policy_id=policy_id)
    assert load_edits(database, "2023Q3", policy_id=policy_id) == {}


def test_a_bad_date_or_field_writes_nothing(database):
    with pytest.raises(BadReportText, match="成文日期“十月二十日”不是一个日期"):
        save_edits(database, "2023Q3", {"recipient": "甲：", "signed_on": "十月二十日"})
    with pytest.raises(BadReportText, match="报告没有“body”"):
        save_edits(database, "2023Q3", {"body": "x"})
    assert load_edits(database, "2023Q3") == {} and _log(database) == []


def test_the_change_log_names_the_report_texts_in_chinese(database, policy_id):
    from zjtracker.services.history.change_log import LogFilter, search_log

    save_edits(database, "2023Q3", {"recipient": "市政府督查室："})
    save_edits(database, "2023Q3", {"short_name": "《方案》"}, policy_id=policy_id)
    entries = search_log(database, LogFilter())
    assert {(e.kind_name, e.field_name, e.new) for e in entries} == {
        ("报告文字", "主送", "市政府督查室："), ("政策文件", "简称", "《方案》")}
    assert all("report_text" not in e.label for e in entries)


def test_a_unit_is_kept_under_its_registry_name(sample_db):
    save_edits(sample_db, "2023Q3", {"recipient": "市政府督查室："}, unit="市发改局")
    assert load_edits(sample_db, "2023Q3", unit="市发展和改革局") == {"recipient": "市政府督查室："}
    with sample_db.session() as session:
        assert session.scalars(select(ReportText.scope_key)).all() == ["市发展和改革局"]
