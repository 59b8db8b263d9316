"""The rollover and the linking of ledgers as undoable steps of the structure's undo stack:
生成下一年度台账 undone removes the new year's plans (while they hold no progress) and puts
the policy's end year back; 关联上年任务 undone puts the old links back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from zjtracker.db.engine import Database
from zjtracker.services.rollover.linking import store_links
from zjtracker.services.rollover.next_year import (
    Choices,
    RolloverResult,
    make_next_year,
    undo_next_year,
)
from zjtracker.services.tree import KIND_ROOT
from zjtracker.ui.structure.commands import ErrorHandler, Refresh, StructureCommand

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


class NextYearCommand(StructureCommand):
    """Make year+1's plans of a policy as the clerk chose in the preview."""

    def __init__(self, database: Database, policy_id: int, year: int, choices: Choices,
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        text = translate("Rollover", "Generate %1 ledger").replace("%1", str(year + 1))
        super().__init__(database, text, refresh, on_error)
        self.policy_id, self.year, self.choices = policy_id, year, choices
        self.parent_key = (KIND_ROOT, 0)
        self.result: RolloverResult | None = None
        # The window's period selector follows the step: to the new year when it is made,
        # back to where the clerk was when it is undone.
        self.after_redo: Callable[[], None] | None = None
        self.after_undo: Callable[[], None] | None = None

    def redo(self) -> None:
        first = self._skip_redo  # push() runs redo() once after apply(): the flow moves the selector then
        super().redo()
        if not first and self.error is None and self.after_redo is not None:
            self.after_redo()

    def undo(self) -> None:
        super().undo()
        if self.error is None and self.after_undo is not None:
            self.after_undo()

    def _first(self) -> bool:
        self.result = make_next_year(self.database, self.policy_id, self.year, self.choices)
        return bool(self.result.plan_ids) or self.result.old_end_year != self.result.new_end_year

    def _undo(self) -> None:
        undo_next_year(self.database, self.result)

    def _redo(self) -> None:
        self.result = make_next_year(self.database, self.policy_id, self.year, self.choices)


class LinkTasksCommand(StructureCommand):
    """Store the confirmed links of a new ledger's tasks to last year's."""

    def __init__(self, database: Database, links: dict[int, int | None],
                 refresh: Refresh | None = None, on_error: ErrorHandler | None = None):
        super().__init__(database, translate("Rollover", "Link tasks to last year's"), refresh, on_error)
        self.links = dict(links)
        self.parent_key = (KIND_ROOT, 0)
        self._old: dict[int, int | None] = {}

    def _first(self) -> bool:
        self._old = store_links(self.database, self.links)
        return bool(self._old)

    def _undo(self) -> None:
        store_links(self.database, self._old, source="undo")

    def _redo(self) -> None:
        store_links(self.database, {m: self.links[m] for m in self._old})
