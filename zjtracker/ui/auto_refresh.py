"""Showing what colleagues saved on the shared database: while the clerk is idle (no key
pressed, nothing clicked for a while) and nothing typed is unsaved, the window looks at a
cheap fingerprint of the database (services.change_token) off the GUI thread, and reloads
the tree, the form and the overview only when it changed. F5 reloads at any time."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from zjtracker.services.change_token import change_token

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                QEvent.Type.Wheel, QEvent.Type.InputMethod, QEvent.Type.TouchBegin}


class _TokenSignals(QObject):
    done = Signal(object)  # the token, or None when the database could not be asked


class _TokenQuery(QRunnable):
    def __init__(self, database):
        super().__init__()
        self.signals = _TokenSignals()
        self._database = database

    def run(self) -> None:
        try:
            token = change_token(self._database)
        except Exception:  # the server is unreachable right now: try again next time
            token = None
        self.signals.done.emit(token)


class AutoRefresh(QObject):
    """Installed on a main window by install_auto_refresh; ``refreshed`` is emitted after
    a reload that showed someone else's changes."""

    refreshed = Signal()

    def __init__(self, window, interval_ms: int, idle_ms: int):
        super().__init__(window)
        self.window = window
        self.idle_ms = idle_ms
        self._last_input = time.monotonic()
        self._asking = False
        self._job: _TokenQuery | None = None
        self.token = None  # what the window last showed
        # the clerk's input reaches the main window's QWindow before any of its widgets: watched
        # there, never on the whole application (a Python filter there is handed every widget
        # while it is being constructed, which PySide cannot wrap safely)
        self._watched_handle = None
        window.installEventFilter(self)
        self._watch_handle()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._ask()  # the starting point

    def _watch_handle(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and handle is not self._watched_handle:
            handle.installEventFilter(self)
            self._watched_handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self._last_input = time.monotonic()
        elif kind in (QEvent.Type.Show, QEvent.Type.WinIdChange) and watched is self.window:
            self._watch_handle()
        return False

    def idle(self) -> bool:
        return (time.monotonic() - self._last_input) * 1000 >= self.idle_ms

    def _may_reload(self) -> bool:
        window = self.window
        return (shiboken6.isValid(window) and window.isVisible() and self.idle()
                and not window.form.is_dirty() and QApplication.activeModalWidget() is None)

    def check(self) -> None:
        """A timer tick: ask the database (off the GUI thread) whether anything changed."""
        if self._may_reload():
            self._ask()

    def _ask(self) -> None:
        if self._asking:
            return
        self._asking = True
        self._job = _TokenQuery(self.window.database)
        self._job.setAutoDelete(False)  # kept until answered
        self._job.signals.done.connect(self._answered)
        QThreadPool.globalInstance().start(self._job)

    @Slot(object)
    def _answered(self, token) -> None:
        self._asking = False
        self._job = None
        if token is None:
            return
        if self.token is None:
            self.token = token
            return
        if token == self.token or not self._may_reload():
            return  # unchanged; or the clerk came back meanwhile: the next tick asks again
        self.token = token
        self.reload()

    def reload(self) -> None:
        """Show what is stored now, keeping expansion, selection and the open form."""
        window = self.window
        window.filter_bar.refresh_choices()
        window.dashboard.reload_choices()
        before = window._current_keys()
        window.reload_tree(keep_form=True)  # also redraws the overview if it is showing
        if window._current_keys() != before:
            window._show_current()  # the selected node was deleted elsewhere
        else:
            window._show_current_details()
            window.form.reload_if_stale()
        window.statusBar().showMessage(self.tr("Updated with changes saved elsewhere."), 5000)
        self.refreshed.emit()

    def stop(self) -> None:
        self.timer.stop()
        if shiboken6.isValid(self.window):
            self.window.removeEventFilter(self)
        if self._watched_handle is not None and shiboken6.isValid(self._watched_handle):
            self._watched_handle.removeEventFilter(self)


def install_auto_refresh(window, interval_ms: int = 60000, idle_ms: int | None = None) -> AutoRefresh:
    """Check every ``interval_ms`` whether others changed the database, and reload when the
    clerk has been idle for ``idle_ms`` (half the interval by default)."""
    refresher = AutoRefresh(window, interval_ms, interval_ms // 2 if idle_ms is None else idle_ms)
    window.auto_refresh = refresher
    return refresher
