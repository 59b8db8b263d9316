"""A deleted subtree or policy takes its plans' verdicts (复核/退回), evidence files and the
links to earlier years' tasks along, and undo puts every one of them back."""

import json

import pytest
from sqlalchemy import select

from tests.services.factories import result_of, small_policy
from zjtracker.db.models import Attachment, AttachmentBlob, Measure, Review, YearlyPlan
from zjtracker.services.policies.importer import store_result
from zjtracker.services.structure import edits as structure
from zjtracker.services.structure.edits import Snapshot
from zjtracker.services.structure.policy_delete import (
    PolicySnapshot,
    delete_policy,
    policy_delete_impact,
    restore_policy,
)


def _oversight(database) -> dict:
    with database.session() as session:
        return {
            "reviews": sorted((r.id, r.plan_id, r.period, r.state, r.note, r.by)
                              for r in session.scalars(select(Review))),
            "attachments": sorted((a.id, a.plan_id, a.period, a.blob_id, a.file_name)
                                  for a in session.scalars(select(Attachment))),
            "links": sorted((m.id, m.previous_id) for m in session.scalars(
                select(Measure).where(Measure.previous_id.is_not(None)))),
            "blobs": sorted(b.sha256 for b in session.scalars(select(AttachmentBlob))),
        }


@pytest.fixture
def two_years(database, stored):
    """Last year's policy (stored) and this year's, task by task linked to last year's; a
    verdict and an evidence photo on the plan of task 1."""
    [this_year] = store_result(database, result_of(small_policy()), "this-year")
    with database.session() as session:
        old = list(session.scalars(select(Measure).join(Measure.area)
                                   .where(Measure.area.has(policy_id=stored.policy)).order_by(Measure.id)))
        new = list(session.scalars(select(Measure).join(Measure.area)
                                   .where(Measure.area.has(policy_id=this_year)).order_by(Measure.id)))
        for earlier, later in zip(old, new):
            later.previous_id = earlier.id
        blob = AttachmentBlob(sha256="ab" * 32, size=4, content=b"\x89PNG")
        session.add(blob)
        session.flush()
        session.add(Review(plan_id=stored.plan_2024, period="2024Q2", state="returned",
                           note="请补充佐证材料", by="张三"))
        session.add(Attachment(plan_id=stored.plan_2024, period="2024Q2", blob_id=blob.id,
                               file_name="现场照片.png", added_by="张三"))
    return this_year


def _through_json(snapshot):
    return type(snapshot).from_dict(json.loads(json.dumps(snapshot.as_dict(), ensure_ascii=False)))


@pytest.mark.parametrize("kind, attribute", [("area", "area_tasks"), ("measure", "task_1"),
                                             ("plan", "plan_2024")])
def test_undoing_a_node_delete_brings_back_verdicts_files_and_links(database, stored, two_years,
                                                                   kind, attribute):
    before = _oversight(database)
    assert before["reviews"] and before["attachments"] and before["links"]
    impact = structure.delete_impact(database, kind, getattr(stored, attribute))
    assert impact.attachments == 1
    snapshot = structure.delete_node(database, kind, getattr(stored, attribute))
    gone = _oversight(database)
    assert gone["reviews"] == [] and gone["attachments"] == []
    assert gone["blobs"] == before["blobs"]  # the bytes stay for the undo
    structure.restore_snapshot(database, _through_json(snapshot))
    assert _oversight(database) == before
    assert isinstance(snapshot, Snapshot)


def test_undoing_a_policy_delete_brings_back_verdicts_files_and_links(database, stored, two_years):
    before = _oversight(database)
    impact = policy_delete_impact(database, stored.policy)
    assert impact.attachments == 1 and "佐证材料 1 个" in impact.lines()
    snapshot = delete_policy(database, stored.policy)
    gone = _oversight(database)
    assert gone["links"] == [] and gone["attachments"] == []
    restore_policy(database, _through_json(snapshot))
    assert _oversight(database) == before
    assert isinstance(snapshot, PolicySnapshot)


def test_a_task_deleted_this_year_leaves_last_year_alone_and_comes_back_linked(database, stored, two_years):
    with database.session() as session:
        later = session.scalar(select(Measure).where(Measure.previous_id == stored.task_1))
        later_id = later.id
    snapshot = structure.delete_node(database, "measure", later_id)
    with database.session() as session:
        assert session.get(Measure, stored.task_1) is not None
        assert session.get(YearlyPlan, stored.plan_2024) is not None
    structure.restore_snapshot(database, snapshot)
    with database.session() as session:
        assert session.get(Measure, later_id).previous_id == stored.task_1
