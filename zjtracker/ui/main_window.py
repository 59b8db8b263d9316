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
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, QTimer, Signal
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
        self._shown_policy: int | None = None  # whose periods the period list offers
        self._kept_keys: list[tuple[str, int]] = []  # the selection a filter hides, for when it shows again
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
            QTimer.singleShot(0, self, self.scroll_to_current)

    # period --------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        """The anchor month; each policy is judged in its own period holding it."""
        return self.period_selector.anchor()

    def _period_changed(self, period: Period) -> None:
        if not self.leave_form():
            return
        moved = getattr(self, "_move_message", "")
        if moved and self.statusBar().currentMessage() == moved and \
                str(self.period_selector.period()) != str(self._moved_to):
            self.statusBar().clearMessage()  # “moved to 第四季度” is not true once another period is chosen
        self.reload_tree()

    def structure_changed(self, _kind: str = "", _node_id: int = 0) -> None:
        """After an edit of the structure (or its undo): the tree, the details and, unless
        something is typed in it, the form show what is stored now."""
        from zjtracker.services.policies.periods import policy_periods

        self.reload_tree(keep_form=True)
        policy_id = self._policy_of(self.tree.currentIndex())
        self._shown_policy = policy_id  # its years or rhythm may have changed; the period stays
        self.period_selector.show_policy(
            policy_periods(self.database, policy_id, self.today) if policy_id is not None else None)
        if self.form.is_dirty():
            self._show_current_details()
        else:
            self._show_current()

    def _refresh_statuses(self, plan_id: int | None = None) -> None:
        """After a save: the saved plan, its measures and the roll-ups above them show the
        stored values; nothing else is read again, and nothing opened is closed."""
        from zjtracker.services.tree import KIND_PLAN
        from zjtracker.services.tree_filter import node_path

        if plan_id is None:
            self.reload_tree(keep_form=True)
            return
        self.model.refresh_path(node_path(self.database, KIND_PLAN, plan_id))
        self._refresh_dashboard()

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
        current = self._current_keys() or self._kept_keys  # hidden by an earlier filter
        self._restoring = True
        try:
            self.model.set_period(self.period)
            self.model.set_visible(visible)
            if visible is None:
                restore_expanded(self.tree, self.model, self._unfiltered_expansion or [])
                self._unfiltered_expansion = None
            elif len(visible.shown) <= AUTO_EXPAND_LIMIT:
                self._expand_to_matches(QModelIndex(), visible)
            self._kept_keys = current
            if current and (visible is None or current[-1] in visible):
                select_path(self.tree, self.model, current)  # the selection survives the filter
                self._kept_keys = []
        finally:
            self._restoring = False
        self._show_current()
        self.empty_result.setVisible(visible is not None and not visible.matches)
        if visible is not None:
            self.statusBar().showMessage(self.tr("%1 match(es)").replace("%1", str(visible.matches)))
        else:
            self.statusBar().clearMessage()

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
            # back to the node the form shows, selected and highlighted as well
            QTimer.singleShot(0, self, lambda: self._select_quietly(QPersistentModelIndex(previous)))
            return
        self._show_current()

    def _select_quietly(self, index) -> None:
        if not index.isValid():
            return
        self._restoring = True
        try:
            self.tree.setCurrentIndex(QModelIndex(index))
            self.tree.scrollTo(QModelIndex(index))
        finally:
            self._restoring = False

    def leave_form(self) -> bool:
        """Save the form before it shows something else; False keeps the clerk where they are.
        A value that cannot be saved is said once, with the choice to discard it (the form's
        ``leave``)."""
        return self.form.leave()

    def _show_current(self) -> None:
        from zjtracker.services.plan_context import plan_context, plan_of_measure
        from zjtracker.services.tree import KIND_MEASURE, KIND_PLAN, KIND_POLICY

        index = self.tree.currentIndex()
        kind = index.data(Role.KIND) if index.isValid() else None
        node_id = index.data(Role.NODE_ID) if index.isValid() else None
        self._show_current_details()
        if self._follow_policy(self._policy_of(index)):
            return  # the period moves: the tree is reloaded and the form shown for it
        plan_id, reason = None, ""
        if kind == KIND_PLAN:
            plan_id = node_id
        elif kind == KIND_MEASURE:
            plan_id = plan_of_measure(self.database, node_id, self.period)
            if plan_id is None:
                reason = self._no_plan_reason(index)
        elif kind == KIND_POLICY or kind is not None:
            reason = self.tr("Select one of its measures or yearly plans to report progress.")
        context = plan_context(self.database, plan_id) if plan_id else None
        self.form.load(context, context.period_for(self.period) if context else None, reason)
        self.evidence_panel.show_plan(self.form.plan_id, self.form.period)
        self.oversight.show_plan(self.form.plan_id, self.form.period)

    @staticmethod
    def _policy_of(index: QModelIndex) -> int | None:
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        return index.data(Role.NODE_ID) if index.isValid() and index.data(Role.KIND) == "policy" else None

    def _follow_policy(self, policy_id: int | None) -> bool:
        """The period list offers the selected policy's own periods. Coming to a policy whose
        years do not hold the chosen period moves to its latest period with progress, or
        says which years it covers. True when the period moved."""
        from zjtracker.services.policies.periods import policy_periods

        if policy_id == self._shown_policy:
            return False
        self._shown_policy = policy_id
        periods = policy_periods(self.database, policy_id, self.today) if policy_id is not None else None
        self.period_selector.show_policy(periods)
        if periods is None:
            return False
        shown = self.period_selector.period()
        if periods.covers(shown):
            return False
        if periods.latest_with_data is not None:
            target = periods.latest_with_data
            message = self.tr("This policy covers %1: moved to %2, its latest period with progress.")
        else:  # nothing reported yet: today's period when within its years, else its newest
            target = periods.current or periods.periods[0]
            message = self.tr("This policy covers %1 and has no progress yet: moved to %2.")
        self._move_message = message.replace("%1", periods.years_text()).replace("%2", target.label())
        self._moved_to = target
        self.statusBar().showMessage(self._move_message)
        # Moved once the selection has settled (the move reloads the tree, which must not
        # happen inside the selection change); the reload then shows the form for it.
        QTimer.singleShot(0, self, lambda: self.period_selector.set_period(target))
        return True

    def _no_plan_reason(self, index: QModelIndex) -> str:
        """Why a measure's form is greyed: no yearly plan for the year of the period."""
        from zjtracker.services.node_status import effective_period
        from zjtracker.services.tree import KIND_PLAN

        years = []
        if self.model.canFetchMore(index):
            self.model.fetchMore(index)
        for row in range(self.model.rowCount(index)):
            child = self.model.index(row, 0, index)
            if child.data(Role.KIND) == KIND_PLAN:
                years.append(child.data(Role.LABEL))
        periods = self.period_selector.policy_periods()
        year = effective_period(self.period, periods.frequency if periods else "quarterly").year
        if not years:
            if self.model.rowCount(index):
                return self.tr("This measure is a group: select one of the measures under it.")
            return self.tr("This measure has no yearly plan yet: add one with a right click › Add yearly plan.")
        return self.tr("This measure has no yearly plan for %1 (plans: %2). Choose another period or add a plan.") \
            .replace("%1", str(year)).replace("%2", "、".join(years))

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
            if not QSettings().value("period", ""):
                self._open_on_data()
            window_settings.restore(self)
        finally:
            self._restoring = False
        QTimer.singleShot(0, self, self._after_restore)  # cancelled if the window goes first

    def _after_restore(self) -> None:
        self._show_current()
        self.scroll_to_current()

    def scroll_to_current(self) -> None:
        """The restored selection in view (the tree has its size only once shown)."""
        if self.is_attached() and self.tree.currentIndex().isValid():
            self.tree.scrollTo(self.tree.currentIndex(), self.tree.ScrollHint.PositionAtCenter)

    def _open_on_data(self) -> None:
        """The first start: today's period when something was reported in it, else the
        latest period that holds progress (a newcomer then sees data, not an empty form)."""
        from zjtracker.services.policies.periods import data_in_anchor, latest_period_with_data

        if data_in_anchor(self.database, self.period):
            return
        latest = latest_period_with_data(self.database)
        if latest is not None:
            self.period_selector.blockSignals(True)
            try:
                self.period_selector.set_period(latest)
            finally:
                self.period_selector.blockSignals(False)
            self.model.set_period(self.period)

    def save_settings(self) -> None:
        if self.is_attached():
            window_settings.save(self)
            # the month chosen, not the period of the rhythm last shown: a visit to a
            # bimonthly policy (九—十月) must not move quarterly items from Q3 to Q4
            QSettings().setValue("period", str(self.period_selector.anchor()))

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
