"""Taking back returned workbooks: the files chosen or dropped are read off the GUI thread
(``iter_read_returns``), then shown one at a time in the preview; what the clerk accepts
of each file is applied in one transaction (an import batch that can be undone later).

A refused file is explained and skipped; a file imported before is noticed and the clerk
asked; a preview overtaken by an edit (ReturnOutdated) is offered to be read again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox

from zjtracker.db.engine import Database
from zjtracker.importing.errors import ImportRefused
from zjtracker.services.choices import period_choices, plan_years
from zjtracker.services.history.batches import ApplyResult, apply_return
from zjtracker.services.periods import Period
from zjtracker.services.returns.backup_before import BackupNotMade, without_backup
from zjtracker.services.returns.detect import glance
from zjtracker.services.returns.export import TemplateUnit, template_units
from zjtracker.services.returns.model import ReturnPreview, Selection
from zjtracker.services.returns.preview import preview_return
from zjtracker.services.returns.store import ReturnOutdated
from zjtracker.ui.backups.prompt import continue_without_backup
from zjtracker.ui.errors import show_problem
from zjtracker.ui.file_dialogs import FileDialog
from zjtracker.ui.period_selector import period_text
from zjtracker.ui.returns.preview_dialog import READ_AGAIN, ReturnsPreviewDialog
from zjtracker.ui.worker import run_with_progress

FROM_STAMP, FROM_TITLE, FROM_WINDOW, CHOSEN = "stamp", "title", "window", "chosen"  # where the period came from


@dataclass(frozen=True)
class ReturnRequest:
    path: Path
    period: Period | None = None  # chosen by the clerk; else the stamp's, the title's or the window's


@dataclass
class ReadReturn:
    """One file as read on the worker: its preview, and what the dialog needs besides."""

    source: str  # the file name (shown by the progress dialog)
    request: ReturnRequest
    preview: ReturnPreview
    period_from: str
    units: list[TemplateUnit] | None = None  # a ledger file's possible senders


def iter_read_returns(database: Database, requests: list[ReturnRequest],
                      default_period: Period) -> Iterator[tuple[int, int, ReadReturn]]:
    """Preview each file (work for ``run_with_progress``); a refused file does not stop the others."""
    for done, request in enumerate(requests, start=1):
        seen = glance(request.path)
        if request.period is not None:
            period, source = request.period, CHOSEN
        elif seen is not None and seen.period is not None:
            period, source = seen.period, FROM_TITLE if seen.period_guessed else FROM_STAMP
        else:
            period, source = default_period, FROM_WINDOW
        preview = preview_return(database, request.path, period)
        units = None
        if preview.refused is None and preview.kind != "stamped" and preview.policy_id is not None:
            units = template_units(database, preview.policy_id, period)
        yield done, len(requests), ReadReturn(Path(request.path).name, request, preview, source, units)


def _apply(database: Database, preview: ReturnPreview, selection: Selection, backup: bool = True):
    with nullcontext() if backup else without_backup():  # the clerk chose to go on without one
        result = apply_return(database, preview, selection)
    yield 1, 1, result


class ReturnsImportController(QObject):
    applied = Signal(object)  # the ApplyResult of a file just imported
    idle = Signal()  # every file read has been previewed (and applied or skipped)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._queue: deque[ReadReturn] = deque()
        self._jobs = []
        self._busy = 0  # reads and applies under way
        self.dialog: ReturnsPreviewDialog | None = None  # the preview on screen
        self.results: list[ApplyResult] = []

    @property
    def database(self) -> Database:
        return self.window.database

    # where files come from ---------------------------------------------------------------
    def choose_files(self) -> None:
        settings = QSettings()
        folder = settings.value("returns/last_folder", str(Path.home()))
        files, _ = FileDialog.getOpenFileNames(
            self.window, self.tr("Import returned workbooks"), folder,
            self.tr("Returned workbooks (*.xlsx *.xls)"))
        if files:
            settings.setValue("returns/last_folder", str(Path(files[0]).parent))
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path], period: Period | None = None) -> None:
        """Read the files off the GUI thread; each is previewed when it is its turn."""
        self._read([ReturnRequest(Path(p), period) for p in paths])

    def _read(self, requests: list[ReturnRequest], first: bool = False) -> None:
        database, default = self.database, self.window.period_selector.period()
        self._busy += 1
        self._jobs.append(run_with_progress(
            self.window, self.tr("Reading returned workbooks"),
            lambda: iter_read_returns(database, requests, default),
            lambda readings: self._read_done(readings, first), self._failed))

    def _read_done(self, readings: list[ReadReturn], first: bool) -> None:
        self._busy -= 1
        if first:
            self._queue.extendleft(reversed(readings))
        else:
            self._queue.extend(readings)
        self._next()

    # one file after the other --------------------------------------------------------------
    def _next(self) -> None:
        while self.dialog is None and self._queue:
            reading = self._queue.popleft()
            preview = reading.preview
            if preview.refused is not None:
                self._refused(reading)
            elif not preview.already_imported or self._import_again(reading):
                self._show(reading)
        if self.dialog is None and not self._queue and not self._busy:
            self.idle.emit()  # the finished jobs stay referenced: the pool may still be returning from run()

    def _refused(self, reading: ReadReturn) -> None:
        refused = reading.preview.refused
        importer = getattr(self.window, "importer", None)
        if refused.reason == "wrong_ledger" and reading.preview.kind == "ledger" and importer is not None:
            answer = QMessageBox.question(
                self.window, self.tr("Return not imported"),
                refused.message + "\n\n" + self.tr("Import it as a new policy ledger instead?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                importer.import_files([Path(reading.request.path)])
            return
        QMessageBox.warning(self.window, self.tr("Return not imported"), refused.message)

    def _import_again(self, reading: ReadReturn) -> bool:
        earlier = next(e for e in reading.preview.earlier_imports if not e.undone)
        answer = QMessageBox.question(
            self.window, self.tr("Imported before"),
            self.tr("“%1” was imported before, on %2 by %3 (import no. %4). Importing it again changes "
                    "only what differs from the database now. Go on?").replace("%1", reading.source).replace(
                "%2", f"{earlier.imported_at:%Y-%m-%d %H:%M}").replace("%3", earlier.imported_by).replace(
                "%4", str(earlier.batch_id)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, reading: ReadReturn) -> None:
        notes = {FROM_STAMP: self.tr("as stamped in the file"), FROM_TITLE: self.tr("as written in the file"),
                 FROM_WINDOW: self.tr("the period shown in the main window"), CHOSEN: self.tr("as chosen")}
        dialog = ReturnsPreviewDialog(reading.preview, self.window, reading.units, notes[reading.period_from])
        dialog.finished.connect(lambda code: self._decided(dialog, reading, code))
        self.dialog = dialog
        dialog.open()

    def _decided(self, dialog: ReturnsPreviewDialog, reading: ReadReturn, code: int) -> None:
        self.dialog = None
        selection = dialog.selection()
        unit_id, unit_name = dialog.chosen_unit()
        dialog.deleteLater()
        if code == READ_AGAIN:
            period = self.ask_period(reading)
            if period is not None:
                self._read([replace(reading.request, period=period)], first=True)
                return
            self._queue.appendleft(reading)  # no other period chosen: show it again
        elif selection is None:
            self.window.statusBar().showMessage(self.tr("Nothing imported from “%1”.").replace("%1", reading.source))
        else:
            reading.preview.unit_id, reading.preview.unit_name = unit_id, unit_name
            self._start_apply(reading, selection)
            return
        self._next()

    def _start_apply(self, reading: ReadReturn, selection: Selection, backup: bool = True) -> None:
        self._busy += 1
        database, preview = self.database, reading.preview
        self._jobs.append(run_with_progress(
            self.window, self.tr("Importing “%1”").replace("%1", reading.source),
            lambda: _apply(database, preview, selection, backup),
            lambda results: self._applied(reading, results),
            lambda error, details: self._apply_failed(reading, error, details, selection)))

    def ask_period(self, reading: ReadReturn) -> Period | None:
        preview = reading.preview
        current = Period.parse(preview.period) if preview.period else self.window.period_selector.period()
        periods = sorted(set(period_choices(current.kind, plan_years(self.database))) | {current}, reverse=True)
        names = [period_text(p) for p in periods]
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Period of the return"),
            self.tr("Which period does “%1” report on?").replace("%1", reading.source),
            names, names.index(period_text(current)), False)
        return periods[names.index(name)] if ok and name in names else None

    # applying ----------------------------------------------------------------------------
    def _applied(self, reading: ReadReturn, results: list) -> None:
        self._busy -= 1
        if results:
            result: ApplyResult = results[-1]
            self.results.append(result)
            self.window.statusBar().showMessage(self.tr(
                "Imported “%1”: %2 cell(s) in %3 row(s) changed; conflicts: %4 taken from the file, %5 kept, "
                "%6 left open; %7 row(s) rejected.").replace("%1", reading.source).replace(
                "%2", str(result.updated_cells)).replace("%3", str(result.updated_rows)).replace(
                "%4", str(result.conflicts_taken)).replace("%5", str(result.conflicts_kept)).replace(
                "%6", str(result.conflicts_open)).replace("%7", str(result.rejected)))
            self.window.reload_tree()
            self.window.dashboard.refresh()
            self.applied.emit(result)
        self._next()

    def _apply_failed(self, reading: ReadReturn, error, details: str, selection: Selection | None = None) -> None:
        self._busy -= 1
        if isinstance(error, BackupNotMade) and selection is not None:
            if continue_without_backup(self.window, error):
                self._start_apply(reading, selection, backup=False)
                return
            self.window.statusBar().showMessage(self.tr("Nothing imported from “%1”.").replace("%1", reading.source))
        elif isinstance(error, ReturnOutdated):
            answer = QMessageBox.question(
                self.window, self.tr("Changed in the meantime"),
                error.message + "\n\n" + self.tr("Read “%1” again now?").replace("%1", reading.source),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self._read([reading.request], first=True)
                return
        else:
            self._explain(error, details)
        self._next()

    def _failed(self, error, details: str) -> None:
        self._busy -= 1
        self._explain(error, details)
        self._next()

    def _explain(self, error, details: str) -> None:
        expected = isinstance(error, (ImportRefused, LookupError, ValueError))
        message = getattr(error, "message", None) or (str(error) if expected else "")
        if expected and message:
            QMessageBox.warning(self.window, self.tr("Return not imported"), message)
        elif show_problem(self.window, error):  # the file is open in another program, the database locked…
            pass
        else:
            QMessageBox.critical(
                self.window, self.tr("Unexpected error"),
                self.tr("The import stopped because of an error in the program. Nothing of this file was "
                        "changed. Details:") + "\n\n" + details[-2000:])
