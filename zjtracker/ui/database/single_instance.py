"""One running program per database: a second start on the same database brings the first
window forward instead of opening the file twice.

Each open database is announced by a local server (a named pipe on Windows, a socket file
elsewhere) whose name comes from the database's identity and the user. A new process first
tries to reach that server; when it answers, the new process hands over and quits.
"""

from __future__ import annotations

import getpass
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from zjtracker import paths
from zjtracker.url_secrets import hide_password, sqlite_path

RAISE_MESSAGE = b"raise\n"
CONNECT_TIMEOUT_MS = 500


def database_identity(target: str | None) -> str:
    """The same database gives the same identity however it was named (relative path,
    symbolic link, different case on Windows); URLs are compared without the password."""
    if target is None or str(target) == "":
        file = paths.default_database_path()
    elif "://" not in str(target):  # a path: no URL parsing (and no database code) needed
        file = os.path.expanduser(str(target))
    else:  # a URL: read with plain string work, no database code loaded at start
        file = sqlite_path(str(target))
        if file is None:
            return hide_password(str(target))
    return "sqlite:" + os.path.normcase(os.path.realpath(file))


def server_name(target: str | None) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name known to the OS: still one name per database
        user = "user"
    key = f"{user}\n{database_identity(target)}".encode()
    return f"zjtracker-{_fnv1a_64(key):016x}"


def _fnv1a_64(data: bytes) -> int:
    """A short, stable name for a user's database (FNV-1a, 64 bits): hashlib would load
    OpenSSL, about 7 ms, before the window's first paint; a name needs no cryptography."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


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


class InstanceGuard(QObject):
    """Holds the server for the database this process has open; emits ``raise_requested``
    when another start asks for it."""

    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self.name = ""

    def claim(self, target: str | None) -> bool:
        """Announce ``target`` as open here. False when another process holds it."""
        name = server_name(target)
        if self._server is not None and name == self.name:
            return True
        if ask_running_instance(target):
            return False
        self.release()
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # A crashed process may have left its socket file behind (not on Windows).
            QLocalServer.removeServer(name)
            if not server.listen(name):
                server.deleteLater()
                return True  # cannot announce; opening the database is still better than refusing
        server.newConnection.connect(self._answer)
        self._server, self.name = server, name
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server, self.name = None, ""

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
