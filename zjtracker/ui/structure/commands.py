"""Undoable edits of the structure: QUndoCommands over services.structure.

Push them with ``push(stack, command)``: the first change runs before the command reaches
the stack, so a refused edit (a StructureError with a Chinese message) raises to the caller
and leaves the stack as it was. When a later undo or redo fails (someone changed the
database meanwhile), the command reports the message through ``on_error`` and marks itself
obsolete, so the stack drops it instead of holding a step that no longer matches the data.

After each change the command calls ``refresh(kind, id)`` with the tree node whose children
changed (for an edit: the node's parent; for units: the measure itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from zjtracker.db.engine import Database
from zjtracker.services.structure import edits as structure
from zjtracker.services.structure.common import KIND_NAMES, StructureError
from zjtracker.services.structure.policy_delete import delete_policy, restore_policy
from zjtracker.services.structure.policy_edit import policy_fields, update_policy
from zjtracker.services.tree import KIND_AREA, KIND_MEASURE, KIND_PLAN, KIND_POLICY, KIND_ROOT

Refresh = Callable[[str, int], None]
ErrorHandler = Callable[[str], None]

_UPDATE = {KIND_AREA: structure.update_area, KIND_MEASURE: structure.update_measure,
           KIND_PLAN: structure.update_plan}



translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def _kind_name(kind: str) -> str:
    names = {KIND_AREA: translate("StructureCommands", "area"),
             KIND_MEASURE: translate("StructureCommands", "measure"),
             KIND_PLAN: translate("StructureCommands", "yearly plan")}
    return names.get(kind, kind)


def push(stack: QUndoStack, command: StructureCommand) -> bool:
    """Run the command's change, then put it on the stack. Raises StructureError (nothing
    changed, nothing pushed); returns False when the change turned out to change nothing."""
    if not command.apply():
        return False
    stack.push(command)
    return True


class StructureCommand(QUndoCommand):
    """Base: subclasses implement ``_first`` (returns False when nothing changed), ``_undo``
    and ``_redo``, and set ``self.parent_key`` for the refresh."""

    def __init__(self, database: Database, text: str, refresh: Refresh | None = None,
                 on_error: ErrorHandler | None = None):
        super().__init__(text)
        self.database = database
        self.refresh = refresh
        self.on_error = on_error
        self.parent_key: tuple[str, int] | None = None
        self.error: str | None = None
        self._applied = False  # the first change has run
        self._skip_redo = False  # it ran in apply(), so the redo() that push() calls skips it

    def apply(self) -> bool:
        changed = self._first()
        self._applied = True
        self._skip_redo = True
        if changed:
            self._refresh()
        return changed

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self._redo if self._applied else self._first_pushed)

    def undo(self) -> None:
        self._run(self._undo)

    def _first_pushed(self) -> None:  # pushed without push(): the first change runs here
        self._first()
        self._applied = True

    def _run(self, action) -> None:
        try:
            action()
        except StructureError as error:
            self._fail(error.message)
            return
        except Exception as error:  # a database error: the step no longer fits the data
            self._fail(str(error))
            return
        self._refresh()

    def _fail(self, message: str) -> None:
        self.error = message
        self.setObsolete(True)
        if self.on_error is not None:
            self.on_error(message)

    def _refresh(self) -> None:
        if self.refresh is not None and self.parent_key is not None:
            self.refresh(*self.parent_key)

    def _first(self) -> bool:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _redo(self) -> None:
        raise NotImplementedError


class AddNodeCommand(StructureCommand):
    """Add an area under ('policy', id), a measure under ('area', id) or ('measure', id),
    or a yearly plan under ('measure', id). ``values`` are the service's keyword arguments:
    label/title/guiding_text/position; label/text/deadline_text/position/is_group; year/text/target."""

    def __init__(self, database: Database, kind: str, parent: tuple[str, int], values: dict,
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        title = translate("StructureCommands", "Add %1").replace("%1", _kind_name(kind))
        super().__init__(database, title, refresh, on_error)
        self.kind, self.values = kind, dict(values)
        self.parent_key = parent
        self.node_id: int | None = None
        self._snapshot = None
        self._parent_was_group: bool | None = None

    def _first(self) -> bool:
        parent_kind, parent_id = self.parent_key
        if self.kind == KIND_AREA and parent_kind == KIND_POLICY:
            self.node_id = structure.add_area(self.database, parent_id, **self.values)
        elif self.kind == KIND_MEASURE and parent_kind == KIND_AREA:
            self.node_id = structure.add_measure(self.database, parent_id, None, **self.values)
        elif self.kind == KIND_MEASURE and parent_kind == KIND_MEASURE:
            self._parent_was_group = structure.node_fields(self.database, KIND_MEASURE, parent_id)["is_group"]
            self.node_id = structure.add_measure(self.database, None, parent_id, **self.values)
        elif self.kind == KIND_PLAN and parent_kind == KIND_MEASURE:
            self.node_id = structure.add_plan(self.database, parent_id, **self.values)
        else:
            raise StructureError(f"不能在{KIND_NAMES.get(parent_kind, parent_kind)}下添加"
                                 f"{KIND_NAMES.get(self.kind, self.kind)}。")
        return True

    def _undo(self) -> None:
        self._snapshot = structure.delete_node(self.database, self.kind, self.node_id, source="undo")
        if self._parent_was_group is False:
            structure.update_measure(self.database, self.parent_key[1], source="undo", is_group=False)

    def _redo(self) -> None:
        structure.restore_snapshot(self.database, self._snapshot, source="typed")
        if self._parent_was_group is False:
            structure.update_measure(self.database, self.parent_key[1], is_group=True)


class EditNodeCommand(StructureCommand):
    """Change fields of an area, measure or plan (a rename is an edit of the label)."""

    def __init__(self, database: Database, kind: str, node_id: int, values: dict,
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        title = translate("StructureCommands", "Edit %1").replace("%1", _kind_name(kind))
        super().__init__(database, title, refresh, on_error)
        self.kind, self.node_id, self.values = kind, node_id, dict(values)
        self._old: dict = {}
        self._new: dict = {}

    def _first(self) -> bool:
        self.parent_key = structure.parent_of(self.database, self.kind, self.node_id)
        before = structure.node_fields(self.database, self.kind, self.node_id)
        self._old = _UPDATE[self.kind](self.database, self.node_id, **self.values)
        after = structure.node_fields(self.database, self.kind, self.node_id)
        self._new = {name: after[name] for name in self._old}
        return before != after

    def _undo(self) -> None:
        _UPDATE[self.kind](self.database, self.node_id, source="undo", **self._old)

    def _redo(self) -> None:
        _UPDATE[self.kind](self.database, self.node_id, **self._new)


class MoveNodeCommand(StructureCommand):
    """Move an area or measure to another position among its siblings."""

    def __init__(self, database: Database, kind: str, node_id: int, new_position: int,
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        title = translate("StructureCommands", "Move %1").replace("%1", _kind_name(kind))
        super().__init__(database, title, refresh, on_error)
        self.kind, self.node_id, self.new_position = kind, node_id, new_position
        self._old = 0

    def _first(self) -> bool:
        self.parent_key = structure.parent_of(self.database, self.kind, self.node_id)
        self._old = structure.move(self.database, self.kind, self.node_id, self.new_position)
        self.new_position = structure.node_fields(self.database, self.kind, self.node_id)["position"]
        return self._old != self.new_position

    def _undo(self) -> None:
        structure.move(self.database, self.kind, self.node_id, self._old, source="undo")

    def _redo(self) -> None:
        structure.move(self.database, self.kind, self.node_id, self.new_position)


class DeleteNodeCommand(StructureCommand):
    """Delete a node with everything under it; undo restores the snapshot."""

    def __init__(self, database: Database, kind: str, node_id: int,
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        title = translate("StructureCommands", "Delete %1").replace("%1", _kind_name(kind))
        super().__init__(database, title, refresh, on_error)
        self.kind, self.node_id = kind, node_id
        self.snapshot = None

    def _first(self) -> bool:
        self.snapshot = structure.delete_node(self.database, self.kind, self.node_id)
        self.parent_key = self.snapshot.parent
        return True

    def _undo(self) -> None:
        structure.restore_snapshot(self.database, self.snapshot, source="undo")

    def _redo(self) -> None:
        self.snapshot = structure.delete_node(self.database, self.kind, self.node_id)


class SetUnitsCommand(StructureCommand):
    """Replace the units of a measure: (name, role, leader, section, person) items."""

    def __init__(self, database: Database, measure_id: int, assignments: list,
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        super().__init__(database, translate("StructureCommands", "Change units"), refresh, on_error)
        self.measure_id, self.assignments = measure_id, list(assignments)
        self.parent_key = (KIND_MEASURE, measure_id)
        self._change = None

    def _first(self) -> bool:
        before = structure.measure_units(self.database, self.measure_id)
        self._change = structure.set_units(self.database, self.measure_id, self.assignments)
        return structure.measure_units(self.database, self.measure_id) != before

    def _undo(self) -> None:
        structure.restore_units(self.database, self._change)

    def _redo(self) -> None:
        self._change = structure.set_units(self.database, self.measure_id, self.assignments)


class EditPolicyCommand(StructureCommand):
    """Correct a policy's particulars (文号, title, short name, status, frequency …)."""

    def __init__(self, database: Database, policy_id: int, values: dict,
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        super().__init__(database, translate("StructureCommands", "Edit policy information"), refresh, on_error)
        self.policy_id, self.values = policy_id, dict(values)
        self.parent_key = (KIND_ROOT, 0)
        self._old: dict = {}
        self._new: dict = {}

    def _first(self) -> bool:
        self._old = update_policy(self.database, self.policy_id, **self.values)
        after = policy_fields(self.database, self.policy_id)
        self._new = {name: after[name] for name in self._old}
        return bool(self._old)

    def _undo(self) -> None:
        update_policy(self.database, self.policy_id, source="undo", **self._old)

    def _redo(self) -> None:
        update_policy(self.database, self.policy_id, **self._new)


class DeletePolicyCommand(StructureCommand):
    """Delete a whole policy with everything belonging to it; undo puts it back."""

    def __init__(self, database: Database, policy_id: int,
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        super().__init__(database, translate("StructureCommands", "Delete policy"), refresh, on_error)
        self.policy_id = policy_id
        self.parent_key = (KIND_ROOT, 0)
        self.snapshot = None

    def _first(self) -> bool:
        self.snapshot = delete_policy(self.database, self.policy_id)
        return True

    def _undo(self) -> None:
        restore_policy(self.database, self.snapshot, source="undo")

    def _redo(self) -> None:
        self.snapshot = delete_policy(self.database, self.policy_id)
