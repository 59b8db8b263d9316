"""The returns tracker's grid as an item model: units × periods, each cell the state of the
unit's return in a word, a colour and a shape (never colour alone); and a plain model of
text rows for the lists beside it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPolygonF

from zjtracker.services.periods import Period
from zjtracker.services.returns.tracker import CONFLICTS, MERGED, NOT_SENT, OVERDUE, RETURNED, SENT, TrackerGrid
from zjtracker.ui.painted_icon import painted_icon
from zjtracker.ui.period_selector import period_text

# state → (text colour, background, shape)
STATE_STYLE = {
    NOT_SENT: ("#616161", "#f5f5f5", "ring"),
    SENT: ("#1565c0", "#e3f2fd", "circle"),
    RETURNED: ("#00838f", "#e0f7fa", "diamond"),
    MERGED: ("#2e7d32", "#e8f5e9", "check"),
    CONFLICTS: ("#e65100", "#fff3e0", "triangle"),
    OVERDUE: ("#c62828", "#ffebee", "square"),
}
FIXED_COLUMNS = 4  # unit, leads, responsible, cooperates


@cache
def state_icon(state: str) -> QIcon:
    return painted_icon(lambda painter, size: _paint_state(painter, size, state))


def _paint_state(painter: QPainter, size: int, state: str) -> None:
    color, _background, shape = STATE_STYLE[state]
    pen = painter.pen()
    pen.setColor(QColor(color))
    pen.setWidth(2 if shape in ("ring", "check") else 1)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush if shape in ("ring", "check") else QBrush(QColor(color)))
    if shape == "square":
        painter.drawRect(2, 2, size - 5, size - 5)
    elif shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size - 2), QPointF(1, size - 2)]))
    elif shape == "diamond":
        painter.drawPolygon(QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size / 2),
                                       QPointF(size / 2, size - 1), QPointF(1, size / 2)]))
    elif shape == "check":
        painter.drawLine(2, 7, 5, 11)
        painter.drawLine(5, 11, 12, 3)
    else:
        painter.drawEllipse(2, 2, size - 5, size - 5)


class TrackerModel(QAbstractTableModel):
    def __init__(self, words: dict[str, str], texts: dict[str, str], parent=None):
        """``words``: state → its word; ``texts``: the view's translated headers ("unit",
        "leads", "responsible", "cooperates") and tooltip lines ("sent", "imported", "open")."""
        super().__init__(parent)
        self.words = words
        self.grid: TrackerGrid | None = None
        self._headers = [texts["unit"], texts["leads"], texts["responsible"], texts["cooperates"]]
        self._sent, self._imported, self._open = texts["sent"], texts["imported"], texts["open"]
        self._due = texts.get("due", "%1")
        self._unreported = texts.get("unreported", "%1")
        self._sent_back = texts.get("sent_back", "%1")  # 已退回 N 项
        self._sent_back_tip = texts.get("sent_back_tip", "%1")

    def set_grid(self, grid: TrackerGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else len(self.grid.units)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.grid is None else FIXED_COLUMNS + len(self.grid.periods)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.grid is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED_COLUMNS:
            due = self.grid.due.get(self.grid.periods[section - FIXED_COLUMNS])
            return self._due.replace("%1", due.isoformat()) if due else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < FIXED_COLUMNS:
            return self._headers[section]
        return period_text(Period.parse(self.grid.periods[section - FIXED_COLUMNS]))

    def text(self, cell) -> str:
        text = self.words[cell.state] + (f" ({cell.open_conflicts})" if cell.open_conflicts else "")
        sent_back = self.grid.sent_back_of(cell.unit_id, cell.period) if self.grid is not None else 0
        return text + " · " + self._sent_back.replace("%1", str(sent_back)) if sent_back else text

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        unit, column = self.grid.units[index.row()], index.column()
        if column < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return (unit.name, str(unit.lead), str(unit.responsible), str(unit.cooperating))[column]
            if role == Qt.ItemDataRole.TextAlignmentRole and column:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        cell = self.grid.cell(unit.unit_id, self.grid.periods[column - FIXED_COLUMNS])
        color, background, _shape = STATE_STYLE[cell.state]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(cell)
        if role == Qt.ItemDataRole.DecorationRole:
            return state_icon(cell.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(color))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.UserRole:
            return cell.state
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.text(cell)]
            if cell.due:
                lines.append(self._due.replace("%1", cell.due.isoformat()))
            left = self.grid.unreported_of(unit.unit_id, cell.period)
            if left:
                lines.append(self._unreported.replace("%1", str(left)))
            sent_back = self.grid.sent_back_of(unit.unit_id, cell.period)
            if sent_back:
                lines.append(self._sent_back_tip.replace("%1", str(sent_back)))
            if cell.sent_at:
                lines.append(self._sent.replace("%1", f"{cell.sent_at:%Y-%m-%d %H:%M}"))
            if cell.returned_at:
                lines.append(self._imported.replace("%1", f"{cell.returned_at:%Y-%m-%d %H:%M}").replace(
                    "%2", str(cell.batch_id)))
            if cell.open_conflicts:
                lines.append(self._open.replace("%1", str(cell.open_conflicts)))
            return "\n".join(lines)
        return None


class RowsModel(QAbstractTableModel):
    """Rows of text with optional tooltips, and per row an icon and a colour for one column."""

    def __init__(self, headers: list[str], parent=None, marked_column: int | None = None):
        super().__init__(parent)
        self.headers = headers
        self.marked_column = marked_column
        self.rows: list[tuple[list[str], list[str], str | None]] = []  # (texts, tooltips, state)

    def set_rows(self, rows: list[tuple[list[str], list[str], str | None]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        texts, tips, state = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (tips[column] or None) if column < len(tips) else None
        if state is not None and column == self.marked_column:
            if role == Qt.ItemDataRole.DecorationRole:
                return state_icon(state)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STATE_STYLE[state][0]))
        return None

    def column_texts(self, column: int) -> list[str]:
        return [texts[column] for texts, _tips, _state in self.rows]
