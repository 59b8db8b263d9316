"""The 督查 loop: the clerk's verdict on a report (复核/退回) and the evidence files
(佐证材料) attached to a plan's period."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zjtracker.db.models.base import Base, utcnow


class Review(Base):
    """The clerk's verdict on a plan's report for one period: 已复核 (with a note) or 退回
    (with the reason the unit sees in its next fill-in workbook)."""

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("plan_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("yearly_plans.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    state: Mapped[str] = mapped_column(String(20))  # reviewed / returned
    note: Mapped[str] = mapped_column(Text, default="")  # 复核意见 or 退回原因
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")


class AttachmentBlob(Base):
    """The bytes of one evidence file (佐证材料), stored once however often it is attached."""

    __tablename__ = "attachment_blobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    """An evidence file (佐证材料) attached to a plan's progress for one period."""

    __tablename__ = "attachments"
    __table_args__ = (
        UniqueConstraint("plan_id", "period", "blob_id"),
        Index("ix_attachments_period", "period", "plan_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("yearly_plans.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    blob_id: Mapped[int] = mapped_column(ForeignKey("attachment_blobs.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(100), default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )

    blob: Mapped[AttachmentBlob] = relationship()
