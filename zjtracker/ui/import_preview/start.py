"""Importing policy documents from the GUI: menu, drag and drop, and the first-start sample.

Files are read off the GUI thread; what the reader proposes is shown in the preview, and
only what the clerk confirms is stored (one transaction per document)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QSettings
from PySide6.QtWidgets import QMessageBox

from zjtracker.importing.errors import ImportRefused
from zjtracker.services.policies.importer import iter_import_files
from zjtracker.ui.errors import show_problem
from zjtracker.ui.file_dialogs import FileDialog

POLICY_FILE_SUFFIXES = (".txt", ".docx", ".xlsx", ".pdf", ".html", ".htm", ".mhtml", ".mht", ".xls", ".doc", ".wps", ".et")


class ImportController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._jobs = []

    # where files come from -----------------------------------------------------------
    @staticmethod
    def files_of(mime: QMimeData) -> list[str]:
        return [u.toLocalFile() for u in mime.urls() if u.toLocalFile().lower().endswith(POLICY_FILE_SUFFIXES)]

    def accepts(self, mime: QMimeData) -> bool:
        return bool(self.files_of(mime))

    def choose_files(self) -> None:
        settings = QSettings()
        folder = settings.value("import/last_folder", str(Path.home()))
        files, _ = FileDialog.getOpenFileNames(
            self.window, self.tr("Import policy document"), folder,
            self.tr("Policy documents (*.txt *.docx *.pdf *.html *.htm *.mhtml *.mht *.xlsx *.xls *.doc *.wps *.et)"),
        )
        if files:
            settings.setValue("import/last_folder", str(Path(files[0]).parent))
            self.import_files([Path(f) for f in files])

    # reading, previewing, storing -------------------------------------------------------
    def import_files(self, files: list[Path]) -> None:
        """Read the files off the GUI thread, then preview each; store what is confirmed."""
        from zjtracker.ui.import_preview.flow import iter_read_files
        from zjtracker.ui.worker import run_with_progress

        self._jobs.append(run_with_progress(
            self.window, self.tr("Reading policy documents"), lambda: iter_read_files(files, self.window.database),
            self._files_read, self._failed,
        ))

    def _files_read(self, readings) -> None:
        from zjtracker.ui.import_preview.flow import preview_files
        from zjtracker.ui.returns.menu import import_return_files

        returns = [reading.path for reading in readings if reading.is_return]
        if returns:  # a colleague's return goes to the returns import (its preview), never in as a policy
            import_return_files(self.window, returns)
        ids = preview_files(self.window, self.window.database, [r for r in readings if not r.is_return])
        if ids:
            self._after_change()
            self.window.open_node("policy", ids[0])
            self.window.statusBar().showMessage(
                self.tr("Imported %1 policy document(s).").replace("%1", str(len(ids))))
            from zjtracker.ui.rollover.flow import offer_linking

            offer_linking(self.window, ids)

    def load_sample(self) -> None:
        """The bundled sample policies, stored as read (the first start)."""
        from zjtracker.services.policies.sample import sample_files
        from zjtracker.ui.worker import run_with_progress

        database = self.window.database

        def work():
            return iter_import_files(database, sample_files(), "sample", True)

        self._jobs.append(run_with_progress(
            self.window, self.tr("Loading the sample policies"), work, self._imported, self._failed
        ))

    def _after_change(self) -> None:
        window = self.window
        window.filter_bar.refresh_choices()
        window.dashboard.reload_choices()
        window.period_selector.set_years(_years(window.database))
        window.reload_tree()

    def _imported(self, outcomes) -> None:
        window = self.window
        self._after_change()
        warnings = sum(len(o.result.warnings) for o in outcomes if not o.skipped)
        skipped = sum(1 for o in outcomes if o.skipped)
        message = self.tr("Imported %1 file(s), %2 note(s) from the reader.").replace(
            "%1", str(len(outcomes) - skipped)).replace("%2", str(warnings))
        if skipped:
            message += " " + self.tr("%1 file(s) had been imported before and were not added again.").replace(
                "%1", str(skipped))
        window.statusBar().showMessage(message)

    def _failed(self, error, details: str) -> None:
        if isinstance(error, ImportRefused):
            QMessageBox.warning(self.window, self.tr("File not imported"), error.message)
        elif show_problem(self.window, error):  # a file open in another program, a locked database…
            pass
        else:
            QMessageBox.critical(
                self.window, self.tr("Unexpected error"),
                self.tr("The import stopped because of an error in the program. "
                        "Nothing was changed. Details:") + "\n\n" + details[-2000:],
            )


def _years(database) -> list[int]:
    from zjtracker.services.choices import plan_years

    return plan_years(database)
