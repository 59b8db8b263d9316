"""The ledger itself (DESIGN.md): policy → area → measure → yearly plan → progress per
period, the units and their roles, indicators and glossary terms."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from zjtracker.db.models.base import Base, utcnow


class Policy(Base):
    """A policy document (政策文件)."""

    __tablename__ = "policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    doc_no: Mapped[str] = mapped_column(String(100), default="")  # 文号
    issuer: Mapped[str] = mapped_column(String(200), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    start_year: Mapped[int | None] = mapped_column(Integer)
    end_year: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="in_force")  # in_force/expired/abolished
    frequency: Mapped[str] = mapped_column(String(20), default="quarterly")
    kind: Mapped[str] = mapped_column(String(20), default="plan")
    source_file: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text, default="")  # the original text
    interpretation: Mapped[str] = mapped_column(Text, default="")  # 政策解读
    abolished_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("policies.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # 简称: how a report refers to the document after naming it once in full; "" = derived.
    short_name: Mapped[str] = mapped_column(String(60), default="", server_default="")

    areas: Mapped[list[Area]] = relationship(
        back_populates="policy", cascade="all, delete-orphan", order_by="Area.position"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="policy", cascade="all, delete-orphan", order_by="Indicator.position"
    )
    glossary: Mapped[list[GlossaryTerm]] = relationship(
        back_populates="policy", cascade="all, delete-orphan"
    )


class Area(Base):
    """An area (领域) of a policy: 一、 …, or a ledger's 指标."""

    __tablename__ = "areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    guiding_text: Mapped[str] = mapped_column(Text, default="")

    policy: Mapped[Policy] = relationship(back_populates="areas")
    measures: Mapped[list[Measure]] = relationship(
        back_populates="area", cascade="all, delete-orphan", order_by="Measure.position"
    )


class Measure(Base):
    """A measure or task (措施/任务); a group when it has children."""

    __tablename__ = "measures"
    # The outline of every policy in one small index: the tree, the filter and the
    # dashboard read these columns for thousands of measures without touching the texts.
    __table_args__ = (Index("ix_measures_outline", "area_id", "parent_id", "position", "deadline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("areas.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("measures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(40), default="")
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    deadline: Mapped[date | None] = mapped_column(Date)  # 完成时限
    deadline_text: Mapped[str] = mapped_column(String(100), default="")
    # The same task in the ledger of an earlier year (a new ledger document), so its history
    # runs across years.
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("measures.id", ondelete="SET NULL"), index=True
    )

    area: Mapped[Area] = relationship(back_populates="measures")
    children: Mapped[list[Measure]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", order_by="Measure.position",
        foreign_keys=[parent_id],
    )
    parent: Mapped[Measure | None] = relationship(
        back_populates="children", remote_side=[id], foreign_keys=[parent_id]
    )
    plans: Mapped[list[YearlyPlan]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="YearlyPlan.year"
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="Assignment.id"
    )


class YearlyPlan(Base):
    """What a measure plans for one year (年度计划)."""

    __tablename__ = "yearly_plans"
    __table_args__ = (
        UniqueConstraint("measure_id", "year"),
        # plans of a year (filter); the overview reads id and 办结 date from the index alone
        Index("ix_yearly_plans_year", "year", "measure_id", "id", "closed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measures.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[float | None] = mapped_column(Float)
    # 办结销号: the task verified done and closed for the year; None = open.
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_basis: Mapped[str] = mapped_column(Text, default="", server_default="")  # 销号依据
    closed_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    measure: Mapped[Measure] = relationship(back_populates="plans")
    reports: Mapped[list[ProgressReport]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="ProgressReport.period"
    )


class Unit(Base):
    """A unit (单位): a bureau, county government, collective, enterprise or agency."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30), default="city_bureau")

    aliases: Mapped[list[UnitAlias]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="UnitAlias.alias"
    )


class UnitAlias(Base):
    """Another way of writing a unit's name (市发改局 for 市发展和改革局)."""

    __tablename__ = "unit_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200), unique=True)
    match_key: Mapped[str] = mapped_column(String(200), index=True)

    unit: Mapped[Unit] = relationship(back_populates="aliases")


class Assignment(Base):
    """A unit's role on a measure: lead (牵头), cooperating (配合) or responsible (责任)."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("measure_id", "unit_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measures.id", ondelete="CASCADE"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    leader: Mapped[str | None] = mapped_column(String(100))  # 分管领导
    section: Mapped[str | None] = mapped_column(String(100))  # 责任科室
    person: Mapped[str | None] = mapped_column(String(100))  # 责任人

    measure: Mapped[Measure] = relationship(back_populates="assignments")
    unit: Mapped[Unit] = relationship()


class ProgressReport(Base):
    """Progress (进展) of one yearly plan in one period, e.g. 2025Q3."""

    __tablename__ = "progress_reports"
    __table_args__ = (
        UniqueConstraint("plan_id", "period"),
        Index("ix_progress_period", "period"),
        # The numbers of a period without reading its texts (dashboard, statuses).
        Index("ix_progress_reports_period_values", "period", "plan_id", "percent", "assessment"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("yearly_plans.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(10))
    status_text: Mapped[str] = mapped_column(Text, default="")  # 落实情况
    problems: Mapped[str] = mapped_column(Text, default="")  # 存在问题
    suggestions: Mapped[str] = mapped_column(Text, default="")  # 意见建议
    percent: Mapped[float | None] = mapped_column(Float)  # 完成进度 0–100
    assessment: Mapped[str] = mapped_column(String(20), default="")  # 评估情况
    remarks: Mapped[str] = mapped_column(Text, default="")  # 备注
    reporting_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(20), default="typed")  # typed / import
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    plan: Mapped[YearlyPlan] = relationship(back_populates="reports")
    reporting_unit: Mapped[Unit | None] = relationship()

    __mapper_args__ = {"version_id_col": version}


class Indicator(Base):
    """An indicator (指标) with baseline, target and yearly actual values."""

    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(200), default="")
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(50), default="")  # unit of measure
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_text: Mapped[str] = mapped_column(String(200), default="")
    target_year: Mapped[int | None] = mapped_column(Integer)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_text: Mapped[str] = mapped_column(String(200), default="")
    nature: Mapped[str] = mapped_column(String(20), default="")  # 预期性 / 约束性
    direction: Mapped[str] = mapped_column(String(10), default="up")

    policy: Mapped[Policy] = relationship(back_populates="indicators")
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="IndicatorValue.year"
    )


class IndicatorValue(Base):
    """An indicator's actual value in one year."""

    __tablename__ = "indicator_values"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)

    indicator: Mapped[Indicator] = relationship(back_populates="values")


class GlossaryTerm(Base):
    """A term a policy explains (名词解释)."""

    __tablename__ = "glossary_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), index=True)
    term: Mapped[str] = mapped_column(String(200))
    definition: Mapped[str] = mapped_column(Text, default="")

    policy: Mapped[Policy] = relationship(back_populates="glossary")
