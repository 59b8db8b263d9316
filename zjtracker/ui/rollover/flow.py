"""The ways into next year's ledger: 生成下一年度台账… and 关联上年任务… from the Tools menu
(on the policy selected in the tree) and from a policy's context menu, and the offer to
link a newly imported ledger to last year's when an earlier, alike policy exists.

Each opens its dialog and pushes an undoable step through the structure editor; after a
rollover the tree shows the new year (the period selector moves to its first period)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from zjtracker.services.choices import plan_years
from zjtracker.services.periods import Period
from zjtracker.services.rollover.linking import ledger_to_link
from zjtracker.services.rollover.next_year import latest_plan_year
from zjtracker.ui.rollover.commands import LinkTasksCommand, NextYearCommand

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises
OFFER_LIKENESS = 0.5  # titles this alike: the import offers to link the new ledger


def _ask_policy(window) -> int | None:
    policy_id = window._policy_of(window.tree.currentIndex()) if hasattr(window, "tree") else None
    if policy_id is None:
        QMessageBox.information(window, translate("Rollover", "No policy selected"),
                                translate("Rollover", "Select a policy (or anything in it) in the tree first."))
    return policy_id


def generate_next_year(editor, policy_id: int | None = None, year: int | None = None) -> bool:
    """Open the preview for the policy and, on 生成, make next year's ledger as one undoable step."""
    from zjtracker.ui.rollover.next_year_dialog import NextYearDialog

    window = editor.widget
    if policy_id is None:
        policy_id = _ask_policy(window)
        if policy_id is None:
            return False
    if year is None:
        year = latest_plan_year(editor.database, policy_id) or _shown_year(window)
    dialog = NextYearDialog(editor.database, policy_id, year, window)
    window.next_year_dialog = dialog  # reachable for scripts and tests while it is open
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        command = NextYearCommand(editor.database, policy_id, dialog.year(), dialog.choices(),
                                  editor.refresh, editor._later_error)
    finally:
        window.next_year_dialog = None
    shown = _shown_period(window)
    if not editor._push(command):
        return False
    command.after_redo = lambda: _show_year(window, command.result.next_year)
    command.after_undo = lambda: _show_again(window, shown, command.result.next_year)
    _show_year(window, command.result.next_year)
    return True


def link_tasks(editor, policy_id: int | None = None, earlier_id: int | None = None) -> bool:
    """Open the linking dialog for the policy's tasks; store the confirmed links as one step."""
    from zjtracker.ui.rollover.link_dialog import LinkDialog

    window = editor.widget
    if policy_id is None:
        policy_id = _ask_policy(window)
        if policy_id is None:
            return False
    dialog = LinkDialog(editor.database, policy_id, earlier_id, window)
    window.link_dialog = dialog
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        links = dialog.links()
    finally:
        window.link_dialog = None
    if not links:
        return False
    return editor._push(LinkTasksCommand(editor.database, links, editor.refresh, editor._later_error))


def offer_linking(window, policy_ids: list[int]) -> None:
    """After an import: when a new policy continues an earlier ledger (an alike title, plans
    only in earlier years, no link yet), ask (without blocking) whether to link its tasks."""
    for policy_id in policy_ids:
        earlier = ledger_to_link(window.database, policy_id, OFFER_LIKENESS)
        if earlier is None:
            continue
        box = QMessageBox(QMessageBox.Icon.Question, translate("Rollover", "Link to last year's ledger?"),
                          translate("Rollover", "The imported document resembles “%1”. Link its tasks to "
                                    "that ledger's, so each task's history runs across years?")
                          .replace("%1", earlier.title),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
        box.setObjectName("link_offer")
        box.buttonClicked.connect(lambda button, b=box, p=policy_id, e=earlier.policy_id: (
            b.standardButton(button) == QMessageBox.StandardButton.Yes
            and link_tasks(window.structure_editor, p, e)))
        window.link_offer = box
        box.open()
        return


def _shown_year(window) -> int:
    try:
        return window.period_selector.period().year
    except AttributeError:
        from datetime import date

        return date.today().year


def _shown_period(window) -> Period | None:
    selector = getattr(window, "period_selector", None)
    return None if selector is None else selector.period()


def _show_again(window, period: Period | None, removed_year: int) -> None:
    """After the undo: the selector leaves the removed year for the period shown before."""
    selector = getattr(window, "period_selector", None)
    if selector is None or period is None:
        return
    selector.set_years(plan_years(window.database))
    if hasattr(window, "structure_changed"):
        window.structure_changed()
    if selector.period().year == removed_year:
        selector.set_period(period)


def _show_year(window, year: int) -> None:
    """The period selector moves to the new year's first period, so the tree shows it."""
    selector = getattr(window, "period_selector", None)
    if selector is None:
        return
    selector.set_years(plan_years(window.database))
    if hasattr(window, "structure_changed"):
        window.structure_changed()
    selector.set_period(Period.all_of_year(year, selector.period().kind)[0])
