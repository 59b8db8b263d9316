"""The main window's tree: reloading it, the filter, the selection and what the right side
shows for the selected node (its details, the progress form of its yearly plan, or why there
is none). Functions over the window; ``MainWindow`` keeps a one-line method for those that
other modules and its signals call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QTimer

from zjtracker.ui.tree.roles import Role
from zjtracker.ui.tree.state import expanded_paths, restore_expanded, select_path

if TYPE_CHECKING:
    from zjtracker.services.tree_filter import TreeFilter
    from zjtracker.ui.main_window import MainWindow

AUTO_EXPAND_LIMIT = 400  # a filter with more hits than this leaves the levels folded


# tree ------------------------------------------------------------------------------------
def reload_tree(window: MainWindow, keep_form: bool = False) -> None:
    """Reload from the database, keeping what is expanded and selected (F5)."""
    from zjtracker.services.filter_outline import window_nodes

    expanded = expanded_paths(window.tree, window.model)
    current = current_keys(window)
    window._restoring = True
    try:
        window.model.set_period(window.period)
        if window.filter_bar.current_filter().active:
            window.model.set_visible(window_nodes(window.database, window.filter_bar.current_filter(), window.period))
        else:
            window.model.reload()
        restore_expanded(window.tree, window.model, expanded)
        if current:
            select_path(window.tree, window.model, current)
    finally:
        window._restoring = False
    if not keep_form:
        show_current(window)
    window._refresh_dashboard()


def current_keys(window: MainWindow) -> list[tuple[str, int]]:
    keys, index = [], window.tree.currentIndex()
    while index.isValid():
        keys.append((index.data(Role.KIND), index.data(Role.NODE_ID)))
        index = index.parent()
    return list(reversed(keys))


def apply_filter(window: MainWindow, tree_filter: TreeFilter) -> None:
    from zjtracker.services.filter_outline import window_nodes

    if not window.leave_form():
        return
    if tree_filter.active and window._unfiltered_expansion is None:
        window._unfiltered_expansion = expanded_paths(window.tree, window.model)
    visible = window_nodes(window.database, tree_filter, window.period)
    current = current_keys(window) or window._kept_keys  # hidden by an earlier filter
    window._restoring = True
    try:
        window.model.set_period(window.period)
        window.model.set_visible(visible, keep_loaded=True)  # only the filter changed
        if visible is None:
            restore_expanded(window.tree, window.model, window._unfiltered_expansion or [])
            window._unfiltered_expansion = None
        elif visible.complete and len(visible.shown) <= AUTO_EXPAND_LIMIT:
            expand_to_matches(window, QModelIndex(), visible)
        window._kept_keys = current
        if current and (visible is None or current[-1] in visible):
            select_path(window.tree, window.model, current)  # the selection survives the filter
            window._kept_keys = []
    finally:
        window._restoring = False
    show_current(window)
    window.empty_result.setVisible(visible is not None and not visible.matches)
    if visible is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "%1 match(es)").replace("%1", str(visible.matches)))
    else:
        window.statusBar().clearMessage()


def expand_to_matches(window: MainWindow, parent: QModelIndex, visible) -> None:
    model = window.model
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        key = (index.data(Role.KIND), index.data(Role.NODE_ID))
        if key in visible.shown and key not in visible.whole:
            window.tree.expand(index)
            expand_to_matches(window, index, visible)


def open_node(window: MainWindow, kind: str, node_id: int) -> None:
    """Show a node in the tree (from the dashboard or a search)."""
    from zjtracker.services.tree_filter import node_path

    keys = node_path(window.database, kind, node_id)
    if not keys:
        return
    if window.model.visible is not None and keys[-1] not in window.model.visible:
        window.filter_bar.clear()
    window.tabs.setCurrentIndex(0)
    select_path(window.tree, window.model, keys)
    window.tree.setFocus()


# selection -------------------------------------------------------------------------------
def current_changed(window: MainWindow, current: QModelIndex, previous: QModelIndex) -> None:
    if window._restoring:
        return
    if previous.isValid() and not window.leave_form():
        # back to the node the form shows, selected and highlighted as well
        QTimer.singleShot(0, window, lambda: select_quietly(window, QPersistentModelIndex(previous)))
        return
    show_current(window)


def select_quietly(window: MainWindow, index) -> None:
    if not index.isValid():
        return
    window._restoring = True
    try:
        window.tree.setCurrentIndex(QModelIndex(index))
        window.tree.scrollTo(QModelIndex(index))
    finally:
        window._restoring = False


def show_current(window: MainWindow) -> None:
    from zjtracker.services.plan_context import plan_context, plan_of_measure
    from zjtracker.services.tree import KIND_MEASURE, KIND_PLAN, KIND_POLICY

    index = window.tree.currentIndex()
    kind = index.data(Role.KIND) if index.isValid() else None
    node_id = index.data(Role.NODE_ID) if index.isValid() else None
    show_current_details(window)
    if follow_policy(window, policy_of(index)):
        return  # the period moves: the tree is reloaded and the form shown for it
    plan_id, reason = None, ""
    if kind == KIND_PLAN:
        plan_id = node_id
    elif kind == KIND_MEASURE:
        plan_id = plan_of_measure(window.database, node_id, window.period)
        if plan_id is None:
            reason = no_plan_reason(window, index)
    elif kind == KIND_POLICY or kind is not None:
        reason = QCoreApplication.translate(
            "MainWindow", "Select one of its measures or yearly plans to report progress.")
    context = plan_context(window.database, plan_id) if plan_id else None
    window.form.load(context, context.period_for(window.period) if context else None, reason)
    window.evidence_panel.show_plan(window.form.plan_id, window.form.period)
    window.oversight.show_plan(window.form.plan_id, window.form.period)


def policy_of(index: QModelIndex) -> int | None:
    while index.isValid() and index.parent().isValid():
        index = index.parent()
    return index.data(Role.NODE_ID) if index.isValid() and index.data(Role.KIND) == "policy" else None


def follow_policy(window: MainWindow, policy_id: int | None) -> bool:
    """The period list offers the selected policy's own periods. Coming to a policy whose
    years do not hold the chosen period moves to its latest period with progress, or
    says which years it covers. True when the period moved."""
    from zjtracker.services.policies.periods import policy_periods

    if policy_id == window._shown_policy:
        return False
    window._shown_policy = policy_id
    periods = policy_periods(window.database, policy_id, window.today) if policy_id is not None else None
    window.period_selector.show_policy(periods)
    if periods is None:
        return False
    shown = window.period_selector.period()
    if periods.covers(shown):
        return False
    if periods.latest_with_data is not None:
        target = periods.latest_with_data
        message = QCoreApplication.translate(
            "MainWindow", "This policy covers %1: moved to %2, its latest period with progress.")
    else:  # nothing reported yet: today's period when within its years, else its newest
        target = periods.current or periods.periods[0]
        message = QCoreApplication.translate(
            "MainWindow", "This policy covers %1 and has no progress yet: moved to %2.")
    window._move_message = message.replace("%1", periods.years_text()).replace("%2", target.label())
    window._moved_to = target
    window.statusBar().showMessage(window._move_message)
    # Moved once the selection has settled (the move reloads the tree, which must not
    # happen inside the selection change); the reload then shows the form for it.
    QTimer.singleShot(0, window, lambda: window.period_selector.set_period(target))
    return True


def no_plan_reason(window: MainWindow, index: QModelIndex) -> str:
    """Why a measure's form is greyed: no yearly plan for the year of the period."""
    from zjtracker.services.node_status import effective_period
    from zjtracker.services.tree import KIND_PLAN

    model, years = window.model, []
    if model.canFetchMore(index):
        model.fetchMore(index)
    for row in range(model.rowCount(index)):
        child = model.index(row, 0, index)
        if child.data(Role.KIND) == KIND_PLAN:
            years.append(child.data(Role.LABEL))
    periods = window.period_selector.policy_periods()
    year = effective_period(window.period, periods.frequency if periods else "quarterly").year
    if not years:
        if model.rowCount(index):
            return QCoreApplication.translate(
                "MainWindow", "This measure is a group: select one of the measures under it.")
        return QCoreApplication.translate(
            "MainWindow", "This measure has no yearly plan yet: add one with a right click › Add yearly plan.")
    return QCoreApplication.translate(
        "MainWindow", "This measure has no yearly plan for %1 (plans: %2). Choose another period or add a plan.") \
        .replace("%1", str(year)).replace("%2", "、".join(years))


def show_current_details(window: MainWindow) -> None:
    from zjtracker.services.details import node_details
    from zjtracker.services.tree import KIND_INDICATOR

    index = window.tree.currentIndex()
    if not index.isValid():
        window.details.show_details(None)
        window.detail_stack.setCurrentIndex(0)
        return
    kind, node_id = index.data(Role.KIND), index.data(Role.NODE_ID)
    details = node_details(window.database, kind, node_id)
    if kind == KIND_INDICATOR:
        window.indicator_details.show_details(details)
        window.indicator_editor.show_indicator(node_id)
        window.detail_stack.setCurrentIndex(1)
    else:
        window.details.show_details(details)
        window.detail_stack.setCurrentIndex(0)
