from datetime import date

from sqlalchemy import text

from zjtracker.db import open_database
from zjtracker.db.engine import Database, make_engine
from zjtracker.db.migrate import current_revision, head_revision, revisions_in_order, upgrade


def test_revisions_form_one_chain_ending_at_head():
    revisions = revisions_in_order()
    assert revisions[0] == "0001"
    assert revisions[-1] == head_revision()
    assert len(revisions) == len(set(revisions)) >= 2


def test_database_at_first_revision_with_rows_upgrades_to_head_keeping_them(database_url):
    engine = make_engine(database_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO policies (id, title, doc_no, issuer, issued_on, status, frequency, kind,"
            " source_file, text, created_at) VALUES (1, '旧政策', '湛府〔2020〕1号', '市政府',"
            " '2020-05-01', 'in_force', 'quarterly', 'plan', '', '原文', '2020-05-01 00:00:00')"))
        connection.execute(text(
            "INSERT INTO areas (id, policy_id, position, label, title, guiding_text)"
            " VALUES (1, 1, 0, '一、', '总体要求', '')"))
        connection.execute(text("INSERT INTO units (id, name, kind) VALUES (1, '市商务局', 'city_bureau')"))
    engine.dispose()

    database = open_database(database_url)
    try:
        assert current_revision(database.engine) == head_revision()
        from zjtracker.db.models import GlossaryTerm, Policy

        with database.session() as session:
            policy = session.get(Policy, 1)
            assert policy.title == "旧政策"
            assert policy.issued_on == date(2020, 5, 1)
            assert policy.interpretation == ""  # the column the second revision added
            assert [a.title for a in policy.areas] == ["总体要求"]
            session.add(GlossaryTerm(policy=policy, term="六稳", definition="稳就业……"))
        with database.session() as session:
            assert session.get(Policy, 1).glossary[0].term == "六稳"
    finally:
        database.dispose()


def test_existing_sqlite_file_is_copied_aside_before_upgrade(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine("sqlite:///" + str(path))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO units (id, name, kind) VALUES (7, '市财政局', 'city_bureau')"))
    engine.dispose()

    database = open_database(path)
    database.dispose()
    backups = list((tmp_path / "data" / "backups").glob("old-before-migration-0001-*.db"))
    assert len(backups) == 1
    copy = Database("sqlite:///" + str(backups[0]), make_engine("sqlite:///" + str(backups[0])))
    with copy.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM units WHERE id = 7")).scalar() == "市财政局"
    assert current_revision(copy.engine) == "0001"
    copy.dispose()


def test_new_database_is_not_backed_up(tmp_path):
    open_database(tmp_path / "fresh.db").dispose()
    assert not (tmp_path / "data" / "backups").exists()


def test_known_head_is_the_newest_script():
    from zjtracker.db.migrate import KNOWN_HEAD

    assert KNOWN_HEAD == head_revision() == revisions_in_order()[-1]


def test_a_database_at_head_opens_without_loading_alembic(tmp_path):
    """Start-up reads the stored revision with one query; Alembic is loaded only to migrate."""
    import subprocess
    import sys

    path = tmp_path / "库 一.db"
    open_database(path).dispose()
    script = ("import sys; from zjtracker.db import open_database; d = open_database(sys.argv[1]); "
              "print('alembic' in sys.modules, d.engine.dialect.name); d.dispose()")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "sqlite"]
    old = tmp_path / "old.db"
    upgrade(make_engine("sqlite:///" + str(old)), "0003")
    done = subprocess.run([sys.executable, "-c", script, str(old)], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["True", "sqlite"]  # an older schema is migrated, through Alembic
    assert current_revision(make_engine("sqlite:///" + str(old))) == head_revision()
