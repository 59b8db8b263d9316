"""What the progress form shows around the typed values: the earlier periods' progress,
the suggested assessment, and the warnings (a percent out of range, an assessment the
numbers contradict, progress lower than last period)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidgetItem

from zjtracker.services.assessment import contradicts, expected_percent, suggest
from zjtracker.services.periods import Period
from zjtracker.services.progress import history_across_years
from zjtracker.ui.form.progress_values import parse_percent
from zjtracker.ui.status_style import status_icon, status_text

if TYPE_CHECKING:
    from zjtracker.ui.form.progress_form import ProgressFormWidget


def clear_hints(form: ProgressFormWidget) -> None:
    """No suggestion or warning is left over from the item shown before."""
    ui = form.ui
    for label in (ui.suggestion, ui.contradiction, ui.drop_warning, ui.percent_message):
        label.clear()
    for label in (ui.contradiction, ui.drop_warning, ui.percent_message):
        label.setVisible(False)
    form._previous_percent = None


def show_history(form: ProgressFormWidget) -> None:
    """The last eight periods before this one, newest first, reaching into the task's
    earlier years (last year's plan, or the task it continues in last year's ledger); the
    latest percent of this year's plan is what a drop is measured against."""
    plan_id = form._context.plan_id
    rows = [f for f in history_across_years(form._database, plan_id) if f.period != str(form._period)]
    rows = [f for f in rows if Period.parse(f.period) < form._period][-8:]
    form._previous_percent = next(
        (f.percent for f in reversed(rows) if f.percent is not None and f.plan_id == plan_id), None)
    table = form.ui.history
    table.setRowCount(len(rows))
    for row, progress in enumerate(reversed(rows)):
        cells = [Period.parse(progress.period).label(),
                 "" if progress.percent is None else f"{progress.percent:g}%",
                 status_text(progress.assessment) if progress.assessment else "", progress.status_text]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 2 and progress.assessment:
                item.setIcon(status_icon(progress.assessment))
            table.setItem(row, column, item)


def refresh_hints(form: ProgressFormWidget) -> None:
    """The hints for the values typed now."""
    if form._context is None:
        return
    ui = form.ui
    message = ""
    percent = None
    try:
        percent = parse_percent(form._shown("percent"))
        if percent is not None and not 0 <= percent <= 100:
            message = QCoreApplication.translate("ProgressFormWidget", "Progress must lie between 0 and 100.")
    except ValueError:
        message = QCoreApplication.translate("ProgressFormWidget", "Progress must be a number from 0 to 100.")
    ui.percent_message.setText(message)
    ui.percent_message.setVisible(bool(message))
    ui.percent_message.setStyleSheet("color:#c62828")
    has_text = bool(form._values.get("status_text"))
    context, period = form._context, form._period
    suggested = suggest(percent if not message else None, period, context.year, has_text, context.deadline)
    expected = expected_percent(period, context.year, context.deadline)
    ui.suggestion.setText(QCoreApplication.translate("ProgressFormWidget", "Suggested: %1 (time elapsed %2%)")
                          .replace("%1", status_text(suggested)).replace("%2", f"{expected:g}"))
    typed = form._values.get("assessment") or ""
    ui.contradiction.setText(QCoreApplication.translate(
        "ProgressFormWidget", "The assessment “%1” does not match the progress; the numbers suggest “%2”.")
        .replace("%1", status_text(typed)).replace("%2", status_text(suggested)))
    ui.contradiction.setVisible(contradicts(typed, suggested))
    previous = form._previous_percent
    dropped = percent is not None and previous is not None and percent < previous
    ui.drop_warning.setText(QCoreApplication.translate(
        "ProgressFormWidget", "Progress is lower than in the previous period (%1%).").replace(
        "%1", f"{previous:g}" if previous is not None else ""))
    ui.drop_warning.setVisible(bool(dropped))
