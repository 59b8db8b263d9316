"""The proposed tree of a parsed document (policy → area → measure → sub-measure) as an
editable item model over the reader's dataclasses: labels, texts, deadlines and units are
edited in place, straight into the (copied) ParseResult; changes of structure go through
``services.parse_edits`` and rebuild the model. An area that can be left out (no measures)
carries a check box: unchecked, it is not stored."""

from __future__ import annotations

import html
import re
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from zjtracker.importing.model import (
    ROLE_COOPERATING,
    ROLE_LEAD,
    ROLE_RESPONSIBLE,
    ParsedArea,
    ParsedMeasure,
    ParsedPolicy,
    ParsedUnit,
    ParseResult,
    ParseWarning,
)
from zjtracker.importing.annotations.deadlines import deadline_date
from zjtracker.importing.annotations.units import canonical_name, split_unit_list
from zjtracker.services.policies.parse_edits import ParseDraft
from zjtracker.services.policies.queries import label_number
from zjtracker.ui.tree.base import NodeTreeModel

ROLES = (ROLE_LEAD, ROLE_COOPERATING, ROLE_RESPONSIBLE)


class Column(IntEnum):
    LABEL = 0
    TEXT = 1
    DEADLINE = 2
    LEAD = 3
    COOPERATING = 4
    RESPONSIBLE = 5
    PLANS = 6


ROLE_OF_COLUMN = {Column.LEAD: ROLE_LEAD, Column.COOPERATING: ROLE_COOPERATING,
                  Column.RESPONSIBLE: ROLE_RESPONSIBLE}


class _Node:
    __slots__ = ("obj", "parent", "children", "row")

    def __init__(self, obj, parent: _Node | None, row: int):
        self.obj, self.parent, self.row = obj, parent, row
        self.children: list[_Node] = []

    def add(self, obj) -> _Node:
        child = _Node(obj, self, len(self.children))
        self.children.append(child)
        return child


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def _tooltip(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>" if text else ""


class PreviewModel(NodeTreeModel):
    """Every node of the result in document order. ``edited`` is emitted after each change."""

    edited = Signal()
    # a cell edited in place: the draft's state before and after (for the dialog's undo)
    cell_edited = Signal(object, object)

    def __init__(self, result: ParseResult, parent: QObject | None = None):
        super().__init__(parent)
        self.result = result
        self.draft = ParseDraft(result)
        self.warnings: list[ParseWarning] = []
        self._marks: dict[int, list[ParseWarning]] = {}
        self._root = _Node(None, None, 0)
        self._build()

    def _build(self) -> None:
        self._root = _Node(None, None, 0)
        for policy in self.result.policies:
            policy_node = self._root.add(policy)
            for area in policy.areas:
                area_node = policy_node.add(area)
                for measure in area.measures:
                    self._add_measure(area_node, measure)
        self._marks = {}
        for warning in self.warnings:
            index = self.find_warning_node(warning)
            if index.isValid():
                self._marks.setdefault(id(self.item(index)), []).append(warning)

    def replace_result(self, result: ParseResult) -> None:
        """A new reading of the file in place of the one being corrected."""
        self.result = result
        self.draft = ParseDraft(result)
        self.rebuild()

    def rebuild(self) -> None:
        """After a change of structure: the model read again from the draft."""
        self.beginResetModel()
        self._build()
        self.endResetModel()
        self.edited.emit()

    def set_warnings(self, warnings: list[ParseWarning]) -> None:
        """The reader's notes, each marked on the node it is about."""
        self.warnings = list(warnings)
        self.rebuild()

    def path_of(self, index: QModelIndex) -> tuple[int, ...]:
        path = []
        node = self._node(index)
        while node is not None and node is not self._root:
            path.append(node.row)
            node = node.parent
        return tuple(reversed(path))

    def index_of(self, path, column: int = 0) -> QModelIndex:
        index = QModelIndex()
        for row in path or ():
            index = self.index(row, 0, index)
        return index.siblingAtColumn(column) if index.isValid() else index

    def _add_measure(self, parent: _Node, measure: ParsedMeasure) -> None:
        node = parent.add(measure)
        for child in measure.children:
            self._add_measure(node, child)

    # structure ---------------------------------------------------------------------
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(Column)

    def item(self, index: QModelIndex):
        """The ParsedPolicy, ParsedArea or ParsedMeasure behind an index."""
        return self._node(index).obj if index.isValid() else None

    def policy_of(self, index: QModelIndex) -> ParsedPolicy | None:
        node = self._node(index)
        while node.parent is not None and node.parent is not self._root:
            node = node.parent
        return node.obj

    def policy_index(self, policy: ParsedPolicy) -> QModelIndex:
        for node in self._root.children:
            if node.obj is policy:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def policy_changed(self, policy: ParsedPolicy) -> None:
        index = self.policy_index(policy)
        if index.isValid():
            self.dataChanged.emit(index, index.siblingAtColumn(Column.PLANS))
            self.edited.emit()

    # data --------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {Column.LABEL: self.tr("Number"), Column.TEXT: self.tr("Text"),
                Column.DEADLINE: self.tr("Deadline"), Column.LEAD: self.tr("Lead units"), Column.COOPERATING: self.tr("Cooperating units"),
                Column.RESPONSIBLE: self.tr("Responsible units"), Column.PLANS: self.tr("Yearly plans")}[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        obj, column = index.internalPointer().obj, index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = self._text(obj, column)
            return text if role == Qt.ItemDataRole.EditRole else _one_line(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = self._marks.get(id(obj)) if column == Column.LABEL else None
            if notes:
                return _tooltip("\n".join(w.message for w in notes))
            return self._tooltip(obj, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.LABEL and self._checkable(obj):
            return Qt.CheckState.Checked if self.draft.is_kept(obj) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == Column.LABEL and id(obj) in self._marks:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(obj, ParsedArea) and not self.draft.is_kept(obj):
            return QBrush(QColor(140, 140, 140))
        return None

    def _checkable(self, obj) -> bool:
        return isinstance(obj, ParsedArea) and self.draft.can_leave_out(obj)

    def _text(self, obj, column: int) -> str:
        if isinstance(obj, ParsedPolicy):  # shown across the columns: title and number
            return "　".join(x for x in (obj.title, obj.doc_no) if x) if column == Column.LABEL else ""
        if isinstance(obj, ParsedArea):
            return {Column.LABEL: obj.label, Column.TEXT: obj.title}.get(column, "")
        if column == Column.LABEL:
            return obj.label
        if column == Column.TEXT:  # the text the store will keep (without the bracket read off)
            return obj.shown_text
        if column in ROLE_OF_COLUMN:
            return "、".join(u.name for u in obj.units if u.role == ROLE_OF_COLUMN[column])
        if column == Column.DEADLINE:
            return obj.deadline_text or (obj.deadline.isoformat() if obj.deadline else "")
        return year_ranges(p.year for p in obj.plans)

    def _tooltip(self, obj, column: int) -> str:
        if isinstance(obj, ParsedArea) and column == Column.TEXT and obj.guiding_text:
            return _tooltip(f"{obj.title}\n\n{obj.guiding_text}")
        if isinstance(obj, ParsedMeasure) and column == Column.DEADLINE and obj.deadline:
            return _tooltip(self.tr("Read as %1").replace("%1", obj.deadline.isoformat()))
        if isinstance(obj, ParsedMeasure) and column == Column.PLANS:
            return _tooltip("\n".join(f"{p.year}: {p.text}" for p in obj.plans))
        if isinstance(obj, ParsedMeasure) and column in ROLE_OF_COLUMN:
            lines = [", ".join(x for x in (u.name, u.leader, u.section, u.person) if x)
                     for u in obj.units if u.role == ROLE_OF_COLUMN[column]]
            return _tooltip("\n".join(lines))
        return _tooltip(self._text(obj, column))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        obj, column = index.internalPointer().obj, index.column()
        if isinstance(obj, ParsedArea) and column in (Column.LABEL, Column.TEXT):
            flags |= Qt.ItemFlag.ItemIsEditable
            if column == Column.LABEL and self._checkable(obj):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif isinstance(obj, ParsedMeasure) and column != Column.PLANS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            before = self.draft.snapshot()
            kept = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self.draft.keep(index.internalPointer().obj, kept)
            self.dataChanged.emit(index, index.siblingAtColumn(Column.PLANS))
            self.cell_edited.emit(before, self.draft.snapshot())
            self.edited.emit()
            return True
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        obj, column = index.internalPointer().obj, index.column()
        value = str(value or "").strip()
        if value == (self._text(obj, column) or "").strip():
            return True  # nothing changed: nothing to undo
        before = self.draft.snapshot()
        if column == Column.LABEL:
            obj.label = value
            if isinstance(obj, ParsedMeasure):
                obj.number = label_number(value)
        elif column == Column.TEXT:
            if isinstance(obj, ParsedArea):
                obj.title = value
            else:
                obj.text = value
                obj.source_text = value  # as the clerk wrote it: no bracket read off again
        elif column == Column.DEADLINE:
            policy = self.policy_of(index)
            obj.deadline_text = value or None
            obj.deadline = deadline_date(value, policy.start_year if policy else None) if value else None
        else:
            set_role_units(obj, ROLE_OF_COLUMN[column], value)
        self.dataChanged.emit(index, index)
        self.cell_edited.emit(before, self.draft.snapshot())
        self.edited.emit()
        return True

    # summaries -----------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        areas = groups = measures = 0
        units: set[str] = set()
        for policy in self.result.policies:
            areas += sum(1 for area in policy.areas if self.draft.is_kept(area))
            for measure in policy.iter_measures():
                if measure.is_group:
                    groups += 1
                else:
                    measures += 1
                units.update(canonical_name(u.name) for u in measure.units)
        return {"areas": areas, "groups": groups, "measures": measures, "units": len(units)}

    def uses_role(self, role: str) -> bool:
        return any(u.role == role for p in self.result.policies for m in p.iter_measures() for u in m.units)

    def has_plans(self) -> bool:
        """Whether any measure has a yearly plan (年度计划) to show."""
        return any(m.plans for p in self.result.policies for m in p.iter_measures())

    def find_warning_node(self, warning: ParseWarning) -> QModelIndex:
        """The node a reader's note is most likely about: one the note quotes (label, or
        the start of its text) near the note's line, else the node on that line, else the
        last node starting before it."""
        nodes = list(self._walk(self._root))
        quoted = [q.strip("…. ") for q in re.findall(r"“([^”]+)”", warning.message)]

        def distance(node):
            line = getattr(node.obj, "line", None)
            return abs(line - warning.line) if line is not None and warning.line is not None else 10**9

        def quotes(node):
            obj = node.obj
            label = getattr(obj, "label", None)
            text = _one_line(getattr(obj, "text", None) or getattr(obj, "title", None))
            return any(q and (q == label or q == (label or "").strip("、.") or
                              (len(q) >= 4 and text.startswith(q))) for q in quoted)

        candidates = [n for n in nodes if quotes(n)]
        if candidates:
            best = min(candidates, key=distance)
        elif warning.line is None:
            return QModelIndex()
        else:
            before = [n for n in nodes if getattr(n.obj, "line", None) is not None and n.obj.line <= warning.line]
            if not before:
                return QModelIndex()
            best = max(before, key=lambda n: n.obj.line)
        return self.createIndex(best.row, 0, best)

    def _walk(self, node: _Node):
        for child in node.children:
            yield child
            yield from self._walk(child)


def year_ranges(years) -> str:
    """2022、2023、2024、2025 → 2022–2025; 2021、2023 stay a list."""
    years = sorted(set(years))
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return "、".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else "、".join(map(str, r)) for r in runs)


def set_role_units(measure: ParsedMeasure, role: str, text: str) -> None:
    """Replace the units of one role by the names in ``text`` (split like the readers do),
    keeping 分管领导/责任科室/责任人 of names that stay."""
    old = {u.name: u for u in measure.units if u.role == role}
    new = [old.get(name) or ParsedUnit(name, role) for name in split_unit_list(text)]
    units = []
    for each in ROLES:
        units.extend(new if each == role else [u for u in measure.units if u.role == each])
    units.extend(u for u in measure.units if u.role not in ROLES)
    measure.units = units
