"""File › 连接共享数据库…: the PostgreSQL server, database and login of the office's shared
database; a connection test; Connect runs the migrations off the GUI thread, remembers the
server in the settings and the password in the system's keyring (never in a file), and
asks the application to switch the window to that database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QSettings, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from zjtracker.ui.sized_dialog import SizedDialog
from zjtracker.services.shared_db import (
    ConnectionSettings,
    check_settings,
    explain_error,
    forget_password,
    keyring_available,
    open_shared,
    store_password,
    stored_password,
    test_connection,
)
from zjtracker.ui.database.connection_layout import ConnectionDialogLayout

SETTINGS_GROUP = "shared_db"  # host, port, database, user; never the password


class _CallSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Call(QRunnable):
    """One function call on the thread pool; its result or error comes back as a signal."""

    def __init__(self, function):
        super().__init__()
        self.signals = _CallSignals()
        self._function = function

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # shown in the dialog
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)


class ConnectionDialog(SizedDialog):
    """After exec() returns Accepted, ``database_url`` is the URL to open (with the password,
    so it must not be stored) and ``settings`` where it points."""

    test_finished = Signal(str)  # "" when the connection works, else the sentence shown

    def __init__(self, parent: QWidget | None = None, prefill: ConnectionSettings | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.ui = ConnectionDialogLayout(self)
        self.database_url: str | None = None
        self.settings: ConnectionSettings | None = None
        self._call: _Call | None = None
        self._pending: tuple = ()
        self._restore(prefill)
        self.ui.test_button.clicked.connect(self.test)
        self.ui.buttons.accepted.connect(self.connect_and_accept)
        self.ui.buttons.rejected.connect(self.reject)

    # remembered values ----------------------------------------------------------------
    def _restore(self, prefill: ConnectionSettings | None) -> None:
        """The last server connected to (or ``prefill``, e.g. a recent entry), and its
        password from the keyring."""
        if prefill is None:
            stored = QSettings()
            stored.beginGroup(SETTINGS_GROUP)
            prefill = ConnectionSettings(host=str(stored.value("host", "")),
                                         port=int(stored.value("port", self.ui.port.value())),
                                         database=str(stored.value("database", "")),
                                         user=str(stored.value("user", "")))
            stored.endGroup()
        self.ui.host.setText(prefill.host)
        self.ui.port.setValue(prefill.port)
        self.ui.database.setText(prefill.database)
        self.ui.user.setText(prefill.user)
        if not keyring_available():
            self.ui.remember.setChecked(False)
            self.ui.remember.setEnabled(False)
            self.ui.keyring_note.setText(self.tr(
                "This computer has no system keyring, so the password is not kept: you will be "
                "asked for it each time you connect."))
            self.ui.keyring_note.setVisible(True)
        elif self.ui.host.text() and self.ui.user.text():
            self.ui.password.setText(stored_password(self.current_settings()) or "")

    def _remember(self, settings: ConnectionSettings, password: str) -> None:
        stored = QSettings()
        stored.beginGroup(SETTINGS_GROUP)
        for key in ("host", "port", "database", "user"):
            stored.setValue(key, getattr(settings, key))
        stored.endGroup()
        stored.sync()
        if self.ui.remember.isChecked() and password:
            store_password(settings, password)
        else:
            forget_password(settings)

    def current_settings(self) -> ConnectionSettings:
        return ConnectionSettings(host=self.ui.host.text().strip(), port=self.ui.port.value(),
                                  database=self.ui.database.text().strip(), user=self.ui.user.text().strip())

    # test and connect, off the GUI thread -------------------------------------------------
    def _run(self, kind: str, function, message: str) -> None:
        """Run ``function`` on the thread pool; the answer comes back to _done or _failed
        (slots of this dialog, so they run on the GUI thread)."""
        self._busy(True, message)
        self._pending = (kind, self.current_settings(), self.ui.password.text())
        self._call = _Call(function)
        self._call.setAutoDelete(False)
        self._call.signals.done.connect(self._done)
        self._call.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self._call)

    def _busy(self, busy: bool, message: str = "") -> None:
        for widget in (self.ui.test_button, self.ui.ok_button, self.ui.host, self.ui.port,
                       self.ui.database, self.ui.user, self.ui.password):
            widget.setEnabled(not busy)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._show(message, "#555")
        else:
            self._call = None
            QApplication.restoreOverrideCursor()

    def _show(self, text: str, color: str) -> None:
        self.ui.result.setStyleSheet(f"color:{color}")
        self.ui.result.setText(text)

    def test(self) -> None:
        settings, password = self.current_settings(), self.ui.password.text()
        self._run("test", lambda: test_connection(settings, password), self.tr("Testing the connection…"))

    def connect_and_accept(self) -> None:
        settings, password = self.current_settings(), self.ui.password.text()
        problem = check_settings(settings)
        if problem:
            self._show(problem, "#c62828")
            return
        self._run("connect", lambda: open_shared(settings, password),
                  self.tr("Connecting, and bringing the database up to date…"))

    @Slot(object)
    def _done(self, result) -> None:
        kind, settings, password = self._pending
        self._busy(False)
        if kind == "test":
            self._tested(result or "")
            return
        result.dispose()  # the window opens its own
        self._remember(settings, password)
        self.settings = settings
        self.database_url = settings.url(password)
        self.accept()

    @Slot(object)
    def _failed(self, error) -> None:
        kind, settings, _password = self._pending
        self._busy(False)
        if kind == "test":
            self._tested(explain_error(error, settings))
        else:
            self._show(explain_error(error, settings), "#c62828")

    def _tested(self, problem: str) -> None:
        if problem:
            self._show(problem, "#c62828")
        else:
            self._show(self.tr("The connection works."), "#2e7d32")
        self.test_finished.emit(problem)

    def reject(self) -> None:
        if self._call is not None:
            return  # a connection is under way: wait for it
        super().reject()


def open_connection_dialog(window, url: str | None = None) -> bool:
    """Ask for the shared database (prefilled from ``url``, e.g. a recent entry whose password
    the keyring does not hold); when connected, ask the application to switch to it."""
    if not window.leave_form():
        return False
    dialog = ConnectionDialog(window, ConnectionSettings.from_url(url) if url else None)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.database_url
    url = dialog.database_url
    dialog.deleteLater()
    if accepted:
        window.database_requested.emit(url)
    return bool(accepted)


def install_shared_db_action(window) -> QAction:
    """File › Connect to a shared database…, placed before the separator above Exit."""
    action = QAction(QCoreApplication.translate("ConnectionDialog", "Connec&t to a shared database…"), window)
    action.setObjectName("shared_db_action")
    action.triggered.connect(lambda: open_connection_dialog(window))
    actions = window.file_menu.actions()
    before = actions[-2] if len(actions) >= 2 and actions[-2].isSeparator() else None
    window.file_menu.insertAction(before, action)
    window.shared_db_action = action
    return action
