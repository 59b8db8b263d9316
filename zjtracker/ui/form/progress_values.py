"""The progress form's values as its widgets hold them: text, the percent as typed."""

from __future__ import annotations

import unicodedata

from zjtracker.services.progress import ProgressForm
from zjtracker.ui.form.progress_form_layout import TEXT_FIELDS

FORM_FIELDS = (*TEXT_FIELDS, "percent", "assessment")


def as_text(form: ProgressForm) -> dict:
    """The form's values as the widgets hold them (the percent as typed text)."""
    values = form.values()
    values["percent"] = "" if form.percent is None else f"{form.percent:g}"
    return values


def parse_percent(text: str) -> float | None:
    """80, 80%, ８０ → 80.0; blank → None; raises ValueError for anything else."""
    text = unicodedata.normalize("NFKC", text or "").strip().rstrip("%").strip()
    if not text:
        return None
    return float(text)
