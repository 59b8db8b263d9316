"""The navigation tree: one lazily loaded QAbstractItemModel over services.tree.

Measures and yearly plans carry their status in the chosen period (colour, icon and word).
A filter hides what does not match without loading the whole tree; when it shows few
enough nodes to be opened at once, the children of the nodes opened to the matches are read
in one go beforehand (load_children_many), so opening every level costs a handful of queries.
A filter meeting thousands of nodes answers policy by policy (services/filter_outline): a
policy's part is worked out when it is opened. The policies themselves (with their roll-ups)
are read once and kept while only the filter changes.
Opening a policy or an area reads its siblings' children with it, and the groups' below it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from zjtracker.db.engine import Database
from zjtracker.services.assessment import CLOSED
from zjtracker.services.evidence_tree import node_counts
from zjtracker.services.periods import Period
from zjtracker.services.tree import (
    KIND_AREA, KIND_INDICATORS, KIND_MEASURE, KIND_POLICY, KIND_ROOT, TreeNode, load_children_many,
    refreshed_path)
from zjtracker.services.tree_filter import VisibleNodes
from zjtracker.ui.evidence.icons import paperclip_icon
from zjtracker.ui.status_style import CLOSED_GREY, review_text, status_color, status_icon, status_text
from zjtracker.ui.tree.base import NodeTreeModel
from zjtracker.ui.tree.roles import Column, Role


PREFETCH_LIMIT = 400  # a filter showing at most this many nodes (the window opens them all,
# main_window_tree.AUTO_EXPAND_LIMIT) has the children of those it opens read at once
_HAS_CHILDREN = (KIND_ROOT, KIND_POLICY, KIND_AREA, KIND_MEASURE, KIND_INDICATORS)
_WITH_SIBLINGS = (KIND_POLICY, KIND_AREA)


_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset({_DISPLAY, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
                    *Role})
_RETIRED = ("abolished", "expired")  # policies no longer in force: grey, 已废止 struck through


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
        self._prefetched: dict[tuple[str, int], list[TreeNode]] = {}
        self._evidence: dict[tuple[str, int], int] = {}  # 佐证材料 per plan and measure in the period
        self._policies: list[TreeNode] | None = None  # the root's children, kept while only the filter changes
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

    def set_visible(self, visible: VisibleNodes | None, keep_loaded: bool = False) -> None:
        """Show only these nodes (None: everything). ``keep_loaded``: nothing stored changed
        since the tree was read (only the filter did), so the policies read then are kept."""
        self._visible = visible
        prefetched = {}
        if visible is not None and visible.complete and len(visible.shown) <= PREFETCH_LIMIT:
            parents = [] if keep_loaded and self._policies is not None else [(KIND_ROOT, 0)]
            parents += [key for key in visible.shown - visible.whole if key[0] in _HAS_CHILDREN]
            prefetched = load_children_many(self._database, parents, self._period)
        self._reset(prefetched, keep_loaded)

    @property
    def visible(self) -> VisibleNodes | None:
        return self._visible

    def reload(self) -> None:
        self._reset({})

    def _reset(self, prefetched: dict[tuple[str, int], list[TreeNode]], keep_loaded: bool = False) -> None:
        self.beginResetModel()
        self._prefetched = prefetched
        if not keep_loaded:
            self._policies = None
            self._evidence = node_counts(self._database, self._period)
        if self._policies is not None:
            self._prefetched.setdefault((KIND_ROOT, 0), self._policies)
        # Indexes handed out before the reset point at the old nodes; a view may still touch
        # one while it settles, so the previous tree is kept alive until the next reset.
        self._retired = self._root
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
        nodes = self._prefetched.pop(item.node.key, None)
        if nodes is None:
            nodes = self._load(item)
        if item is self._root:
            self._policies = nodes
        item.fetched = True
        if not item.show_all and self._visible is not None:
            if item is not self._root:
                self._visible.prepare(self._policy_item(item).node.id)
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

    def _policy_item(self, item: _Item) -> _Item:
        while item.parent is not None and item.parent is not self._root:
            item = item.parent
        return item

    def _load(self, item: _Item) -> list[TreeNode]:
        """The children of ``item``, and in the same few queries those of the nodes likely
        opened next: a policy's sibling policies and an area's sibling areas (the clerk opens
        them one after another), and the groups (（一）…) among the children."""
        keys = [item.node.key]
        if item.node.kind in _WITH_SIBLINGS and item.parent is not None:
            keys += [c.node.key for c in item.parent.children
                     if c is not item and not c.fetched and c.node.child_count and c.node.key not in self._prefetched]
        found = load_children_many(self._database, keys, self._period)
        groups = [n.key for children in found.values() for n in children
                  if n.is_group and n.child_count and n.key not in self._prefetched]
        if groups:
            found.update(load_children_many(self._database, groups, self._period))
        nodes = found.pop(item.node.key)
        self._prefetched.update(found)
        return nodes

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

    def refresh_path(self, path: list[tuple[str, int]]) -> None:
        """Show the stored status, 完成进度 and roll-ups of the nodes on ``path`` (after a
        save): the other nodes, and what is open or selected, stay as they are."""
        items, item = [], self._root
        for key in path:
            item = next((child for child in item.children if child.node.key == key), None)
            if item is None:
                break
            items.append(item)
        if not items:
            return
        changes = refreshed_path(self._database, [i.node.key for i in items], self._period)
        last = self.columnCount() - 1
        for item in items:
            change = changes.get(item.node.key)
            if change is None:
                continue
            item.node = replace(item.node, **change)
            if item.parent is self._root and self._policies is not None:  # kept across filters
                self._policies = [item.node if node.key == item.node.key else node for node in self._policies]
            self.dataChanged.emit(self.createIndex(item.row, 0, item), self.createIndex(item.row, last, item))

    def refresh_evidence(self) -> None:
        """Count the evidence files again (after files were added, removed or imported):
        only the rows whose count changed are repainted."""
        old, self._evidence = self._evidence, node_counts(self._database, self._period)
        changed = {key for key in old.keys() | self._evidence.keys() if old.get(key) != self._evidence.get(key)}
        stack = list(self._root.children) if changed else []
        while stack:
            item = stack.pop()
            stack.extend(item.children)
            if item.node.key in changed:
                index = self.createIndex(item.row, Column.EVIDENCE, item)
                self.dataChanged.emit(index, index)

    # data ------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on each layout: the roles nothing is
        # shown for leave first.
        if role not in _ROLES or not index.isValid():
            return None
        node = index.internalPointer().node
        column = index.column()
        if role == _DISPLAY:
            if column == Column.TITLE:
                if node.kind == KIND_INDICATORS:
                    return self.tr("Main indicators (%1)").replace("%1", str(node.child_count))
                if node.policy_status in _RETIRED:
                    return self._retired_word(node.policy_status).replace("%1", node.title)
                return f"{node.label} {node.title}".strip()
            if column == Column.PERCENT:
                return f"{node.percent:g}%" if node.percent is not None else ""
            if column == Column.STATUS:
                if node.closed:
                    return status_text(CLOSED)
                if node.status:
                    if node.review:
                        return f"{status_text(node.status)} · {review_text(node.review)}"
                    return status_text(node.status)
                return self.rollup_text(node)
            if column == Column.EVIDENCE:
                return str(self._evidence.get(node.key, ""))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.EVIDENCE and node.key in self._evidence:
                return self.tr("%1 evidence file(s) in this period").replace("%1", str(self._evidence[node.key]))
            tip = node.title
            if node.closed:
                tip += "\n" + self.tr("Closed (verified and struck off); reported status: %1").replace(
                    "%1", status_text(node.status) if node.status else "-")
            elif node.status:
                tip += "\n" + self.tr("Status: %1").replace("%1", status_text(node.status))
            elif node.rollup is not None:
                tip += "\n" + self.tr("%1 of the %2 yearly plans of this period's year are done.").replace(
                    "%1", str(node.rollup[0])).replace("%2", str(node.rollup[1]))
            if node.review:
                tip += "\n" + self.tr("Report of this period: %1").replace("%1", review_text(node.review))
            return tip
        if role == Qt.ItemDataRole.DecorationRole and column == Column.EVIDENCE:
            return paperclip_icon() if node.key in self._evidence else None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.STATUS and node.closed:
                return status_icon(CLOSED)
            return status_icon(node.status) if column == Column.STATUS and node.status else None
        if role == Qt.ItemDataRole.FontRole:
            if node.policy_status == "abolished" and column == Column.TITLE:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if node.policy_status in _RETIRED or node.closed:
                return QColor(CLOSED_GREY)
            return status_color(node.status) if column == Column.STATUS and node.status else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.PERCENT else None
        if role == Role.EVIDENCE:
            return self._evidence.get(node.key, 0)
        return self._role_data(node, role)

    def rollup_text(self, node: TreeNode) -> str:
        """完成 3/472 on a policy or an area (plans done of the plans of the period's year)."""
        if node.rollup is None or not node.rollup[1]:
            return ""
        return self.tr("Done %1/%2").replace("%1", str(node.rollup[0])).replace("%2", str(node.rollup[1]))

    def _retired_word(self, status: str) -> str:
        return self.tr("%1 (abolished)") if status == "abolished" else self.tr("%1 (expired)")

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
        if role == Role.CLOSED:
            return node.closed
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
            if section == Column.EVIDENCE:
                return self.tr("Evidence")
        return None

    def roleNames(self):
        names = super().roleNames()
        for role in Role:
            names[int(role)] = role.name.lower().encode()
        return names
