"""One running program per database: a second start on the same database brings the first
window forward instead of opening the file twice.

Two parts. Before the window is painted, the program takes the database's lock file
(instance_lock: an operating-system lock, no Qt). Just after the paint, it announces the
database with a local server (a named pipe on Windows, a socket file elsewhere) of the same
name. A new process that finds the lock taken asks that server to bring its window forward,
waiting the moment the first program may still need to announce itself, and quits.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from zjtracker.ui.database.instance_lock import InstanceLock, database_identity, server_name

__all__ = ["InstanceGuard", "ask_running_instance", "database_identity", "hand_over", "server_name"]

RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 500
HAND_OVER_WAIT_S = 5.0  # a first program holding the lock announces itself just after its paint


def ask_running_instance(target: str | None) -> bool:
    """Ask a program already holding this database to come forward. True when one answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(target))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_MESSAGE)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


def hand_over(target: str | None, lock: InstanceLock, wait_s: float = HAND_OVER_WAIT_S) -> bool:
    """Another process holds ``lock``: ask it to come forward. True when it answered; False
    when it let go of the lock meanwhile (then ``lock`` is held here) or never answered (a
    program that hangs: opening the database is still better than refusing)."""
    deadline = time.monotonic() + wait_s
    while True:
        if ask_running_instance(target):
            return True
        if lock.acquire() or time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


class InstanceGuard(QObject):
    """Holds the lock and the server for the database this process has open; emits
    ``raise_requested`` when another start asks for it. ``held`` is the lock taken at start
    (before the paint), which ``claim`` then announces."""

    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None, held: InstanceLock | None = None):
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self._lock = held
        self.name = ""

    def claim(self, target: str | None) -> bool:
        """Announce ``target`` as open here. False when another process holds it (and was
        asked to come forward)."""
        name = server_name(target)
        if self._server is not None and name == self.name:
            return True
        if self._lock is not None and self._lock.name == name:  # taken at start: announce it
            self._listen(name)
            return True
        if ask_running_instance(target):
            return False
        lock = InstanceLock(name)
        if not lock.acquire() and hand_over(target, lock):
            return False
        self.release()
        self._lock = lock if lock.held else None
        self._listen(name)
        return True

    def _listen(self, name: str) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # A crashed process may have left its socket file behind (not on Windows).
            QLocalServer.removeServer(name)
            if not server.listen(name):
                server.deleteLater()
                return  # cannot announce; opening the database is still better than refusing
        server.newConnection.connect(self._answer)
        self._server, self.name = server, name

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self.name = ""

    def _answer(self) -> None:
        asked = False
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The caller writes its one line at once; a short wait reads it without keeping
            # the connection (and a Python reference to it) alive between events.
            if socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
                asked |= bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip())
            socket.abort()
            socket.deleteLater()
        if asked:
            self.raise_requested.emit()
