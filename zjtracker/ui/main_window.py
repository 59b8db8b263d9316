"""The main window: the filtered policy tree on the left; on the right the details of the
selection and the progress form of the chosen period; the dashboard on its own tab.

The window is built in two steps so that it shows at once: its frame (title, geometry,
empty menus and toolbar, the status bar saying the database is being opened) needs no database
code; ``attach_database`` then builds the tree, the form and the rest
(main_window_parts). ``MainWindow(database)`` does both at once; the program at start
paints the frame first and opens the database just after (app_controller).

The window's jobs live beside it, as functions over the window: the tree, its filter and the
selection (main_window_tree), what is restored and saved across restarts
(main_window_settings), dropped files (main_window_drops). The window keeps a one-line
method for those that other modules, the menus and the signals call."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from zjtracker.ui import main_menus

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtCore import QModelIndex

    from zjtracker.db.engine import Database
    from zjtracker.services.periods import Period
    from zjtracker.services.tree_filter import TreeFilter


class _Later:
    """One of the window's job modules, imported at its first use: none is needed for the
    first frame, and loading them (the tree's views and settings) before it costs the paint."""

    def __init__(self, name: str):
        self._name = f"zjtracker.ui.{name}"

    def __getattr__(self, attribute: str):
        return getattr(importlib.import_module(self._name), attribute)


main_window_drops = _Later("main_window_drops")
main_window_settings = _Later("main_window_settings")
main_window_tree = _Later("main_window_tree")


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
        main_window_settings.restore_settings(self)

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

    def leave_form(self) -> bool:
        """Save the form before it shows something else; False keeps the clerk where they are.
        A value that cannot be saved is said once, with the choice to discard it (the form's
        ``leave``)."""
        return self.form.leave()

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

    # tree, filter and selection (main_window_tree) ----------------------------------------
    def reload_tree(self, keep_form: bool = False) -> None:
        """Reload from the database, keeping what is expanded and selected (F5)."""
        main_window_tree.reload_tree(self, keep_form)

    def _current_keys(self) -> list[tuple[str, int]]:
        return main_window_tree.current_keys(self)

    def apply_filter(self, tree_filter: TreeFilter) -> None:
        main_window_tree.apply_filter(self, tree_filter)

    def open_node(self, kind: str, node_id: int) -> None:
        """Show a node in the tree (from the dashboard or a search)."""
        main_window_tree.open_node(self, kind, node_id)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        main_window_tree.current_changed(self, current, previous)

    def _show_current(self) -> None:
        main_window_tree.show_current(self)

    @staticmethod
    def _policy_of(index: QModelIndex) -> int | None:
        return main_window_tree.policy_of(index)

    def _show_current_details(self) -> None:
        main_window_tree.show_current_details(self)

    # settings (main_window_settings) -------------------------------------------------------
    def scroll_to_current(self) -> None:
        """The restored selection in view (the tree has its size only once shown)."""
        main_window_settings.scroll_to_current(self)

    def save_settings(self) -> None:
        main_window_settings.save_settings(self)

    def closeEvent(self, event) -> None:
        if self.is_attached() and not self.leave_form():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)

    # drag and drop (main_window_drops) -----------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if main_window_drops.accepts(self, event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.route_dropped_files(main_window_drops.dropped_paths(event.mimeData()))

    def route_dropped_files(self, paths: list[str]) -> None:
        """A return goes to the returns import, a policy document to the policy import; a
        ledger-layout table that may be either is asked about."""
        main_window_drops.route_dropped_files(self, paths)
