"""The change history (修改历史) of the node selected in the tree: View › Change history
(Ctrl+H) opens a window beside the main window that follows the selection, newest change
first — who, on which computer, when, what, old and new value, and where it came from.

``install_history_ui(window)`` adds the action; the window needs ``database``, ``tree``
(over a model with ``Role.KIND`` / ``Role.NODE_ID``) and ``view_menu``; a ``form`` with a
``saved`` signal refreshes the history after a save."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.services.history.change_log import history_of
from zjtracker.ui.history.change_log_model import HISTORY_COLUMNS, Column, LogTableModel
from zjtracker.ui.tree.model import Role

HISTORY_KINDS = ("policy", "area", "measure", "plan", "indicators", "indicator")
_WIDTHS = {Column.AT: 135, Column.USER: 70, Column.MACHINE: 90, Column.POLICY: 150, Column.ITEM: 220, Column.PERIOD: 110,
           Column.FIELD: 80, Column.OLD: 180, Column.NEW: 180, Column.SOURCE: 140}


def configure_table(table: QTableView, model: LogTableModel) -> None:
    """One line per change, whole rows selected, texts cut with … where the column ends."""
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in _WIDTHS.items():
        if column in model.columns:
            table.setColumnWidth(model.column_of(column), width)


class HistoryView(QWidget):
    """The history of one node: a caption and the table."""

    def __init__(self, database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.node: tuple[str, int] | None = None
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.model = LogTableModel(HISTORY_COLUMNS, self)
        self.table = QTableView()
        configure_table(self.table, self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)

    def show_node(self, kind: str | None, node_id: int | None, title: str = "") -> None:
        """Show the history of a tree node; anything else (nothing selected) shows none."""
        if kind not in HISTORY_KINDS or node_id is None:
            self.node = None
            self.model.set_entries([])
            self.caption.setText(self.tr("Select a policy, area, measure, yearly plan or indicator in the tree."))
            return
        self.node = (kind, node_id)
        entries = history_of(self.database, kind, node_id)
        self.model.set_entries(entries)
        if entries:
            text = self.tr("%1: %2 change(s), newest first.").replace("%1", title).replace("%2", str(len(entries)))
        else:
            text = self.tr("%1: no changes recorded.").replace("%1", title)
        self.caption.setText(text)

    def refresh(self, title: str = "") -> None:
        if self.node is not None:
            self.show_node(*self.node, title)


class HistoryDialog(SizedDialog):
    """A window (not modal) with the history of the tree's current node."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("Change history"))
        self.setModal(False)
        self.resize(1100, 460)
        self.view = HistoryView(window.database, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def follow(self, index: QModelIndex | None = None) -> None:
        """Show the history of ``index`` (the tree's current index by default)."""
        index = self.window.tree.currentIndex() if index is None else index
        if not index.isValid():
            self.view.show_node(None, None)
            return
        title = " ".join(t for t in (index.data(Role.LABEL) or "", index.data(Role.TITLE) or "") if t)
        self.view.show_node(index.data(Role.KIND), index.data(Role.NODE_ID), title)


def install_history_ui(window) -> QAction:
    """View › Change history (Ctrl+H): opens (or raises) the history window of the node
    selected in the tree, which then follows the selection while it is open."""
    action = QAction(QCoreApplication.translate("HistoryView", "Change &history"), window)
    action.setObjectName("history_action")
    action.setShortcut(QKeySequence("Ctrl+H"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: show_history(window))
    window.view_menu.addAction(action)
    window.history_action = action
    window.history_dialog = None
    window.tree.selectionModel().currentChanged.connect(lambda current, _previous: _follow(window, current))
    form = getattr(window, "form", None)
    if form is not None and hasattr(form, "saved"):
        form.saved.connect(lambda *_: _follow(window, None))
    return action


def show_history(window) -> HistoryDialog:
    dialog = getattr(window, "history_dialog", None)
    if dialog is None or not shiboken6.isValid(dialog):
        dialog = HistoryDialog(window)
        window.history_dialog = dialog
    dialog.follow()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def _follow(window, index: QModelIndex | None) -> None:
    dialog = getattr(window, "history_dialog", None)
    if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.follow(index)
