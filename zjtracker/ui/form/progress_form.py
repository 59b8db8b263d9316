"""The progress form (进展) of one yearly plan in one period: typed values go through a
QUndoStack; saving (Ctrl+S, or leaving the node) stores them in one transaction. When
someone else saved in the meantime the conflict dialog shows both versions; nothing typed
is lost (it stays on the undo stack, and on the clipboard when theirs is taken).

The widget is here; its undo steps are in progress_undo, saving in progress_saving, the
history and hints around the values in progress_hints."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from zjtracker.db.engine import Database
from zjtracker.services.periods import Period
from zjtracker.services.plan_context import PlanContext
from zjtracker.services.progress import (
    InvalidProgress,
    ProgressForm,
    load_progress,
    with_values,
)
from zjtracker.ui.form import progress_saving
from zjtracker.ui.form.conflict_dialog import local_time
from zjtracker.ui.form.progress_form_layout import TEXT_FIELDS, ProgressFormLayout
from zjtracker.ui.form.progress_hints import clear_hints, refresh_hints, show_history
from zjtracker.ui.form.progress_undo import FieldEdit, undo_text
from zjtracker.ui.form.progress_values import FORM_FIELDS, as_text, parse_percent

__all__ = ["ProgressFormWidget", "parse_percent", "undo_text"]


class ProgressFormWidget(QWidget):
    saved = Signal(int, str)  # plan id, period
    dirty_changed = Signal(bool)

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self.ui = ProgressFormLayout(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._context: PlanContext | None = None
        self._period: Period | None = None
        self._loaded: ProgressForm | None = None
        self._values: dict = {}
        self._previous_percent: float | None = None
        self._applying = False
        for name, editor in self.ui.editors.items():
            editor.textChanged.connect(lambda name=name: self._typed(name))
            editor.installEventFilter(self)
        self.ui.percent.textEdited.connect(lambda _text: self._typed("percent"))
        self.ui.percent.installEventFilter(self)
        self.ui.assessment.activated.connect(lambda _row: self._typed("assessment"))
        self.ui.save_button.clicked.connect(self.save)
        self.setEnabled(False)

    # loading -----------------------------------------------------------------------
    @property
    def plan_id(self) -> int | None:
        return self._context.plan_id if self._context else None

    @property
    def period(self) -> Period | None:
        return self._period

    def load(self, context: PlanContext | None, period: Period | None, reason: str = "") -> None:
        """Show the progress of a plan in a period (the policy's own period). Without a plan
        the form is greyed, saying why (``reason``: a measure without a plan for the year…)."""
        self._context, self._period = context, period
        self.undo_stack.clear()
        self.notify("")
        if context is None or period is None:
            self._loaded, self._values = None, {}
            self._show_values(ProgressForm(0, ""))
            self.ui.heading.setText(reason or self.tr("Select a measure or a yearly plan to report its progress."))
            self.ui.history.setRowCount(0)
            clear_hints(self)
            self._update_dirty()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self._loaded = load_progress(self._database, context.plan_id, str(period))
        self._values = as_text(self._loaded)
        self._show_values(self._loaded)
        heading = self.tr("%1 %2 — progress in %3").replace("%1", context.measure_label).replace(
            "%2", str(context.year)).replace("%3", period.label())
        self.ui.heading.setText(heading)
        show_history(self)
        self._refresh_hints()
        self._update_dirty()

    def _show_values(self, form: ProgressForm) -> None:
        self._applying = True
        try:
            for name, editor in self.ui.editors.items():
                editor.setPlainText(getattr(form, name))
            self.ui.percent.setText("" if form.percent is None else f"{form.percent:g}")
            self.ui.assessment.setCurrentIndex(max(self.ui.assessment.findData(form.assessment), 0))
        finally:
            self._applying = False
        if form.updated_at:
            when = local_time(form.updated_at)
            self.ui.reported_by.setText(self.tr("Last saved by %1 on %2").replace(
                "%1", form.updated_by or "—").replace("%2", when))
        else:
            self.ui.reported_by.setText(self.tr("Nothing reported yet for this period."))

    # editing -----------------------------------------------------------------------
    def _widget_value(self, name: str):
        if name in self.ui.editors:
            return self.ui.editors[name].toPlainText()
        if name == "percent":
            return self.ui.percent.text()
        return self.ui.assessment.currentData() or ""

    def _typed(self, name: str) -> None:
        if self._applying or self._loaded is None:
            return
        new = self._widget_value(name)
        old = self._shown(name)
        if new != old:
            self.undo_stack.push(FieldEdit(self, name, old, new))

    def _shown(self, name: str) -> str:
        return self._values.get(name) or ""

    def _apply(self, name: str, value) -> None:
        """Put a value into the form (from typing, undo or redo)."""
        self._values[name] = value
        if self._widget_value(name) != value:
            self._applying = True
            try:
                if name in self.ui.editors:
                    self.ui.editors[name].setPlainText(value)
                elif name == "percent":
                    self.ui.percent.setText(value)
                else:
                    self.ui.assessment.setCurrentIndex(max(self.ui.assessment.findData(value), 0))
            finally:
                self._applying = False
        self._refresh_hints()
        self._update_dirty()

    def set_field(self, name: str, value) -> None:
        """Change a field as the user would (used by paste, tests and scripts)."""
        if self._loaded is None:  # a greyed form takes nothing
            return
        text = "" if value is None else (f"{value:g}" if isinstance(value, float | int) else str(value))
        old = self._shown(name)
        if text != old:
            self.undo_stack.push(FieldEdit(self, name, old, text))

    def current_form(self) -> ProgressForm:
        """The typed values; raises InvalidProgress for a percent that is not a number."""
        values = {name: self._values.get(name, "") for name in (*TEXT_FIELDS, "assessment")}
        try:
            values["percent"] = parse_percent(self._shown("percent"))
        except ValueError:
            raise InvalidProgress("percent", self.tr("Progress must be a number from 0 to 100.")) from None
        return with_values(self._loaded, **values)

    def _refresh_hints(self) -> None:
        refresh_hints(self)

    # saving ------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Whether the form holds values other than those stored."""
        if self._loaded is None:
            return False
        stored = as_text(self._loaded)
        return any((self._values.get(name) or "") != (stored.get(name) or "") for name in FORM_FIELDS)

    def _clean_changed(self, _clean: bool) -> None:
        self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != getattr(self, "_was_dirty", False):
            self._was_dirty = dirty
            self.ui.dirty_marker.setText(self.tr("● not saved") if dirty else "")
            self.dirty_changed.emit(dirty)

    def save(self) -> bool:
        """Store the form; True when stored (or nothing to store)."""
        return progress_saving.save(self, leaving=False)

    def leave(self) -> bool:
        """Save before the form shows something else. A value that cannot be saved (a
        progress of 150) is said in one dialog that offers to discard the typing; False
        keeps the clerk on this form."""
        return progress_saving.save(self, leaving=True)

    def _after_save(self, stored: ProgressForm, before: dict | None = None,
                    below: QUndoCommand | None = None) -> None:
        progress_saving.after_save(self, stored, before, below)

    def store_values(self, values: dict, source: str) -> bool:
        """Store ``values`` over what is stored now (undoing or redoing a save); the form and
        the tree show them. False, with a message, when they cannot be stored."""
        return progress_saving.store_values(self, values, source)

    def set_locked(self, locked: bool) -> None:
        """A task closed (已销号) shows its progress but takes no typing until it is
        reopened; the line above the fields says when and why it was closed."""
        if locked and self.is_dirty():
            return  # never take typing away from under the clerk
        if locked:
            self.undo_stack.clear()  # no step of it may change a closed task's stored progress
        for editor in self.ui.editors.values():
            editor.setReadOnly(locked)
        self.ui.percent.setReadOnly(locked)
        self.ui.assessment.setEnabled(not locked)
        self.ui.save_button.setEnabled(not locked)
        self.ui.save_button.setToolTip(
            self.tr("This task is closed; reopen it (Edit › Review and close) to change its progress.")
            if locked else "")
        self._locked = locked

    @property
    def locked(self) -> bool:
        return getattr(self, "_locked", False)

    def notify(self, text: str) -> None:
        """A line under the form saying what just happened (empty: hidden)."""
        self.ui.notice.setText(text)
        self.ui.notice.setVisible(bool(text))

    def reload_if_stale(self) -> bool:
        """Show what is stored now when someone else changed it and nothing is typed here
        (the idle refresh); True when the form was reloaded."""
        if self._context is None or self._period is None or self.is_dirty():
            return False
        stored = load_progress(self._database, self._context.plan_id, str(self._period))
        if (stored.version, stored.updated_at) == (self._loaded.version, self._loaded.updated_at):
            return False
        self.load(self._context, self._period)
        return True

    def discard(self) -> None:
        """Drop unsaved typing (the clerk chose not to keep it)."""
        self.load(self._context, self._period)

    # Ctrl+Z / Ctrl+Y inside the editors go to the form's stack, not the editor's own ---
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination().toCombined() == \
                QKeySequence("Ctrl+Y")[0].toCombined()
            if undo or redo:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                (self.undo_stack.undo if undo else self.undo_stack.redo)()
                return True
        return super().eventFilter(watched, event)
