"""Long work off the GUI thread: a generator yielding (done, total, message) runs on the
QThreadPool; progress, the result and errors come back to the GUI thread as signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # the list of everything the generator yielded
    failed = Signal(object, str)  # the exception and its traceback


class Job(QRunnable):
    def __init__(self, work: Callable[[], Iterator[tuple[int, int, object]]]):
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        """Whether the clerk stopped the work (what it yielded so far may be left unused)."""
        return self._cancelled.is_set()

    def run(self) -> None:
        results = []
        try:
            for done, total, item in self._work():
                results.append(item)
                self.signals.progress.emit(done, total, str(getattr(item, "source", "")))
                if self._cancelled.is_set():
                    break
        except Exception as error:  # handed to the GUI thread, shown there
            self.signals.failed.emit(error, traceback.format_exc())
            return
        self.signals.finished.emit(results)


class _Bridge(QObject):
    """Lives in the GUI thread, so the job's signals reach it queued, on that thread."""

    def __init__(self, dialog: QProgressDialog, title: str, on_done, on_error):
        super().__init__(dialog.parent())
        self._dialog, self._title = dialog, title
        self._on_done, self._on_error = on_done, on_error

    @Slot(int, int, str)
    def progress(self, done: int, total: int, text: str) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)
        self._dialog.setLabelText(f"{self._title}\n{text}")

    @Slot(object)
    def finished(self, results) -> None:
        self._close()
        self._on_done(results)

    @Slot(object, str)
    def failed(self, error, details: str) -> None:
        self._close()
        self._on_error(error, details)

    def _close(self) -> None:
        self._dialog.reset()
        self._dialog.deleteLater()
        self.deleteLater()


def run_with_progress(parent: QWidget, title: str, work, on_done, on_error) -> Job:
    """Run ``work`` (a callable returning the generator) with a progress dialog and cancel;
    ``on_done(results)`` or ``on_error(exception, traceback_text)`` run on the GUI thread."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    job = Job(work)
    job.setAutoDelete(False)
    bridge = _Bridge(dialog, title, on_done, on_error)
    dialog.canceled.connect(job.cancel)
    job.signals.progress.connect(bridge.progress)
    job.signals.finished.connect(bridge.finished)
    job.signals.failed.connect(bridge.failed)
    QThreadPool.globalInstance().start(job)
    return job


class _QuietBridge(QObject):
    """As _Bridge, for work that shows no progress dialog."""

    def __init__(self, parent: QObject, on_done, on_error):
        super().__init__(parent)
        self._on_done, self._on_error = on_done, on_error

    @Slot(object)
    def finished(self, results) -> None:
        self.deleteLater()
        self._on_done(results)

    @Slot(object, str)
    def failed(self, error, details: str) -> None:
        self.deleteLater()
        self._on_error(error, details)


def run_in_background(parent: QObject, work, on_done, on_error) -> Job:
    """Run ``work`` as run_with_progress does, without a dialog: for work the clerk need not
    wait for (the checks and the daily backup at start). The callbacks are not called once
    ``parent`` is gone."""
    job = Job(work)
    job.setAutoDelete(False)
    bridge = _QuietBridge(parent, on_done, on_error)
    job.signals.finished.connect(bridge.finished)
    job.signals.failed.connect(bridge.failed)
    QThreadPool.globalInstance().start(job)
    return job
