"""The benchmark database generator: realistic content, and the same database for the same seed."""

from sqlalchemy import func, select

from benchmarks.generate import NotEmpty, generate
from tests.scale.conftest import TINY, dump, quiet
from zjtracker.db.models import Measure, Policy, ProgressReport, Unit, UnitAlias, YearlyPlan
from zjtracker.services.ledger import find_unit_id


def test_same_seed_gives_the_same_database_and_another_seed_another(database_url, other_url):
    counts = generate(database_url, scale=TINY, seed=11, log=quiet)
    assert generate(other_url, scale=TINY, seed=11, log=quiet) == counts
    first = dump(database_url)
    assert first == dump(other_url)
    assert counts["progress_reports"] == len(first["progress_reports"]) > 1000
    assert counts["policies"] == len(first["policies"]) == 10 + 1  # the sample's ten and one generated


def test_another_seed_gives_other_texts(tmp_path):
    generate(tmp_path / "a.db", scale=TINY, seed=1, sample=False, log=quiet)
    generate(tmp_path / "b.db", scale=TINY, seed=2, sample=False, log=quiet)
    first, second = dump(f"sqlite:///{tmp_path / 'a.db'}"), dump(f"sqlite:///{tmp_path / 'b.db'}")
    assert first["measures"] != second["measures"]


def test_generated_archive_looks_like_the_sample(generated):
    with generated.session() as session:
        texts = list(session.scalars(select(ProgressReport.status_text).where(ProgressReport.status_text != "")))
        assert len(texts) > 1000
        assert sum(len(t) for t in texts) / len(texts) > 40  # sentences, not placeholders
        assert all(any("\u4e00" <= c <= "\u9fff" for c in t) for t in texts[:200])
        periods = set(session.scalars(select(ProgressReport.period).distinct()))
        assert min(periods) >= "2022" and max(p for p in periods if "Q" in p) <= "2026Q3"
        assert len(periods) >= 10  # several years of quarters (or two-month periods, or months)
        assert session.scalar(select(func.count()).select_from(Policy)) == 11
        years = set(session.scalars(select(YearlyPlan.year).join(Measure).where(Measure.id > 779).distinct()))
        assert len(years) >= 4 and min(years) >= 2022 and max(years) <= 2026
        aliases = session.scalar(select(func.count()).select_from(UnitAlias))
        units = session.scalar(select(func.count()).select_from(Unit))
        assert units > 119 and aliases > 38  # the sample's registry (119 units, 38 aliases) and more
        groups = session.scalar(select(func.count()).where(Measure.is_group.is_(True)))
        assert groups > 0
        added = session.execute(select(UnitAlias.alias, Unit.id, Unit.name).join(Unit)
                                .order_by(Unit.id.desc()).limit(3)).all()
    # the aliases the generator adds find their units, as the clerk's aliases do
    for alias, unit_id, name in added:
        assert find_unit_id(generated, alias) == find_unit_id(generated, name) == unit_id


def test_an_existing_database_is_left_alone(tmp_path):
    target = tmp_path / "x.db"
    generate(target, scale=TINY, seed=1, sample=False, log=quiet)
    before = dump(f"sqlite:///{target}")
    try:
        generate(target, scale=TINY, seed=1, sample=False, log=quiet)
    except NotEmpty as refused:
        assert "--replace" in str(refused)
    else:
        raise AssertionError("a database holding policies was filled again")
    assert dump(f"sqlite:///{target}") == before
    generate(target, scale=TINY, seed=1, sample=False, replace=True, log=quiet)
    assert dump(f"sqlite:///{target}") == before


def test_generated_archive_has_import_batches_and_a_change_log_at_scale(generated):
    """1,100 batches and 1.2 million change-log rows at scale 1, in proportion below."""
    from benchmarks.gen_history import RARE
    from zjtracker.db.models import ChangeLog, ImportBatch
    from zjtracker.services.history.change_log import LogFilter, count_log, log_filter_choices

    with generated.session() as session:
        batches = session.scalar(select(func.count()).select_from(ImportBatch))
        rows = session.scalar(select(func.count()).select_from(ChangeLog))
        linked = session.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.batch_id.is_not(None)))
    assert batches >= 2 and rows >= 100 and linked > rows / 2
    assert len(log_filter_choices(generated).users) >= 3
    assert count_log(generated, LogFilter(text=RARE)) < rows / 100
