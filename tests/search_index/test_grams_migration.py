"""Migration 0009 on PostgreSQL with rows present: down to 0008 (an index per column, the
pg_trgm indexes, zj_grams by rows) and up again, the filter answering as the LIKE all along."""

import pytest
from sqlalchemy import select, text

from zjtracker.db import migrate
from zjtracker.db.models import Measure, YearlyPlan
from zjtracker.services import search_index
from zjtracker.services.policies.sample import init_sample

NEEDLES = ["营", "营商", "营商环境", "优化营商环境", "（", "）便", "市场监督管理局", "2023", "年度计划", "Ab", "不存在的文字"]
GIN = ("SELECT indexname FROM pg_indexes WHERE tablename IN ('measures', 'yearly_plans') "
       "AND indexdef LIKE '%USING gin%'")


@pytest.fixture
def pg_sample(request, tmp_path):
    from tests.conftest import empty_database
    from zjtracker.db import open_database

    urls = empty_database(request, tmp_path, "postgresql")
    database = open_database(next(urls))
    init_sample(database)
    yield database
    database.dispose()
    next(urls, None)


def _answers(database) -> dict:
    search_index._GRAMS_FOUND.clear()
    with database.session() as session:
        return {(table, needle): set(session.scalars(select(model.id).where(
                    search_index.contains(session, table, needle))))
                for table, model in (("measures", Measure), ("yearly_plans", YearlyPlan)) for needle in NEEDLES}


def _like(database) -> dict:
    with database.session() as session:
        return {(table, needle): set(session.scalars(select(model.id).where(
                    search_index.contains(session, table, needle, indexed=False))))
                for table, model in (("measures", Measure), ("yearly_plans", YearlyPlan)) for needle in NEEDLES}


def _gin(database) -> set[str]:
    with database.session() as session:
        return set(session.scalars(text(GIN)))


def test_down_and_up_again_with_rows(pg_sample):
    like = _like(pg_sample)
    assert sum(map(len, like.values())) > 500
    assert _gin(pg_sample) == {"ix_measures_grams", "ix_yearly_plans_grams"}
    assert _answers(pg_sample) == like
    with pg_sample.session() as session:
        assert set(session.scalar(text("SELECT zj_grams('营商环境')"))) == {
            "营", "商", "环", "境", "营商", "商环", "环境"}
        assert session.scalar(text("SELECT zj_grams('')")) == []

    migrate.upgrade(pg_sample.engine, "0008")
    assert _gin(pg_sample) == {f"ix_{t}_{c}_{kind}" for t, c in (("measures", "label"), ("measures", "text"),
                                                                 ("yearly_plans", "text"))
                               for kind in ("grams", "trgm")}
    assert _answers(pg_sample) == like  # no zj_grams index by 0009's names: the LIKE answers
    with pg_sample.session() as session:
        assert set(session.scalar(text("SELECT zj_grams('营商环境')"))) == {
            "营", "商", "环", "境", "营商", "商环", "环境"}
        short = session.scalar(text("SELECT count(*) FROM measures WHERE zj_grams(text) @> ARRAY['营商']"))
        assert short == sum(1 for _ in session.scalars(select(Measure.id).where(Measure.text.contains("营商"))))

    migrate.upgrade(pg_sample.engine)
    assert _gin(pg_sample) == {"ix_measures_grams", "ix_yearly_plans_grams"}
    assert _answers(pg_sample) == like
