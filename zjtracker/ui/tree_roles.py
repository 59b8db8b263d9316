"""The navigation tree's columns and the named roles its items answer (tree_model), kept
apart so that code reading an index needs no database code."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


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
