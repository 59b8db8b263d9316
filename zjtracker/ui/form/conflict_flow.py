"""What the progress form does when its save meets someone else's: ask with the conflict
dialog, then store mine or the merge over theirs, or take theirs with mine copied to the
clipboard and one Ctrl+Z away. Also the two other ways a save can fail on a shared
database: the yearly plan was deleted, or the server cannot be reached."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from zjtracker.services.progress import (
    EditConflict,
    InvalidProgress,
    PlanGone,
    ProgressForm,
    save_progress,
    with_values,
)
from zjtracker.ui.form.conflict_dialog import (
    FIELDS,
    MERGED,
    THEIRS,
    ConflictDialog,
    shown_value,
)
from zjtracker.ui.form.progress_undo import ReplaceAll


def resolve_conflict(form, conflict: EditConflict) -> bool:
    """Ask until mine, theirs or a merge is settled (someone may save again meanwhile);
    False when the clerk cancels or the save fails, with the typing still in the form.
    The stored result is two steps on the undo stack: Ctrl+Z takes the save back (theirs is
    stored again), and after a merge a second Ctrl+Z brings back what I had typed."""
    merged_from: dict | None = None  # the typing before the (first) merge by hand
    while True:
        dialog = ConflictDialog(form.current_form(), conflict.theirs, form._loaded, form)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.choice is not None
        choice, merged = dialog.choice, dialog.merged_text()
        dialog.deleteLater()
        if not accepted:
            return False
        if choice == THEIRS:
            take_theirs(form, conflict.theirs)
            return True
        if choice == MERGED:
            if merged_from is None:
                merged_from = dict(form._values)
            form.undo_stack.push(ReplaceAll(form, form._values, merged, QCoreApplication.translate("ProgressFormWidget", "Merge by hand")))
        try:
            stored = save_progress(form._database, with_values(form.current_form(), version=conflict.theirs.version))
        except EditConflict as again:
            conflict = again
            continue
        except InvalidProgress as error:
            QMessageBox.warning(form, QCoreApplication.translate("ProgressFormWidget", "Not saved"), error.message)
            return False
        except PlanGone:
            return plan_gone(form)
        except SQLAlchemyError as error:
            return unreachable(form, error)
        merge = None
        if merged_from is not None:
            merge = ReplaceAll(form, merged_from, {name: shown_value(stored, name) for name in FIELDS},
                               QCoreApplication.translate("ProgressFormWidget", "Merge by hand"))
        form._after_save(stored, {name: shown_value(conflict.theirs, name) for name in FIELDS}, merge)
        return True


def take_theirs(form, theirs: ProgressForm) -> None:
    """Show theirs as the stored state; mine goes to the clipboard and stays one Ctrl+Z away
    (undoing makes the form unsaved again, with mine in it)."""
    mine = dict(form._values)
    QApplication.clipboard().setText(clipboard_text(form, mine))
    form._loaded = theirs
    form.undo_stack.push(ReplaceAll(form, mine, {name: shown_value(theirs, name) for name in FIELDS},
                                    QCoreApplication.translate("ProgressFormWidget", "Take their version")))
    form.undo_stack.setClean()
    form._show_values(theirs)
    form._refresh_hints()
    form.notify(QCoreApplication.translate("ProgressFormWidget", "Their version is shown. Yours was copied to the clipboard, and Ctrl+Z brings it back."))
    form.saved.emit(theirs.plan_id, theirs.period)


def clipboard_text(form, values: dict) -> str:
    """The typed values as lines of text (field name: value), headed by the plan and period."""
    names = form.ui.field_names
    lines = [f"{names[name]}：{values.get(name) or ''}" for name in FIELDS]
    heading = form.ui.heading.text()
    return "\n".join([heading, *lines] if heading else lines)


def plan_gone(form) -> bool:
    QApplication.clipboard().setText(clipboard_text(form, form._values))
    QMessageBox.warning(form, QCoreApplication.translate("ProgressFormWidget", "Not saved"), QCoreApplication.translate("ProgressFormWidget", 
        "This yearly plan was deleted by someone else, so the progress cannot be saved. "
        "What you typed was copied to the clipboard."))
    return False


def unreachable(form, error: SQLAlchemyError) -> bool:
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()
    QMessageBox.warning(form, QCoreApplication.translate("ProgressFormWidget", "Not saved"), QCoreApplication.translate("ProgressFormWidget", 
        "The database could not be reached, so nothing was saved; what you typed is still in "
        "the form. Try again in a moment.\n\n%1").replace("%1", detail[0] if detail else ""))
    return False
