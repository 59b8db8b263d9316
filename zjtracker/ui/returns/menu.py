"""The returns in the main window's menus: File › Send fill-in workbooks…, File › Import
returned workbooks… (Ctrl+Shift+O), Tools › Import history…, View › Returns tracker; and
the routing of dropped files (a return goes to the returns import, not the policy import).

``install_returns_ui(window)`` wires it all; the window needs ``database``, ``file_menu``,
``tools_menu``, ``view_menu``, ``period_selector``, ``tree``, ``reload_tree()``,
``statusBar()``, ``dashboard`` and ``tabs``.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QAction, QKeySequence

from zjtracker.services.returns.detect import looks_like_return

RETURN_SUFFIXES = (".xlsx", ".xlsm", ".xls")


def returns_files_of(mime: QMimeData) -> list[str]:
    """The dropped files that are returns (stamped fill-in workbooks, or tables in the ledger
    layout with 落实情况 / 完成进度 columns); the others are left to the policy import."""
    paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.lower().endswith(RETURN_SUFFIXES) and looks_like_return(p)]


def import_return_files(window, paths) -> None:
    """Read, preview and apply the returned workbooks at ``paths`` (the drop handler's way in)."""
    returns_ui(window).importer.import_files([Path(p) for p in paths])


def install_returns_ui(window) -> ReturnsUi:
    ui = ReturnsUi(window)
    window.returns_ui = ui
    return ui


def returns_ui(window) -> ReturnsUi:
    return getattr(window, "returns_ui", None) or install_returns_ui(window)


class ReturnsUi(QObject):
    """The actions, the import controller and the open views of the returns."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._importer = None
        self.tracker = None
        self.history = None
        self.send_dialog = None

        self.send_action = self._action(self.tr("&Send fill-in workbooks…"), self.send_templates)
        self.import_action = self._action(self.tr("Import &returned workbooks…"), lambda: self.importer.choose_files(),
                                          "Ctrl+Shift+O")
        self.history_action = self._action(self.tr("Import &history…"), self.show_history)
        self.tracker_action = self._action(self.tr("Returns &tracker"), self.show_tracker)
        self._add_to_file_menu([self.send_action, self.import_action])
        window.tools_menu.addAction(self.history_action)
        window.view_menu.addAction(self.tracker_action)

    @property
    def importer(self):
        """The import of returned workbooks, made when first used (it loads the workbook
        readers, which the window does not need to open)."""
        if self._importer is None:
            from zjtracker.ui.returns.importing import ReturnsImportController

            self._importer = ReturnsImportController(self.window)
            self._importer.applied.connect(lambda _result: self._refresh_views())  # it reloads the tree itself
        return self._importer

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _add_to_file_menu(self, actions: list[QAction]) -> None:
        """Right after the policy import when there is one, else at the top."""
        menu = self.window.file_menu
        existing = menu.actions()
        anchor = getattr(self.window, "import_action", None)
        position = existing.index(anchor) + 1 if anchor in existing else 0
        before = existing[position] if position < len(existing) else None
        for action in actions:
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)

    # what the window shows ----------------------------------------------------------------
    def current_policy_id(self) -> int | None:
        """The policy of the node selected in the tree (its top level)."""
        from zjtracker.ui.tree.model import Role

        index = self.window.tree.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        return index.data(Role.NODE_ID) if index.isValid() else None

    def send_templates(self) -> None:
        from zjtracker.ui.returns.send_dialog import SendTemplatesDialog

        if self.send_dialog is not None and shiboken6.isValid(self.send_dialog):
            self.send_dialog.deleteLater()
        self.send_dialog = SendTemplatesDialog(self.window.database, self.window.period_selector.period(),
                                               self.window, self.current_policy_id(),
                                               today=getattr(self.window, "today", None))
        self.send_dialog.finished.connect(lambda _code: self._refresh_tracker())
        self.send_dialog.open()

    def show_history(self) -> None:
        from zjtracker.ui.history.import_history import ImportHistoryDialog

        if self.history is None or not shiboken6.isValid(self.history):
            self.history = ImportHistoryDialog(self.window.database, self.window)
            self.history.undone.connect(lambda _batch: self._undone())
        else:
            self.history.reload()
        self.history.open()
        self.history.raise_()

    def show_tracker(self):
        from zjtracker.ui.returns.tracker_view import ReturnsTrackerView

        tabs = self.window.tabs
        if self.tracker is None or tabs.indexOf(self.tracker) < 0:
            period = self.window.period_selector.period()
            self.tracker = ReturnsTrackerView(self.window.database, None, self.current_policy_id(), period.year,
                                              period=str(period))
            tabs.addTab(self.tracker, self.tr("Returns"))
        else:
            self.tracker.reload()
        tabs.setCurrentWidget(self.tracker)
        return self.tracker

    def _undone(self) -> None:
        self.window.reload_tree()
        self.window.dashboard.refresh()
        self._refresh_tracker()

    def _refresh_views(self) -> None:
        self._refresh_tracker()
        if self.history is not None and shiboken6.isValid(self.history) and self.history.isVisible():
            self.history.reload()

    def _refresh_tracker(self) -> None:
        if self.tracker is not None and self.window.tabs.indexOf(self.tracker) >= 0:
            self.tracker.reload()
