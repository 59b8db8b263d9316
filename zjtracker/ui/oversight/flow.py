"""复核…, 退回…, 清除复核结论, 销号… and 重新打开 on the task selected in the tree: each asks
(dialogs.py), calls services/oversight in one transaction and refreshes the tree, the form's
verdict line and the overview. Methods take the answers directly too (tests, scripts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from zjtracker.services.context import current_user
from zjtracker.services.oversight import actions as oversight
from zjtracker.services.oversight.queries import PlanNotFound, PlanOversight, plan_oversight
from zjtracker.services.periods import Period
from zjtracker.services.tree import KIND_MEASURE, KIND_PLAN
from zjtracker.ui.oversight.dialogs import CloseTaskDialog, VerdictDialog
from zjtracker.ui.tree.roles import Role


class OversightActions(QObject):
    """The 督查 steps of the main ``window`` (its tree, period, form and dashboard)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.database = window.database
        # asked before closing a task reported below 100 %; tests answer it themselves
        self.confirm = self._confirm

    # where -------------------------------------------------------------------------------
    def target(self, kind: str | None, node_id: int | None) -> tuple[int, Period] | None:
        """(plan id, period) of a tree node: a plan, or a measure's plan of the period's year."""
        from zjtracker.services.plan_context import plan_context, plan_of_measure

        if kind == KIND_PLAN:
            plan_id = node_id
        elif kind == KIND_MEASURE:
            plan_id = plan_of_measure(self.database, node_id, self.window.period)
        else:
            return None
        context = plan_context(self.database, plan_id) if plan_id else None
        return (plan_id, context.period_for(self.window.period)) if context else None

    def current_target(self) -> tuple[int, Period] | None:
        index = self.window.tree.currentIndex()
        return self.target(index.data(Role.KIND), index.data(Role.NODE_ID)) if index.isValid() else None

    def actions_for(self, kind: str, node_id: int) -> list[QAction | None]:
        """The context menu's entries for a node (none for a measure without a plan this year)."""
        found = self.target(kind, node_id)
        if found is None:
            return []
        plan_id, period = found
        seen = plan_oversight(self.database, plan_id, period)

        def action(text: str, slot, enabled: bool = True) -> QAction:
            item = QAction(text, self)
            item.setEnabled(enabled)
            item.triggered.connect(lambda _checked=False: slot(plan_id, period))
            return item

        entries = [action(self.tr("Re&view…"), self.review, seen.has_report),
                   action(self.tr("Send &back…"), self.send_back, seen.has_report and not seen.closed)]
        if seen.verdict is not None:
            entries.append(action(self.tr("C&lear the review verdict"), self.clear))
        entries.append(action(self.tr("Re&open task"), self.reopen) if seen.closed
                       else action(self.tr("Close tas&k…"), self.close_task))
        return entries

    def on_current(self, step: str) -> None:
        """A menu's step on the task selected in the tree."""
        found = self.current_target()
        if found is None:
            self._say(self.tr("Select a measure or a yearly plan in the tree first."))
            return
        getattr(self, step)(*found)

    # the steps ---------------------------------------------------------------------------
    def review(self, plan_id: int, period: Period, note: str | None = None) -> bool:
        if note is None:
            seen = self._seen(plan_id, period)
            if seen is None:
                return False
            dialog = VerdictDialog(seen, False, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            note = dialog.text()
        return self._do(lambda: oversight.review_report(self.database, plan_id, period, note))

    def send_back(self, plan_id: int, period: Period, reason: str | None = None) -> bool:
        if reason is None:
            seen = self._seen(plan_id, period)
            if seen is None:
                return False
            dialog = VerdictDialog(seen, True, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            reason = dialog.text()
        return self._do(lambda: oversight.return_report(self.database, plan_id, period, reason))

    def clear(self, plan_id: int, period: Period) -> bool:
        return self._do(lambda: oversight.clear_verdict(self.database, plan_id, period))

    def close_task(self, plan_id: int, period: Period, values: tuple[date, str, str] | None = None) -> bool:
        seen = self._seen(plan_id, period)
        if seen is None:
            return False
        if values is None:
            dialog = CloseTaskDialog(seen, current_user(), self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        if (seen.latest_percent is None or seen.latest_percent < 100) and not self.confirm(seen):
            return False
        closed_on, basis, by = values
        return self._do(lambda: oversight.close_task(self.database, plan_id, closed_on, basis, by or None))

    def reopen(self, plan_id: int, period: Period) -> bool:
        return self._do(lambda: oversight.reopen_task(self.database, plan_id))

    # helpers -----------------------------------------------------------------------------
    def _seen(self, plan_id: int, period: Period) -> PlanOversight | None:
        try:
            return plan_oversight(self.database, plan_id, period)
        except PlanNotFound as error:
            self._say(error.message)
            return None

    def _do(self, step) -> bool:
        try:
            step()
        except (oversight.OversightRefused, PlanNotFound) as error:
            self._say(error.message)
            return False
        self.window.reload_tree(keep_form=True)
        self.show_plan(self.window.form.plan_id, self.window.form.period)
        return True

    def show_plan(self, plan_id: int | None, period: Period | None) -> None:
        """The form's line above the fields: 已退回：原因…, 已复核, 已销号 (办结日期)."""
        from zjtracker.ui.oversight.banner import banner_text

        label = getattr(self.window.form.ui, "verdict", None)
        if label is None:
            return
        seen = plan_oversight(self.database, plan_id, period) if plan_id and period else None
        text = banner_text(seen) if seen is not None else ""
        sent_back = seen is not None and seen.verdict is not None and seen.verdict.standing_return
        label.setStyleSheet("color: #b71c1c;" if sent_back else "color: #37474f;")  # red only for 已退回
        label.setText(text)
        label.setVisible(bool(text))
        set_locked = getattr(self.window.form, "set_locked", None)
        if set_locked is not None:
            set_locked(seen is not None and seen.closing is not None)

    def _confirm(self, seen: PlanOversight) -> bool:
        if seen.latest_percent is None:
            question = self.tr("The latest report of this task gives no percentage. Close it all the same?")
        else:
            question = self.tr("The latest report of this task gives %1, not 100%. Close it all the same?").replace(
                "%1", f"{seen.latest_percent:g}%")
        answer = QMessageBox.question(self.window, self.tr("Close task"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _say(self, message: str) -> None:
        QMessageBox.warning(self.window, QCoreApplication.translate("OversightActions", "Review and closing"), message)


def install_oversight_menu(window, menu) -> None:
    """The window's ``oversight`` and its submenu (复核与销号) in ``menu``."""
    window.oversight = OversightActions(window)
    saved = getattr(window.form, "saved", None)
    if saved is not None:  # a report typed after a 退回 turns the form's line into 已重报（待复核）
        saved.connect(lambda *_: window.oversight.show_plan(window.form.plan_id, window.form.period))
    sub = menu.addMenu(QCoreApplication.translate("OversightActions", "Re&view and close"))
    for text, step in ((QCoreApplication.translate("OversightActions", "Re&view…"), "review"),
                       (QCoreApplication.translate("OversightActions", "Send &back…"), "send_back"),
                       (QCoreApplication.translate("OversightActions", "C&lear the review verdict"), "clear"),
                       (QCoreApplication.translate("OversightActions", "Close tas&k…"), "close_task"),
                       (QCoreApplication.translate("OversightActions", "Re&open task"), "reopen")):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, step=step: window.oversight.on_current(step))
        sub.addAction(action)
    window.oversight_menu = sub
