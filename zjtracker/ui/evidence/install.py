"""The evidence files (佐证材料) in the main window: the panel beside the details (above the
progress form), drops on the form, the tree's 佐证 column kept up to date, and the actions
File › 导入佐证材料文件夹… and File › 导出佐证材料汇编… (evidence.folder_flow)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from zjtracker.ui.evidence.form_drop import FormDropTarget
from zjtracker.ui.evidence.panel import EvidencePanel
from zjtracker.ui.tree.roles import Column


def evidence_beside(window, details: QWidget) -> QSplitter:
    """The details on the left, the evidence panel on the right (the window's ``evidence_panel``)."""
    window.evidence_panel = EvidencePanel(window.database)
    window.evidence_splitter = QSplitter(Qt.Orientation.Horizontal)
    window.evidence_splitter.setChildrenCollapsible(False)
    window.evidence_splitter.addWidget(details)
    window.evidence_splitter.addWidget(window.evidence_panel)
    window.evidence_splitter.setStretchFactor(0, 3)
    window.evidence_splitter.setStretchFactor(1, 2)
    window.evidence_splitter.setSizes([460, 340])
    return window.evidence_splitter


def install_evidence_ui(window):
    from zjtracker.ui.evidence.folder_flow import EvidenceActions

    panel = window.evidence_panel
    panel.changed.connect(lambda _plan, _period: refresh_counts(window))
    window.evidence_drop = FormDropTarget(window.form, panel, window.route_dropped_files)
    header = window.tree.header()
    header.setSectionResizeMode(Column.EVIDENCE, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(Column.EVIDENCE, window.tree.fontMetrics().horizontalAdvance("佐证999") + 28)
    window.evidence_actions = EvidenceActions(window)
    QTimer.singleShot(0, panel, lambda: _follow_auto_refresh(window))
    return window.evidence_actions


def _follow_auto_refresh(window) -> None:
    """Files a colleague added or removed at another desk show when the window reloads what
    changed (the automatic refresh is installed after the panel)."""
    refresher = getattr(window, "auto_refresh", None)
    if refresher is not None:
        refresher.refreshed.connect(window.evidence_panel.reload)


def refresh_counts(window) -> None:
    """The tree's counts, and the panel when it shows a plan whose files changed elsewhere."""
    window.model.refresh_evidence()
