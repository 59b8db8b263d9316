"""The preview's changes of structure: actions (context menu, keys, tool bar) that run the
``services.parse_edits`` operations on the draft, each one undoable."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QToolBar, QTreeView, QWidget

from zjtracker.importing.model import ParsedArea, ParsedMeasure
from zjtracker.services.policies.parse_edits import EditRefused
from zjtracker.ui.import_preview.model import PreviewModel
from zjtracker.ui.import_preview.split import ask_split_position


class _Change(QUndoCommand):
    """A change already made: undo puts the state before back, redo the state after."""

    def __init__(self, actions: PreviewActions, text: str, before, after, path_before, path_after):
        super().__init__(text)
        self._actions, self._before, self._after = actions, before, after
        self._paths = (path_before, path_after)
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushed after the change was made
            self._done = False
            return
        self._actions.restore(self._after, self._paths[1])

    def undo(self) -> None:
        self._actions.restore(self._before, self._paths[0])


class PreviewActions(QObject):
    def __init__(self, tree: QTreeView, model: PreviewModel, parent: QWidget):
        super().__init__(parent)
        self.tree, self.model, self.window = tree, model, parent
        self.undo_stack = QUndoStack(self)
        model.cell_edited.connect(self._cell_edited)
        shortcut = Qt.ShortcutContext.WidgetShortcut  # the tree's own keys: not while a cell is edited
        self.add_measure = self._action(self.tr("Add measure"), "Insert", self._add_measure)
        self.add_child = self._action(self.tr("Add sub-measure"), "Ctrl+Insert", self._add_child)
        self.add_area = self._action(self.tr("Add area"), "Ctrl+Shift+Insert", self._add_area)
        self.delete = self._action(self.tr("Delete"), QKeySequence.StandardKey.Delete, self._delete)
        self.merge = self._action(self.tr("Merge with next"), "Ctrl+M", self._merge)
        self.split = self._action(self.tr("Split…"), "Ctrl+K", self._split)
        self.move_up = self._action(self.tr("Move up"), "Ctrl+Up", lambda: self._run_move(-1))
        self.move_down = self._action(self.tr("Move down"), "Ctrl+Down", lambda: self._run_move(1))
        self.move_to = self._action(self.tr("Move to area…"), "Ctrl+J", self._move_to_area)
        self.promote = self._action(self.tr("Level up"), "Ctrl+Left", self._promote)
        self.demote = self._action(self.tr("Level down"), "Ctrl+Right", self._demote)
        self.undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in self.all_actions():
            action.setShortcutContext(shortcut)
            tree.addAction(action)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.selectionModel().currentChanged.connect(self.update_enabled)
        model.modelReset.connect(self.update_enabled)
        self.update_enabled()

    def _action(self, text: str, key, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    def structure_actions(self) -> list[QAction | None]:
        return [self.add_measure, self.add_child, self.add_area, self.delete, None, self.merge, self.split,
                None, self.move_up, self.move_down, self.move_to, self.promote, self.demote]

    def all_actions(self) -> list[QAction]:
        return [a for a in self.structure_actions() if a is not None] + [self.undo, self.redo]

    def tool_bar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.structure_actions():
            bar.addSeparator() if action is None else bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.undo)
        bar.addAction(self.redo)
        return bar

    def _context_menu(self, position) -> None:
        menu = QMenu(self.tree)
        for action in self.structure_actions():
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.undo)
        menu.addAction(self.redo)
        menu.exec(self.tree.viewport().mapToGlobal(position))
        menu.deleteLater()

    def update_enabled(self, *_args) -> None:
        obj = self.model.item(self.tree.currentIndex())
        measure, area = isinstance(obj, ParsedMeasure), isinstance(obj, ParsedArea)
        for action in (self.add_measure, self.add_child, self.add_area):
            action.setEnabled(measure or area or obj is not None)
        for action in (self.delete, self.merge, self.move_up, self.move_down, self.demote):
            action.setEnabled(measure or area)
        for action in (self.split, self.move_to, self.promote):
            action.setEnabled(measure)

    # running an operation -------------------------------------------------------------
    def current_path(self) -> tuple[int, ...]:
        return self.model.path_of(self.tree.currentIndex())

    def run(self, text: str, operation) -> bool:
        """Apply ``operation(path) -> path`` to the selected node; False when refused."""
        path = self.current_path()
        if not path:
            return False
        before = self.model.draft.snapshot()
        try:
            after_path = operation(path)
        except EditRefused as refusal:
            QMessageBox.information(self.window, self.tr("Not possible here"), str(refusal))
            return False
        self.model.rebuild()
        self.select(after_path or path)
        self.undo_stack.push(_Change(self, text, before, self.model.draft.snapshot(), path, after_path or path))
        return True

    def restore(self, state, path) -> None:
        self.model.draft.restore(state)
        self.model.rebuild()
        self.select(path)

    def select(self, path) -> None:
        self.tree.expandAll()
        index = self.model.index_of(path)
        while path and not index.isValid():
            path = path[:-1]
            index = self.model.index_of(path)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                       | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index)

    def _cell_edited(self, before, after) -> None:
        path = self.current_path()
        self.undo_stack.push(_Change(self, self.tr("Edit"), before, after, path, path))

    # the operations ---------------------------------------------------------------------
    def _add_measure(self) -> None:
        if self.run(self.tr("Add measure"), self.model.draft.add_measure):
            self._edit_text()

    def _add_child(self) -> None:
        if self.run(self.tr("Add sub-measure"), lambda path: self.model.draft.add_measure(path, as_child=True)):
            self._edit_text()

    def _add_area(self) -> None:
        if self.run(self.tr("Add area"), self.model.draft.add_area):
            self._edit_text()

    def _edit_text(self) -> None:
        from zjtracker.ui.import_preview.model import Column

        index = self.tree.currentIndex().siblingAtColumn(Column.TEXT)
        self.tree.setCurrentIndex(index)
        self.tree.edit(index)

    def _delete(self) -> None:
        self.run(self.tr("Delete"), self.model.draft.delete)

    def _merge(self) -> None:
        self.run(self.tr("Merge with next"), self.model.draft.merge_with_next)

    def _split(self) -> None:
        obj = self.model.item(self.tree.currentIndex())
        if not isinstance(obj, ParsedMeasure):
            return
        position = ask_split_position(self.window, obj.shown_text)
        if position is not None:
            self.run(self.tr("Split"), lambda path: self.model.draft.split_measure(path, position))

    def _run_move(self, delta: int) -> None:
        self.run(self.tr("Move"), lambda path: self.model.draft.move(path, delta))

    def _move_to_area(self) -> None:
        path = self.current_path()
        if len(path) < 3:
            return
        policy = self.model.result.policies[path[0]]
        names = [f"{area.label}{area.title}" or self.tr("(untitled area)") for area in policy.areas]
        name, chosen = QInputDialog.getItem(self.window, self.tr("Move to area"),
                                            self.tr("Move the measure to the end of:"), names, path[1], False)
        if chosen:
            row = names.index(name)
            self.run(self.tr("Move to area"), lambda p: self.model.draft.move_to_area(p, (p[0], row)))

    def _promote(self) -> None:
        self.run(self.tr("Level up"), self.model.draft.promote)

    def _demote(self) -> None:
        self.run(self.tr("Level down"), self.model.draft.demote)
