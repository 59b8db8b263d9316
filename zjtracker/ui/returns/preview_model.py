"""The item views of the returns preview: the changed rows (a model with a check box per
row and per cell, old → new), and the conflicts with a keep-ours / take-theirs choice per
cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QHeaderView, QTreeView, QTreeWidget, QTreeWidgetItem

from zjtracker.services.returns.model import OURS, THEIRS, CellChange, PreviewRow, ReturnPreview

KEY_ROLE = Qt.ItemDataRole.UserRole  # a conflict's (key, field)
OVERWRITE_BACKGROUND = "#ffe0b2"  # orange: replaces a stored value
OVERWRITE_TEXT = "#e65100"
CARRIED_TEXT = "#757575"  # grey: carried over from an earlier period as it was
EXPAND_LIMIT = 40  # rows shown unfolded when there are no more than this


def value_text(value, field: str = "") -> str:
    """A cell's value on one line: （空） for nothing, 80% for a percent."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return QCoreApplication.translate("ReturnsPreview", "(empty)")
    if field == "percent":
        try:
            return f"{float(value):g}%"
        except (TypeError, ValueError):
            pass
    return " ↵ ".join(line.strip() for line in str(value).strip().splitlines())


def task_text(row: PreviewRow, width: int = 48) -> str:
    label = row.measure_label or row.task
    text = " ".join(row.measure_text.split())
    return f"{label} {text[:width]}{'…' if len(text) > width else ''}".strip()


def where_text(sheet: str, row: int | None) -> str:
    if row is None:
        return sheet
    return QCoreApplication.translate("ReturnsPreview", "%1, row %2").replace("%1", sheet).replace("%2", str(row))


class ChangesModel(QAbstractItemModel):
    """One row per changed row of the file (checked = accepted), its cells below it. The
    check boxes live here, in plain sets, so a 500-row return costs no widget items."""

    COLUMNS = 4  # task / column, stored now, returned, where / note
    TOP = 0  # internal id of a row; a cell's is its row's number + 1

    def __init__(self, preview: ReturnPreview, parent=None):
        super().__init__(parent)
        self.rows: list[PreviewRow] = preview.updated_rows
        self.checked: set[tuple[str, str]] = {(r.key, c.field) for r in self.rows for c in r.changes}
        self._headers = [self.tr("Task / column"), self.tr("Stored now"), self.tr("Returned"), self.tr("Where / note")]
        self._cells_text = self.tr("%1 cell(s)")
        self._notes = {"overwrites": (self.tr("Overwrites a stored value"), self.tr(
            "The file replaces a value stored in the database that the colleague did not see "
            "(it was not in the workbook sent, or the file is not a stamped workbook).")),
            "carried": (self.tr("Carried over unchanged"),
                        self.tr("Pre-filled from an earlier period and sent back as it was."))}

    # structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else self.TOP)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:
        if not index.isValid() or index.internalId() == self.TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, self.TOP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.rows)
        if parent.internalId() == self.TOP and parent.column() == 0:
            return len(self.rows[parent.row()].changes)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def row_and_change(self, index: QModelIndex) -> tuple[PreviewRow, CellChange | None]:
        if index.internalId() == self.TOP:
            return self.rows[index.row()], None
        row = self.rows[index.internalId() - 1]
        return row, row.changes[index.row()]

    # what is shown -------------------------------------------------------------------------
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, change = self.row_and_change(index)
        column = index.column()
        if change is None:
            return self._row_data(row, column, role)
        kind = "overwrites" if change.overwrites else "carried" if change.carried else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return (change.column, value_text(change.old, change.field), value_text(change.new, change.field),
                    self._notes[kind][0] if kind else "")[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if (row.key, change.field) in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            value = (None, change.old, change.new, None)[column]
            return self._notes[kind][1] if column == 3 and kind else (str(value) if value not in (None, "") else None)
        if role == Qt.ItemDataRole.BackgroundRole and kind == "overwrites":
            return QBrush(QColor(OVERWRITE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and (kind == "carried" or (kind and column == 3)):
            return QBrush(QColor(CARRIED_TEXT if kind == "carried" else OVERWRITE_TEXT))
        if role == Qt.ItemDataRole.FontRole and kind == "carried":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _row_data(self, row: PreviewRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (task_text(row), "", self._cells_text.replace("%1", str(len(row.changes))),
                    where_text(row.sheet, row.row))[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return self.row_state(row.key)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3 and row.warnings:
                return "\n".join(w.message for w in row.warnings)
            return f"{row.area}\n{row.measure_label} {row.measure_text}".strip()
        return None

    # the check boxes -------------------------------------------------------------------------
    def row_state(self, key: str) -> Qt.CheckState:
        row = next(r for r in self.rows if r.key == key)
        taken = sum(1 for c in row.changes if (key, c.field) in self.checked)
        if taken == len(row.changes):
            return Qt.CheckState.Checked
        return Qt.CheckState.Unchecked if taken == 0 else Qt.CheckState.PartiallyChecked

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        row, change = self.row_and_change(index)
        self.set_checked(row.key, None if change is None else change.field, checked)
        return True

    def set_checked(self, key: str, field: str | None, checked: bool) -> None:
        """Accept (or leave out) one cell of a row, or the whole row when ``field`` is None."""
        position = next(i for i, r in enumerate(self.rows) if r.key == key)
        row = self.rows[position]
        cells = {(key, c.field) for c in row.changes if field is None or c.field == field}
        self.checked = self.checked | cells if checked else self.checked - cells
        top = self.index(position, 0)
        self.dataChanged.emit(top, top, [Qt.ItemDataRole.CheckStateRole])
        if row.changes:
            self.dataChanged.emit(self.index(0, 0, top), self.index(len(row.changes) - 1, 0, top),
                                  [Qt.ItemDataRole.CheckStateRole])

    def set_all(self, checked: bool) -> None:
        for row in self.rows:
            self.set_checked(row.key, None, checked)


class ChangesTree(QTreeView):
    def __init__(self, preview: ReturnPreview, parent=None):
        super().__init__(parent)
        self.changes_model = ChangesModel(preview, self)
        self.setModel(self.changes_model)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 330)
        self.setColumnWidth(3, 200)
        if len(self.changes_model.rows) <= EXPAND_LIMIT:
            self.expandAll()

    def checked_cells(self) -> set[tuple[str, str]]:
        return set(self.changes_model.checked)

    def set_all(self, checked: bool) -> None:
        self.changes_model.set_all(checked)


class ConflictList(QTreeWidget):
    """Each cell both sides changed since the file was sent, with the clerk's decision."""

    DECIDE_LATER = ""

    def __init__(self, preview: ReturnPreview, parent=None):
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Task"), self.tr("Column"), self.tr("As sent"), self.tr("Stored now"),
                              self.tr("Returned"), self.tr("Decision")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 260)
        self.setColumnWidth(1, 130)
        self.setColumnWidth(5, 150)
        self.combos: dict[tuple[str, str], QComboBox] = {}
        for row, conflict in preview.conflicts:
            item = QTreeWidgetItem([task_text(row, 30), conflict.column, value_text(conflict.base, conflict.field),
                                    value_text(conflict.ours, conflict.field),
                                    value_text(conflict.theirs, conflict.field), ""])
            for column in range(5):
                item.setToolTip(column, conflict.message)
            item.setData(0, KEY_ROLE, (row.key, conflict.field))
            self.addTopLevelItem(item)
            combo = QComboBox()
            combo.addItem(self.tr("Keep ours"), OURS)
            combo.addItem(self.tr("Take theirs"), THEIRS)
            combo.addItem(self.tr("Decide later"), self.DECIDE_LATER)
            combo.setToolTip(conflict.message)
            self.setItemWidget(item, 5, combo)
            self.combos[(row.key, conflict.field)] = combo

    def resolutions(self) -> dict[tuple[str, str], str]:
        return {key: combo.currentData() for key, combo in self.combos.items()
                if combo.currentData() != self.DECIDE_LATER}

    def choose(self, key: tuple[str, str], choice: str) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(combo.findData(choice))

    def choose_all(self, choice: str) -> None:
        for key in self.combos:
            self.choose(key, choice)
