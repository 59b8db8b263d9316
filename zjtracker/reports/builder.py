"""Moved to zjtracker.services.report_job (it reads the database); kept so that an import of
the old place still works."""

from zjtracker.services.report_job import (  # noqa: F401
    DOCX,
    PDF,
    SUFFIXES,
    XLSX,
    BadOutput,
    ReportRequest,
    generated_texts,
    iter_report,
    kind_of,
    run_report,
)
