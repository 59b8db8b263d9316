"""The navigation tree's columns and the named roles its items answer (tree_model), kept
apart so that code reading an index needs no database code."""

from __future__ import annotations

from enum import IntEnum

# Qt.ItemDataRole.UserRole (0x0100, fixed by Qt): written out, because the first look at
# Qt's enums builds them all (about 20 ms), which the window's first paint does not need.
USER_ROLE = 0x0100


class Column(IntEnum):
    TITLE = 0
    PERCENT = 1
    STATUS = 2
    EVIDENCE = 3  # the number of evidence files (佐证材料) in the period


class Role(IntEnum):
    KIND = USER_ROLE + 1
    NODE_ID = USER_ROLE + 2
    LABEL = USER_ROLE + 3
    TITLE = USER_ROLE + 4
    NODE = USER_ROLE + 5
    STATUS = USER_ROLE + 6  # the stored Chinese word: 已完成 …
    PERCENT = USER_ROLE + 7
    KEY = USER_ROLE + 8  # "kind:id", stable across reloads
    CLOSED = USER_ROLE + 9  # 已销号 (a plan, or a measure through its plan of the year)
    EVIDENCE = USER_ROLE + 10  # the number of evidence files in the period (0: none)
