"""The structure editing actions of the tree (context menu, Edit menu): each opens its
dialog, pushes an undoable command and explains a refused edit."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from zjtracker.db.engine import Database
from zjtracker.services.structure import edits as structure
from zjtracker.services.structure.common import StructureError
from zjtracker.services.structure.policy_delete import policy_delete_impact
from zjtracker.services.structure.policy_edit import policy_fields
from zjtracker.services.tree import KIND_AREA, KIND_MEASURE, KIND_PLAN, KIND_POLICY
from zjtracker.ui.structure.commands import (
    AddNodeCommand,
    DeleteNodeCommand,
    DeletePolicyCommand,
    EditNodeCommand,
    EditPolicyCommand,
    MoveNodeCommand,
    Refresh,
    SetUnitsCommand,
    StructureCommand,
    push,
)
from zjtracker.ui.structure.dialogs import NodeEditorDialog, UnitsEditorDialog, confirm_delete
from zjtracker.ui.structure.policy_dialog import PolicyEditorDialog, confirm_delete_policy


class StructureEditor(QObject):
    """Edits the structure through ``stack``; ``refresh(kind, id)`` reloads a tree node's
    children. Methods take the values directly (scripts, tests) or ask with a dialog."""

    def __init__(self, database: Database, stack: QUndoStack, refresh: Refresh, widget: QWidget):
        super().__init__(widget)
        self.database, self.stack, self.refresh, self.widget = database, stack, refresh, widget

    # the menu ------------------------------------------------------------------------
    def actions_for(self, kind: str, node_id: int) -> list[QAction | None]:
        """Actions for a selected node; None stands for a separator. Access keys as in the
        Edit menu (编辑 E, 上移 P, 下移 W, 删除 D), each unique within a node's menu."""
        def action(text, slot, keys=None):
            item = QAction(text, self)
            item.triggered.connect(lambda _checked=False: slot())
            if keys is not None:  # the Edit menu's shortcut, shown in the context menu
                item.setShortcut(QKeySequence(keys))
                item.setShortcutVisibleInContextMenu(True)
            return item

        if kind == KIND_POLICY:
            edit = action(self.tr("&Edit policy information…"), lambda: self.edit_policy(node_id), "F2")
            remove = action(self.tr("&Delete policy…"), lambda: self.delete_policy(node_id), "Del")
            from zjtracker.ui.rollover.flow import generate_next_year, link_tasks

            next_year = action(self.tr("Generate &next year's ledger…"), lambda: generate_next_year(self, node_id))
            link = action(self.tr("&Link tasks to last year's…"), lambda: link_tasks(self, node_id))
            return [action(self.tr("Add &area…"), lambda: self.add(KIND_AREA, (KIND_POLICY, node_id))),
                    None, edit, next_year, link, None, remove]
        actions: list[QAction | None] = []
        if kind == KIND_AREA:
            actions += [action(self.tr("Add area &after…"), lambda: self.add_after(KIND_AREA, node_id)),
                        action(self.tr("Add &measure…"), lambda: self.add(KIND_MEASURE, (KIND_AREA, node_id)))]
        elif kind == KIND_MEASURE:
            actions += [
                action(self.tr("Add measure &after…"), lambda: self.add_after(KIND_MEASURE, node_id)),
                action(self.tr("Add &sub-measure…"), lambda: self.add(KIND_MEASURE, (KIND_MEASURE, node_id))),
                action(self.tr("Add &yearly plan…"), lambda: self.add(KIND_PLAN, (KIND_MEASURE, node_id))),
            ]
        elif kind == KIND_PLAN:
            actions.append(action(self.tr("Add &yearly plan…"), lambda: self.add_after(KIND_PLAN, node_id)))
        actions += [None, action(self.tr("&Edit…"), lambda: self.edit(kind, node_id), "F2")]
        if kind == KIND_MEASURE:
            actions.append(action(self.tr("U&nits…"), lambda: self.edit_units(node_id)))
        if kind != KIND_PLAN:
            actions += [action(self.tr("Move u&p"), lambda: self.move_by(kind, node_id, -1), "Ctrl+Up"),
                        action(self.tr("Move do&wn"), lambda: self.move_by(kind, node_id, 1), "Ctrl+Down")]
        oversight = getattr(self.widget, "oversight", None)  # 复核… 退回… 销号… (ui/oversight/flow.py)
        if oversight is not None and kind in (KIND_MEASURE, KIND_PLAN):
            found = oversight.actions_for(kind, node_id)
            actions += [None, *found] if found else []
        actions += [None, action(self.tr("&Delete…"), lambda: self.delete(kind, node_id),
                                 QKeySequence.StandardKey.Delete)]
        return actions

    def show_context_menu(self, tree, position) -> None:
        """The right-click menu of the tree."""
        from PySide6.QtWidgets import QMenu

        from zjtracker.ui.tree.model import Role

        index = tree.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(tree)
        for action in self.actions_for(index.data(Role.KIND), index.data(Role.NODE_ID)):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(tree.viewport().mapToGlobal(position))

    def edit_index(self, index, operation: str) -> None:
        """edit / delete / up / down on a tree index (the Edit menu's shortcuts)."""
        from zjtracker.ui.tree.model import Role

        if not index.isValid():
            return
        kind, node_id = index.data(Role.KIND), index.data(Role.NODE_ID)
        if kind == KIND_POLICY and operation in ("edit", "delete"):
            (self.edit_policy if operation == "edit" else self.delete_policy)(node_id)
            return
        if kind not in (KIND_AREA, KIND_MEASURE, KIND_PLAN):
            return
        if operation == "edit":
            self.edit(kind, node_id)
        elif operation == "delete":
            self.delete(kind, node_id)
        elif operation in ("up", "down") and kind != KIND_PLAN:
            self.move_by(kind, node_id, -1 if operation == "up" else 1)

    # the edits -----------------------------------------------------------------------
    def add(self, kind: str, parent: tuple[str, int], position: int | None = None,
            values: dict | None = None) -> int | None:
        """Add a node under ``parent``; returns its id, or None when cancelled or refused."""
        if values is None:
            dialog = NodeEditorDialog(kind, None, self.widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            values = dialog.values()
        values = dict(values)
        if kind != KIND_PLAN and position is not None:
            values["position"] = position
        command = AddNodeCommand(self.database, kind, parent, values, self.refresh, self._later_error)
        return command.node_id if self._push(command) else None

    def add_after(self, kind: str, node_id: int, values: dict | None = None) -> int | None:
        """Add a sibling just after the node (a plan: another plan of the same measure)."""
        try:
            parent = structure.parent_of(self.database, kind, node_id)
            position = None if kind == KIND_PLAN else \
                structure.node_fields(self.database, kind, node_id)["position"] + 1
        except StructureError as error:
            self._show(error.message)
            return None
        return self.add(kind, parent, position, values)

    def edit(self, kind: str, node_id: int, values: dict | None = None) -> bool:
        if values is None:
            try:
                current = structure.node_fields(self.database, kind, node_id)
            except StructureError as error:
                self._show(error.message)
                return False
            dialog = NodeEditorDialog(kind, current, self.widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.changed_values()
            if not values:
                return False
        return self._push(EditNodeCommand(self.database, kind, node_id, values, self.refresh, self._later_error))

    def move_by(self, kind: str, node_id: int, delta: int) -> bool:
        try:
            position = structure.node_fields(self.database, kind, node_id)["position"]
        except StructureError as error:
            self._show(error.message)
            return False
        if position + delta < 0:
            return False
        command = MoveNodeCommand(self.database, kind, node_id, position + delta, self.refresh, self._later_error)
        return self._push(command)

    def delete(self, kind: str, node_id: int, ask: bool = True) -> bool:
        if ask:
            try:
                impact = structure.delete_impact(self.database, kind, node_id)
            except StructureError as error:
                self._show(error.message)
                return False
            if not confirm_delete(self.widget, impact):
                return False
        return self._push(DeleteNodeCommand(self.database, kind, node_id, self.refresh, self._later_error))

    def edit_policy(self, policy_id: int, values: dict | None = None) -> bool:
        """编辑政策信息: 文号, title, short name, issuer, years, status, frequency."""
        if values is None:
            try:
                current = policy_fields(self.database, policy_id)
            except StructureError as error:
                self._show(error.message)
                return False
            dialog = PolicyEditorDialog(current, self.widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.changed_values()
            if not values:
                return False
        return self._push(EditPolicyCommand(self.database, policy_id, values, self.refresh, self._later_error))

    def delete_policy(self, policy_id: int, ask: bool = True) -> bool:
        """删除政策 with everything belonging to it, after a confirmation listing it."""
        if ask:
            try:
                impact = policy_delete_impact(self.database, policy_id)
            except StructureError as error:
                self._show(error.message)
                return False
            if not confirm_delete_policy(self.widget, impact):
                return False
        return self._push(DeletePolicyCommand(self.database, policy_id, self.refresh, self._later_error))

    def edit_units(self, measure_id: int, assignments: list | None = None) -> bool:
        if assignments is None:
            try:
                current = structure.measure_units(self.database, measure_id)
            except StructureError as error:
                self._show(error.message)
                return False
            dialog = UnitsEditorDialog(current, structure.unit_name_choices(self.database), self.widget)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            assignments = dialog.assignments()
        command = SetUnitsCommand(self.database, measure_id, assignments, self.refresh, self._later_error)
        return self._push(command)

    # errors --------------------------------------------------------------------------
    def _push(self, command: StructureCommand) -> bool:
        try:
            return push(self.stack, command)
        except StructureError as error:
            self._show(error.message)
            return False

    def _show(self, message: str) -> None:
        QMessageBox.warning(self.widget, self.tr("Not changed"), message)

    def _later_error(self, message: str) -> None:
        """An undo or redo that no longer fits the data: said once the stack is done."""
        QTimer.singleShot(0, lambda: QMessageBox.warning(
            self.widget, self.tr("Undo not possible"),
            message + "\n\n" + self.tr("This step was removed from the undo history.")))
