"""The main window's working parts, built once its database is open (``MainWindow.attach_database``):
the tree and its model, the filter bar, the details, the progress form, the overview tab,
the import and structure controllers, the menus' actions and what other modules install."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import QApplication, QHeaderView, QTabWidget, QTreeView

from zjtracker.db.engine import Database
from zjtracker.services.choices import plan_years
from zjtracker.ui import main_menus, main_window_layout
from zjtracker.ui.auto_refresh import install_auto_refresh
from zjtracker.ui.history.change_log_view import install_change_log_ui
from zjtracker.ui.database.connection_dialog import install_shared_db_action
from zjtracker.ui.dashboard.view import DashboardView
from zjtracker.ui.evidence.install import install_evidence_ui
from zjtracker.ui.form.detail_pane import DetailPane
from zjtracker.ui.tree.filter_bar import FilterBar
from zjtracker.ui.history.view import install_history_ui
from zjtracker.ui.import_preview.start import ImportController
from zjtracker.ui.structure.indicator_editor import IndicatorEditor
from zjtracker.ui.period_selector import PeriodSelector
from zjtracker.ui.form.progress_form import ProgressFormWidget
from zjtracker.ui.backups.restore_actions import install_backup_actions
from zjtracker.ui.returns.menu import install_returns_ui
from zjtracker.ui.structure.actions import StructureEditor
from zjtracker.ui.tree.model import Column, PolicyTreeModel


def build_parts(window, database: Database, today: date | None) -> None:
    window.period_selector = PeriodSelector(today=today)
    _build_tree(window, database)
    _build_editors(window, database)
    _build_tabs(window, database, today)
    window.importer = ImportController(window)
    window.structure_editor = StructureEditor(database, window.structure_stack, window.structure_changed, window)
    window.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.tree.customContextMenuRequested.connect(
        lambda position: window.structure_editor.show_context_menu(window.tree, position))
    main_menus.build(window)
    _steady_undo_buttons(window)
    install_returns_ui(window)
    install_evidence_ui(window)
    window.backup_actions = install_backup_actions(window)
    install_history_ui(window)
    install_change_log_ui(window)
    install_shared_db_action(window)
    window.auto_refresh = install_auto_refresh(window)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Database: %1").replace("%1", database.display_name()))
    window.period_selector.set_years(plan_years(database))
    window.period_selector.period_changed.connect(window._period_changed)
    _say_structure_steps(window)


def _say_structure_steps(window) -> None:
    """Each structure edit, undo and redo is said in the status bar, so an older message (已导入…)
    never stays standing over a tree that has changed since."""
    stack, last = window.structure_stack, [window.structure_stack.index()]

    def said(index: int) -> None:
        if not shiboken6.isValid(stack) or not shiboken6.isValid(window):  # the window is closing
            return
        undone = index < last[0]
        last[0] = index
        command = stack.command(index if undone else index - 1)
        if command is None:
            return
        # two literal calls: the translation tool sees neither text of a conditional expression
        text = (QCoreApplication.translate("MainWindow", "Undone: %1") if undone
                else QCoreApplication.translate("MainWindow", "Done: %1"))
        window.statusBar().showMessage(text.replace("%1", command.text()))

    stack.indexChanged.connect(said)


def _steady_undo_buttons(window) -> None:
    """The toolbar's 撤销 / 重做 keep one word (the menu and the tooltip name the step), so
    the toolbar does not jump as the step changes."""
    for action, text in ((window.undo_action, QCoreApplication.translate("MainWindow", "Undo")),
                         (window.redo_action, QCoreApplication.translate("MainWindow", "Redo"))):
        action.setIconText(text)


def _fixed_columns(tree: QTreeView, model: PolicyTreeModel) -> None:
    """The percent and status columns are as wide as their widest possible word (any status,
    a roll-up such as 完成 999/999), not sized to the first rows shown."""
    from zjtracker.services.tree import TreeNode
    from zjtracker.ui.status_style import STATUS_ORDER, status_text

    header = tree.header()
    metrics = tree.fontMetrics()
    padding = 2 * tree.style().pixelMetric(tree.style().PixelMetric.PM_FocusFrameHMargin) + 16
    words = [status_text(status) for status in STATUS_ORDER]
    words.append(model.rollup_text(TreeNode("area", 0, "", "", 0, rollup=(9999, 9999))))
    status_width = max(metrics.horizontalAdvance(w) for w in words) + tree.iconSize().width() + 16 + padding
    percent_width = max(metrics.horizontalAdvance("100.5%"), metrics.horizontalAdvance(model.headerData(
        Column.PERCENT, Qt.Orientation.Horizontal) or "")) + padding
    for column, width in ((Column.PERCENT, percent_width), (Column.STATUS, status_width)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(column, width)


def _build_tree(window, database: Database) -> None:
    window.model = PolicyTreeModel(database, window)
    window.tree = QTreeView()
    window.tree.setModel(window.model)
    window.tree.setUniformRowHeights(True)
    window.tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # a task reads from its start
    window.tree.setAlternatingRowColors(True)
    window.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # 标题…（文号）: the number stays readable
    header = window.tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
    _fixed_columns(window.tree, window.model)
    window.tree.selectionModel().currentChanged.connect(window._current_changed)
    window.filter_bar = FilterBar(database)
    window.filter_bar.changed.connect(window.apply_filter)


def _build_editors(window, database: Database) -> None:
    window.details = DetailPane()
    window.indicator_editor = IndicatorEditor(database)
    window.indicator_editor.changed.connect(lambda _id: window._show_current_details())
    window.form = ProgressFormWidget(database)
    window.form.saved.connect(lambda plan_id, _period: window._refresh_statuses(plan_id))
    window.undo_group = QUndoGroup(window)
    window.structure_stack = QUndoStack(window)
    window.undo_group.addStack(window.form.undo_stack)
    window.undo_group.addStack(window.structure_stack)
    window.undo_group.setActiveStack(window.form.undo_stack)
    QApplication.instance().focusChanged.connect(window._focus_changed)


def _build_tabs(window, database: Database, today: date | None) -> None:
    window.tabs = QTabWidget()
    window.tabs.addTab(main_window_layout.ledger_page(window), QCoreApplication.translate("MainWindow", "Ledger"))
    window.dashboard = DashboardView(database, today=today)
    window.dashboard.open_item.connect(window.open_node)
    window._dashboard_stale = True
    window.tabs.addTab(window.dashboard, QCoreApplication.translate("MainWindow", "Overview"))
    window.tabs.currentChanged.connect(lambda _index: window._refresh_dashboard())
    window.setCentralWidget(window.tabs)
