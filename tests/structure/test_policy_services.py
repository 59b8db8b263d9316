"""Correcting a policy's particulars and deleting a whole policy, put back exactly."""

import json

import pytest
from sqlalchemy import select

from tests.structure.conftest import dump
from zjtracker.db.models import ChangeLog, ImportBatch, Policy, ProgressReport, ReportText, SentWorkbook
from zjtracker.services.structure.common import StructureError
from zjtracker.services.structure.policy_delete import (
    PolicySnapshot,
    delete_policy,
    policy_delete_impact,
    restore_policy,
)
from zjtracker.services.structure.policy_edit import policy_fields, update_policy


def _with_return(database, stored) -> int:
    """A sent workbook and the batch that answered it, holding a progress report."""
    with database.session() as session:
        sent = SentWorkbook(token="t" * 32, policy_id=stored.policy, period="2024Q2", file_name="报送表.xlsx")
        session.add(sent)
        session.flush()
        batch = ImportBatch(kind="updates", file_name="回收.xlsx", sha256="x", policy_id=stored.policy,
                            period="2024Q2", sent_workbook_id=sent.id)
        session.add(batch)
        session.flush()
        report = session.scalar(select(ProgressReport).where(ProgressReport.period == "2024Q2"))
        report.import_batch_id = batch.id
        session.add(ChangeLog(entity="progress", entity_id=report.id, field="percent", old=None, new="55",
                              source="import", batch_id=batch.id))
        session.add(ReportText(scope="policy", scope_key=str(stored.policy), period="2024Q2",
                               field="主送", value="市政府"))
        return batch.id


def test_edit_policy_changes_the_fields_and_logs_them(database, stored):
    old = update_policy(database, stored.policy, doc_no="湛府办〔2024〕99号", status="已废止",
                        frequency="每两个月", short_name="营商方案", start_year="2024", end_year=2026)
    fields = policy_fields(database, stored.policy)
    assert (fields["doc_no"], fields["status"], fields["frequency"], fields["short_name"],
            fields["start_year"], fields["end_year"]) == (
        "湛府办〔2024〕99号", "abolished", "bimonthly", "营商方案", 2024, 2026)
    assert set(old) >= {"doc_no", "status", "frequency", "short_name"}
    with database.session() as session:
        logged = {row.field: row.new for row in session.scalars(
            select(ChangeLog).where(ChangeLog.entity == "policy", ChangeLog.entity_id == stored.policy))}
    assert logged["status"] == "abolished" and logged["doc_no"] == "湛府办〔2024〕99号"
    update_policy(database, stored.policy, source="undo", **old)
    assert policy_fields(database, stored.policy)["status"] == "in_force"


@pytest.mark.parametrize("values, words", [
    ({"title": "  "}, "标题不能为空"), ({"status": "作废"}, "现行"), ({"frequency": "每周"}, "每季度"),
    ({"start_year": 2027, "end_year": 2025}, "晚于"), ({"end_year": "明年"}, "不是年份"),
])
def test_edit_policy_refuses_bad_values_in_chinese(database, stored, values, words):
    before = policy_fields(database, stored.policy)
    with pytest.raises(StructureError) as error:
        update_policy(database, stored.policy, **values)
    assert words in error.value.message
    assert policy_fields(database, stored.policy) == before


def test_delete_policy_lists_what_goes_and_restores_exactly(database, stored):
    batch_id = _with_return(database, stored)
    impact = policy_delete_impact(database, stored.policy)
    assert (impact.areas, impact.plans, impact.progress_reports, impact.sent_workbooks, impact.batches) == (
        2, 4, 2, 1, 2)  # the policy's own import and the return
    assert "已发送的报送表 1 份" in impact.lines() and "导入批次 2 个" in impact.lines()
    before = dump(database)
    snapshot = delete_policy(database, stored.policy)
    with database.session() as session:
        assert session.get(Policy, stored.policy) is None
        assert session.scalar(select(ProgressReport.id)) is None
        assert session.scalar(select(SentWorkbook.id)) is None and session.get(ImportBatch, batch_id) is None
        assert session.scalar(select(ReportText.id)) is None
        deleted = session.scalar(select(ChangeLog).where(ChangeLog.field == "deleted", ChangeLog.entity == "policy"))
        assert deleted.old == snapshot.name
    snapshot = PolicySnapshot.from_dict(json.loads(json.dumps(snapshot.as_dict(), ensure_ascii=False)))
    restore_policy(database, snapshot)
    after = dump(database)
    assert {k: v for k, v in after.items() if k not in ("units", "unit_aliases")} == \
        {k: v for k, v in before.items() if k not in ("units", "unit_aliases")}
    with database.session() as session:
        assert session.get(ImportBatch, batch_id).sent_workbook_id is not None
        assert session.scalar(select(ChangeLog.batch_id).where(ChangeLog.source == "import",
                                                               ChangeLog.entity == "progress")) == batch_id
        assert session.scalar(select(ReportText.value)) == "市政府"


def test_restoring_twice_is_refused(database, stored):
    snapshot = delete_policy(database, stored.policy)
    restore_policy(database, snapshot)
    with pytest.raises(StructureError, match="占用"):
        restore_policy(database, snapshot)
