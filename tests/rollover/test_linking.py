"""关联上年任务: the tasks of a new ledger document paired with last year's by number and
text — numbers shifted, one text reworded, one new task — and the links stored with the
change log; the similarity of Chinese texts."""

from sqlalchemy import select

from tests.rollover.factories import Task, write_policy
from zjtracker.db.models import ChangeLog, Measure
from zjtracker.services.rollover.linking import (
    HIGH,
    MEDIUM,
    NONE,
    earlier_policies,
    ledger_to_link,
    propose_links,
    store_links,
)
from zjtracker.services.rollover.similarity import normalise, similarity

OLD = [
    Task(1, "加快推进湛江港30万吨级航道改扩建工程，提升港口通过能力"),
    Task(2, "推动东海岛石化产业园区建设，引进下游精细化工项目"),
    Task(3, "完善城乡冷链物流体系，建设农产品产地仓储保鲜设施"),
    Task(4, "深化“放管服”改革，推行企业开办一网通办"),
]
NEW = [
    Task(1, "加快推进湛江港30万吨级航道改扩建工程，进一步提升港口综合通过能力"),  # same number, reworded
    Task(2, "完善城乡冷链物流体系，建设农产品产地仓储保鲜设施"),  # was (3)
    Task(3, "深化“放管服”改革，全面推行企业开办“一网通办”"),  # was (4), reworded
    Task(4, "建设湛江国际会展中心，培育会展经济"),  # new
]


def two_ledgers(database):
    old_id, old = write_policy(database, "湛江市2025年重点工作任务台账", 2025, OLD)
    new_id, new = write_policy(database, "湛江市2026年重点工作任务台账", 2026, NEW)
    return old_id, old, new_id, new


def test_the_pairs_proposed(database):
    old_id, _old, new_id, _new = two_ledgers(database)
    plan = propose_links(database, new_id, old_id)
    pairs = {p.new.number: (p.old.number if p.old else None, p.confidence) for p in plan.proposals}
    assert pairs == {1: (1, HIGH), 2: (3, MEDIUM), 3: (4, MEDIUM), 4: (None, NONE)}
    first = plan.proposals[0]
    assert 0.6 < first.similarity < 1 and first.current_id is None
    assert plan.proposals[1].similarity == 1.0
    assert [t.number for t in plan.old_tasks] == [1, 2, 3, 4]


def test_links_stored_in_the_change_log_and_put_back(database):
    old_id, old, new_id, new = two_ledgers(database)
    links = {p.new.measure_id: p.old.measure_id if p.old else None
             for p in propose_links(database, new_id, old_id).proposals}
    before = store_links(database, links)
    assert before == {new[1]: None, new[2]: None, new[3]: None}  # the unlinked new task is no change
    with database.session() as session:
        stored = dict(session.execute(select(Measure.id, Measure.previous_id).where(Measure.id.in_(new.values()))).all())
        log = list(session.scalars(select(ChangeLog).where(ChangeLog.field == "previous_id")))
    assert stored == {new[1]: old[1], new[2]: old[3], new[3]: old[4], new[4]: None}
    assert len(log) == 3 and log[0].entity == "measure" and log[0].new.startswith("（1）加快推进")
    assert "2025年" in log[0].new  # the earlier ledger named
    assert propose_links(database, new_id, old_id).proposals[0].current_id == old[1]
    store_links(database, before, source="undo")
    with database.session() as session:
        assert session.scalar(select(Measure.previous_id).where(Measure.id == new[1])) is None


def test_earlier_policies_by_title(database):
    old_id, _old, new_id, _new = two_ledgers(database)
    write_policy(database, "关于加强耕地保护的实施意见", 2025, [Task(1, "严守耕地红线")], issuer="市自然资源局")
    found = earlier_policies(database, new_id)
    assert [p.policy_id for p in found] == [old_id] and found[0].likeness > 0.8


def test_the_import_offers_only_a_later_ledger_not_yet_linked(database):
    old_id, old, new_id, new = two_ledgers(database)
    assert ledger_to_link(database, new_id).policy_id == old_id
    assert ledger_to_link(database, old_id) is None  # the alike one is a later year's
    store_links(database, {new[1]: old[1]})
    assert ledger_to_link(database, new_id) is None  # linked already


def test_similarity_of_chinese_texts():
    assert normalise("（12）推进 “放管服” 改革。") == "推进放管服改革"
    assert normalise("１２．ＡＢ") == "ab"
    assert similarity("推进放管服改革", "（3）推进“放管服”改革") == 1.0
    assert similarity("完善冷链物流体系", "建设湛江国际会展中心") < 0.2
    assert similarity("", "任何文字") == 0.0
