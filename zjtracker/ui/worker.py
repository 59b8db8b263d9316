"""Long work off the GUI thread: a generator yielding (done, total, message) runs on the
QThreadPool; progress, the result and errors come back to the GUI thread as signals."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
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


def run_with_progress(parent: QWidget, title: str, work, on_done, on_error) -> Job:
    """Run ``work`` (a callable returning the generator) with a modal progress dialog."""
    dialog = QProgressDialog(title, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    job = Job(work)
    dialog.canceled.connect(job.cancel)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{title}\n{text}")

    def finished(results) -> None:
        dialog.reset()
        on_done(results)

    def failed(error, details) -> None:
        dialog.reset()
        on_error(error, details)

    job.signals.progress.connect(progress)
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job
