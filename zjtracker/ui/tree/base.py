"""The index arithmetic every tree model here shares: nodes that know their parent, their
children and their row, under a root node that stands for the invisible top."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex


class NodeTreeModel(QAbstractItemModel):
    """Subclasses keep ``self._root``; each node has ``parent``, ``children`` and ``row``."""

    _root = None

    def _node(self, index: QModelIndex):
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        # hasIndex() without the round trip through C++ back into rowCount()/columnCount():
        # views ask for tens of thousands of indexes while they lay out a large tree.
        if row < 0 or column < 0 or parent.column() > 0 or column >= self.columnCount(parent):
            return QModelIndex()
        children = (parent.internalPointer() if parent.isValid() else self._root).children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

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
        return len(self._node(parent).children)
