"""Saving the progress form: one transaction, then the save as one step on the undo stack
(Ctrl+Z stores the values from before it again, as a new save). A save that meets someone
else's goes to the conflict dialog (conflict_flow); a value that cannot be stored is said
in a message, and when the clerk is leaving the form, offered to be discarded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from zjtracker.services.progress import (
    EditConflict,
    InvalidProgress,
    PlanGone,
    ProgressForm,
    save_progress,
    with_values,
)
from zjtracker.ui.form.conflict_flow import plan_gone, resolve_conflict, unreachable
from zjtracker.ui.form.progress_form_layout import TEXT_FIELDS
from zjtracker.ui.form.progress_hints import refresh_hints
from zjtracker.ui.form.progress_undo import SavedStep
from zjtracker.ui.form.progress_values import as_text, parse_percent

if TYPE_CHECKING:
    from zjtracker.ui.form.progress_form import ProgressFormWidget


def save(form: ProgressFormWidget, leaving: bool) -> bool:
    """Store the form; True when stored (or nothing to store). ``leaving``: the form is about
    to show something else, and a value that cannot be saved offers to discard the typing."""
    if not form.is_dirty():
        return True
    before = as_text(form._loaded)
    try:
        stored = save_progress(form._database, form.current_form())
    except InvalidProgress as error:
        if leaving:
            return discard_asked(form, error.message)
        QMessageBox.warning(form, QCoreApplication.translate("ProgressFormWidget", "Not saved"), error.message)
        return False
    except EditConflict as conflict:
        return resolve_conflict(form, conflict)
    except PlanGone:
        return plan_gone(form) or (leaving and _discard_now(form))
    except SQLAlchemyError as error:
        return unreachable(form, error)
    after_save(form, stored, before)
    return True


def discard_asked(form: ProgressFormWidget, message: str) -> bool:
    """Say why the typing cannot be saved and offer to discard it; True when discarded."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ProgressFormWidget", "Not saved"),
                      message + "\n\n" + QCoreApplication.translate("ProgressFormWidget",
                                                                    "Discard your changes and go on?"),
                      parent=form)
    discard = box.addButton(QCoreApplication.translate("ProgressFormWidget", "&Discard changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(QCoreApplication.translate("ProgressFormWidget", "&Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.exec()
    if box.clickedButton() is discard:
        return _discard_now(form)
    return False


def _discard_now(form: ProgressFormWidget) -> bool:
    form.discard()
    return True


def after_save(form: ProgressFormWidget, stored: ProgressForm, before: dict | None = None,
               below: QUndoCommand | None = None) -> None:
    """After a save the form's undo history is one step, the save itself: Ctrl+Z then
    takes the save back (stores the values from before), and the tree follows. ``below``
    is a step kept under the save (a merge by hand: the next Ctrl+Z brings mine back)."""
    form._loaded = stored
    form._values = as_text(stored)
    form.undo_stack.clear()
    if below is not None:
        form.undo_stack.push(below)
    if before is not None:
        form.undo_stack.push(SavedStep(form, before, dict(form._values)))
    form.undo_stack.setClean()
    form._show_values(stored)
    refresh_hints(form)
    form._update_dirty()
    form.saved.emit(stored.plan_id, stored.period)


def store_values(form: ProgressFormWidget, values: dict, source: str) -> bool:
    """Store ``values`` over what is stored now (undoing or redoing a save); the form and
    the tree show them. False, with a message, when they cannot be stored."""
    if form._loaded is None:
        return False
    fields = {name: values.get(name) or "" for name in (*TEXT_FIELDS, "assessment")}
    try:
        fields["percent"] = parse_percent(values.get("percent") or "")
        stored = save_progress(form._database, with_values(form._loaded, **fields), source=source)
    except (ValueError, InvalidProgress, EditConflict, PlanGone, SQLAlchemyError):
        form.notify(QCoreApplication.translate(
            "ProgressFormWidget", "The save could not be taken back: someone else changed this "
                                  "progress meanwhile. Press F5 to see what is stored now."))
        return False
    form._loaded = stored
    form._values = as_text(stored)
    form._show_values(stored)
    refresh_hints(form)
    form._update_dirty()
    what = (QCoreApplication.translate("ProgressFormWidget", "the values before the save") if source == "undo"
            else QCoreApplication.translate("ProgressFormWidget", "the saved values"))
    form.notify(QCoreApplication.translate("ProgressFormWidget", "Stored again: %1.").replace("%1", what))
    form.saved.emit(stored.plan_id, stored.period)
    return True
