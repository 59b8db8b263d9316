"""What the benchmarks do in the main window, as a clerk would: open levels of the tree,
type into the filter, look at the overview. Each step ends when Qt has handled every event
it caused (the view laid out and painted), so that timing a step times what the clerk waits
for."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from zjtracker.services.policies.queries import list_policies
from zjtracker.services.tree import KIND_AREA, KIND_MEASURE, KIND_POLICY
from zjtracker.ui.tree.model import Role

TASKS_WANTED = 500


def settle() -> None:
    QApplication.processEvents()


def policy_near(database, tasks: int = TASKS_WANTED) -> tuple[int, int] | None:
    """The policy whose number of tasks is nearest ``tasks``: (id, tasks)."""
    policies = [(abs(p.measures - tasks), p.id, p.measures) for p in list_policies(database) if p.measures]
    if not policies:
        return None
    _, policy_id, count = min(policies)
    return policy_id, count


def largest_policy(database) -> int | None:
    found = policy_near(database, TASKS_WANTED)
    return found[0] if found else None


def open_first_levels(window) -> int:
    """Reload the tree and open every policy, so that every area shows; returns the rows shown."""
    tree, model = window.tree, window.model
    tree.collapseAll()
    model.reload()
    settle()
    shown = 0
    for row in range(model.rowCount(QModelIndex())):
        index = model.index(row, 0, QModelIndex())
        tree.expand(index)
        shown += 1 + model.rowCount(index)
    settle()
    return shown


def expand_policy(window, policy_id: int) -> int:
    """Open a policy, its areas and its groups until every task shows; returns the tasks."""
    tree, model = window.tree, window.model
    index = model.find([(KIND_POLICY, policy_id)])
    tasks = 0
    pending = [index]
    while pending:
        parent = pending.pop()
        tree.expand(parent)
        if model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            child = model.index(row, 0, parent)
            kind = child.data(Role.KIND)
            node = child.data(Role.NODE)
            if kind == KIND_AREA or (kind == KIND_MEASURE and node.is_group):
                pending.append(child)
            elif kind == KIND_MEASURE:
                tasks += 1
    settle()
    return tasks


def type_filter(window, text: str) -> int:
    """Put ``text`` in the filter box and let the window answer, as the typing pause does;
    returns the matches shown in the status bar's count (0 for an empty filter)."""
    box = window.filter_bar.text
    box.blockSignals(True)
    box.setText(text)
    box.blockSignals(False)
    window.apply_filter(window.filter_bar.current_filter())
    settle()
    visible = window.model.visible
    return visible.matches if visible is not None else 0
