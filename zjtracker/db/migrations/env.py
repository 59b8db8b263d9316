"""Alembic environment: run by ``zjtracker.db.migrate``, never by the alembic CLI alone."""

from alembic import context

from zjtracker.db.models import Base

config = context.config
target_metadata = Base.metadata


def _include_object(obj, name, type_, reflected, compare_to):
    # The search index (FTS5 tables, pg_trgm indexes) is made by its migration, not by models.
    if type_ == "table" and name and "_fts" in name:
        return False
    if type_ == "index" and name and name.endswith("_trgm"):
        return False
    return True


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("zjtracker migrations run through zjtracker.db.migrate")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=_include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
