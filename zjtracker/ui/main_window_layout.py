"""Where the main window's parts sit: filter bar and tree on the left; details (or an
indicator's values) above the progress form on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from zjtracker.ui.form.detail_pane import DetailPane
from zjtracker.ui.evidence.install import evidence_beside


def ledger_page(window) -> QWidget:
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(4, 4, 0, 4)
    left_layout.addWidget(window.filter_bar)
    window.empty_result = QLabel(QCoreApplication.translate(
        "MainWindow", "Nothing matches the filter. Loosen it, or clear it to see everything."))
    window.empty_result.setWordWrap(True)
    window.empty_result.setStyleSheet("color:#8a5a00; padding:6px")
    window.empty_result.setVisible(False)
    left_layout.addWidget(window.empty_result)
    left_layout.addWidget(window.tree, 1)
    window.detail_stack = QStackedWidget()
    window.detail_stack.addWidget(window.details)
    indicator_page = QSplitter(Qt.Orientation.Vertical)
    window.indicator_details = DetailPane()
    indicator_page.addWidget(window.indicator_details)
    indicator_page.addWidget(window.indicator_editor)
    window.detail_stack.addWidget(indicator_page)
    window.right = QSplitter(Qt.Orientation.Vertical)
    window.right.addWidget(evidence_beside(window, window.detail_stack))
    window.right.addWidget(window.form)
    window.right.setSizes([260, 520])
    window.splitter = QSplitter(Qt.Orientation.Horizontal)
    window.splitter.addWidget(left)
    window.splitter.addWidget(window.right)
    window.splitter.setSizes([520, 760])
    return window.splitter
