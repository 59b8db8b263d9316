"""What the program keeps about its own work: import batches, sent fill-in workbooks, the
change log and the report texts the clerk edited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from zjtracker.db.models.base import Base, utcnow


class ImportBatch(Base):
    """One imported file: a policy document or a returned workbook."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # policy / updates / sample
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(100), default="")
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("policies.id", ondelete="SET NULL"))
    period: Mapped[str | None] = mapped_column(String(10))
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    # A returned workbook: the unit it came from and the fill-in workbook it answers.
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    sent_workbook_id: Mapped[int | None] = mapped_column(
        ForeignKey("sent_workbooks.id", ondelete="SET NULL")
    )


class SentWorkbook(Base):
    """A fill-in workbook (报送表) sent to a unit for a period; its token is stamped in
    the file so the return is matched to what was sent."""

    __tablename__ = "sent_workbooks"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(500), default="")
    sent_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_by: Mapped[str] = mapped_column(String(100), default="")
    rows: Mapped[str] = mapped_column(Text, default="[]")  # JSON: row key, plan, measure, version


class ChangeLog(Base):
    """One changed field: who, when, where from, old and new value."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    machine: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(40))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20), default="typed")  # typed / import / undo
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )

    __table_args__ = (Index("ix_change_log_entity", "entity", "entity_id"),)


class ReportText(Base):
    """A text of a report as the clerk edited it before printing (主送, 成文日期, a section's
    paragraphs …), kept per scope and period; a field with no row is generated."""

    __tablename__ = "report_texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(20))  # policy / unit / all
    scope_key: Mapped[str] = mapped_column(String(200), default="")  # policy id, unit name, ""
    period: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (
        UniqueConstraint("scope", "scope_key", "period", "field", name="uq_report_texts_field"),
    )
