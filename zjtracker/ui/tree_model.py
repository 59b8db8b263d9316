"""The navigation tree: one lazily loaded QAbstractItemModel over services.tree."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from zjtracker.db.engine import Database
from zjtracker.services.tree import KIND_ROOT, TreeNode, load_children


class Column(IntEnum):
    TITLE = 0


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    NODE_ID = Qt.ItemDataRole.UserRole + 2
    LABEL = Qt.ItemDataRole.UserRole + 3
    TITLE = Qt.ItemDataRole.UserRole + 4
    NODE = Qt.ItemDataRole.UserRole + 5


class _Item:
    __slots__ = ("node", "parent", "children", "fetched", "row")

    def __init__(self, node: TreeNode, parent: _Item | None, row: int):
        self.node = node
        self.parent = parent
        self.children: list[_Item] = []
        self.fetched = False
        self.row = row


class PolicyTreeModel(QAbstractItemModel):
    """Policy → area → measure group → measure → yearly plan, fetched level by level."""

    def __init__(self, database: Database, parent: QObject | None = None):
        super().__init__(parent)
        self._database = database
        self._root = _Item(TreeNode(KIND_ROOT, 0, "", "", 1), None, 0)

    # structure -----------------------------------------------------------------
    def _item(self, index: QModelIndex) -> _Item:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._item(parent).children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(Column)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if parent.column() > 0:
            return False
        item = self._item(parent)
        if item.fetched:
            return bool(item.children)
        return item.node.child_count > 0

    def canFetchMore(self, parent: QModelIndex) -> bool:
        if parent.column() > 0:
            return False
        item = self._item(parent)
        return not item.fetched and item.node.child_count > 0

    def fetchMore(self, parent: QModelIndex) -> None:
        item = self._item(parent)
        if item.fetched:
            return
        nodes = load_children(self._database, item.node.kind, item.node.id)
        item.fetched = True
        if not nodes:
            return
        self.beginInsertRows(parent, 0, len(nodes) - 1)
        item.children = [_Item(node, item, row) for row, node in enumerate(nodes)]
        self.endInsertRows()

    def reload(self) -> None:
        self.beginResetModel()
        self._root = _Item(TreeNode(KIND_ROOT, 0, "", "", 1), None, 0)
        self.endResetModel()

    # data ------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer().node
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{node.label} {node.title}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.title
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
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == Column.TITLE:
                return self.tr("Policies")
        return None

    def roleNames(self):
        names = super().roleNames()
        for role in Role:
            names[int(role)] = role.name.lower().encode()
        return names
