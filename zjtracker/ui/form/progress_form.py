"""The progress form (进展) of one yearly plan in one period: typed values go through a
QUndoStack; saving (Ctrl+S, or leaving the node) stores them in one transaction. When
someone else saved in the meantime the conflict dialog shows both versions; nothing typed
is lost (it stays on the undo stack, and on the clipboard when theirs is taken)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QWidget
from sqlalchemy.exc import SQLAlchemyError

from zjtracker.db.engine import Database
from zjtracker.services.assessment import contradicts, expected_percent, suggest
from zjtracker.services.periods import Period
from zjtracker.services.plan_context import PlanContext
from zjtracker.services.progress import (
    EditConflict,
    InvalidProgress,
    PlanGone,
    ProgressForm,
    history,
    load_progress,
    save_progress,
    with_values,
)
from zjtracker.ui.form.conflict_dialog import local_time
from zjtracker.ui.form.conflict_flow import plan_gone, resolve_conflict, unreachable
from zjtracker.ui.form.progress_form_layout import TEXT_FIELDS, ProgressFormLayout
from zjtracker.ui.status_style import status_icon, status_text

_FIELD_IDS = {name: number for number, name in enumerate((*TEXT_FIELDS, "percent", "assessment"), 1)}


def undo_text(field: str) -> str:
    """What Edit › Undo names a change of a field: 修改落实情况, 修改完成进度 …"""
    texts = {"status_text": QCoreApplication.translate("ProgressFormWidget", "Edit implementation"),
             "problems": QCoreApplication.translate("ProgressFormWidget", "Edit problems"),
             "suggestions": QCoreApplication.translate("ProgressFormWidget", "Edit suggestions"),
             "percent": QCoreApplication.translate("ProgressFormWidget", "Edit progress"),
             "assessment": QCoreApplication.translate("ProgressFormWidget", "Edit assessment"),
             "remarks": QCoreApplication.translate("ProgressFormWidget", "Edit remarks")}
    return texts.get(field, QCoreApplication.translate("ProgressFormWidget", "Edit progress"))


class _FieldEdit(QUndoCommand):
    """One change of one field; consecutive typing in the same field merges into one step."""

    def __init__(self, form: ProgressFormWidget, field: str, old, new):
        super().__init__(undo_text(field))
        self.form, self.field, self.old, self.new = form, field, old, new

    def id(self) -> int:
        return _FIELD_IDS[self.field]

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _FieldEdit) or other.field != self.field or self.field == "assessment":
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.form._apply(self.field, self.new)

    def undo(self) -> None:
        self.form._apply(self.field, self.old)


class _SavedStep(QUndoCommand):
    """A save, as one step: undoing it stores the values from before the save again (a new
    save, logged as an undo) and the tree follows; redoing stores the saved values again.
    The first redo (when pushed) does nothing: the save has just happened."""

    def __init__(self, form: ProgressFormWidget, before: dict, after: dict):
        super().__init__(QCoreApplication.translate("ProgressFormWidget", "Save progress"))
        self.form, self.before, self.after = form, before, after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._store(self.after, "typed")

    def undo(self) -> None:
        self._store(self.before, "undo")

    def _store(self, values: dict, source: str) -> None:
        if not self.form.store_values(values, source):
            self.setObsolete(True)


def _as_text(form: ProgressForm) -> dict:
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
            self._clear_hints()
            self._update_dirty()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self._loaded = load_progress(self._database, context.plan_id, str(period))
        self._values = _as_text(self._loaded)
        self._show_values(self._loaded)
        heading = self.tr("%1 %2 — progress in %3").replace("%1", context.measure_label).replace(
            "%2", str(context.year)).replace("%3", period.label())
        self.ui.heading.setText(heading)
        self._show_history()
        self._refresh_hints()
        self._update_dirty()

    def _clear_hints(self) -> None:
        """No suggestion or warning is left over from the item shown before."""
        ui = self.ui
        for label in (ui.suggestion, ui.contradiction, ui.drop_warning, ui.percent_message):
            label.clear()
        for label in (ui.contradiction, ui.drop_warning, ui.percent_message):
            label.setVisible(False)
        self._previous_percent = None

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

    def _show_history(self) -> None:
        rows = [f for f in history(self._database, self._context.plan_id) if f.period != str(self._period)]
        rows = [f for f in rows if Period.parse(f.period) < self._period][-8:]
        self._previous_percent = next((f.percent for f in reversed(rows) if f.percent is not None), None)
        table = self.ui.history
        table.setRowCount(len(rows))
        for row, form in enumerate(reversed(rows)):
            cells = [Period.parse(form.period).label(),
                     "" if form.percent is None else f"{form.percent:g}%",
                     status_text(form.assessment) if form.assessment else "", form.status_text]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and form.assessment:
                    item.setIcon(status_icon(form.assessment))
                table.setItem(row, column, item)

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
            self.undo_stack.push(_FieldEdit(self, name, old, new))

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
            self.undo_stack.push(_FieldEdit(self, name, old, text))

    def current_form(self) -> ProgressForm:
        """The typed values; raises InvalidProgress for a percent that is not a number."""
        values = {name: self._values.get(name, "") for name in (*TEXT_FIELDS, "assessment")}
        try:
            values["percent"] = parse_percent(self._shown("percent"))
        except ValueError:
            raise InvalidProgress("percent", self.tr("Progress must be a number from 0 to 100.")) from None
        return with_values(self._loaded, **values)

    # hints -------------------------------------------------------------------------
    def _refresh_hints(self) -> None:
        if self._context is None:
            return
        ui = self.ui
        message = ""
        percent = None
        try:
            percent = parse_percent(self._shown("percent"))
            if percent is not None and not 0 <= percent <= 100:
                message = self.tr("Progress must lie between 0 and 100.")
        except ValueError:
            message = self.tr("Progress must be a number from 0 to 100.")
        ui.percent_message.setText(message)
        ui.percent_message.setVisible(bool(message))
        ui.percent_message.setStyleSheet("color:#c62828")
        has_text = bool(self._values.get("status_text"))
        deadline = self._context.deadline
        suggested = suggest(percent if not message else None, self._period, self._context.year, has_text, deadline)
        expected = expected_percent(self._period, self._context.year, deadline)
        ui.suggestion.setText(self.tr("Suggested: %1 (time elapsed %2%)").replace(
            "%1", status_text(suggested)).replace("%2", f"{expected:g}"))
        typed = self._values.get("assessment") or ""
        clash = contradicts(typed, suggested)
        ui.contradiction.setText(self.tr("The assessment “%1” does not match the progress; the numbers suggest “%2”.")
                                 .replace("%1", status_text(typed)).replace("%2", status_text(suggested)))
        ui.contradiction.setVisible(clash)
        dropped = percent is not None and self._previous_percent is not None and percent < self._previous_percent
        ui.drop_warning.setText(self.tr("Progress is lower than in the previous period (%1%).").replace(
            "%1", f"{self._previous_percent:g}" if self._previous_percent is not None else ""))
        ui.drop_warning.setVisible(bool(dropped))

    # saving ------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """Whether the form holds values other than those stored."""
        if self._loaded is None:
            return False
        stored = _as_text(self._loaded)
        return any((self._values.get(name) or "") != (stored.get(name) or "") for name in _FIELD_IDS)

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
        return self._save(leaving=False)

    def leave(self) -> bool:
        """Save before the form shows something else. A value that cannot be saved (a
        progress of 150) is said in one dialog that offers to discard the typing; False
        keeps the clerk on this form."""
        return self._save(leaving=True)

    def _save(self, leaving: bool) -> bool:
        if not self.is_dirty():
            return True
        before = _as_text(self._loaded)
        try:
            form = self.current_form()
            stored = save_progress(self._database, form)
        except InvalidProgress as error:
            if leaving:
                return self._discard_asked(error.message)
            QMessageBox.warning(self, self.tr("Not saved"), error.message)
            return False
        except EditConflict as conflict:
            return resolve_conflict(self, conflict)
        except PlanGone:
            return plan_gone(self) or (leaving and self._discard_now())
        except SQLAlchemyError as error:
            return unreachable(self, error)
        self._after_save(stored, before)
        return True

    def _discard_asked(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"),
                          message + "\n\n" + self.tr("Discard your changes and go on?"), parent=self)
        discard = box.addButton(self.tr("&Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        if box.clickedButton() is discard:
            return self._discard_now()
        return False

    def _discard_now(self) -> bool:
        self.discard()
        return True

    def _after_save(self, stored: ProgressForm, before: dict | None = None,
                    below: QUndoCommand | None = None) -> None:
        """After a save the form's undo history is one step, the save itself: Ctrl+Z then
        takes the save back (stores the values from before), and the tree follows. ``below``
        is a step kept under the save (a merge by hand: the next Ctrl+Z brings mine back)."""
        self._loaded = stored
        self._values = _as_text(stored)
        self.undo_stack.clear()
        if below is not None:
            self.undo_stack.push(below)
        if before is not None:
            self.undo_stack.push(_SavedStep(self, before, dict(self._values)))
        self.undo_stack.setClean()
        self._show_values(stored)
        self._refresh_hints()
        self._update_dirty()
        self.saved.emit(stored.plan_id, stored.period)

    def store_values(self, values: dict, source: str) -> bool:
        """Store ``values`` over what is stored now (undoing or redoing a save); the form and
        the tree show them. False, with a message, when they cannot be stored."""
        if self._loaded is None:
            return False
        fields = {name: values.get(name) or "" for name in (*TEXT_FIELDS, "assessment")}
        try:
            fields["percent"] = parse_percent(values.get("percent") or "")
            stored = save_progress(self._database, with_values(self._loaded, **fields), source=source)
        except (ValueError, InvalidProgress, EditConflict, PlanGone, SQLAlchemyError):
            self.notify(self.tr("The save could not be taken back: someone else changed this "
                                "progress meanwhile. Press F5 to see what is stored now."))
            return False
        self._loaded = stored
        self._values = _as_text(stored)
        self._show_values(stored)
        self._refresh_hints()
        self._update_dirty()
        self.notify(self.tr("Stored again: %1.").replace("%1", self.tr("the values before the save")
                                                         if source == "undo" else self.tr("the saved values")))
        self.saved.emit(stored.plan_id, stored.period)
        return True

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
