"""The main window: the filtered policy tree on the left; on the right the details of the
selection and the progress form of the chosen period; the dashboard on its own tab.

The window is built in two steps so that it shows at once: its frame (title, geometry,
empty menus and toolbar, the status bar saying the database is being opened) needs no database
code; ``attach_database`` then builds the tree, the form and the rest
(main_window_parts). ``MainWindow(database)`` does both at once; the program at start
paints the frame first and opens the database just after (app_controller)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from zjtracker.ui import main_menus, window_settings
from zjtracker.ui.tree.roles import Role
from zjtracker.ui.tree.state import expanded_paths, restore_expanded, select_path

if TYPE_CHECKING:
    from zjtracker.db.engine import Database
    from zjtracker.services.periods import Period
    from zjtracker.services.tree_filter import TreeFilter

AUTO_EXPAND_LIMIT = 400  # a filter with more hits than this leaves the levels folded


class MainWindow(QMainWindow):
    # Asks the application to close this window and open another database (a path or URL).
    database_requested = Signal(str)
    # The frame has been painted once: the program at start opens the database then.
    first_painted = Signal()

    def __init__(self, database: Database | None = None, today: date | None = None,
                 opening: str = ""):
        super().__init__()
        self.database: Database | None = None
        self.today = today
        self._painted = False
        self.setWindowTitle(self.tr("Policy implementation ledger"))
        self.resize(1280, 800)
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        main_menus.build_frame(self)
        self.statusBar().showMessage(self.tr("Opening the database %1 …").replace("%1", opening))
        if database is not None:
            self.attach_database(database)

    def attach_database(self, database: Database) -> None:
        """Build the tree, the details, the form, the overview and the menus' actions over
        ``database``."""
        from zjtracker.ui.main_window_parts import build_parts

        self.database = database
        self.setWindowTitle(self.tr("Policy implementation ledger — %1").replace("%1", database.display_name()))
        self.setAcceptDrops(True)
        self._restoring = False
        self._unfiltered_expansion: list[str] | None = None
        build_parts(self, database, self.today)
        self._restore_settings()

    def is_attached(self) -> bool:
        return self.database is not None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.first_painted.emit)

    # period --------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        """The anchor month; each policy is judged in its own period holding it."""
        return self.period_selector.anchor()

    def _period_changed(self, period: Period) -> None:
        if not self.leave_form():
            return
        self.reload_tree()

    def _refresh_statuses(self) -> None:
        """After a save: statuses in the tree follow the stored values."""
        self.reload_tree(keep_form=True)

    def _refresh_dashboard(self) -> None:
        """The dashboard is computed when it is looked at, for the period shown."""
        self._dashboard_stale = True
        if self.tabs.currentWidget() is self.dashboard:
            self._dashboard_stale = False
            policy_id, unit_id = self.dashboard.selected_scope()
            self.dashboard.show_period(str(self.period_selector.period()), policy_id, unit_id)

    def show_dashboard(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard)

    def show_report_dialog(self) -> None:
        from zjtracker.ui.reports.dialog import ReportDialog

        if not self.leave_form():
            return
        keys = self._current_keys()
        policy_id = keys[0][1] if keys and keys[0][0] == "policy" else None
        dialog = ReportDialog(self.database, str(self.period_selector.period()), self, policy_id=policy_id)
        dialog.exec()

    def show_unit_registry(self) -> None:
        from zjtracker.ui.structure.unit_registry_dialog import UnitRegistryDialog

        dialog = UnitRegistryDialog(self.database, self)
        dialog.units_changed.connect(self.units_changed)
        dialog.exec()

    def units_changed(self) -> None:
        self.filter_bar.refresh_choices()
        self.dashboard.reload_choices()
        self.reload_tree()

    # tree ------------------------------------------------------------------------------
    def reload_tree(self, keep_form: bool = False) -> None:
        """Reload from the database, keeping what is expanded and selected (F5)."""
        from zjtracker.services.tree_filter import visible_nodes

        expanded = expanded_paths(self.tree, self.model)
        current = self._current_keys()
        self._restoring = True
        try:
            self.model.set_period(self.period)
            if self.filter_bar.current_filter().active:
                self.model.set_visible(visible_nodes(self.database, self.filter_bar.current_filter(), self.period))
            else:
                self.model.reload()
            restore_expanded(self.tree, self.model, expanded)
            if current:
                select_path(self.tree, self.model, current)
        finally:
            self._restoring = False
        if not keep_form:
            self._show_current()
        self._refresh_dashboard()

    def _current_keys(self) -> list[tuple[str, int]]:
        keys, index = [], self.tree.currentIndex()
        while index.isValid():
            keys.append((index.data(Role.KIND), index.data(Role.NODE_ID)))
            index = index.parent()
        return list(reversed(keys))

    def apply_filter(self, tree_filter: TreeFilter) -> None:
        from zjtracker.services.tree_filter import visible_nodes

        if not self.leave_form():
            return
        if tree_filter.active and self._unfiltered_expansion is None:
            self._unfiltered_expansion = expanded_paths(self.tree, self.model)
        visible = visible_nodes(self.database, tree_filter, self.period)
        self._restoring = True
        try:
            self.model.set_period(self.period)
            self.model.set_visible(visible)
            if visible is None:
                restore_expanded(self.tree, self.model, self._unfiltered_expansion or [])
                self._unfiltered_expansion = None
            elif len(visible.shown) <= AUTO_EXPAND_LIMIT:
                self._expand_to_matches(QModelIndex(), visible)
        finally:
            self._restoring = False
        self._show_current()
        if visible is not None:
            self.statusBar().showMessage(self.tr("%1 match(es)").replace("%1", str(visible.matches)))

    def _expand_to_matches(self, parent: QModelIndex, visible) -> None:
        if self.model.canFetchMore(parent):
            self.model.fetchMore(parent)
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            key = (index.data(Role.KIND), index.data(Role.NODE_ID))
            if key in visible.shown and key not in visible.whole:
                self.tree.expand(index)
                self._expand_to_matches(index, visible)

    def open_node(self, kind: str, node_id: int) -> None:
        """Show a node in the tree (from the dashboard or a search)."""
        from zjtracker.services.tree_filter import node_path

        keys = node_path(self.database, kind, node_id)
        if not keys:
            return
        if self.model.visible is not None and keys[-1] not in self.model.visible:
            self.filter_bar.clear()
        self.tabs.setCurrentIndex(0)
        select_path(self.tree, self.model, keys)
        self.tree.setFocus()

    # selection -------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring:
            return
        if previous.isValid() and not self.leave_form():
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(previous)
            self.tree.selectionModel().blockSignals(False)
            return
        self._show_current()

    def leave_form(self) -> bool:
        """Save the form before it shows something else; False keeps the clerk where they are."""
        if not self.form.is_dirty():
            return True
        if self.form.save():
            return True
        answer = QMessageBox.question(
            self, self.tr("Progress not saved"),
            self.tr("The progress could not be saved. Discard your changes and go on?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self.form.discard()
            return True
        return False

    def _show_current(self) -> None:
        from zjtracker.services.periods import FREQUENCY_KIND
        from zjtracker.services.plan_context import plan_context, plan_of_measure, policy_frequency
        from zjtracker.services.tree import KIND_MEASURE, KIND_PLAN

        index = self.tree.currentIndex()
        kind = index.data(Role.KIND) if index.isValid() else None
        node_id = index.data(Role.NODE_ID) if index.isValid() else None
        if kind is not None:
            frequency = policy_frequency(self.database, kind, node_id)
            if frequency:
                self.period_selector.show_kind(FREQUENCY_KIND.get(frequency, "Q"))
        self._show_current_details()
        plan_id = None
        if kind == KIND_PLAN:
            plan_id = node_id
        elif kind == KIND_MEASURE:
            plan_id = plan_of_measure(self.database, node_id, self.period)
        context = plan_context(self.database, plan_id) if plan_id else None
        self.form.load(context, context.period_for(self.period) if context else None)

    def _show_current_details(self) -> None:
        from zjtracker.services.details import node_details
        from zjtracker.services.tree import KIND_INDICATOR

        index = self.tree.currentIndex()
        if not index.isValid():
            self.details.show_details(None)
            self.detail_stack.setCurrentIndex(0)
            return
        kind, node_id = index.data(Role.KIND), index.data(Role.NODE_ID)
        details = node_details(self.database, kind, node_id)
        if kind == KIND_INDICATOR:
            self.indicator_details.show_details(details)
            self.indicator_editor.show_indicator(node_id)
            self.detail_stack.setCurrentIndex(1)
        else:
            self.details.show_details(details)
            self.detail_stack.setCurrentIndex(0)

    def _focus_changed(self, _old, new) -> None:
        if new is None or not shiboken6.isValid(self):
            return
        in_form = self.form.isAncestorOf(new)
        self.undo_group.setActiveStack(self.form.undo_stack if in_form else self.structure_stack)

    def edit_current(self, operation: str) -> None:
        """Edit › Edit item (F2), Delete item (Del), Move up/down on the selected node."""
        if operation == "delete" and not self.tree.hasFocus():
            return
        self.structure_editor.edit_index(self.tree.currentIndex(), operation)

    # settings ----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        self._restoring = True
        try:
            window_settings.restore(self)
        finally:
            self._restoring = False
        QTimer.singleShot(0, self, self._show_current)  # cancelled if the window goes first

    def save_settings(self) -> None:
        if self.is_attached():
            window_settings.save(self)

    def closeEvent(self, event) -> None:
        if self.is_attached() and not self.leave_form():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)

    # drag and drop -------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        from zjtracker.ui.returns.menu import returns_files_of

        if self.is_attached() and self.importer.accepts(event.mimeData()) or returns_files_of(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.route_dropped_files([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])

    def route_dropped_files(self, paths: list[str]) -> None:
        """A stamped fill-in workbook is a return, and so is a ledger-layout table with
        progress filled in for a stored policy's tasks; another ledger-layout table may be a
        return or a new policy's ledger, so the clerk is asked; everything else is a policy
        document."""
        from zjtracker.services.returns.as_policy import return_given_as_policy
        from zjtracker.services.returns.detect import glance
        from zjtracker.ui.import_preview.start import POLICY_FILE_SUFFIXES
        from zjtracker.ui.returns.menu import import_return_files

        returns, policies = [], []
        for path in paths:
            seen = glance(path) if path.lower().endswith((".xlsx", ".xlsm")) else None
            if seen is not None and (seen.stamped or seen.fill_columns and return_given_as_policy(self.database, path)):
                returns.append(path)  # stamped, or progress filled in for a stored policy's tasks
            elif seen is not None and seen.fill_columns and self._ask_is_return(path):
                returns.append(path)
            elif path.lower().endswith(POLICY_FILE_SUFFIXES):
                policies.append(path)
        if returns:
            import_return_files(self, returns)
        if policies:
            self.importer.import_files([Path(f) for f in policies])

    def _ask_is_return(self, path: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Return or new policy?"), self.tr(
            "“%1” is a table in the ledger layout. Is it a colleague's return to merge into the "
            "progress, or the ledger of a policy to add?").replace("%1", Path(path).name), parent=self)
        as_return = box.addButton(self.tr("A return: merge the progress"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("A new policy"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is as_return
