"""Keeping the tree's expanded nodes and selection across restarts (QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import QTreeView

from zjtracker.ui.tree.roles import Role

if TYPE_CHECKING:
    from zjtracker.ui.tree.model import PolicyTreeModel

MAX_EXPANDED = 200


def _path(index: QModelIndex) -> str:
    keys = []
    while index.isValid():
        keys.append(index.data(Role.KEY))
        index = index.parent()
    return "/".join(reversed(keys))


def _keys(path: str) -> list[tuple[str, int]]:
    keys = []
    for part in path.split("/"):
        kind, _, number = part.partition(":")
        if not number.isdigit():
            return []
        keys.append((kind, int(number)))
    return keys


def expanded_paths(tree: QTreeView, model: PolicyTreeModel) -> list[str]:
    paths: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if tree.isExpanded(index):
                paths.append(_path(index))
                walk(index)

    walk(QModelIndex())
    return paths[:MAX_EXPANDED]


def save_tree_state(settings: QSettings, tree: QTreeView, model: PolicyTreeModel, prefix: str = "tree") -> None:
    settings.setValue(f"{prefix}/expanded", expanded_paths(tree, model))
    settings.setValue(f"{prefix}/current", _path(tree.currentIndex()))


def restore_expanded(tree: QTreeView, model: PolicyTreeModel, paths: list[str]) -> None:
    for path in sorted(paths, key=lambda p: p.count("/")):
        keys = _keys(path)
        if keys:
            index = model.find(keys)
            if index.isValid() and index.data(Role.KEY) == path.rsplit("/", 1)[-1]:
                tree.expand(index)


def restore_tree_state(settings: QSettings, tree: QTreeView, model: PolicyTreeModel, prefix: str = "tree") -> None:
    paths = settings.value(f"{prefix}/expanded", []) or []
    if isinstance(paths, str):
        paths = [paths]
    restore_expanded(tree, model, list(paths))
    current = settings.value(f"{prefix}/current", "") or ""
    keys = _keys(current) if current else []
    if keys:
        select_path(tree, model, keys)


def select_path(tree: QTreeView, model: PolicyTreeModel, keys: list[tuple[str, int]]) -> QModelIndex:
    from PySide6.QtCore import QItemSelectionModel

    index = model.find(keys)
    if index.isValid():
        parent = index.parent()
        while parent.isValid():
            tree.expand(parent)
            parent = parent.parent()
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        tree.scrollTo(index)
    return index
