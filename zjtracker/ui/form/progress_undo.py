"""The steps on the progress form's undo stack: a change of one field (typing on in the
same field stays one step), all fields at once (their version taken, or a merge by hand),
and a save (undoing it stores the values from before the save again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from zjtracker.ui.form.progress_values import FORM_FIELDS

if TYPE_CHECKING:
    from zjtracker.ui.form.progress_form import ProgressFormWidget

FIELD_IDS = {name: number for number, name in enumerate(FORM_FIELDS, 1)}


def undo_text(field: str) -> str:
    """What Edit › Undo names a change of a field: 修改落实情况, 修改完成进度 …"""
    texts = {"status_text": QCoreApplication.translate("ProgressFormWidget", "Edit implementation"),
             "problems": QCoreApplication.translate("ProgressFormWidget", "Edit problems"),
             "suggestions": QCoreApplication.translate("ProgressFormWidget", "Edit suggestions"),
             "percent": QCoreApplication.translate("ProgressFormWidget", "Edit progress"),
             "assessment": QCoreApplication.translate("ProgressFormWidget", "Edit assessment"),
             "remarks": QCoreApplication.translate("ProgressFormWidget", "Edit remarks")}
    return texts.get(field, QCoreApplication.translate("ProgressFormWidget", "Edit progress"))


class FieldEdit(QUndoCommand):
    """One change of one field; consecutive typing in the same field merges into one step."""

    def __init__(self, form: ProgressFormWidget, field: str, old, new):
        super().__init__(undo_text(field))
        self.form, self.field, self.old, self.new = form, field, old, new

    def id(self) -> int:
        return FIELD_IDS[self.field]

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.field != self.field or self.field == "assessment":
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.form._apply(self.field, self.new)

    def undo(self) -> None:
        self.form._apply(self.field, self.old)


class ReplaceAll(QUndoCommand):
    """All fields at once (their version taken, or a merge): Ctrl+Z brings mine back."""

    def __init__(self, form: ProgressFormWidget, old: dict, new: dict, text: str):
        super().__init__(text)
        self.form, self.old, self.new = form, dict(old), dict(new)

    def redo(self) -> None:
        for name, value in self.new.items():
            self.form._apply(name, value)

    def undo(self) -> None:
        for name, value in self.old.items():
            self.form._apply(name, value)


class SavedStep(QUndoCommand):
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
