"""File › 导入佐证材料文件夹… (a colleague's folder of evidence files: matched to the selected
policy's tasks by number, previewed, imported on the worker as one batch the import history
can undo) and File › 导出佐证材料汇编… (a zip by area and task number with an index workbook)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from zjtracker.ui.errors import report_error
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.save_location import (
    remember_folder,
    save_file_name,
    start_folder,
    tell_saved,
)
from zjtracker.ui.worker import run_with_progress


class EvidenceActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._jobs: list = []
        self.import_action = QAction(self.tr("Import an evidence &folder…"), window)
        self.import_action.triggered.connect(lambda _checked=False: self.import_folder())
        self.export_action = QAction(self.tr("Export the evidence &compilation…"), window)
        self.export_action.triggered.connect(lambda _checked=False: self.export_bundle())
        menu = window.file_menu
        report = getattr(window, "report_action", None)
        actions = menu.actions()
        before = actions[actions.index(report) - 1] if report in actions and actions.index(report) > 0 else None
        menu.insertActions(before, [self.import_action, self.export_action]) if before is not None else \
            menu.addActions([self.import_action, self.export_action])

    # the policy and period ----------------------------------------------------------
    def _scope(self) -> tuple[int, str] | None:
        """The selected policy and its period; None (the clerk told) without a selection."""
        from zjtracker.ui.tree.roles import Role

        index = self.window.tree.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        if not index.isValid() or index.data(Role.KIND) != "policy":
            QMessageBox.information(self.window, self.tr("Evidence"), self.tr(
                "Select the policy (or one of its tasks) in the tree first: the files are matched to its tasks."))
            return None
        return index.data(Role.NODE_ID), str(self.window.period_selector.period())

    # folder import ------------------------------------------------------------------
    def import_folder(self, folder: str | None = None) -> None:
        """Choose a folder, read and match its files on the worker, then show the preview."""
        if not self.window.leave_form():
            return
        scope = self._scope()
        if scope is None:
            return
        if folder is None:
            folder = FileDialog.getExistingDirectory(self.window, self.tr("Import an evidence folder"),
                                                      str(start_folder()))
            if not folder:
                return
            remember_folder(folder)
        from zjtracker.services.evidence.folder import iter_preview_folder

        policy_id, period = scope
        database = self.window.database

        def work():
            preview = yield from iter_preview_folder(database, policy_id, period, Path(folder))
            yield 1, 1, preview

        self._jobs.append(run_with_progress(
            self.window, self.tr("Reading the evidence folder…"), work, self._previewed,
            lambda error, details: report_error(self.window, error, details)))

    def _previewed(self, results) -> None:
        from zjtracker.services.evidence.folder import FolderPreview
        from zjtracker.ui.evidence.folder_dialog import FolderPreviewDialog

        preview = results[-1] if results else None
        if not isinstance(preview, FolderPreview):
            return  # stopped while reading
        self.dialog = FolderPreviewDialog(preview, self.window)
        self.dialog.accepted.connect(lambda dialog=self.dialog: self._run_import(dialog))
        self.dialog.open()

    def _run_import(self, dialog) -> None:
        from zjtracker.services.evidence.folder import iter_import_folder

        preview, chosen = dialog.preview, dialog.chosen_rows()
        if not chosen:
            self.window.statusBar().showMessage(self.tr("No evidence file was chosen: nothing imported."))
            return
        database = self.window.database

        def work():
            result = yield from iter_import_folder(database, preview, chosen)
            yield 1, 1, result

        self._jobs.append(run_with_progress(
            self.window, self.tr("Importing evidence files…"), work, self._imported,
            lambda error, details: report_error(self.window, error, details)))

    def _imported(self, results) -> None:
        from zjtracker.services.evidence.folder import FolderImported

        summary = results[-1] if results else None
        self.window.model.refresh_evidence()
        self.window.evidence_panel.reload()
        history = getattr(getattr(self.window, "returns_ui", None), "history", None)
        if history is not None and history.isVisible():
            history.reload()
        if not isinstance(summary, FolderImported):
            self.window.statusBar().showMessage(self.tr("The import of the evidence folder was stopped: nothing stored."))
            return
        text = self.tr("Evidence imported: %1 new file(s) for %2 task(s); %3 already attached; %4 left out.")
        self.window.statusBar().showMessage(text.replace("%1", str(summary.attached)).replace(
            "%2", str(summary.tasks)).replace("%3", str(summary.already)).replace("%4", str(summary.skipped)))

    # the compilation ----------------------------------------------------------------
    def export_bundle(self) -> None:
        scope = self._scope()
        if scope is None:
            return
        policy_id, period = scope
        from zjtracker.services.periods import Period

        name = self.tr("Evidence compilation %1.zip").replace("%1", Period.parse(period).label())
        path = save_file_name(self.window, self.tr("Export the evidence compilation"), name,
                              self.tr("Zip archive (*.zip)"))
        if not path:
            return
        from zjtracker.services.evidence.bundle import iter_export_bundle

        database = self.window.database
        # the save dialog asked before replacing a file: the export may write over it
        self._jobs.append(run_with_progress(
            self.window, self.tr("Exporting the evidence compilation…"),
            lambda: iter_export_bundle(database, policy_id, period, Path(path), force=True),
            self._exported, lambda error, details: report_error(self.window, error, details)))

    def _exported(self, results) -> None:
        from zjtracker.services.evidence.bundle import BundleDone

        done = results[-1] if results else None
        if not isinstance(done, BundleDone):
            self.window.statusBar().showMessage(self.tr("The export of the evidence compilation was cancelled."))
            return
        text = self.tr("Evidence compilation saved: %1 file(s) of %2 task(s).").replace(
            "%1", str(done.files)).replace("%2", str(done.tasks))
        self.window.statusBar().showMessage(text)
        tell_saved(self.window, self.tr("Evidence compilation"), text, done.path)
