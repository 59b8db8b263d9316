"""The navigation tree: one lazily loaded QAbstractItemModel over services.tree.

Measures and yearly plans carry their status in the chosen period (colour, icon and word).
A filter hides what does not match without loading the whole tree."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, Qt

from zjtracker.db.engine import Database
from zjtracker.services.periods import Period
from zjtracker.services.tree import KIND_INDICATORS, KIND_ROOT, TreeNode, load_children
from zjtracker.services.tree_filter import VisibleNodes
from zjtracker.ui.status_style import status_color, status_icon, status_text
from zjtracker.ui.tree_base import NodeTreeModel


class Column(IntEnum):
    TITLE = 0
    PERCENT = 1
    STATUS = 2


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    NODE_ID = Qt.ItemDataRole.UserRole + 2
    LABEL = Qt.ItemDataRole.UserRole + 3
    TITLE = Qt.ItemDataRole.UserRole + 4
    NODE = Qt.ItemDataRole.UserRole + 5
    STATUS = Qt.ItemDataRole.UserRole + 6  # the stored Chinese word: 已完成 …
    PERCENT = Qt.ItemDataRole.UserRole + 7
    KEY = Qt.ItemDataRole.UserRole + 8  # "kind:id", stable across reloads


def key_text(kind: str, node_id: int) -> str:
    return f"{kind}:{node_id}"


class _Item:
    __slots__ = ("node", "parent", "children", "fetched", "row", "show_all")

    def __init__(self, node: TreeNode, parent: _Item | None, row: int, show_all: bool = False):
        self.node = node
        self.parent = parent
        self.children: list[_Item] = []
        self.fetched = False
        self.row = row
        self.show_all = show_all


class PolicyTreeModel(NodeTreeModel):
    """Policy → area → measure group → measure → yearly plan, fetched level by level."""

    def __init__(self, database: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._database = database
        self._period: Period | None = None
        self._visible: VisibleNodes | None = None
        self._root = self._new_root()

    def _new_root(self) -> _Item:
        return _Item(TreeNode(KIND_ROOT, 0, "", "", 1), None, 0, show_all=self._visible is None)

    # what is shown ---------------------------------------------------------------
    @property
    def period(self) -> Period | None:
        return self._period

    def set_period(self, period: Period | None) -> None:
        """Statuses are those of ``period`` (an anchor: each policy in its own rhythm)."""
        if period != self._period:
            self._period = period
            self.reload()

    def set_visible(self, visible: VisibleNodes | None) -> None:
        """Show only these nodes (None: everything)."""
        self._visible = visible
        self.reload()

    @property
    def visible(self) -> VisibleNodes | None:
        return self._visible

    def reload(self) -> None:
        self.beginResetModel()
        self._root = self._new_root()
        self.endResetModel()

    # structure -----------------------------------------------------------------
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(Column)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if parent.column() > 0:
            return False
        item = self._node(parent)
        if item.fetched:
            return bool(item.children)
        return item.node.child_count > 0

    def canFetchMore(self, parent: QModelIndex) -> bool:
        if parent.column() > 0:
            return False
        item = self._node(parent)
        return not item.fetched and item.node.child_count > 0

    def fetchMore(self, parent: QModelIndex) -> None:
        item = self._node(parent)
        if item.fetched:
            return
        nodes = load_children(self._database, item.node.kind, item.node.id, self._period)
        item.fetched = True
        if not item.show_all and self._visible is not None:
            nodes = [n for n in nodes if n.key in self._visible]
        if not nodes:
            return
        whole = self._visible.whole if self._visible is not None else set()
        self.beginInsertRows(parent, 0, len(nodes) - 1)
        item.children = [
            _Item(node, item, row, show_all=item.show_all or node.key in whole)
            for row, node in enumerate(nodes)
        ]
        self.endInsertRows()

    def find(self, keys: list[tuple[str, int]]) -> QModelIndex:
        """The index of the node at the end of a path of keys (policy first), fetching
        the levels on the way; the deepest node found when the path is cut short."""
        index = QModelIndex()
        for key in keys:
            if self.canFetchMore(index):
                self.fetchMore(index)
            item = self._node(index)
            child = next((c for c in item.children if c.node.key == key), None)
            if child is None:
                break
            index = self.createIndex(child.row, 0, child)
        return index

    # data ------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer().node
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.TITLE:
                if node.kind == KIND_INDICATORS:
                    return self.tr("Main indicators (%1)").replace("%1", str(node.child_count))
                return f"{node.label} {node.title}".strip()
            if column == Column.PERCENT:
                return f"{node.percent:g}%" if node.percent is not None else ""
            if column == Column.STATUS:
                return status_text(node.status) if node.status else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = node.title
            if node.status:
                tip += "\n" + self.tr("Status: %1").replace("%1", status_text(node.status))
            return tip
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS and node.status:
            return status_icon(node.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS and node.status:
            return status_color(node.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.PERCENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._role_data(node, role)

    @staticmethod
    def _role_data(node: TreeNode, role: int):
        if role == Role.KIND:
            return node.kind
        if role == Role.NODE_ID:
            return node.id
        if role == Role.LABEL:
            return node.label
        if role == Role.TITLE:
            return node.title
        if role == Role.NODE:
            return node
        if role == Role.STATUS:
            return node.status
        if role == Role.PERCENT:
            return node.percent
        if role == Role.KEY:
            return key_text(node.kind, node.id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == Column.TITLE:
                return self.tr("Policies and measures")
            if section == Column.PERCENT:
                return self.tr("Progress")
            if section == Column.STATUS:
                return self.tr("Status")
        return None

    def roleNames(self):
        names = super().roleNames()
        for role in Role:
            names[int(role)] = role.name.lower().encode()
        return names
