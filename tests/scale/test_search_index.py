"""The tree filter's search index answers exactly as the plain LIKE does, on the sample and
on both engines, and stays in step when measures and plans are added, edited and deleted."""

import pytest
from sqlalchemy import delete, select, text, update

from zjtracker.db.models import Area, Measure, Policy, YearlyPlan
from zjtracker.services import search_index
from zjtracker.services.periods import Period
from zjtracker.services.policies.sample import init_sample
from zjtracker.services.tree_filter import TreeFilter, visible_nodes

NEEDLES = ["营", "市", "（", "1", "营商", "推进", "）便", "1）", "（12", "营商环境", "优化营商环境", "市场监督管理局",
           "2023", "a", "A", "Ab", "abc", "%", "_", "5%", "\"", "不存在的文字", "。", "年度计划", " "]


def _hits(session, table: str, needle: str, indexed: bool) -> set[int]:
    model = Measure if table == "measures" else YearlyPlan
    return set(session.scalars(select(model.id).where(search_index.contains(session, table, needle, indexed))))


def _assert_same_as_like(database, needles=NEEDLES) -> int:
    found = 0
    with database.session() as session:
        for table in ("measures", "yearly_plans"):
            for needle in needles:
                by_index = _hits(session, table, needle, indexed=None)
                by_like = _hits(session, table, needle, indexed=False)
                assert by_index == by_like, (table, needle)
                found += len(by_index)
    return found


@pytest.fixture
def sample(database):
    init_sample(database)
    return database


def test_the_index_is_there_and_answers_like_the_like(sample):
    with sample.session() as session:
        if sample.is_sqlite:
            assert search_index.has_index(session, "measures") and search_index.has_index(session, "yearly_plans")
        else:
            names = set(session.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename IN "
                                             "('measures', 'yearly_plans') AND indexdef LIKE '%USING gin%'")))
            assert names == {"ix_measures_grams", "ix_yearly_plans_grams"}  # one GIN index a table (0009)
            assert search_index.has_grams(session, "measures") and search_index.has_grams(session, "yearly_plans")
        assert _hits(session, "measures", "营商环境", None)  # the sample speaks of it
        per_cent = {m.id for m in session.scalars(select(Measure)) if "%" in m.text or "%" in m.label}
        assert _hits(session, "measures", "%", None) == per_cent != set()  # a plain character, not a wildcard
    assert _assert_same_as_like(sample) > 1000


def test_adding_editing_and_deleting_keep_the_index_in_step(sample):
    with sample.session() as session:
        area = session.scalars(select(Area).order_by(Area.id)).first()
        added = Measure(area=area, label="（999）", number=999, text="新增措施：建设冷链物流骨干网ABC。", position=99)
        added.plans.append(YearlyPlan(year=2025, text="完成冷链物流园区选址。"))
        session.add(added)
        first = session.scalars(select(Measure).where(Measure.is_group.is_(False)).order_by(Measure.id)).first()
        first.text = "改写后的任务：推广数字人民币试点。"
        first.label = "（一百）"
        plan = session.scalars(select(YearlyPlan).order_by(YearlyPlan.id)).first()
        plan.text = "年度计划改为：完成智慧口岸一期。"
    changed = ["冷链物流", "冷链", "abc", "ABC", "数字人民币", "（一百", "智慧口岸", "改为"]
    _assert_same_as_like(sample, NEEDLES + changed)
    with sample.session() as session:
        assert _hits(session, "measures", "冷链物流骨干", None) == {added.id}
        assert _hits(session, "measures", "数字人民", None) == {first.id}
        assert _hits(session, "yearly_plans", "智慧口岸", None) == {plan.id}
        old_words = _hits(session, "measures", "一百", None)
        assert first.id in old_words
    with sample.session() as session:  # Core statements too: the triggers, not the ORM, keep step
        session.execute(update(Measure).where(Measure.id == added.id).values(text="又改了一次。"))
        session.execute(delete(Measure).where(Measure.id == first.id))
        policy_id = session.scalar(select(Policy.id).where(Policy.title.like("%优化营商环境%")))
        session.execute(delete(Policy).where(Policy.id == policy_id))  # areas, measures, plans cascade
    _assert_same_as_like(sample, NEEDLES + changed + ["又改了"])
    with sample.session() as session:
        if sample.is_sqlite:  # the cascades fired the delete triggers: no row left behind in the index
            for table in ("measures", "yearly_plans"):
                assert session.scalar(text(f"SELECT count(*) FROM {table}_fts")) == session.scalar(
                    text(f"SELECT count(*) FROM {table}"))
        assert _hits(session, "measures", "冷链物流骨干", None) == set()
        assert _hits(session, "measures", "又改了一次", None) == {added.id}
        assert _hits(session, "measures", "数字人民", None) == set()
        assert _hits(session, "measures", "营商环境", None) == _hits(session, "measures", "营商环境", False)


def test_the_filter_shows_the_same_nodes_with_and_without_the_index(sample, monkeypatch):
    period = Period.parse("2023Q3")
    filters = [TreeFilter(text=t) for t in ("营", "营商", "营商环", "营商环境", "1）", "不存在的文字", "a", "%")]
    filters.append(TreeFilter(text="推进", policy_id=1))
    with_index = [visible_nodes(sample, f, period) for f in filters]
    monkeypatch.setattr(search_index, "has_index", lambda session, table: False)
    without = [visible_nodes(sample, f, period) for f in filters]
    for tree_filter, a, b in zip(filters, with_index, without):
        assert (a.shown, a.whole, a.matches) == (b.shown, b.whole, b.matches), tree_filter
    assert with_index[3].matches > 0 and with_index[5].matches == 0


def test_a_table_without_its_triggers_falls_back_to_the_like(tmp_path):
    from zjtracker.db import open_database

    database = open_database(tmp_path / "t.db")
    try:
        init_sample(database)
        with database.session() as session:
            session.execute(text("DROP TRIGGER measures_fts_au"))
        with database.session() as session:
            assert not search_index.has_index(session, "measures")
            session.execute(update(Measure).where(Measure.id == 20).values(text="仅在表中的新文字。"))
        with database.session() as session:
            assert _hits(session, "measures", "仅在表中", None) == {20}
    finally:
        database.dispose()


def test_a_returned_ledger_finds_its_policy_through_the_index(sample):
    with sample.session() as session:
        business = session.scalar(select(Policy.id).where(Policy.title.like("%优化营商环境%")))
        texts = list(session.scalars(select(Measure.text).join(Area).where(
            Area.policy_id == business, Measure.is_group.is_(False)).order_by(Measure.id).limit(8)))
        shortlist = search_index.policies_holding(session, [t[:12] for t in texts] + ["", "  "])
    assert shortlist.most_common(1) == [(business, 8)]
