"""The import preview: what the reader proposes (the tree, the units, its notes) for the
clerk to correct and confirm before anything is stored.

The dialog edits a deep copy of the ParseResult; ``edited_result()`` hands it back after
the clerk confirms (without the empty framing areas left out), and is None after cancel, so
a cancelled import stores nothing. The changes of structure live in
``import_preview_actions``; this module lays the dialog out."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.ui.window_settings import available_area
from zjtracker.db.engine import Database
from zjtracker.importing.model import ROLE_RESPONSIBLE, ParsedPolicy, ParseResult, ParseWarning
from zjtracker.services.policies.importer import store_result
from zjtracker.services.returns.backup_before import BackupNotMade, without_backup
from zjtracker.ui.backups.prompt import continue_without_backup
from zjtracker.ui.import_preview.actions import PreviewActions
from zjtracker.ui.import_preview.columns import ColumnsDialog
from zjtracker.ui.import_preview.model import Column, PreviewModel
from zjtracker.ui.import_preview.read_again import read_again

NO_YEAR = 1948  # the spin boxes' "—": no year given


class ImportPreviewDialog(SizedDialog):
    def __init__(self, result: ParseResult, file_name: str, parent: QWidget | None = None,
                 path: Path | None = None):
        super().__init__(parent)
        self._result = copy.deepcopy(result)
        self._path, self._column_map = path, {}  # the file, to read again with the clerk's columns
        self._reading_job = None  # the reading again under way, if any
        self._policy: ParsedPolicy | None = None
        self.setWindowTitle(self.tr("Import preview — %1").replace("%1", file_name))
        screen = available_area(self)  # a 1366×768 screen keeps the buttons on it
        self.resize(min(1200, screen.width() - 40), min(750, screen.height() - 60))
        self.model = PreviewModel(self._result, self)

        heading = QLabel(self.tr("Check what the program read from <b>%1</b>. Double-click a number, text, "
                                 "deadline or unit list to correct it; right-click a line to add, delete, "
                                 "merge, split or move. Unchecked areas are not imported.").replace("%1", file_name))
        heading.setWordWrap(True)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.tree.setIndentation(16)  # four levels deep, a label such as （12） still shows whole
        for column, width in ((Column.LABEL, 136), (Column.DEADLINE, 110), (Column.LEAD, 130),
                              (Column.COOPERATING, 130), (Column.RESPONSIBLE, 120), (Column.PLANS, 70)):
            self.tree.setColumnWidth(column, width)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._lay_out_tree)
        self.actions = PreviewActions(self.tree, self.model, self)

        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.currentItemChanged.connect(self._warning_chosen)
        self.warnings_label = QLabel()
        self._fill_warnings()
        notes = QWidget()
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.warnings_label)
        notes_layout.addWidget(self.warnings)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(notes)
        splitter.setStretchFactor(0, 1)
        self._size_notes()

        self.summary = QLabel()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.columns_button = self.buttons.addButton(self.tr("Table columns…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.columns_button.setEnabled(path is not None and bool(self._result.table_columns))
        self.columns_button.clicked.connect(self._choose_columns)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(bool(self._result.policies))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self._metadata_box())
        self.tool_bar = self.actions.tool_bar()
        layout.addWidget(self.tool_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.model.edited.connect(self._update_summary)
        self._update_summary()
        if self._result.policies:
            first = self.model.index(0, 0)
            self.tree.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _size_notes(self) -> None:
        """The notes beside the tree: wide enough to read when there are any."""
        total = sum(self.splitter.sizes()) or 1180
        notes = 260 if self._warnings else 100
        self.splitter.setSizes([total - notes, notes])

    def _fill_warnings(self) -> None:
        self.warnings.clear()
        self._warnings = self._all_warnings()
        source_lines = (self._result.original_text or "").splitlines()
        for warning in self._warnings:
            text = warning.message if warning.line is None else \
                self.tr("Line %1: %2").replace("%1", str(warning.line)).replace("%2", warning.message)
            if warning.line is not None and 0 < warning.line <= len(source_lines) and source_lines[warning.line - 1].strip():
                line = " ".join(source_lines[warning.line - 1].split())
                text += "\n" + self.tr("The line reads: %1").replace("%1", line[:80] + ("…" if len(line) > 80 else ""))
            self.warnings.addItem(QListWidgetItem(text))
        self.model.set_warnings(self._warnings)
        self.warnings_label.setText(self.tr("Notes from the reader (%1)").replace("%1", str(len(self._warnings))))

    # the tables' columns, read again as the clerk says -------------------------------
    def _choose_columns(self) -> None:
        dialog = ColumnsDialog(self._result.table_columns, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            column_map = {**self._column_map, **dialog.column_map()}
        finally:
            dialog.deleteLater()
        self._read_again(column_map)

    def _read_again(self, column_map: dict) -> None:
        """Read the file with ``column_map`` on the worker; the preview waits, greyed."""
        def read(result: ParseResult) -> None:
            self._column_map = column_map
            self._replace_result(result)

        self._reading_job = read_again(self, self._path, column_map, [
            self.tree, self.tool_bar, self.title_edit.parentWidget(), self.import_button, self.columns_button], read)

    def _replace_result(self, result: ParseResult) -> None:
        """The tree read again: what was edited before is replaced, undo starts afresh."""
        self._result = result
        self._show_policy(None)
        self.model.replace_result(result)
        self.actions.undo_stack.clear()
        self._fill_warnings()
        self._size_notes()
        self.import_button.setEnabled(bool(result.policies))
        self.title_edit.parentWidget().setEnabled(bool(result.policies))
        self.columns_button.setEnabled(bool(result.table_columns))
        self._update_summary()
        if result.policies:
            self.tree.selectionModel().setCurrentIndex(self.model.index(0, 0),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _lay_out_tree(self) -> None:
        """After the tree is read again: titles across, everything open, columns in use shown."""
        for row in range(self.model.rowCount()):  # a document's row: its title across the columns
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self.tree.setColumnHidden(Column.RESPONSIBLE, not self.model.uses_role(ROLE_RESPONSIBLE))
        self.tree.setColumnHidden(Column.PLANS, not self.model.has_plans())  # not editable here: hidden when empty

    # the document's own fields -----------------------------------------------------
    def _metadata_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Document"))
        grid = QGridLayout(box)
        self.title_edit = QLineEdit()
        self.doc_no_edit = QLineEdit()
        self.issuer_edit = QLineEdit()
        self.start_spin, self.end_spin = QSpinBox(), QSpinBox()
        for spin in (self.start_spin, self.end_spin):
            spin.setRange(NO_YEAR, 2200)
            spin.setSpecialValueText("—")
            spin.valueChanged.connect(self._metadata_edited)
        for edit in (self.title_edit, self.doc_no_edit, self.issuer_edit):
            edit.textEdited.connect(self._metadata_edited)
        grid.addWidget(QLabel(self.tr("Title")), 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 7)
        grid.addWidget(QLabel(self.tr("Document number")), 1, 0)
        grid.addWidget(self.doc_no_edit, 1, 1)
        grid.addWidget(QLabel(self.tr("Issuer")), 1, 2)
        grid.addWidget(self.issuer_edit, 1, 3)
        grid.addWidget(QLabel(self.tr("Years")), 1, 4)
        grid.addWidget(self.start_spin, 1, 5)
        grid.addWidget(QLabel("–"), 1, 6)
        grid.addWidget(self.end_spin, 1, 7)
        self.period_note = QLabel()  # where the reader found the years (标题, 成文日期, 文号)
        self.period_note.setWordWrap(True)
        grid.addWidget(self.period_note, 2, 4, 1, 4)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        box.setEnabled(bool(self._result.policies))
        return box

    def _show_policy(self, policy: ParsedPolicy | None) -> None:
        self._policy = None  # no write-back while the fields are filled
        if policy is not None:
            self.title_edit.setText(policy.title)
            self.doc_no_edit.setText(policy.doc_no)
            self.issuer_edit.setText(policy.issuer)
            self.start_spin.setValue(policy.start_year or NO_YEAR)
            self.end_spin.setValue(policy.end_year or NO_YEAR)
            self.period_note.setText(policy.period_note)
        self._policy = policy

    def _metadata_edited(self, *_args) -> None:
        policy = self._policy
        if policy is None:
            return
        policy.title = self.title_edit.text().strip()
        policy.doc_no = self.doc_no_edit.text().strip()
        policy.issuer = self.issuer_edit.text().strip()
        policy.start_year = None if self.start_spin.value() == NO_YEAR else self.start_spin.value()
        policy.end_year = None if self.end_spin.value() == NO_YEAR else self.end_spin.value()
        self.model.policy_changed(policy)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        policy = self.model.policy_of(current) if current.isValid() else None
        if policy is not self._policy:
            self._show_policy(policy)

    # notes -----------------------------------------------------------------------------
    def _all_warnings(self) -> list[ParseWarning]:
        """The result's notes, and any a policy carries that the result does not repeat."""
        warnings = list(self._result.warnings)
        seen = {(w.line, w.message) for w in warnings}
        for policy in self._result.policies:
            for warning in policy.warnings:
                if (warning.line, warning.message) not in seen:
                    seen.add((warning.line, warning.message))
                    warnings.append(warning)
        return warnings

    def _warning_chosen(self, current: QListWidgetItem | None, _previous) -> None:
        if current is None:
            return
        index = self.model.find_warning_node(self._warnings[self.warnings.row(current)])
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                       | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # result ----------------------------------------------------------------------------
    def _update_summary(self) -> None:
        counts = self.model.counts()
        text = self.tr("%1 document(s): %2 areas, %3 groups, %4 measures, %5 units; %6 notes").replace(
            "%1", str(len(self._result.policies))).replace("%2", str(counts["areas"])).replace(
            "%3", str(counts["groups"])).replace("%4", str(counts["measures"])).replace(
            "%5", str(counts["units"])).replace("%6", str(len(self._warnings)))
        left_out = self.model.draft.left_out_count()
        if left_out:
            text += self.tr("; %1 empty framing area(s) left out").replace("%1", str(left_out))
        self.summary.setText(text)

    def accept(self) -> None:
        if any(not p.title.strip() for p in self._result.policies):
            QMessageBox.warning(self, self.tr("Title missing"), self.tr("Every document needs a title."))
            return
        super().accept()

    def edited_result(self) -> ParseResult | None:
        """The corrected result after Import; None when the dialog was cancelled."""
        if self.result() != QDialog.DialogCode.Accepted:
            return None
        return self.model.draft.final_result()


def preview_and_store(parent: QWidget | None, database: Database, result: ParseResult, sha256: str,
                      file_name: str | None = None, path: Path | None = None) -> list[int] | None:
    """Show the preview; store the corrected result when the clerk confirms. Returns the
    new policy ids, or None when cancelled (nothing stored). ``path``: the file, for the
    preview to read again with the clerk's table columns."""
    dialog = ImportPreviewDialog(result, file_name or result.source, parent, path=path)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return store_result(database, dialog.edited_result(), sha256)
        except BackupNotMade as error:  # nothing stored yet: the clerk decides
            if not continue_without_backup(parent, error):
                return None
            with without_backup():
                return store_result(database, dialog.edited_result(), sha256)
    finally:
        dialog.deleteLater()
