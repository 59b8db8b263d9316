"""A table of change-log entries (services.change_log.LogEntry) for the history of a node and
the log view: one line per change, long texts shortened with the whole text as tooltip;
rows can be fetched a page at a time as the view scrolls (canFetchMore / fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from zjtracker.services.history.change_log import LogEntry

SHORT_TEXT = 60  # characters shown in a cell; the tooltip has the rest
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    AT = 0
    USER = 1
    MACHINE = 2
    POLICY = 3
    ITEM = 4
    FIELD = 5
    OLD = 6
    NEW = 7
    SOURCE = 8
    PERIOD = 9  # 报告期


HISTORY_COLUMNS = (Column.AT, Column.USER, Column.MACHINE, Column.ITEM, Column.PERIOD, Column.FIELD, Column.OLD,
                   Column.NEW, Column.SOURCE)
LOG_COLUMNS = (Column.AT, Column.USER, Column.MACHINE, Column.POLICY, Column.ITEM, Column.PERIOD, Column.FIELD,
               Column.OLD, Column.NEW, Column.SOURCE)


def short_text(text: str, limit: int = SHORT_TEXT) -> str:
    """One line, at most ``limit`` characters (… where cut)."""
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def cell_text(entry: LogEntry, column: Column) -> str:
    if column == Column.AT:
        return f"{entry.at:%Y-%m-%d %H:%M:%S}"
    return {
        Column.USER: entry.user, Column.MACHINE: entry.machine, Column.POLICY: entry.policy,
        Column.ITEM: entry.label, Column.FIELD: entry.field_name, Column.OLD: entry.old,
        Column.NEW: entry.new, Column.SOURCE: entry.source_name, Column.PERIOD: entry.period,
    }[column]


class LogTableModel(QAbstractTableModel):
    """Entries in rows; ``columns`` chooses which of ``Column`` are shown and in what order."""

    def __init__(self, columns=HISTORY_COLUMNS, parent: QObject | None = None):
        super().__init__(parent)
        self._columns = tuple(columns)
        self._entries: list[LogEntry] = []
        self._fetch: Callable[[int], list[LogEntry]] | None = None
        self._page = 0
        self._more = False
        self._headers = {
            Column.AT: self.tr("Time"), Column.USER: self.tr("User"), Column.MACHINE: self.tr("Computer"),
            Column.POLICY: self.tr("Policy"), Column.ITEM: self.tr("Item"), Column.FIELD: self.tr("Field"),
            Column.OLD: self.tr("Old value"), Column.NEW: self.tr("New value"), Column.SOURCE: self.tr("Source"),
            Column.PERIOD: self.tr("Report period"),
        }

    # filling -----------------------------------------------------------------------------
    def set_entries(self, entries: list[LogEntry]) -> None:
        """Show these entries, all of them (the history of a node)."""
        self.beginResetModel()
        self._entries, self._fetch, self._more = list(entries), None, False
        self.endResetModel()

    def set_source(self, fetch: Callable[[int], list[LogEntry]], page: int) -> None:
        """Show what ``fetch(offset)`` returns, ``page`` rows at a time, the first page now."""
        self.beginResetModel()
        self._fetch, self._page = fetch, page
        self._entries = fetch(0)
        self._more = len(self._entries) >= page
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and self._fetch is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        known = {e.id for e in self._entries}
        more = [e for e in self._fetch(len(self._entries)) if e.id not in known]
        self._more = len(more) >= self._page
        if more:
            self.beginInsertRows(QModelIndex(), len(self._entries), len(self._entries) + len(more) - 1)
            self._entries.extend(more)
            self.endInsertRows()

    def entry(self, row: int) -> LogEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> list[LogEntry]:
        return list(self._entries)

    # the model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._headers[self._columns[section]]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry, column = self._entries[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return short_text(cell_text(entry, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = cell_text(entry, column)
            return text if text and (len(text) > SHORT_TEXT or "\n" in text or column == Column.ITEM) else None
        if role == ENTRY_ROLE:
            return entry
        return None

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def column_of(self, column: Column) -> int:
        return self._columns.index(column)
