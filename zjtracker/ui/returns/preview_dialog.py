"""The preview of one returned workbook: what it would change (old → new per cell), its
conflicts with a choice per cell, the rows rejected with the reason, the warnings. The
clerk accepts all, some (the checked rows and cells), or none; nothing is stored here —
``selection()`` tells the caller what to apply."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.services.periods import Period
from zjtracker.services.returns.export import TemplateUnit
from zjtracker.services.returns.model import OURS, THEIRS, ReturnPreview, Selection
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.returns.preview_model import ChangesTree, ConflictList

ACCEPT_ALL, ACCEPT_SELECTED, READ_AGAIN = 10, 11, 12  # dialog result codes; 0 = nothing accepted
WARNING_TEXT = "#b45309"


class ReturnsPreviewDialog(SizedDialog):
    def __init__(self, preview: ReturnPreview, parent: QWidget | None = None,
                 units: list[TemplateUnit] | None = None, period_note: str = ""):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Returned workbook — %1").replace("%1", preview.file_name))
        self.resize(1100, 700)
        self.changes = ChangesTree(preview)
        self.conflicts = ConflictList(preview)
        self.rejected = self._message_list([i.message for i in preview.rejected],
                                           QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.warnings = self._message_list([i.message for i in preview.all_warnings],
                                           QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.unit_box: QComboBox | None = None
        self.unit_label: QLabel | None = None
        self.notice: QLabel | None = None  # said when the same file was imported before

        layout = QVBoxLayout(self)
        layout.addLayout(self._summary_form(units, period_note))
        self.counts = QLabel(self._counts_text())
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        if preview.already_imported:
            earlier = next(e for e in preview.earlier_imports if not e.undone)
            notice = QLabel(self.tr("This file was imported before, on %1 by %2 (import no. %3).").replace(
                "%1", f"{earlier.imported_at:%Y-%m-%d %H:%M}").replace("%2", earlier.imported_by).replace(
                "%3", str(earlier.batch_id)))
            notice.setStyleSheet(f"color: {WARNING_TEXT}; font-weight: bold")
            self.notice = notice
            layout.addWidget(notice)

        changes_page = QWidget()
        changes_layout = QVBoxLayout(changes_page)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_layout.addWidget(QLabel(self.tr("Rows that change — untick a row or a cell to leave it as it is "
                                                "(orange: replaces a stored value; grey: carried over unchanged)")))
        changes_layout.addWidget(self.changes, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._conflicts_page(), self.tr("Conflicts (%1)").replace("%1", str(len(preview.conflicts))))
        self.tabs.addTab(self.rejected, self.tr("Rejected rows (%1)").replace("%1", str(len(preview.rejected))))
        self.tabs.addTab(self.warnings, self.tr("Warnings (%1)").replace("%1", str(len(preview.all_warnings))))
        for index, count in enumerate((len(preview.conflicts), len(preview.rejected))):
            if count:
                self.tabs.tabBar().setTabTextColor(index, QColor("#c62828"))
        self.tabs.setCurrentIndex(next((i for i, n in enumerate(
            (len(preview.conflicts), len(preview.rejected), len(preview.all_warnings))) if n), 0))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(changes_page)
        splitter.addWidget(self.tabs)
        splitter.setSizes([430, 200])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())

    # building --------------------------------------------------------------------------
    def _summary_form(self, units: list[TemplateUnit] | None, period_note: str) -> QFormLayout:
        preview = self.preview
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kind = self.tr("Fill-in workbook sent by this program") if preview.kind == "stamped" else \
            self.tr("Table in the ledger layout (no stamp: rows matched by task number and text)")
        form.addRow(self.tr("File:"), self._label(f"<b>{_html(preview.file_name)}</b> — {_html(kind)}"))
        form.addRow(self.tr("Policy:"), self._label(_html(preview.policy_title)))
        if units is not None and preview.kind != "stamped":
            self.unit_box = QComboBox()
            self.unit_box.addItem(self.tr("(not known)"), None)
            known = {u.unit_id for u in units}
            if preview.unit_id is not None and preview.unit_id not in known:
                self.unit_box.addItem(preview.unit_name, preview.unit_id)
            for unit in units:
                self.unit_box.addItem(unit.name, unit.unit_id)
            self.unit_box.setCurrentIndex(max(self.unit_box.findData(preview.unit_id), 0))
            self.unit_box.setToolTip(self.tr("The unit that sent this return; the returns tracker counts it "
                                             "as returned by this unit"))
            form.addRow(self.tr("Returned by:"), self.unit_box)
        else:
            self.unit_label = self._label(_html(preview.unit_name) or self.tr("(not known)"))
            form.addRow(self.tr("Returned by:"), self.unit_label)
        period_row = QHBoxLayout()
        text = period_text(Period.parse(preview.period)) if preview.period else ""
        self.period_label = self._label(f"<b>{_html(text)}</b>" + (f"（{_html(period_note)}）" if period_note else ""))
        period_row.addWidget(self.period_label, 1)
        if preview.kind != "stamped":
            other = QPushButton(self.tr("Read for another period…"))
            other.clicked.connect(self._read_again)
            period_row.addWidget(other)
            self.other_period_button = other
        form.addRow(self.tr("Period:"), period_row)
        return form

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _counts_text(self) -> str:
        preview = self.preview
        cells = sum(len(r.changes) for r in preview.updated_rows)
        return self.tr("%1 row(s) would change (%2 cell(s)); %3 conflict(s); %4 row(s) rejected; "
                       "%5 warning(s); %6 row(s) as stored already.").replace(
            "%1", str(len(preview.updated_rows))).replace("%2", str(cells)).replace(
            "%3", str(len(preview.conflicts))).replace("%4", str(len(preview.rejected))).replace(
            "%5", str(len(preview.all_warnings))).replace("%6", str(len(preview.unchanged_rows)))

    def _message_list(self, messages: list[str], icon: QStyle.StandardPixmap) -> QListWidget:
        widget = QListWidget()
        widget.setWordWrap(True)
        widget.setAlternatingRowColors(True)
        widget.setTextElideMode(Qt.TextElideMode.ElideNone)
        for message in messages:
            widget.addItem(QListWidgetItem(self.style().standardIcon(icon), message))
        if not messages:
            item = QListWidgetItem(self.tr("None."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
        return widget

    def _conflicts_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        explain = QLabel(self.tr("Both the database and the colleague changed these cells after the file was sent. "
                                 "Choose for each which value to keep; hover a row for details."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addWidget(self.conflicts, 1)
        row = QHBoxLayout()
        keep = QPushButton(self.tr("Keep ours everywhere"))
        keep.clicked.connect(lambda: self.conflicts.choose_all(OURS))
        take = QPushButton(self.tr("Take theirs everywhere"))
        take.clicked.connect(lambda: self.conflicts.choose_all(THEIRS))
        for button in (keep, take):
            button.setEnabled(bool(self.preview.conflicts))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _buttons(self) -> QHBoxLayout:
        """全部接受 / 只接受选中的 / 全部不接受, in that order on every platform."""
        self.accept_all_button = QPushButton(self.tr("Accept &all"))
        self.accept_selected_button = QPushButton(self.tr("Accept &selected only"))
        self.reject_button = QPushButton(self.tr("Accept &none (cancel)"))
        self.accept_all_button.setDefault(True)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.accept_selected_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.accept_all_button, self.accept_selected_button, self.reject_button):
            row.addWidget(button)
        return row

    def _read_again(self) -> None:
        self.done(READ_AGAIN)

    # what the clerk chose --------------------------------------------------------------
    def accept_all(self) -> None:
        self.done(ACCEPT_ALL)

    def accept_selected(self) -> None:
        self.done(ACCEPT_SELECTED)

    def selection(self) -> Selection | None:
        """What to apply after the dialog closed; None when nothing is to be applied."""
        outcome = self.result()
        if outcome == ACCEPT_ALL:
            return Selection(resolutions=self.conflicts.resolutions())
        if outcome == ACCEPT_SELECTED:
            return Selection(cells=self.changes.checked_cells(), resolutions=self.conflicts.resolutions())
        return None

    def chosen_unit(self) -> tuple[int | None, str]:
        """The unit the return is from: the preview's, or the one the clerk chose."""
        if self.unit_box is None:
            return self.preview.unit_id, self.preview.unit_name
        unit_id = self.unit_box.currentData()
        return unit_id, self.unit_box.currentText() if unit_id is not None else ""


def _html(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
