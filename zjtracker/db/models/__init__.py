"""The domain model (DESIGN.md): typed SQLAlchemy 2.0 declarative classes, one module per
part of it; every table is imported here so ``Base.metadata`` holds them all."""

from zjtracker.db.models.base import NAMING_CONVENTION, Base, utcnow
from zjtracker.db.models.ledger import (
    Area,
    Assignment,
    GlossaryTerm,
    Indicator,
    IndicatorValue,
    Measure,
    Policy,
    ProgressReport,
    Unit,
    UnitAlias,
    YearlyPlan,
)
from zjtracker.db.models.oversight import Attachment, AttachmentBlob, Review
from zjtracker.db.models.records import ChangeLog, ImportBatch, ReportText, SentWorkbook

__all__ = [
    "Area",
    "Assignment",
    "Attachment",
    "AttachmentBlob",
    "Base",
    "ChangeLog",
    "GlossaryTerm",
    "ImportBatch",
    "Indicator",
    "IndicatorValue",
    "Measure",
    "NAMING_CONVENTION",
    "Policy",
    "ProgressReport",
    "ReportText",
    "Review",
    "SentWorkbook",
    "Unit",
    "UnitAlias",
    "YearlyPlan",
    "utcnow",
]
